import { createColumnHelper } from '@tanstack/react-table';
import { formatDate } from '../../components/format';
import '../../components/tableTypes';
import type { InstallationRow } from './installationRows';

const column = createColumnHelper<InstallationRow>();
const languageOf = (meta: { language: string } | undefined) => meta?.language ?? 'id';
const translateOf = (meta: { translate: (key: string, values?: Record<string, string>) => string } | undefined) => meta?.translate ?? ((key: string) => key);

/** The first block of a UUID (8 characters) is enough to tell rows apart on screen. */
const shortId = (id: string) => (id.length > 9 ? `${id.slice(0, 8)}…` : id);

/** Column ids match INSTALLATION_ACCESSORS, so sorting and per-column filters use the same values. */
export const INSTALLATION_COLUMNS = [
  column.accessor('type', {
    meta: { labelKey: 'installations.type' },
    cell: (context) => translateOf(context.table.options.meta)(`types.${context.getValue()}`),
  }),
  column.accessor((row) => row.actualNama ?? row.actualKode, {
    id: 'actual',
    meta: { labelKey: 'installations.actual' },
    cell: (context) => {
      const row = context.row.original;
      const meta = context.table.options.meta;
      if (!row.actualKode) return <span className="muted">{translateOf(meta)('warnings.outside')}</span>;
      if (!meta?.selectKelurahan) return row.actualNama ?? row.actualKode;
      return (
        <button type="button" className="link-button" onClick={() => meta.selectKelurahan?.(row.actualKode!)}>
          {row.actualNama ?? row.actualKode}
        </button>
      );
    },
  }),
  column.accessor('kecamatan', { meta: { labelKey: 'installations.kecamatan' }, cell: (context) => context.getValue() ?? '–' }),
  column.accessor((row) => row.statedNama ?? row.statedKode, {
    id: 'stated',
    meta: { labelKey: 'installations.stated' },
    cell: (context) => context.getValue() ?? '–',
  }),
  column.accessor('installedAt', {
    meta: { labelKey: 'installations.installedAt' },
    cell: (context) => formatDate(context.getValue(), languageOf(context.table.options.meta)),
  }),
  column.accessor('status', {
    meta: { labelKey: 'installations.status' },
    cell: (context) => translateOf(context.table.options.meta)(`statuses.${context.getValue()}`),
  }),
  column.accessor((row) => row.warnings.join(' '), {
    id: 'warnings',
    meta: { labelKey: 'installations.warnings' },
    cell: (context) => {
      const translate = translateOf(context.table.options.meta);
      return context.row.original.warnings.map((warning) => (
        <span key={warning} className={`warning-badge warning-${warning}`}>{translate(`warnings.${warning}`)}</span>
      ));
    },
  }),
  // Last: what staff look for is where and what; the id is for search and support. Shown
  // short (its filter and the search still match the whole id), whole in the tooltip.
  column.accessor('id', {
    meta: { labelKey: 'installations.id' },
    cell: (context) => <span className="installation-id" title={context.getValue()}>{shortId(context.getValue())}</span>,
  }),
  column.display({
    id: 'actions',
    meta: { labelKey: 'installations.actions', filterable: false, sortable: false },
    cell: (context) => {
      const meta = context.table.options.meta;
      const row = context.row.original;
      if (!meta?.editRow && !meta?.deleteRow) return null;
      // Named for screen readers: a column of identical "Hapus" buttons says nothing on its own.
      const named = { type: meta.translate(`types.${row.type}`), date: formatDate(row.installedAt, meta.language) };
      return (
        <span className="row-actions">
          {meta.editRow && (
            <button type="button" className="link-button" onClick={() => meta.editRow?.(row.id)} aria-label={meta.translate('installations.editLabel', named)}>
              {meta.translate('installations.edit')}
            </button>
          )}
          {meta.deleteRow && (
            <button type="button" className="link-button danger" onClick={() => meta.deleteRow?.(row.id)} aria-label={meta.translate('installations.deleteLabel', named)}>
              {meta.translate('installations.delete')}
            </button>
          )}
        </span>
      );
    },
  }),
];
