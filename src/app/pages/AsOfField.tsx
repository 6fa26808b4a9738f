import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { formatNumber } from '../../components/format';

interface Props {
  asOf: string;
  today: string;
  /** Installations put up after `asOf`: left out of the tables and exports, and said so. */
  laterCount: number;
  /** undefined = today (the date leaves the link). */
  onChange(asOf: string | undefined): void;
}

/** The data view's as-of date: the tables and exports show the installations as they stood on it. */
export function AsOfField({ asOf, today, laterCount, onChange }: Props) {
  const { t, i18n } = useTranslation('data');
  const { t: plannerText } = useTranslation('planner');
  return (
    <div className="data-as-of">
      <Field className="filter-field" labelClassName="filter-label" label={t('asOf.label')}>
        {({ id }) => (
          <DateField id={id} value={asOf} max={today} onChange={(next) => onChange(next && next !== today ? next : undefined)} title={t('asOf.hint')} data-testid="data-as-of" />
        )}
      </Field>
      {asOf !== today && (
        <button type="button" className="link-button" onClick={() => onChange(undefined)}>{plannerText('asOf.today')}</button>
      )}
      {laterCount > 0 && (
        <p className="hint" data-testid="data-as-of-later">{t('asOf.later', { count: laterCount, formatted: formatNumber(laterCount, i18n.language, 0) })}</p>
      )}
    </div>
  );
}
