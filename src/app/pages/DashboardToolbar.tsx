import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { messageOf } from '../../components/messageOf';
import type { CampaignTarget } from '../../domain/campaignSettings';
import { readTargetDraft, targetDraftOf, type TargetDraft, type TargetErrors, type TargetField } from './targetForm';

interface Props {
  title: string;
  scope: string;
  asOf: string;
  onAsOfChange: (asOf: string | undefined) => void;
  target: CampaignTarget;
  /** False while `target` is only the suggestion. */
  targetSet: boolean;
  /** Saves the target for everyone; rejects when the store refuses. Absent for a non-admin: no form, a word why. */
  onTargetChange?: ((target: CampaignTarget) => Promise<void>) | undefined;
  onPrint: () => void;
}

/** Title, scope, the as-of date, the editable target and the print button. */
export function DashboardToolbar({ title, scope, asOf, onAsOfChange, target, targetSet, onTargetChange, onPrint }: Props) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="dashboard-toolbar">
      <div>
        <h2>{title}</h2>
        <p className="dashboard-scope" data-testid="dashboard-scope">{scope}</p>
      </div>
      <Field className="filter-field" labelClassName="filter-label" label={t('asOf')}>
        {({ id }) => <DateField id={id} value={asOf} onChange={(next) => onAsOfChange(next || undefined)} />}
      </Field>
      {onTargetChange
        ? <TargetSettings target={target} targetSet={targetSet} onChange={onTargetChange} />
        : <p className="hint" data-testid="target-admin-only">{t('targetSettings.adminOnly')}</p>}
      <button type="button" className="button" onClick={onPrint}>{t('print')}</button>
    </div>
  );
}

interface TargetSettingsProps {
  target: CampaignTarget;
  targetSet: boolean;
  onChange: (target: CampaignTarget) => Promise<void>;
}

/**
 * The target as a small form: every field is checked as it is typed, and the target
 * changes only when all three make sense; a wrong field says what is wrong and the
 * target in use stays (an emptied share no longer sets it to 0 %). Until someone sets
 * a target the form shows the suggestion, with a button to adopt it as it is.
 */
function TargetSettings({ target, targetSet, onChange }: TargetSettingsProps) {
  const { t } = useTranslation('dashboard');
  const [draft, setDraft] = useState<TargetDraft>(() => targetDraftOf(target));
  const [errors, setErrors] = useState<TargetErrors>({});
  const [saveError, setSaveError] = useState<string>();
  // A target saved elsewhere (another tab or person, or the store's first read) replaces the draft.
  const [shown, setShown] = useState(target);
  if (shown !== target) {
    setShown(target);
    const current = readTargetDraft(draft);
    if (!('target' in current) || JSON.stringify(current.target) !== JSON.stringify(target)) setDraft(targetDraftOf(target));
  }
  const save = (next: CampaignTarget) => {
    setSaveError(undefined);
    onChange(next).catch((error: unknown) => setSaveError(t('targetSettings.saveFailed', { detail: messageOf(error) })));
  };
  const update = (field: TargetField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const result = readTargetDraft(next);
    setErrors('errors' in result ? result.errors : {});
    if ('target' in result) save(result.target);
  };
  /** One field with its label and error; `input` gets the field's id and aria attributes. */
  const field = (name: TargetField, input: (attributes: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode) => {
    const error = errors[name];
    return (
      <Field className="filter-field" labelClassName="filter-label" label={t(`targetSettings.${name}`)} error={error && t(error)}>
        {({ id, errorId }) => input({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': errorId })}
      </Field>
    );
  };
  return (
    <details className="target-settings" data-testid="target-settings">
      <summary>{t('targetSettings.open')}</summary>
      <div className="target-fields">
        {field('share', (attributes) => (
          <input type="number" min={1} max={100} step={1} value={draft.share} onChange={(event) => update('share', event.target.value)} {...attributes} />
        ))}
        {field('date', (attributes) => <DateField value={draft.date} min={draft.startDate} onChange={(next) => update('date', next)} {...attributes} />)}
        {field('startDate', (attributes) => <DateField value={draft.startDate} max={draft.date} onChange={(next) => update('startDate', next)} {...attributes} />)}
      </div>
      {!targetSet && (
        <p className="hint target-unset">
          {t('targetSettings.unset')}{' '}
          <button type="button" className="link-button" onClick={() => save(target)}>{t('targetSettings.adopt')}</button>
        </p>
      )}
      {saveError && <p className="field-error" role="alert">{saveError}</p>}
    </details>
  );
}
