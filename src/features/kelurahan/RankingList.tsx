import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../components/format';
import { FactorBreakdown } from './FactorBreakdown';
import { filterRankingRows, type RankingRow } from './rankingRows';
import './planner-panels.css';
import { scrollIntoViewWithin } from '../../components/scrollWithin';

export interface RankingListProps {
  rows: readonly RankingRow[];
  selectedKode?: string;
  topN: number;
  onTopNChange(topN: number): void;
  onSelect(kode: string): void;
  /** Shown instead of "every kelurahan is covered" when `rows` is empty for another reason (e.g. the shared filters). */
  emptyText?: string;
  /** How many candidates Top N may span; defaults to `rows.length` (differs when `rows` is filtered). */
  candidateCount?: number;
}

/** The uncovered kelurahan, best next target first; the top N are the recommended set. */
export function RankingList({ rows, selectedKode, topN, onTopNChange, onSelect, emptyText, candidateCount = rows.length }: RankingListProps) {
  const { t, i18n } = useTranslation('planner');
  const [query, setQuery] = useState('');
  const visible = filterRankingRows(rows, query);
  const listRef = useRef<HTMLOListElement>(null);

  // Selecting on the map scrolls the list to the row, so the two stay in step (the list's own box, not the
  // page); a selection from a link, once the ranking has its row.
  const selectedListed = visible.some((row) => row.kode === selectedKode);
  useEffect(() => {
    if (!selectedKode || !selectedListed) return;
    const row = listRef.current?.querySelector<HTMLElement>(`[data-kode="${CSS.escape(selectedKode)}"]`);
    if (row) scrollIntoViewWithin(row);
  }, [selectedKode, selectedListed]);

  return (
    <section className="ranking" aria-labelledby="ranking-title">
      <header className="ranking-header">
        <h2 id="ranking-title">{t('uncovered.title')}</h2>
        <p data-testid="uncovered-count">{t('uncovered.count', { count: rows.length })}</p>
        <div className="ranking-controls">
          <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('uncovered.search')} aria-label={t('uncovered.search')} />
          <label className="top-n">
            {t('uncovered.topN')}
            <input type="number" min={1} max={Math.max(1, candidateCount)} value={topN} onChange={(event) => onTopNChange(Number(event.target.value))} data-testid="top-n" />
          </label>
        </div>
      </header>
      {rows.length === 0 && <p className="empty-state">{emptyText ?? t('uncovered.empty')}</p>}
      {rows.length > 0 && visible.length === 0 && <p className="empty-state">{t('uncovered.noMatch')}</p>}
      <ol className="ranking-list" ref={listRef} data-testid="uncovered-list">
        {visible.map((row) => (
          <li key={row.kode} data-kode={row.kode} data-testid="uncovered-row" className={row.kode === selectedKode ? 'selected' : undefined}>
            <button type="button" onClick={() => onSelect(row.kode)} aria-pressed={row.kode === selectedKode}>
              <span className="rank">{row.rank}</span>
              <span className="ranking-name">
                <strong>{row.nama}</strong>
                <small>{row.kecamatan}</small>
              </span>
              {row.recommended && <span className="badge recommended">{t('uncovered.recommended')}</span>}
              <span className="score">{formatPercent(row.total, i18n.language, 0)}</span>
            </button>
            <FactorBreakdown factors={row.factors} total={row.total} />
          </li>
        ))}
      </ol>
    </section>
  );
}
