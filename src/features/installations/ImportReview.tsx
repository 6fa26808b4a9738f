import { useTranslation } from 'react-i18next';
import { rejectedRowsCsv } from '../../data/import/rejectedCsv';
import type { ParseResult } from '../../data/import/types';
import { ImportFindings } from './ImportFindings';
import { downloadFile } from './downloadFile';
import { summarize } from './importFlow';

interface ImportReviewProps {
  result: ParseResult;
  fileName: string;
  saving: boolean;
  onConfirm: () => void;
}

/** Verdicts for one file: counts, rejected rows (downloadable to fix), warnings, and the confirm button. */
export function ImportReview({ result, fileName, saving, onConfirm }: ImportReviewProps) {
  const { t } = useTranslation('import');
  const summary = summarize(result);
  const baseName = fileName.replace(/\.[^.]+$/, '');
  return (
    <div className="import-review">
      <dl className="import-summary" data-testid="import-summary">
        <div>
          <dt>{t('ui.rows')}</dt>
          <dd data-testid="import-count-rows">{summary.rows}</dd>
        </div>
        <div>
          <dt>{t('ui.accepted')}</dt>
          <dd data-testid="import-count-accepted">{summary.accepted}</dd>
        </div>
        <div>
          <dt>{t('ui.withWarnings')}</dt>
          <dd data-testid="import-count-warnings">{summary.withWarnings}</dd>
        </div>
        <div>
          <dt>{t('ui.rejected')}</dt>
          <dd data-testid="import-count-rejected">{summary.rejected}</dd>
        </div>
      </dl>
      <ImportFindings kind="errors" findings={result.rejected} />
      {result.rejectedRecords.length > 0 && (
        <button
          type="button"
          data-testid="import-download-rejected"
          onClick={() => downloadFile(`${baseName}-ditolak.csv`, rejectedRowsCsv(result), 'text/csv;charset=utf-8')}
        >
          {t('ui.downloadRejected', { count: result.rejectedRecords.length })}
        </button>
      )}
      <ImportFindings kind="warnings" findings={result.warnings} />
      <button type="button" className="import-confirm" disabled={saving || summary.accepted === 0} onClick={onConfirm} data-testid="import-confirm">
        {saving ? t('ui.saving') : t('ui.confirm', { count: summary.accepted })}
      </button>
    </div>
  );
}
