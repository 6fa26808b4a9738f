// Spreadsheets run a cell that starts with = + - @ (or tab/CR, which some
// strip first) as a formula: a note like `=HYPERLINK("http://evil", "klik")`
// in an exported CSV would execute on the reader's machine (OWASP "CSV
// injection"). Such cells get a leading `'`, which Excel shows as text.
// So that export → import gives back the original, a cell that already starts
// with `'` followed by one of those characters (or another `'`) is guarded too,
// and the importer strips exactly one leading `'` in exactly those cases.

const NEEDS_GUARD = /^(?:[=+\-@\t\r]|'[=+\-@\t\r'])/;
const GUARDED = /^'[=+\-@\t\r']/;

export function guardCell(value: string): string {
  return NEEDS_GUARD.test(value) ? `'${value}` : value;
}

export function unguardCell(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
