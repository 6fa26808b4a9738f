import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TableToolbarProps {
  /** The heading's id: the table's section is labelled by it. */
  titleId: string;
  title: string;
  searchLabel: string;
  search: string;
  onSearch: (search: string) => void;
  /** "12 of 64 rows", or what the table is waiting for. */
  count: string;
  countTestId: string;
  onExport: () => void;
  exportDisabled?: boolean;
  /** Controls of this table between the search and the count. */
  children?: ReactNode;
}

/** A data table's heading, search, row count and CSV export, as every table has them. */
export function TableToolbar({ titleId, title, searchLabel, search, onSearch, count, countTestId, onExport, exportDisabled = false, children }: TableToolbarProps) {
  const { t } = useTranslation('tables');
  return (
    <div className="table-toolbar">
      <h2 id={titleId}>{title}</h2>
      <input
        type="search"
        className="table-search"
        placeholder={t('search')}
        aria-label={searchLabel}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
      />
      {children}
      <span className="table-count" role="status" data-testid={countTestId}>
        {count}
      </span>
      <button type="button" className="button" disabled={exportDisabled} onClick={onExport}>{t('exportCsv')}</button>
    </div>
  );
}
