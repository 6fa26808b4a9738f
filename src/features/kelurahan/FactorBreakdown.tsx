import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../components/format';
import { ATTRIBUTE_COLOUR, FACTOR_COLOURS, factorHowMessage, factorLabelMessage, factorValueMessage } from './factorText';
import type { FactorView } from './rankingRows';

/** One stacked bar (each factor's share of the score) and the measured values behind it. */
export function FactorBreakdown({ factors, total, detailed = false }: { factors: readonly FactorView[]; total: number; detailed?: boolean }) {
  const { t, i18n } = useTranslation('planner');
  const language = i18n.language;
  return (
    <div className="factor-breakdown">
      <div className="factor-bar" role="img" aria-label={t('uncovered.score', { score: formatPercent(total, language, 0) })}>
        {factors.map((factor) => (
          <span key={factor.key} style={{ width: `${factor.contribution * 100}%`, background: FACTOR_COLOURS[factor.key] ?? ATTRIBUTE_COLOUR }} />
        ))}
      </div>
      <ul className={detailed ? 'factor-list detailed' : 'factor-list'}>
        {factors.map((factor) => {
          const label = factorLabelMessage(factor);
          const value = factorValueMessage(factor, language);
          const how = factorHowMessage(factor);
          return (
            <li key={factor.key} title={t(how.key, how.params ?? {})}>
              <span className="factor-dot" style={{ background: FACTOR_COLOURS[factor.key] ?? ATTRIBUTE_COLOUR }} aria-hidden="true" />
              <span className="factor-label">{t(label.key, label.params ?? {})}</span>
              <span className="factor-value">{t(value.key, value.params ?? {})}</span>
              {detailed && <span className="factor-share">+{formatPercent(factor.contribution, language, 0)}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
