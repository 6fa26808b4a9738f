import { createColumnHelper } from '@tanstack/react-table';
import { formatNumber, formatPercent } from '../../components/format';
import '../../components/tableTypes';
import { extraColumnId, stateText, type KelurahanRow } from './kelurahanRows';

const column = createColumnHelper<KelurahanRow>();
const count = (type: 'baliho' | 'spanduk' | 'banner' | 'poster') =>
  column.accessor((row) => row.byType[type], {
    id: type,
    meta: { labelKey: `kelurahan.counts.${type}`, numeric: true },
    cell: (context) => formatNumber(context.getValue(), context.table.options.meta?.language ?? 'id', 0),
  });

/** Column ids match KELURAHAN_ACCESSORS, so sorting and per-column filters use the same values. */
export const KELURAHAN_COLUMNS = [
  column.accessor('kode', { meta: { labelKey: 'kelurahan.kode' } }),
  column.accessor('nama', {
    meta: { labelKey: 'kelurahan.nama' },
    cell: (context) => {
      const meta = context.table.options.meta;
      const kode = context.row.original.kode;
      if (!meta?.select) return context.getValue();
      // A button, so a keyboard user selects a kelurahan exactly as a map click would.
      return (
        <button type="button" className="link-button" aria-pressed={meta.selectedId === kode} onClick={() => meta.select?.(kode)}>
          {context.getValue()}
        </button>
      );
    },
  }),
  column.accessor('kecamatan', { meta: { labelKey: 'kelurahan.kecamatan' } }),
  column.accessor('state', {
    meta: { labelKey: 'kelurahan.state' },
    cell: (context) => {
      const translate = context.table.options.meta?.translate ?? ((key: string) => key);
      const row = context.row.original;
      return <span className={`state-badge state-${row.state}`}>{stateText(row, translate)}</span>;
    },
  }),
  count('baliho'),
  count('spanduk'),
  count('banner'),
  count('poster'),
  column.accessor('total', {
    meta: { labelKey: 'kelurahan.total', numeric: true },
    cell: (context) => formatNumber(context.getValue(), context.table.options.meta?.language ?? 'id', 0),
  }),
  column.accessor('rank', {
    meta: { labelKey: 'kelurahan.rank', numeric: true },
    cell: (context) => context.getValue() ?? '–',
  }),
  column.accessor('borderKm', {
    meta: { labelKey: 'kelurahan.borderKm', numeric: true },
    cell: (context) => {
      const value = context.getValue();
      return value === undefined ? '–' : formatNumber(value, context.table.options.meta?.language ?? 'id', 1);
    },
  }),
  column.accessor('areaKm2', {
    meta: { labelKey: 'kelurahan.areaKm2', numeric: true },
    cell: (context) => formatNumber(context.getValue(), context.table.options.meta?.language ?? 'id', 2),
  }),
  column.accessor('visibilityShare', {
    meta: { labelKey: 'kelurahan.visibilityShare', numeric: true },
    cell: (context) => {
      const value = context.getValue();
      return value === undefined ? '–' : formatPercent(value, context.table.options.meta?.language ?? 'id');
    },
  }),
];

/** KELURAHAN_COLUMNS, then one per column of the planner's factor file, headed by its name. */
export function kelurahanColumns(extraColumns: readonly string[]) {
  if (extraColumns.length === 0) return KELURAHAN_COLUMNS;
  return [
    ...KELURAHAN_COLUMNS,
    ...extraColumns.map((name) => column.accessor((row) => row.extra?.[name] ?? undefined, {
      id: extraColumnId(name),
      meta: { label: name, numeric: true },
      cell: (context) => {
        const value = context.getValue();
        return value === undefined ? '–' : formatNumber(value, context.table.options.meta?.language ?? 'id', 2);
      },
    })),
  ];
}
