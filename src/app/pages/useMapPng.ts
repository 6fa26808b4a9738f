import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, exportFileName } from '../../components/download';
import { formatDate, formatNumber } from '../../components/format';
import { messageOf } from '../../components/messageOf';
import type { NoticeState } from '../../components/Notice';
import { withPngText } from '../../components/pngText';
import { canvasToPng } from '../../components/svgToPng';
import type { LegendItem } from '../../features/map/legend';
import { composeMapImage } from '../../features/map/mapImage';
import type { MapHandle } from '../../features/map/MapView';

export interface MapPngText {
  regionName: string;
  /** The kecamatan shown, or the whole city. */
  scope: string;
  /** The filter result line: the same installation count as every other view for the date. */
  resultSummary: string;
  asOf: string;
  legend: readonly LegendItem[];
  /** Asked on export only: it reads every installation. */
  isDemo(): boolean;
}

/**
 * The map as it is shown, with title, legend and sources, as a PNG download. The title and
 * subtitle also go into the file's text chunks, so the file says its scope and date.
 */
export function useMapPng(mapRef: RefObject<MapHandle | null>, text: MapPngText, onFailure: (notice: NoticeState) => void) {
  const { t, i18n } = useTranslation('planner');
  const { t: mapText } = useTranslation('map');
  const { t: commonText } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const exportPng = async () => {
    if (!mapRef.current) return;
    setExporting(true);
    try {
      const { canvas, scale, metersPerPixel, attribution } = await mapRef.current.snapshot();
      const notes = [mapText('legend.removedNote'), mapText('legend.overlapNote'), ...(text.isDemo() ? [commonText('demoLabel')] : [])];
      const title = `${commonText('tagline')} · ${text.regionName}`;
      const subtitle = [text.scope, text.resultSummary, t('png.asOf', { date: formatDate(text.asOf, i18n.language) })].join(' · ');
      const image = composeMapImage(canvas, scale, metersPerPixel, {
        title,
        subtitle,
        areasHeading: mapText('legend.areas'),
        installationsHeading: mapText('legend.installations'),
        rows: text.legend.map((item) => ({ item, label: mapText(item.labelKey), count: formatNumber(item.count, i18n.language, 0) })),
        notes,
        footer: [t('png.boundaries'), attribution].filter(Boolean).join(' · '),
      }, getComputedStyle(document.documentElement).fontFamily);
      const png = new Uint8Array(await (await canvasToPng(image)).arrayBuffer());
      const tagged = withPngText(png, { Title: title, Description: subtitle });
      downloadFile(exportFileName('peta', text.asOf, 'png'), new Blob([tagged], { type: 'image/png' }));
    } catch (error) {
      onFailure({ text: t('png.failed', { detail: messageOf(error) }), error: true });
    } finally {
      setExporting(false);
    }
  };
  return { exportPng, exporting };
}
