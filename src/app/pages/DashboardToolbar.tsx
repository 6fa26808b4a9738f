import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
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
      <Field className="filter-field" labelClassName="filter-label" label={t('asOf')}>
        {({ id }) => <DateField id={id} value={asOf} onChange={(next) => onAsOfChange(next || undefined)} />}
      </Field>
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
  const [draft, setDraft] = useState<TargetDraft>(() => targetDraftOf(target));
  const [errors, setErrors] = useState<TargetErrors>({});
  const update = (field: TargetField, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const result = readTargetDraft(next);
    setErrors('errors' in result ? result.errors : {});
    if ('target' in result) onChange(result.target);
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
    </details>
  );
}
