import { looksBinary } from '../../data/import/readTable';
import { parseAttributesCsv, type AttributeError } from '../../data/factors/parseAttributesCsv';
import { attributeKey, type AttributeTable, type FactorDirection } from '../../geo/rankCandidates';

// Extra ranking factors from a planner's CSV (informal workers, population... per
// kelurahan): read all or nothing, kept in the browser as plain JSON, and handed to
// `rankCandidates` as an attribute table with a weight and a direction per column.

/** One loaded file, as the browser keeps it. */
export interface ExtraFactors {
  fileName: string;
  /** The file's numeric columns, in file order. */
  columns: string[];
  /** Per kelurahan: its kode and one value per column (null = empty cell, unknown). */
  rows: [string, (number | null)[]][];
  /** Whether more is better, per column. */
  directions: Record<string, FactorDirection>;
}

export type FactorFileResult =
  | { ok: true; factors: ExtraFactors; /** Kelurahan of the region the file has no row for. */ withoutRow: number }
  | { ok: false; errors: AttributeError[] };

/** A new column's weight: it counts at once, as much as the lightest default factor. */
export const EXTRA_FACTOR_WEIGHT = 1;

/**
 * Reads a factor file. Any problem rejects the whole file (the caller keeps what it
 * had), with every problem by row and field: ranking on a file with silently skipped
 * rows would put those kelurahan at the bottom for no visible reason.
 */
export function readFactorFile(text: string, fileName: string, knownKodes: ReadonlySet<string>): FactorFileResult {
  if (looksBinary(text)) return { ok: false, errors: [{ row: 0, field: '', code: 'attributes.notCsv', message: 'Not a CSV text file (e.g. a workbook)' }] };
  const { table, errors } = parseAttributesCsv(text, knownKodes);
  // A file with only a kode column has no delimiter to detect; the missing columns are reported below.
  const problems = errors.filter((error) => error.code !== 'csv.UndetectableDelimiter');
  if (problems.length === 0) {
    if (table.columns.length === 0) problems.push({ row: 0, field: '', code: 'attributes.noFactorColumns', message: 'No numeric column besides kode' });
    else if (table.byKode.size === 0) problems.push({ row: 0, field: '', code: 'attributes.noRows', message: 'No data rows' });
  }
  if (problems.length > 0) return { ok: false, errors: problems };
  const rows = [...table.byKode].map(([kode, values]): [string, (number | null)[]] => [kode, table.columns.map((column) => values[column] ?? null)]);
  return {
    ok: true,
    factors: { fileName, columns: table.columns, rows, directions: Object.fromEntries(table.columns.map((column) => [column, 'higher'])) },
    withoutRow: knownKodes.size - rows.length,
  };
}

export function attributeTableOf(factors: Pick<ExtraFactors, 'columns' | 'rows'>): AttributeTable {
  return {
    columns: factors.columns,
    byKode: new Map(factors.rows.map(([kode, values]) => [kode, Object.fromEntries(factors.columns.map((column, index) => [column, values[index] ?? null]))])),
  };
}

/** Weights once `next` replaces `previous`: the old file's columns go, new ones start at EXTRA_FACTOR_WEIGHT. */
export function weightsWithFactors(
  weights: Readonly<Record<string, number>>,
  previous: ExtraFactors | undefined,
  next: ExtraFactors | undefined,
): Record<string, number> {
  const result = { ...weights };
  for (const column of previous?.columns ?? []) delete result[attributeKey(column)];
  for (const column of next?.columns ?? []) result[attributeKey(column)] = weights[attributeKey(column)] ?? EXTRA_FACTOR_WEIGHT;
  return result;
}

/**
 * The file's directions, except for the columns a link weighs: those rank as the link says
 * (lower-is-better when listed in `linkLower`, else higher), so a shared link ranks alike
 * for a colleague with the same file. Unchanged (the same object) when they agree.
 */
export function withLinkDirections(
  factors: ExtraFactors | undefined,
  linkWeights: Readonly<Record<string, number>> | undefined,
  linkLower: readonly string[] | undefined,
): ExtraFactors | undefined {
  if (!factors || !linkWeights) return factors;
  const linked = factors.columns.filter((column) => linkWeights[attributeKey(column)] !== undefined);
  const direction = (column: string): FactorDirection => (linkLower?.includes(column) ? 'lower' : 'higher');
  if (linked.every((column) => factors.directions[column] === direction(column))) return factors;
  return { ...factors, directions: { ...factors.directions, ...Object.fromEntries(linked.map((column) => [column, direction(column)])) } };
}

/** The columns ranked lower-is-better, as a link carries them (undefined: none). */
export function lowerColumns(factors: ExtraFactors | undefined): string[] | undefined {
  const lower = factors?.columns.filter((column) => factors.directions[column] === 'lower') ?? [];
  return lower.length ? lower : undefined;
}

/** Guards what comes back from localStorage (another version, or edited by hand). */
export function isExtraFactors(value: unknown): value is ExtraFactors {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ExtraFactors>;
  const columns = candidate.columns;
  return typeof candidate.fileName === 'string'
    && Array.isArray(columns) && columns.every((column) => typeof column === 'string')
    && Array.isArray(candidate.rows) && candidate.rows.every((row) => Array.isArray(row) && typeof row[0] === 'string'
      && Array.isArray(row[1]) && row[1].length === columns.length && row[1].every((cell) => cell === null || typeof cell === 'number'))
    && typeof candidate.directions === 'object' && candidate.directions !== null
    && columns.every((column) => candidate.directions![column] === 'higher' || candidate.directions![column] === 'lower');
}
