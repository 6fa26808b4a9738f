import Papa from 'papaparse';
import type { Installation } from '../../domain/installation';
import { guardCell } from './formulaGuard';
import { formatDecimalComma } from './formatNumber';

/**
 * Column headers in Indonesian, the users' language; the importer knows them.
 * `id` and `sumber` are informational and ignored on import (imported rows
 * get new ids and source `import`).
 */
export const EXPORT_COLUMNS = [
  'id', 'jenis', 'status', 'lintang', 'bujur', 'kode_kelurahan', 'kelurahan',
  'tanggal_pasang', 'tanggal_lepas', 'foto_url', 'catatan', 'sumber',
] as const;

export interface ExportOptions {
  /** Name of a kelurahan by code, for the readable `kelurahan` column. */
  kelurahanName?: (kode: string) => string | undefined;
}

function rowOf(installation: Installation, options: ExportOptions): string[] {
  const kode = installation.kelurahanKode ?? '';
  const text = [
    installation.id, installation.type, installation.status,
  ];
  return [
    ...text.map(guardCell),
    formatDecimalComma(installation.lat),
    formatDecimalComma(installation.lng),
    kode,
    guardCell((kode && options.kelurahanName?.(kode)) || ''),
    installation.installedAt,
    installation.removedAt ?? '',
    guardCell(installation.photoUrl ?? ''),
    guardCell(installation.notes),
    installation.source,
  ];
}

/**
 * CSV that Excel with Indonesian regional settings opens into proper columns:
 * UTF-8 BOM (else Excel assumes the ANSI code page and breaks non-ASCII
 * names), `;` separator (the id-ID list separator, because `,` is the decimal
 * mark there), decimal comma coordinates (so Excel sees numbers, not text),
 * CRLF line ends, ISO dates (Excel recognises them; our importer also reads
 * the dd/mm/yyyy Excel writes back). The importer reads all of it back.
 */
export function installationsToCsv(installations: ReadonlyArray<Installation>, options: ExportOptions = {}): string {
  const body = Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data: installations.map((installation) => rowOf(installation, options)) },
    { delimiter: ';', newline: '\r\n', quotes: false },
  );
  return `\uFEFF${body}\r\n`;
}
