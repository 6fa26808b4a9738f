import type { BBox } from '../../domain/region';
import type { Installation, InstallationInput } from '../../domain/installation';
import type { RowError } from '../../domain/errors';
import type { ColumnChoices } from './columns';
import type { ImportField } from './vocabulary';

export type ImportLanguage = 'id' | 'en';

/** What the parser needs to know about the region: its extent and its gazetteer. */
export interface ImportRegion {
  bbox: BBox;
  /** Shown in "outside the region" warnings, e.g. "Kota Batam". */
  name?: string;
  kelurahan: ReadonlyArray<{ kode: string; nama: string }>;
}

/** Returns the kode of the kelurahan containing the point, or undefined outside every kelurahan. */
export type Locate = (lng: number, lat: number) => string | undefined;

export interface ParseOptions {
  region: ImportRegion;
  /** Injected so the parser stays free of geometry code; without it only the bbox is checked. */
  locate?: Locate;
  /** Already saved installations, for duplicate detection. */
  existing?: ReadonlyArray<Pick<Installation, 'id' | 'type' | 'lat' | 'lng'>>;
  /** `YYYY-MM-DD`; dates after it are rejected. */
  today: string;
  /** Language of `message` fields; codes and params are language independent. Default `en`. */
  language?: ImportLanguage;
  /** The user's column mapping (header as written, or null for "absent"); other fields are matched automatically. */
  columns?: ColumnChoices;
  /** Workbooks: the sheet to read; by default the first that holds a header. */
  sheet?: string;
  /** Called with a fraction 0..1 while rows are read. */
  onProgress?: (fraction: number) => void;
}

/**
 * Values for a message's `{{placeholders}}`. The dialog passes them to i18next's
 * `t()` as options, so names must not be i18next options (`lng`, `ns`, `count`,
 * `context`, `defaultValue`, ...): hence `latitude`/`longitude`, `cells`.
 */
export type MessageParams = Record<string, string | number>;

/**
 * A rejected row, 0 for the file as a whole. Rows are numbered as a
 * spreadsheet shows the file (see `GridRow.row`): title rows, the header and
 * blank lines count.
 */
export interface ImportRowError extends RowError {
  params: MessageParams;
}

export interface RowWarning {
  row: number;
  field: string;
  code: string;
  message: string;
  params: MessageParams;
}

/** The original cells of a rejected row, kept so the user can fix and re-import them. */
export interface RejectedRecord {
  row: number;
  values: string[];
}

/** A row that is not an installation and was left out on purpose (a "JUMLAH" or "Total" line). */
export interface SkippedRow {
  row: number;
  code: 'summary_row';
}

/** What the column matching made of the header, by the file's own header names. */
export interface ColumnAssignment {
  fields: Partial<Record<ImportField, string[]>>;
  /** Fields that several columns could be: nothing is read until the user says which. */
  ambiguous: Partial<Record<ImportField, string[]>>;
}

export interface ParseResult {
  format: 'csv' | 'geojson' | 'workbook';
  /** The header's row in the file, 1-based (title rows above it are skipped); 0 for GeoJSON. */
  headerRow: number;
  /** Workbooks: every sheet's name, and the one read. */
  sheets: string[];
  sheet?: string;
  assignment: ColumnAssignment;
  /** A few distinct values per column (same order as `columns`), to help map columns by hand. */
  samples: string[][];
  skipped: SkippedRow[];
  /** Number of data rows with content (blank lines are counted for numbering only). */
  rows: number;
  /** Original column names, in file order (for GeoJSON: property names plus lng/lat). */
  columns: string[];
  /** `;` or `,` (or tab): reused when writing the rejected rows back out. */
  delimiter: string;
  /** Ready for `store.bulkImport`. */
  accepted: InstallationInput[];
  /** `acceptedRows[i]` is the file row `accepted[i]` came from. */
  acceptedRows: number[];
  rejected: ImportRowError[];
  rejectedRecords: RejectedRecord[];
  warnings: RowWarning[];
}
