import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRowError, RowWarning } from '../../data/import/types';

/** Rows rendered per step. */
const STEP = 25;

/**
 * How many of `items` to render: one step at once, then one more per task, so
 * a long list (two tables of 200 worded messages) never blocks the page in one
 * long task when the verdicts arrive. A new list starts again from one step.
 */
function useGrowingCount(items: ReadonlyArray<unknown>): number {
  const [growing, setGrowing] = useState({ items, shown: STEP });
  const current = growing.items === items ? growing : { items, shown: STEP };
  if (current !== growing) setGrowing(current);
  useEffect(() => {
    if (current.shown >= items.length) return undefined;
    const timer = setTimeout(() => setGrowing({ items, shown: current.shown + STEP }), 0);
    return () => clearTimeout(timer);
  }, [items, current.shown]);
  return Math.min(current.shown, items.length);
}

interface ImportFindingsProps {
  kind: 'errors' | 'warnings';
  /** The first findings (the worker sends a bounded list). */
  findings: ReadonlyArray<ImportRowError | RowWarning>;
  total: number;
}

/**
 * Rejected rows or warnings as a table. Messages are re-worded from code and
 * params through i18next, so switching language after reading a file works.
 * Everything is rendered as text: a note like `<img onerror=…>` stays a note.
 */
export function ImportFindings({ kind, findings, total }: ImportFindingsProps) {
  const { t } = useTranslation('import');
  const shown = useGrowingCount(findings);
  if (findings.length === 0) return null;
  return (
    <section className="import-findings" data-testid={`import-${kind}`}>
      <h3>{t(kind === 'errors' ? 'ui.rejectedTitle' : 'ui.warningsTitle', { count: total })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ui.row')}</th>
            <th scope="col">{t('ui.field')}</th>
            <th scope="col">{t('ui.message')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.slice(0, shown).map((finding, index) => (
            <tr key={`${finding.row}-${finding.code}-${index}`} data-code={finding.code}>
              <td>{finding.row === 0 ? t('ui.wholeFile') : finding.row}</td>
              <td>{finding.field}</td>
              <td>{t(`${kind}.${finding.code}`, { ...finding.params, defaultValue: finding.message })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > findings.length && <p>{t('ui.moreNotShown', { count: total - findings.length })}</p>}
    </section>
  );
}
