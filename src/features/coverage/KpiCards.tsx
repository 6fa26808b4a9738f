import { useTranslation } from 'react-i18next';
import { INSTALLATION_STATUSES } from '../../domain/installation';
import { formatDate, formatNumber, formatPercent } from '../../components/format';
import { requiredPace, type CampaignTarget, type Kpis } from './series';

interface KpiCardsProps {
  kpis: Kpis;
  target: CampaignTarget;
  /** False while `target` is only the suggestion: the cards say so instead of presenting it as decided. */
  targetSet: boolean;
  asOf: string;
}

/** The numbers an executive reads first: coverage, the target and the gap, installations by status. */
export function KpiCards({ kpis, target, targetSet, asOf }: KpiCardsProps) {
  const { t, i18n } = useTranslation('dashboard');
  const { t: filterText } = useTranslation('filters');
  const language = i18n.language;
  const number = (value: number) => formatNumber(value, language, 0);
  const targetText = t('kpi.targetValue', { count: number(kpis.targetCount), share: formatPercent(target.share, language), date: formatDate(target.date, language) });
  const pace = kpis.requiredPerWeek === undefined ? undefined : requiredPace(kpis.requiredPerWeek);
  return (
    <div className="kpi-cards" data-testid="kpi-cards">
      <section className="kpi-card" aria-labelledby="kpi-covered" data-testid="kpi-covered">
        <h3 id="kpi-covered">{t('kpi.covered')}</h3>
        <p className="kpi-value">{t('kpi.coveredValue', { covered: number(kpis.coveredCount), total: number(kpis.kelurahanCount) })}</p>
        <p className="kpi-detail">{formatPercent(kpis.coveredShare, language)}</p>
        <meter min={0} max={1} value={kpis.coveredShare} aria-label={t('kpi.covered')} />
      </section>
      <section className={`kpi-card${targetSet ? '' : ' kpi-unset'}`} aria-labelledby="kpi-target" data-testid="kpi-target" data-target-set={targetSet}>
        <h3 id="kpi-target">{t('kpi.target')}</h3>
        {targetSet ? <p className="kpi-value">{targetText}</p> : <p className="kpi-value">{t('kpi.targetUnset')}</p>}
        <p className="kpi-detail">
          {targetSet
            ? kpis.daysLeft >= 0 ? t('kpi.daysLeft', { count: kpis.daysLeft }) : t('kpi.overdue', { count: -kpis.daysLeft })
            : t('kpi.targetSuggestion', { target: targetText })}
        </p>
      </section>
      <section className={`kpi-card${kpis.overdue ? ' kpi-alert' : ''}`} aria-labelledby="kpi-gap" data-testid="kpi-gap">
        <h3 id="kpi-gap">{t('kpi.gap')}</h3>
        <p className="kpi-value">{kpis.met ? t('kpi.met') : t('kpi.gapValue', { count: kpis.gapCount, formatted: number(kpis.gapCount) })}</p>
        <p className="kpi-detail">{t('kpi.progress', { share: formatPercent(kpis.progress, language) })}</p>
        {!targetSet && <p className="kpi-detail">{t('kpi.againstSuggestion')}</p>}
        {pace && <p className="kpi-detail" data-testid="kpi-pace">{t(pace.per === 'week' ? 'kpi.paceWeek' : 'kpi.paceMonth', { value: formatNumber(pace.value, language, 1) })}</p>}
      </section>
      <section className="kpi-card" aria-labelledby="kpi-status" data-testid="kpi-status">
        <h3 id="kpi-status">{t('kpi.installations')}</h3>
        <dl className="kpi-status-list">
          {INSTALLATION_STATUSES.map((status) => (
            <div key={status}>
              <dt>{filterText(`statuses.${status}`)}</dt>
              <dd>{number(kpis.byStatus[status])}</dd>
            </div>
          ))}
        </dl>
        <p className="kpi-detail">{t('kpi.installationsTotal', { count: kpis.installationCount, formatted: number(kpis.installationCount), date: formatDate(asOf, language) })}</p>
      </section>
    </div>
  );
}
