import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatNumber } from '../../components/format';
import { queryRows, type RowQuery } from '../../components/rowQuery';
import { TableToolbar } from '../../components/TableToolbar';
import { INSTALLATION_COLUMNS } from './installationColumns';
import { INSTALLATION_ACCESSORS, installationSearchText, installationShownText, type InstallationRow } from './installationRows';

interface InstallationTableProps {
  /** Search, column filters and sort: held by the page (in the link), so a copied link shows the same rows. */
  query: RowQuery;
  /** `typing`: a keystroke in a search or filter field (not a history entry of its own). */
  onQueryChange: (query: RowQuery, typing: boolean) => void;
  rows: readonly InstallationRow[];
  /** True while the rows of a long list are still being built (then `rows` is empty). */
  preparing?: boolean;
  /** Selecting the kelurahan of an installation selects it everywhere. */
  onSelectKelurahan: (kode: string) => void;
  /** Receives the rows as shown (searched, filtered, sorted). */
  onExport: (rows: InstallationRow[]) => void;
  /** Row actions: correct an installation (on the map), delete one. */
  onEdit?: (id: string) => void;
  onDelete?: (id: string) => void;
  /** How many installations are stored at all: with none, the empty table says how to add some. */
  storedCount?: number;
}

const getId = (row: InstallationRow) => row.id;

/** Installations with where they actually stand, what was stated, and what looks wrong. */
export function InstallationTable({ query, onQueryChange, rows, preparing = false, onSelectKelurahan, onExport, onEdit, onDelete, storedCount }: InstallationTableProps) {
  const { t, i18n } = useTranslation('tables');
  const language = i18n.language;
  // Filters and search see the labels and dates as this language prints them.
  const shownText = useMemo(() => installationShownText(i18n.getFixedT(language, 'tables'), language), [i18n, language]);
  const shown = useMemo(() => queryRows(rows, query, INSTALLATION_ACCESSORS, installationSearchText, shownText), [rows, query, shownText]);
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  return (
    <section className="table-panel" aria-labelledby="installation-table-title" data-testid="installation-table">
      <TableToolbar
        titleId="installation-table-title"
        title={t('installations.title')}
        searchLabel={t('installations.search')}
        search={query.search}
        onSearch={(search) => onQueryChange({ ...query, search }, true)}
        count={preparing ? t('preparing') : t('rowCount', { shown: number(shown.length), total: number(rows.length) })}
        countTestId="installation-count"
        onExport={() => onExport(shown)}
        exportDisabled={preparing}
      />
      <DataTable
        caption={t('installations.title')}
        rows={shown}
        emptyText={storedCount === 0 ? t('installations.none') : undefined}
        columns={INSTALLATION_COLUMNS}
        getRowId={getId}
        sort={query.sort}
        onSortChange={(sort) => onQueryChange({ ...query, sort }, false)}
        columnFilters={query.columnFilters}
        onColumnFilterChange={(column, value) => onQueryChange({ ...query, columnFilters: { ...query.columnFilters, [column]: value } }, true)}
        onSelectKelurahan={onSelectKelurahan}
        onEditRow={onEdit}
        onDeleteRow={onDelete}
        language={i18n.language}
        translate={(key, values) => t(key, values ?? {})}
      />
    </section>
  );
}
