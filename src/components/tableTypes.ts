import type { RowData } from '@tanstack/react-table';

// What column definitions may say about themselves and what every cell renderer
// can read from the table (language-dependent formatting, row selection).
declare module '@tanstack/react-table' {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface TableMeta<TData extends RowData> {
    /** UI language, for formatNumber/formatDate in cells. */
    language: string;
    /** Translates a key of the table's i18n namespace. */
    translate: (key: string, values?: Record<string, string>) => string;
    /** Selects a row (e.g. a kelurahan) everywhere: map, tables, charts. */
    select?: (id: string) => void;
    selectedId?: string;
    /** Selects the kelurahan a row refers to (e.g. an installation's kelurahan). */
    selectKelurahan?: (kode: string) => void;
    /** Row actions (installations): correct the row, delete it. */
    editRow?: (id: string) => void;
    deleteRow?: (id: string) => void;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** i18n key (in the table's namespace) of the column's header; also names its filter box. */
    labelKey?: string;
    /** A header as it is, instead of `labelKey` (e.g. a column of a planner's file). */
    label?: string;
    /** Right-aligned, and its filter accepts `>n`, `<=n`… */
    numeric?: boolean;
    /** Shows a per-column filter box (default true). */
    filterable?: boolean;
    /** Its header sorts the table (default true). */
    sortable?: boolean;
  }
}

export {};
