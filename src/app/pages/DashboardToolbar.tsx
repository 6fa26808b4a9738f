import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import type { CampaignTarget } from '../../features/coverage/series';
import { readTargetDraft, targetDraftOf, type TargetDraft, type TargetErrors, type TargetField } from './useCampaignTarget';

interface Props {
  title: string;
  scope: string;
  asOf: string;
  onAsOfChange: (asOf: string | undefined) => void;
  target: CampaignTarget;
  onTargetChange: (target: CampaignTarget) => void;
  onPrint: () => void;
}

/** Title, scope, the as-of date, the editable target and the print button. */
export function DashboardToolbar({ title, scope, asOf, onAsOfChange, target, onTargetChange, onPrint }: Props) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="dashboard-toolbar">
      <div>
        <h2>{title}</h2>
        <p className="dashboard-scope" data-testid="dashboard-scope">{scope}</p>
      </div>
      <label className="filter-field">
        <span className="filter-label">{t('asOf')}</span>
        <DateField value={asOf} onChange={(next) => onAsOfChange(next || undefined)} />
      </label>
      <TargetSettings target={target} onChange={onTargetChange} />
      <button type="button" className="button" onClick={onPrint}>{t('print')}</button>
    </div>
  );
}

/**
 * The target as a small form: every field is checked as it is typed, and the target
 * changes only when all three make sense; a wrong field says what is wrong and the
 * target in use stays (an emptied share no longer sets it to 0 %).
 */
function TargetSettings({ target, onChange }: { target: CampaignTarget; onChange: (target: CampaignTarget) => void }) {
  const { t } = useTranslation('dashboard');
  const id = useId();
  const [draft, setDraft] = useState<TargetDraft>(() => targetDraftOf(target));
  const [errors, setErrors] = useState<TargetErrors>({});
  const update = (field: TargetField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const result = readTargetDraft(next);
    setErrors('errors' in result ? result.errors : {});
    if ('target' in result) onChange(result.target);
  };
  /** One field with its label and error; `input` gets the field's aria attributes. */
  const field = (name: TargetField, input: (invalid: { 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode) => {
    const error = errors[name];
    return (
      <label className="filter-field">
        <span className="filter-label">{t(`targetSettings.${name}`)}</span>
        {input({ 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-${name}` : undefined })}
        {error && <span id={`${id}-${name}`} className="field-error">{t(error)}</span>}
      </label>
    );
  };
  return (
    <details className="target-settings" data-testid="target-settings">
      <summary>{t('targetSettings.open')}</summary>
      <div className="target-fields">
        {field('share', (invalid) => (
          <input type="number" min={1} max={100} step={1} value={draft.share} onChange={(event) => update('share', event.target.value)} {...invalid} />
        ))}
        {field('date', (invalid) => <DateField value={draft.date} min={draft.startDate} onChange={(next) => update('date', next)} {...invalid} />)}
        {field('startDate', (invalid) => <DateField value={draft.startDate} max={draft.date} onChange={(next) => update('startDate', next)} {...invalid} />)}
      </div>
    </details>
  );
}
