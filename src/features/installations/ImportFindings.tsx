import { useTranslation } from 'react-i18next';
import type { ImportRowError, RowWarning } from '../../data/import/types';

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
          {findings.map((finding, index) => (
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
