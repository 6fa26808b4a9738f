import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import type { LegendItem } from './legend';
import { ShapeSwatch } from '../../components/ShapeSwatch';

/** `open`: unfolded at first (the user can fold it either way). */
export function Legend({ items, open = true }: { items: readonly LegendItem[]; open?: boolean }) {
  const { t, i18n } = useTranslation('map');
  const count = (value: number) => formatNumber(value, i18n.language, 0);
  const areas = items.flatMap((item) => (item.kind === 'area' ? [item] : []));
  const installations = items.flatMap((item) => (item.kind === 'installation' ? [item] : []));
  return (
    // Collapsible: on a narrow map (beside the summary, or on a phone) it can give the map its corner back.
    // `data-map-overlay`: a fitted kecamatan or kelurahan is kept clear of it (MapView).
    <details className="map-legend" open={open} data-testid="map-legend" data-map-overlay>
      <summary>{t('legend.title')}</summary>
      <h3>{t('legend.areas')}</h3>
      <ul>
        {areas.map((item) => (
          <li key={item.state}>
            <span className={`area-swatch area-${item.state}`} style={{ background: item.colour }} aria-hidden="true" />
            <span>{t(item.labelKey)}</span>
            <span className="legend-count">{count(item.count)}</span>
          </li>
        ))}
      </ul>
      <h3>{t('legend.installations')}</h3>
      <ul>
        {installations.map((item) => (
          <li key={item.type}>
            <ShapeSwatch shape={item.shape} colour={item.colour} />
            <span>{t(item.labelKey)}</span>
            <span className="legend-count">{count(item.count)}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('legend.removedNote')}</p>
      <p className="legend-note">{t('legend.overlapNote')}</p>
    </details>
  );
}
