import './components.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';
import { Field } from './Field';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationStatus, type InstallationType } from '../domain/installation';
import { MultiSelect } from './MultiSelect';

export const AREA_STATE_OPTIONS = ['all', 'covered', 'uncovered', 'recommended'] as const;
export type AreaStateOption = (typeof AREA_STATE_OPTIONS)[number];

/** The shared filters; structurally the same as the URL view state's filter fields. */
export interface FilterValues {
  kecamatan: string[];
  state: AreaStateOption;
  types: InstallationType[];
  statuses: InstallationStatus[];
  from?: string;
  to?: string;
}

interface FilterBarProps {
  value: FilterValues;
  onChange: (patch: Partial<FilterValues>) => void;
  kecamatanOptions: ReadonlyArray<{ kode: string; nama: string }>;
  /** e.g. "12 of 64 kelurahan · 1,234 installations", announced politely on change. */
  resultSummary?: string;
}

/** One filter bar for every view: map, dashboard and tables all read the same values. */
export function FilterBar({ value, onChange, kecamatanOptions, resultSummary }: FilterBarProps) {
  const { t } = useTranslation('filters');
  const active =
    value.kecamatan.length > 0 || value.state !== 'all' || value.types.length > 0 || value.statuses.length > 0 || Boolean(value.from || value.to);
  // Typed dates are not held to the pickers' min/max, and a link can carry any range.
  const reversed = Boolean(value.from && value.to && value.from > value.to);
  const rangeErrorId = useId();
  return (
    <form className="filter-bar" role="search" aria-label={t('label')} onSubmit={(event) => event.preventDefault()}>
      <MultiSelect
        label={t('kecamatan')}
        allLabel={t('all')}
        options={kecamatanOptions.map((option) => ({ value: option.kode, label: option.nama }))}
        value={value.kecamatan}
        onChange={(kecamatan) => onChange({ kecamatan })}
      />
      <label className="filter-field">
        <span className="filter-label">{t('state')}</span>
        <select value={value.state} onChange={(event) => onChange({ state: AREA_STATE_OPTIONS.find((state) => state === event.target.value) ?? 'all' })}>
          {AREA_STATE_OPTIONS.map((state) => (
            <option key={state} value={state}>{t(`states.${state}`)}</option>
          ))}
        </select>
      </label>
      <MultiSelect
        label={t('type')}
        allLabel={t('all')}
        options={INSTALLATION_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        value={value.types}
        onChange={(types) => onChange({ types })}
      />
      <MultiSelect
        label={t('status')}
        allLabel={t('all')}
        options={INSTALLATION_STATUSES.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
        value={value.statuses}
        onChange={(statuses) => onChange({ statuses })}
      />
      <Field className="filter-field" labelClassName="filter-label" label={t('from')}>
        {({ id }) => (
          <DateField
            id={id} value={value.from ?? ''} max={value.to} onChange={(from) => onChange({ from: from || undefined })}
            aria-invalid={reversed || undefined} aria-describedby={reversed ? rangeErrorId : undefined}
          />
        )}
      </Field>
      <Field className="filter-field" labelClassName="filter-label" label={t('to')}>
        {({ id }) => (
          <DateField
            id={id} value={value.to ?? ''} min={value.from} onChange={(to) => onChange({ to: to || undefined })}
            aria-invalid={reversed || undefined} aria-describedby={reversed ? rangeErrorId : undefined}
          />
        )}
      </Field>
      {reversed && <p id={rangeErrorId} className="field-error filter-range-error" role="alert">{t('rangeReversed')}</p>}
      <button
        type="button"
        className="button secondary"
        disabled={!active}
        onClick={() => onChange({ kecamatan: [], state: 'all', types: [], statuses: [], from: undefined, to: undefined })}
      >
        {t('reset')}
      </button>
      {resultSummary !== undefined && (
        <output className="filter-result" aria-live="polite" data-testid="filter-result">{resultSummary}</output>
      )}
    </form>
  );
}
