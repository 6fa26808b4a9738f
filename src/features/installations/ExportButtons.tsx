import { useTranslation } from 'react-i18next';
import { todayInJakarta } from '../../data/import/decodeText';
import { installationsToCsv } from '../../data/export/exportCsv';
import { installationsToGeoJson } from '../../data/export/exportGeoJson';
import type { Installation } from '../../data/installation';
import { datedFileName, downloadFile } from '../../components/download';

export interface ExportButtonsProps {
  /** The rows to export, e.g. the table's filtered rows. */
  installations: ReadonlyArray<Installation>;
  /** Kelurahan name by code, for the readable `kelurahan` column. */
  kelurahanName?: (kode: string) => string | undefined;
  /** File name without date and extension. */
  fileBaseName?: string;
}

/** Downloads the given rows as Excel-ready CSV or as GeoJSON; both import back unchanged. */
export function ExportButtons({ installations, kelurahanName, fileBaseName = 'pemasangan-kkbc' }: ExportButtonsProps) {
  const { t } = useTranslation('export');
  const options = kelurahanName ? { kelurahanName } : {};
  const empty = installations.length === 0;
  const date = todayInJakarta();
  return (
    <div className="export-buttons" role="group" aria-label={t('count', { count: installations.length })}>
      <button
        type="button"
        className="button secondary"
        disabled={empty}
        title={empty ? t('empty') : undefined}
        data-testid="export-csv"
        onClick={() => downloadFile(datedFileName(fileBaseName, 'csv', date), installationsToCsv(installations, options), 'text/csv;charset=utf-8')}
      >
        {t('csv')}
      </button>
      <button
        type="button"
        className="button secondary"
        disabled={empty}
        title={empty ? t('empty') : undefined}
        data-testid="export-geojson"
        onClick={() => downloadFile(datedFileName(fileBaseName, 'geojson', date), installationsToGeoJson(installations, options), 'application/geo+json')}
      >
        {t('geojson')}
      </button>
    </div>
  );
}
