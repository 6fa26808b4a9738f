import { useTranslation } from 'react-i18next';

export interface UncoveredItem {
  kode: string;
  nama: string;
  kecamatan: string;
  rank?: number;
  recommended: boolean;
}

interface Props {
  items: readonly UncoveredItem[];
  selectedKode?: string;
  onSelect?: (kode: string) => void;
  /** Plain text for print: no buttons. */
  printable?: boolean;
  /** Lists only the first `limit` (the next targets) and says how many more there are. */
  limit?: number;
}

/** The kelurahan still to reach, in ranking order, so the next step is the first line. */
export function UncoveredList({ items, selectedKode, onSelect, printable, limit = Infinity }: Props) {
  const { t } = useTranslation('dashboard');
  // Looked up once, not twice per listed kelurahan: the list (up to 64 items) re-renders on every filter change, and i18next `t` was a visible share of that in profiles.
  const rankLabel = t('uncovered.rank');
  const recommendedLabel = t('uncovered.recommended');
  return (
    <section className="uncovered-list" aria-labelledby="uncovered-title" data-testid="uncovered-list">
      <h3 id="uncovered-title">{t('uncovered.title')} ({items.length})</h3>
      {items.length === 0 ? (
        <p>{t('uncovered.none')}</p>
      ) : (
        <ol>
          {items.slice(0, limit).map((item) => (
            <li key={item.kode} className={item.kode === selectedKode ? 'selected' : undefined}>
              {onSelect && !printable ? (
                <button type="button" className="link-button" aria-pressed={item.kode === selectedKode} onClick={() => onSelect(item.kode)}>
                  {item.nama}
                </button>
              ) : (
                <span>{item.nama}</span>
              )}
              <span className="muted"> · {item.kecamatan}</span>
              {item.rank !== undefined && <span className="muted"> · {rankLabel} {item.rank}</span>}
              {item.recommended && <span className="state-badge state-recommended">{recommendedLabel}</span>}
            </li>
          ))}
        </ol>
      )}
      {items.length > limit && <p className="uncovered-more" data-testid="uncovered-more">{t('uncovered.more', { count: items.length - limit })}</p>}
    </section>
  );
}
