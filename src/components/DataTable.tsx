import './components.css';
import { useEffect, useMemo, useRef } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type ColumnMeta } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { SortState } from './rowQuery';
import './tableTypes';

interface DataTableProps<Row> {
  caption: string;
  /** Already searched, filtered and sorted (see `queryRows`). */
  rows: readonly Row[];
  // TanStack's own docs type column lists with `any` values: each column has its own value type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<Row, any>[];
  getRowId: (row: Row) => string;
  sort?: SortState;
  onSortChange: (sort: SortState | undefined) => void;
  columnFilters: Readonly<Record<string, string>>;
  onColumnFilterChange: (column: string, value: string) => void;
  selectedId?: string;
  onSelect?: (id: string) => void;
  /** For rows that point at a kelurahan (installations): select that kelurahan everywhere. */
  onSelectKelurahan?: (kode: string) => void;
  language: string;
  /** Translates keys of the caller's namespace inside cells. */
  translate: (key: string, values?: Record<string, string>) => string;
  /** Row actions, for columns that offer them (see `TableMeta`). */
  onEditRow?: (id: string) => void;
  onDeleteRow?: (id: string) => void;
  testId?: string;
  /** Said when there are no rows at all (default: no row matches the filters). */
  emptyText?: string;
}

const ROW_HEIGHT = 36;
/** Sort row plus filter row, as laid out by components.css. */
const HEADER_HEIGHT = 80;

/** Until the first ResizeObserver report: the table's default maximum height (components.css). */
const INITIAL_RECT = { width: 0, height: 420 };

/**
 * TanStack's default measures the scroll box right away, in the commit, which forces
 * a layout of the whole page inside that task (a long one on a first load with large
 * tables). A ResizeObserver reports the same border box after the
 * browser's own layout, and `INITIAL_RECT` covers the first render meanwhile.
 */
function observeRectAfterLayout(instance: Virtualizer<HTMLDivElement, Element>, callback: (rect: Rect) => void): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, callback);
  const observer = new ResizeObserver(([entry]) => {
    const box = entry?.borderBoxSize[0];
    if (box) callback({ width: Math.round(box.inlineSize), height: Math.round(box.blockSize) });
  });
  observer.observe(element);
  return () => observer.disconnect();
}

/** A column's header text: its literal label, or its translated label key. */
function headerText(meta: ColumnMeta<unknown, unknown> | undefined, translate: (key: string) => string): string | undefined {
  return meta?.label ?? (meta?.labelKey ? translate(meta.labelKey) : undefined);
}

function nextSort(current: SortState | undefined, column: string): SortState | undefined {
  if (current?.column !== column) return { column, descending: false };
  return current.descending ? undefined : { column, descending: true };
}

/**
 * A real <table> whose body renders only the rows in view (plus spacer rows), so
 * 100,000 rows scroll smoothly. TanStack Table renders headers and cells of the
 * visible slice only; filtering and sorting happened before, in pure functions.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, columns, getRowId, sort, columnFilters, selectedId } = props;
  const { t } = useTranslation('tables');
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the React Compiler is not used in this project
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: INITIAL_RECT,
    observeElementRect: observeRectAfterLayout,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  // Stable while the range is: TanStack recomputes its row model whenever `data` changes identity.
  const visible = useMemo(() => rows.slice(first, last + 1), [rows, first, last]);

  const table = useReactTable({
    data: visible as Row[],
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => getRowId(row),
    manualSorting: true,
    manualFiltering: true,
    // The data is a window that changes on every scroll; the default auto-reset of pagination on
    // data change would set state on each change and re-render forever.
    autoResetAll: false,
    meta: {
      language: props.language, translate: props.translate, select: props.onSelect, selectedId, selectKelurahan: props.onSelectKelurahan,
      editRow: props.onEditRow, deleteRow: props.onDeleteRow,
    },
  });

  // A kelurahan selected elsewhere (map, chart) scrolls into view here.
  const selectedIndex = selectedId === undefined ? -1 : rows.findIndex((row) => getRowId(row) === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  const columnCount = table.getAllLeafColumns().length;

  return (
    <div
      className="data-table"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label={props.caption}
      data-testid={props.testId}
      // The height follows the row count, never the rendered content: sizing to content would let
      // the visible range change the height and the height change the range, a layout loop.
      style={{ height: `min(var(--table-height, 420px), ${HEADER_HEIGHT + Math.max(1, rows.length) * ROW_HEIGHT + 2}px)` }}
    >
      <table aria-rowcount={rows.length + 2}>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta;
                const label = headerText(meta, props.translate) ?? flexRender(header.column.columnDef.header, header.getContext());
                if (meta?.sortable === false) return <th key={header.id} scope="col">{label}</th>;
                const sorted = sort?.column === header.column.id ? (sort.descending ? 'descending' : 'ascending') : undefined;
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ?? 'none'} className={meta?.numeric ? 'numeric' : undefined}>
                    <button type="button" className="sort-button" onClick={() => props.onSortChange(nextSort(sort, header.column.id))}>
                      {label}
                      <span aria-hidden="true" className="sort-mark">{sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
          <tr aria-rowindex={2} className="filter-row">
            {table.getAllLeafColumns().map((column) => (
              <td key={column.id}>
                {column.columnDef.meta?.filterable !== false && (
                  <input
                    type="search"
                    className="column-filter"
                    value={columnFilters[column.id] ?? ''}
                    placeholder={column.columnDef.meta?.numeric ? '>0' : ''}
                    aria-label={t('filterColumn', { column: headerText(column.columnDef.meta, props.translate) ?? column.id })}
                    onChange={(event) => props.onColumnFilterChange(column.id, event.target.value)}
                  />
                )}
              </td>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && <tr aria-hidden="true" style={{ height: paddingTop }}><td colSpan={columnCount} /></tr>}
          {table.getRowModel().rows.map((row, offset) => (
            <tr
              key={row.id}
              aria-rowindex={first + offset + 3}
              className={row.id === selectedId ? 'selected' : undefined}
              style={{ height: ROW_HEIGHT }}
            >
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cell.column.columnDef.meta?.numeric ? 'numeric' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
          {paddingBottom > 0 && <tr aria-hidden="true" style={{ height: paddingBottom }}><td colSpan={columnCount} /></tr>}
          {rows.length === 0 && (
            <tr><td colSpan={columnCount} className="empty">{props.emptyText ?? t('empty')}</td></tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
