import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, exportFileName } from '../../components/download';
import { formatDate } from '../../components/format';
import { messageOf } from '../../components/messageOf';
import { svgToPng } from '../../components/svgToPng';
import { CoverageByKecamatanChart } from '../../features/coverage/CoverageByKecamatanChart';
import { KpiCards } from '../../features/coverage/KpiCards';
import { ProgressChart } from '../../features/coverage/ProgressChart';
import type { ProgressPoint } from '../../features/coverage/progressSeries';
import type { CampaignTarget, KecamatanCoveragePoint, Kpis, TypePoint } from '../../features/coverage/series';
import { LABEL_METRICS, placeLabelsOrNumbers, projectShapes } from '../../features/coverage/staticMap';
import { StaticMapSvg, type StaticMapState } from '../../features/coverage/StaticMapSvg';
import { TypeChart } from '../../features/coverage/TypeChart';
import { UncoveredList, type UncoveredItem } from '../../features/coverage/UncoveredList';
import type { KelurahanCollection } from '../../domain/region';
import { scopeLabel } from './scope';
import { PrintMapKey } from './PrintMapKey';
import './print.css';

/**
 * The map's box in CSS pixels, drawn 1:1 on the page (see print.css): its names print at their
 * font size. With the kecamatan chart beside it, the other charts and the uncovered list under it, the page is one A4.
 */
const MAP_WIDTH = 400;
const MAP_HEIGHT = 355;
/** The uncovered kelurahan listed by name (the next targets first); the rest are counted. */
const UNCOVERED_LISTED = 5;

interface PrintPageProps {
  regionName: string;
  /** Names of the kecamatan in the filter; empty = the whole city. */
  scopeNames: string[];
  asOf: string;
  target: CampaignTarget;
  /** False while the target is only the suggestion (nobody set one). */
  targetSet: boolean;
  kpis: Kpis;
  byKecamatan: readonly KecamatanCoveragePoint[];
  byType: readonly TypePoint[];
  progress: readonly ProgressPoint[];
  uncovered: readonly UncoveredItem[];
  kelurahan: KelurahanCollection;
  coveredKodes: ReadonlySet<string>;
  recommendedKodes: ReadonlySet<string>;
  keptKodes: ReadonlySet<string>;
  onClose: () => void;
}

/** The executive summary on A4 (see print.css): static map, KPIs, charts and the uncovered list. */
export function PrintPage(props: PrintPageProps) {
  const { t, i18n } = useTranslation('dashboard');
  const svgRef = useRef<SVGSVGElement>(null);
  const [pngError, setPngError] = useState<string>();
  const { kelurahan, keptKodes, coveredKodes, recommendedKodes } = props;
  // With a kecamatan filter the map zooms to it; otherwise the whole city, fitted to the box
  // whatever the region's shape, so the legend's 12-unit text prints at 12 px.
  const map = useMemo(() => {
    const features = kelurahan.features.filter((feature) => keptKodes.size === kelurahan.features.length || keptKodes.has(feature.properties.kode));
    const shapes = (features.length ? features : kelurahan.features).map((feature) => ({ kode: feature.properties.kode, geometry: feature.geometry, labelPoint: feature.properties.labelPoint }));
    return projectShapes(shapes, MAP_WIDTH, MAP_HEIGHT);
  }, [kelurahan, keptKodes]);
  // Names of the covered and next-target kelurahan (of every kelurahan when a kecamatan is
  // chosen), covered first. Every covered one is found on the map: by name, or where names
  // crowd (the whole city's covered kelurahan are small and close together) by a number
  // keyed under the map. Another name that would cover one placed before it is left out.
  const { labels, markers } = useMemo(() => {
    const names = new Map(kelurahan.features.map((feature) => [feature.properties.kode, feature.properties.nama]));
    const scoped = keptKodes.size < kelurahan.features.length;
    const priority = (kode: string) => (coveredKodes.has(kode) ? 0 : recommendedKodes.has(kode) ? 1 : 2);
    const candidates = map.shapes
      .filter((shape) => keptKodes.has(shape.kode) && (scoped || priority(shape.kode) < 2))
      .sort((a, b) => priority(a.kode) - priority(b.kode))
      .flatMap((shape) => (shape.labelAt ? [{ kode: shape.kode, text: names.get(shape.kode) ?? shape.kode, ...shape.labelAt }] : []));
    return placeLabelsOrNumbers(candidates, (kode) => coveredKodes.has(kode), map.width, map.height, LABEL_METRICS);
  }, [map, kelurahan, keptKodes, coveredKodes, recommendedKodes]);
  // In words too, each with its number where it has one on the map.
  const coveredNames = useMemo(() => {
    const numberOf = new Map(markers.map((marker) => [marker.kode, marker.number]));
    return kelurahan.features
      .filter((feature) => keptKodes.has(feature.properties.kode) && coveredKodes.has(feature.properties.kode))
      .map((feature) => ({ kode: feature.properties.kode, name: `${feature.properties.nama} (${feature.properties.kecamatan})`, number: numberOf.get(feature.properties.kode) }))
      .sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity));
  }, [kelurahan, keptKodes, coveredKodes, markers]);
  const stateOf = (kode: string): StaticMapState =>
    !keptKodes.has(kode) ? 'outside' : coveredKodes.has(kode) ? 'covered' : recommendedKodes.has(kode) ? 'recommended' : 'uncovered';
  const scope = scopeLabel(props.scopeNames, t('scopeCity', { region: props.regionName }));

  const downloadPng = async () => {
    if (!svgRef.current) return;
    try {
      setPngError(undefined);
      downloadFile(exportFileName('peta', props.asOf, 'png'), await svgToPng(svgRef.current));
    } catch (error) {
      setPngError(messageOf(error));
    }
  };

  return (
    <article className="print-page" data-testid="print-page">
      <div className="print-actions">
        <button type="button" className="button secondary" onClick={props.onClose}>{t('printView.close')}</button>
        <button type="button" className="button" onClick={() => window.print()}>{t('printView.printNow')}</button>
        <button type="button" className="button" onClick={() => void downloadPng()}>{t('exportPng')}</button>
        {pngError && <span role="alert">{pngError}</span>}
      </div>
      <header className="print-header">
        <h2>{t('printView.title')} · {scope}</h2>
        <p>{t('asOf')} {formatDate(props.asOf, i18n.language, 'long')}</p>
      </header>
      <KpiCards kpis={props.kpis} target={props.target} targetSet={props.targetSet} asOf={props.asOf} />
      <div className="print-main">
        <section className="print-map" aria-label={t('printView.mapTitle')}>
          <StaticMapSvg ref={svgRef} map={map} stateOf={stateOf} labels={labels} markers={markers} title={`${t('printView.mapTitle')} · ${scope}`} />
          <PrintMapKey covered={coveredNames} />
        </section>
        <CoverageByKecamatanChart series={props.byKecamatan} rowHeight={16} />
      </div>
      <div className="print-charts">
        <ProgressChart series={props.progress} asOf={props.asOf} height={180} />
        <TypeChart series={props.byType} />
        <UncoveredList items={props.uncovered} printable limit={UNCOVERED_LISTED} />
      </div>
    </article>
  );
}
