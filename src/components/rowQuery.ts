// Search, per-column filters and sorting for the staff tables, as pure functions
// over plain rows. TanStack Table runs in manual mode on top of this: its own row
// models copy every row per step, too slow for 100,000 installations.

export type CellValue = string | number | undefined;
export type Accessors<Row> = Readonly<Record<string, (row: Row) => CellValue>>;

export interface SortState {
  column: string;
  descending: boolean;
}

export interface RowQuery {
  /** Case-insensitive text that must occur in the row's search text. */
  search: string;
  /** Column id → filter text: a substring, or `>n`, `>=n`, `<n`, `<=n`, `=n` for numbers. */
  columnFilters: Readonly<Record<string, string>>;
  sort?: SortState;
}

export const EMPTY_QUERY: RowQuery = { search: '', columnFilters: {} };

const COMPARISON = /^(>=|<=|>|<|=)\s*(-?\d+(?:[.,]\d+)?)$/;

/** Turns one filter text into a cell test; unknown syntax falls back to substring match. */
export function cellMatcher(filter: string): (value: CellValue) => boolean {
  const text = filter.trim().toLowerCase();
  const comparison = COMPARISON.exec(text);
  if (comparison) {
    const operator = comparison[1];
    const limit = Number(comparison[2]!.replace(',', '.'));
    return (value) => {
      if (typeof value !== 'number') return false;
      switch (operator) {
        case '>=': return value >= limit;
        case '<=': return value <= limit;
        case '>': return value > limit;
        case '<': return value < limit;
        default: return value === limit;
      }
    };
  }
  return (value) => value !== undefined && String(value).toLowerCase().includes(text);
}

function compareCells(left: CellValue, right: CellValue): number {
  // Empty cells sort last in both directions, so missing data never hides at the top.
  if (left === undefined || right === undefined) return left === right ? 0 : left === undefined ? 1 : -1;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  const a = String(left);
  const b = String(right);
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Filters then sorts. `searchText(row)` should be lower-case and is best precomputed
 * on the row: building it here would allocate 100,000 strings per keystroke.
 * `shown` gives, per column, what its cell shows where that differs from the value the
 * column sorts and exports by (a label in the UI's language, a date as printed, a share
 * as a percentage): a person filters by what they see, so column filters test it, and
 * the search looks in its text too. Sorting stays on `accessors`.
 * Unknown column ids in the query are ignored (a stale URL must not blank the table).
 */
export function queryRows<Row>(
  rows: readonly Row[],
  query: RowQuery,
  accessors: Accessors<Row>,
  searchText: (row: Row) => string,
  shown: Accessors<Row> = {},
): Row[] {
  const search = query.search.trim().toLowerCase();
  const tests = Object.entries(query.columnFilters).flatMap(([column, filter]) => {
    const accessor = shown[column] ?? accessors[column];
    return accessor && accessors[column] && filter.trim() ? [{ accessor, matches: cellMatcher(filter) }] : [];
  });
  const shownTexts = Object.values(shown);
  const matchesSearch = (row: Row) => searchText(row).includes(search) || shownTexts.some((read) => {
    const value = read(row);
    return typeof value === 'string' && value.toLowerCase().includes(search);
  });
  // No search and no column filter (the usual case) skips 100,000 closure calls.
  const kept = !search && tests.length === 0
    ? rows.slice()
    : rows.filter((row) => (!search || matchesSearch(row)) && tests.every((test) => test.matches(test.accessor(row))));
  const sortAccessor = query.sort ? accessors[query.sort.column] : undefined;
  if (query.sort && sortAccessor) {
    const direction = query.sort.descending ? -1 : 1;
    // Array.prototype.sort is stable, so ties keep the input (e.g. rank) order.
    kept.sort((left, right) => {
      const a = sortAccessor(left);
      const b = sortAccessor(right);
      if (a === undefined || b === undefined) return compareCells(a, b);
      return direction * compareCells(a, b);
    });
  }
  return kept;
}
