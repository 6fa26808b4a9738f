import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatNumber } from '../../components/format';
import { EMPTY_QUERY, queryRows, type RowQuery } from '../../components/rowQuery';
import { TableToolbar } from '../../components/TableToolbar';
import { INSTALLATION_COLUMNS } from './installationColumns';
import { INSTALLATION_ACCESSORS, installationSearchText, installationShownText, type InstallationRow } from './installationRows';

interface InstallationTableProps {
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
export function InstallationTable({ rows, preparing = false, onSelectKelurahan, onExport, onEdit, onDelete, storedCount }: InstallationTableProps) {
  const { t, i18n } = useTranslation('tables');
  const [query, setQuery] = useState<RowQuery>(EMPTY_QUERY);
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
        onSearch={(search) => setQuery({ ...query, search })}
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
        onSortChange={(sort) => setQuery({ ...query, sort })}
        columnFilters={query.columnFilters}
        onColumnFilterChange={(column, value) => setQuery({ ...query, columnFilters: { ...query.columnFilters, [column]: value } })}
        onSelectKelurahan={onSelectKelurahan}
        onEditRow={onEdit}
        onDeleteRow={onDelete}
        language={i18n.language}
        translate={(key, values) => t(key, values ?? {})}
      />
    </section>
  );
}
