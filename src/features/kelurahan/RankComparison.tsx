import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { factorLabelMessage, factorValueMessage } from './factorText';
import type { RankComparison as Comparison } from './rankingRows';

/** Why a kelurahan is not one rank higher: the kelurahan above it, and what it scored more on. */
export function RankComparison({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation('planner');
  const language = i18n.language;
  // In the list's whole percentages (91 % and 73 %: 18 points), or to a tenth when those are equal.
  const shown = Math.round(comparison.above.total * 100) - Math.round(comparison.row.total * 100);
  const gap = shown > 0 ? formatNumber(shown, language, 0) : formatNumber(comparison.gap * 100, language, 1);
  const params = { gap, rank: comparison.above.rank, nama: comparison.above.nama };
  const value = (factor: Comparison['gains'][number]['factor']) => {
    const message = factorValueMessage(factor, language);
    return t(message.key, message.params ?? {});
  };
  return (
    <div className="rank-comparison" data-testid="rank-comparison">
      <p>{t(comparison.gains.length > 0 ? 'panel.belowAboveWhy' : 'panel.belowAbove', params)}</p>
      {comparison.gains.length > 0 && (
        <ul>
          {comparison.gains.map(({ factor, above }) => {
            const label = factorLabelMessage(factor);
            return <li key={factor.key}>{t('panel.gainLine', { factor: t(label.key, label.params ?? {}), there: value(above), here: value(factor) })}</li>;
          })}
        </ul>
      )}
    </div>
  );
}
