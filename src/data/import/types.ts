import type { BBox } from '../../domain/region';
import type { Installation, InstallationInput } from '../../domain/installation';
import type { RowError } from '../../domain/errors';

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
  /** Called with a fraction 0..1 while rows are read. */
  onProgress?: (fraction: number) => void;
}

/**
 * Values for a message's `{{placeholders}}`. The dialog passes them to i18next's
 * `t()` as options, so names must not be i18next options (`lng`, `ns`, `count`,
 * `context`, `defaultValue`, ...): hence `latitude`/`longitude`, `cells`.
 */
export type MessageParams = Record<string, string | number>;

/** A rejected row: `row` is the 1-based data row (header excluded), 0 for the file as a whole. */
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

export interface ParseResult {
  /** Number of data rows with content (blank lines are counted for numbering only). */
  rows: number;
  /** Original column names, in file order (for GeoJSON: property names plus lng/lat). */
  columns: string[];
  /** `;` or `,` (or tab): reused when writing the rejected rows back out. */
  delimiter: string;
  /** Ready for `store.bulkImport`. */
  accepted: InstallationInput[];
  /** `acceptedRows[i]` is the data row `accepted[i]` came from. */
  acceptedRows: number[];
  rejected: ImportRowError[];
  rejectedRecords: RejectedRecord[];
  warnings: RowWarning[];
}
