import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatNumber } from '../../components/format';
import { queryRows, type RowQuery } from '../../components/rowQuery';
import { TableToolbar } from '../../components/TableToolbar';
import { VisibilityCompute, type VisibilityProgress } from '../../components/VisibilityCompute';
import { kelurahanColumns } from './kelurahanColumns';
import { kelurahanAccessors, kelurahanSearchText, kelurahanShownText, type KelurahanRow } from './kelurahanRows';

interface KelurahanTableProps {
  /** Search, column filters and sort: held by the page (in the link), so a copied link shows the same rows. */
  query: RowQuery;
  /** `typing`: a keystroke in a search or filter field (not a history entry of its own). */
  onQueryChange: (query: RowQuery, typing: boolean) => void;
  rows: readonly KelurahanRow[];
  selectedKode?: string;
  onSelect: (kode: string) => void;
  /** Receives the rows as shown (searched, filtered, sorted). */
  onExport: (rows: KelurahanRow[]) => void;
  /** Columns of the planner's factor file, after the standard ones. */
  extraColumns?: readonly string[];
  /** The "Terlihat" column is computed on request: the button and progress for it. */
  visibility?: { progress: VisibilityProgress; onCompute: () => void };
}

const getKode = (row: KelurahanRow) => row.kode;
const NO_COLUMNS: readonly string[] = [];

/** Every kelurahan with everything the map shows: the keyboard and screen-reader alternative to the map. */
export function KelurahanTable({ query, onQueryChange, rows, selectedKode, onSelect, onExport, extraColumns = NO_COLUMNS, visibility }: KelurahanTableProps) {
  const { t, i18n } = useTranslation('tables');
  const language = i18n.language;
  // Filters and search see the labels and dates as this language prints them.
  const shownText = useMemo(() => kelurahanShownText(i18n.getFixedT(language, 'tables')), [i18n, language]);
  const columns = useMemo(() => kelurahanColumns(extraColumns), [extraColumns]);
  const accessors = useMemo(() => kelurahanAccessors(extraColumns), [extraColumns]);
  const shown = useMemo(() => queryRows(rows, query, accessors, kelurahanSearchText, shownText), [rows, query, accessors, shownText]);
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  return (
    <section className="table-panel" aria-labelledby="kelurahan-table-title" data-testid="kelurahan-table">
      <TableToolbar
        titleId="kelurahan-table-title"
        title={t('kelurahan.title')}
        searchLabel={t('kelurahan.search')}
        search={query.search}
        onSearch={(search) => onQueryChange({ ...query, search }, true)}
        count={t('rowCount', { shown: number(shown.length), total: number(rows.length) })}
        countTestId="kelurahan-count"
        onExport={() => onExport(shown)}
      >
        {visibility && <VisibilityCompute progress={visibility.progress} onCompute={visibility.onCompute} />}
      </TableToolbar>
      <DataTable
        caption={t('kelurahan.title')}
        rows={shown}
        columns={columns}
        getRowId={getKode}
        sort={query.sort}
        onSortChange={(sort) => onQueryChange({ ...query, sort }, false)}
        columnFilters={query.columnFilters}
        onColumnFilterChange={(column, value) => onQueryChange({ ...query, columnFilters: { ...query.columnFilters, [column]: value } }, true)}
        selectedId={selectedKode}
        onSelect={onSelect}
        language={i18n.language}
        translate={(key) => t(key)}
      />
    </section>
  );
}
