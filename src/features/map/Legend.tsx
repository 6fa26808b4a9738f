import { useTranslation } from 'react-i18next';
import type { LegendItem } from './legend';
import type { SymbolShape } from './palette';

/** The same shapes the map draws (InstallationPointsLayer.ts shader), as SVG so they scale with text. */
export function ShapeSwatch({ shape, colour }: { shape: SymbolShape; colour: string }) {
  const common = { fill: colour, stroke: '#fff', strokeWidth: 1.5 };
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shape-swatch">
      {shape === 'circle' && <circle cx="8" cy="8" r="6" {...common} />}
      {shape === 'square' && <rect x="2.5" y="2.5" width="11" height="11" {...common} />}
      {shape === 'triangle' && <polygon points="8,1.5 14.5,14 1.5,14" {...common} />}
      {shape === 'diamond' && <polygon points="8,1 15,8 8,15 1,8" {...common} />}
    </svg>
  );
}

/** `open`: unfolded at first (the user can fold it either way). */
export function Legend({ items, open = true }: { items: readonly LegendItem[]; open?: boolean }) {
  const { t } = useTranslation('map');
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
            <span className="legend-count">{item.count}</span>
          </li>
        ))}
      </ul>
      <h3>{t('legend.installations')}</h3>
      <ul>
        {installations.map((item) => (
          <li key={item.type}>
            <ShapeSwatch shape={item.shape} colour={item.colour} />
            <span>{t(item.labelKey)}</span>
            <span className="legend-count">{item.count}</span>
          </li>
        ))}
      </ul>
      <p className="legend-note">{t('legend.removedNote')}</p>
      <p className="legend-note">{t('legend.overlapNote')}</p>
    </details>
  );
}
