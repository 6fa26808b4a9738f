import { useTranslation } from 'react-i18next';
import type { ImportRowError, RowWarning } from '../../data/import/types';
import { LIST_LIMIT } from './importFlow';

interface ImportFindingsProps {
  kind: 'errors' | 'warnings';
  findings: ReadonlyArray<ImportRowError | RowWarning>;
}

/**
 * Rejected rows or warnings as a table. Messages are re-worded from code and
 * params through i18next, so switching language after reading a file works.
 * Everything is rendered as text: a note like `<img onerror=…>` stays a note.
 */
export function ImportFindings({ kind, findings }: ImportFindingsProps) {
  const { t } = useTranslation('import');
  if (findings.length === 0) return null;
  const shown = findings.slice(0, LIST_LIMIT);
  return (
    <section className="import-findings" data-testid={`import-${kind}`}>
      <h3>{t(kind === 'errors' ? 'ui.rejectedTitle' : 'ui.warningsTitle', { count: findings.length })}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('ui.row')}</th>
            <th scope="col">{t('ui.field')}</th>
            <th scope="col">{t('ui.message')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((finding, index) => (
            <tr key={`${finding.row}-${finding.code}-${index}`} data-code={finding.code}>
              <td>{finding.row === 0 ? t('ui.wholeFile') : finding.row}</td>
              <td>{finding.field}</td>
              <td>{t(`${kind}.${finding.code}`, { ...finding.params, defaultValue: finding.message })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {findings.length > shown.length && <p>{t('ui.moreNotShown', { count: findings.length - shown.length })}</p>}
    </section>
  );
}
