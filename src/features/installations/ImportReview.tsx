import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../data/import/preview';
import { formatNumber } from '../../components/format';
import { ImportFindings } from './ImportFindings';
import { summarize } from './importFlow';

interface ImportReviewProps {
  result: ImportPreview;
  saving: boolean;
  /** The file is being read again with another mapping: the verdicts shown are about to change. */
  updating: boolean;
  /** While saving: the share saved so far. */
  savedShare: number;
  onConfirm: () => void;
  onDownloadRejected: () => void;
}

/** Verdicts for one file: counts, rejected rows (downloadable to fix), warnings, and the confirm button. */
export function ImportReview({ result, saving, updating, savedShare, onConfirm, onDownloadRejected }: ImportReviewProps) {
  const { t, i18n } = useTranslation('import');
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  const summary = summarize(result);
  return (
    <div className="import-review">
      <dl className="import-summary" data-testid="import-summary">
        <div>
          <dt>{t('ui.rows')}</dt>
          <dd data-testid="import-count-rows">{number(summary.rows)}</dd>
        </div>
        <div>
          <dt>{t('ui.accepted')}</dt>
          <dd data-testid="import-count-accepted">{number(summary.accepted)}</dd>
        </div>
        <div>
          <dt>{t('ui.withWarnings')}</dt>
          <dd data-testid="import-count-warnings">{number(summary.withWarnings)}</dd>
        </div>
        <div>
          <dt>{t('ui.rejected')}</dt>
          <dd data-testid="import-count-rejected">{number(summary.rejected)}</dd>
        </div>
      </dl>
      <button type="button" className="button import-confirm" disabled={saving || updating || summary.accepted === 0} onClick={onConfirm} data-testid="import-confirm">
        {saving ? t('ui.saving') : t('ui.confirm', { count: summary.accepted })}
      </button>
      {saving && <progress className="import-saving" value={savedShare} max={1} aria-label={t('ui.saving')} data-testid="import-saving" />}
      {result.skipped.length > 0 && (
        <p data-testid="import-skipped">
          {t('ui.skipped', { count: result.skipped.length, rows: result.skipped.map(({ row }) => row).join(', ') })}
        </p>
      )}
      <ImportFindings kind="errors" findings={result.rejected} total={result.rejectedTotal} />
      {result.rejectedRowCount > 0 && (
        <button type="button" className="button secondary" data-testid="import-download-rejected" onClick={onDownloadRejected}>
          {t('ui.downloadRejected', { count: result.rejectedRowCount })}
        </button>
      )}
      <ImportFindings kind="warnings" findings={result.warnings} total={result.warningsTotal} />
    </div>
  );
}
