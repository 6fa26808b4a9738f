import { useTranslation } from 'react-i18next';
import { installationsToCsv } from '../../data/export/exportCsv';
import { installationsToGeoJson } from '../../data/export/exportGeoJson';
import type { Installation } from '../../domain/installation';
import { datedFileName, downloadFile } from '../../components/download';

export interface ExportButtonsProps {
  /** The rows to export, e.g. the table's filtered rows. */
  installations: ReadonlyArray<Installation>;
  /** Kelurahan name by code, for the readable `kelurahan` column. */
  kelurahanName?: (kode: string) => string | undefined;
  /** File name without date and extension. */
  fileBaseName?: string;
  /** The date the rows describe (YYYY-MM-DD), in the file name. */
  date: string;
}

/** Downloads the given rows as Excel-ready CSV or as GeoJSON; both import back unchanged. */
const formats = [
  { extension: 'csv', mimeType: 'text/csv;charset=utf-8', serialise: installationsToCsv },
  { extension: 'geojson', mimeType: 'application/geo+json', serialise: installationsToGeoJson },
] as const;

export function ExportButtons({ installations, kelurahanName, fileBaseName = 'pemasangan-kkbc', date }: ExportButtonsProps) {
  const { t } = useTranslation('export');
  const options = kelurahanName ? { kelurahanName } : {};
  const empty = installations.length === 0;
  return (
    <div className="export-buttons" role="group" aria-label={t('count', { count: installations.length })}>
      {formats.map(({ extension, mimeType, serialise }) => (
        <button
          key={extension}
          type="button"
          className="button secondary"
          disabled={empty}
          title={empty ? t('empty') : undefined}
          data-testid={`export-${extension}`}
          onClick={() => downloadFile(datedFileName(fileBaseName, extension, date), serialise(installations, options), mimeType)}
        >
          {t(extension)}
        </button>
      ))}
    </div>
  );
}
