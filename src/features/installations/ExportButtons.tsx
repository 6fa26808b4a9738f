import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { installationsToCsv, type ExportOptions } from '../../data/export/exportCsv';
import { installationsToGeoJson } from '../../data/export/exportGeoJson';
import { installationsToXlsx, type ExportLanguage } from '../../data/export/exportXlsx';
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

type Serialise = (installations: ReadonlyArray<Installation>, options: ExportOptions & { language: ExportLanguage }) => Promise<string | object | Blob>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel-ready CSV, an Excel workbook, or GeoJSON; all import back unchanged. */
const formats: ReadonlyArray<{ extension: 'csv' | 'xlsx' | 'geojson'; mimeType: string; serialise: Serialise }> = [
  { extension: 'csv', mimeType: 'text/csv;charset=utf-8', serialise: async (rows, options) => installationsToCsv(rows, options) },
  {
    extension: 'xlsx',
    mimeType: XLSX_TYPE,
    serialise: async (rows, options) => new Blob([(await installationsToXlsx(rows, options)) as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }),
  },
  { extension: 'geojson', mimeType: 'application/geo+json', serialise: async (rows, options) => installationsToGeoJson(rows, options) },
];

/** Downloads exactly the given rows in the chosen format. */
export function ExportButtons({ installations, kelurahanName, fileBaseName = 'pemasangan-kkbc', date }: ExportButtonsProps) {
  const { t, i18n } = useTranslation('export');
  // The workbook library loads on first use: the button says so rather than seem dead.
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const language: ExportLanguage = i18n.language === 'en' ? 'en' : 'id';
  const options = { ...(kelurahanName ? { kelurahanName } : {}), language };
  const empty = installations.length === 0;
  const download = async (extension: string, mimeType: string, serialise: Serialise) => {
    setBusy(extension);
    try {
      downloadFile(datedFileName(fileBaseName, extension, date), await serialise(installations, options), mimeType);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('count', { count: installations.length })}>
      {formats.map(({ extension, mimeType, serialise }) => (
        <button
          key={extension}
          type="button"
          className="button secondary"
          disabled={empty || busy !== undefined}
          aria-busy={busy === extension}
          title={empty ? t('empty') : undefined}
          data-testid={`export-${extension}`}
          onClick={() => void download(extension, mimeType, serialise)}
        >
          {t(extension)}
        </button>
      ))}
    </div>
  );
}
