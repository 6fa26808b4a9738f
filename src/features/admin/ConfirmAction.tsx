import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  label: string;
  /** The question, naming what happens, e.g. "Cabut token impor? …". */
  question: string;
  confirmLabel: string;
  onConfirm(): void;
  danger?: boolean;
  disabled?: boolean;
  testId?: string;
}

/** A row action that asks first, in place (no modal to lose on a phone). */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, danger, disabled, testId }: ConfirmActionProps) {
  const { t } = useTranslation('admin');
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className={danger ? 'link-button danger' : 'link-button'} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-action" role="group" aria-label={question}>
      <span>{question}</span>
      <button type="button" className={danger ? 'button danger' : 'button'} onClick={() => { setAsking(false); onConfirm(); }} data-testid={testId && `${testId}-confirm`}>
        {confirmLabel}
      </button>
      <button type="button" className="button secondary" onClick={() => setAsking(false)}>{t('cancel')}</button>
    </span>
  );
}
