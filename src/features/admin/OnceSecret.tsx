import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface OnceSecretProps {
  /** What it is, e.g. "Kata sandi untuk sari". */
  label: string;
  value: string;
  onDone(): void;
  testId: string;
}

/**
 * A generated password or API token: the server answers it once and keeps only its
 * hash, so this box says so, offers a copy, and stays until the admin closes it.
 */
export function OnceSecret({ label, value, onDone, testId }: OnceSecretProps) {
  const { t } = useTranslation('admin');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copyValue = () => {
    // Clipboard access needs a secure context (https or localhost) and may be refused.
    void (navigator.clipboard?.writeText(value) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };
  return (
    <div className="once-secret" role="status" data-testid={testId}>
      <p className="once-secret-label">{label}</p>
      <div className="once-secret-row">
        <input className="once-secret-value" readOnly value={value} aria-label={label} onFocus={(event) => event.currentTarget.select()} data-testid={`${testId}-value`} />
        <button type="button" className="button" onClick={copyValue}>{copy === 'copied' ? t('secret.copied') : t('secret.copy')}</button>
      </div>
      <p className="once-secret-warning"><strong>{t('secret.warning')}</strong></p>
      {copy === 'failed' && <p className="field-error">{t('secret.copyFailed')}</p>}
      <button type="button" className="button secondary" onClick={onDone}>{t('secret.done')}</button>
    </div>
  );
}
