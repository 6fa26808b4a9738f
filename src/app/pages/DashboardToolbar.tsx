import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
        <input type="date" value={asOf} onChange={(event) => onAsOfChange(event.target.value || undefined)} />
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
  const field = (name: TargetField, type: 'number' | 'date', extra: Record<string, string | number> = {}) => {
    const error = errors[name];
    return (
      <label className="filter-field">
        <span className="filter-label">{t(`targetSettings.${name}`)}</span>
        <input
          type={type} value={draft[name]} onChange={(event) => update(name, event.target.value)} {...extra}
          aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-${name}` : undefined}
        />
        {error && <span id={`${id}-${name}`} className="field-error">{t(error)}</span>}
      </label>
    );
  };
  return (
    <details className="target-settings" data-testid="target-settings">
      <summary>{t('targetSettings.open')}</summary>
      <div className="target-fields">
        {field('share', 'number', { min: 1, max: 100, step: 1 })}
        {field('date', 'date', { min: draft.startDate })}
        {field('startDate', 'date', { max: draft.date })}
      </div>
    </details>
  );
}
