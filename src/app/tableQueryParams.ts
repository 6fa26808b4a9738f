import { EMPTY_QUERY, type RowQuery } from '../components/rowQuery';

// A staff table's search, sort and column filters in the link, so a colleague opening
// it sees the same rows in the same order. Per table a prefix (`i` installations,
// `k` kelurahan): `iq` search, `isort` column (`-column` descending), `if` filters as
// `column:text` pairs, each part percent-encoded (like `w`, see parseWeights).

const MAX_TEXT = 200;
const MAX_FILTERS = 50;
const COLUMN = /^[\w:.%-]{1,100}$/;

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined; // a broken escape
  }
}

/** The table query a link carries under `prefix`; undefined when it carries none. Malformed parts are left out. */
export function parseTableQuery(params: URLSearchParams, prefix: string): RowQuery | undefined {
  const search = (params.get(`${prefix}q`) ?? '').slice(0, MAX_TEXT);
  const sortText = params.get(`${prefix}sort`) ?? '';
  const descending = sortText.startsWith('-');
  const sortColumn = descending ? sortText.slice(1) : sortText;
  const columnFilters: Record<string, string> = {};
  for (const pair of (params.get(`${prefix}f`) ?? '').split(',').slice(0, MAX_FILTERS)) {
    const colon = pair.indexOf(':');
    const column = colon > 0 ? decoded(pair.slice(0, colon)) : undefined;
    const text = decoded(pair.slice(colon + 1))?.slice(0, MAX_TEXT);
    if (column && COLUMN.test(column) && text?.trim()) columnFilters[column] = text;
  }
  const query: RowQuery = { search, columnFilters, ...(COLUMN.test(sortColumn) ? { sort: { column: sortColumn, descending } } : {}) };
  return isEmptyQuery(query) ? undefined : query;
}

export function isEmptyQuery(query: RowQuery): boolean {
  return !query.search && !query.sort && Object.values(query.columnFilters).every((text) => !text.trim());
}

/** Writes `query` under `prefix`; an empty query writes nothing. */
export function writeTableQuery(params: URLSearchParams, prefix: string, query: RowQuery | undefined): void {
  if (!query) return;
  if (query.search) params.set(`${prefix}q`, query.search);
  if (query.sort) params.set(`${prefix}sort`, `${query.sort.descending ? '-' : ''}${query.sort.column}`);
  const filters = Object.entries(query.columnFilters).filter(([, text]) => text.trim());
  if (filters.length) params.set(`${prefix}f`, filters.map(([column, text]) => `${encodeURIComponent(column)}:${encodeURIComponent(text)}`).join(','));
}

/** The query to keep in the view state: undefined for an empty one, so the link stays short. */
export const storedQuery = (query: RowQuery): RowQuery | undefined => (isEmptyQuery(query) ? undefined : query);

export const queryOrEmpty = (query: RowQuery | undefined): RowQuery => query ?? EMPTY_QUERY;
