import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber } from '../../components/format';
import type { Installation } from '../../domain/installation';
import type { InstallationStore } from '../../data/store';
import { browserStorage } from './columnMemory';
import { importHistory, type ImportHistoryEntry } from './importHistory';
import { recallImports } from './importLog';
import { useUndoImport, type UndoImportState } from './useUndoImport';
import './import.css';

export interface ImportHistoryProps {
  installations: ReadonlyArray<Pick<Installation, 'id' | 'importId' | 'createdAt' | 'updatedAt' | 'source'>>;
  store: Pick<InstallationStore, 'remove' | 'restore'>;
}

/**
 * Every import still in the data (file, when, rows), each undoable while its rows are
 * as imported; the reason when not. Survives reloads: it is read from the rows.
 */
export function ImportHistory({ installations, store }: ImportHistoryProps) {
  const { t, i18n } = useTranslation('import');
  // Same Map while the stored log is unchanged, so the one pass over the rows runs only when data changes.
  const records = recallImports(browserStorage());
  const entries = useMemo(() => importHistory(installations, records), [installations, records]);
  const { state, busy, undo, restore } = useUndoImport(store);
  const fileOf = (fileName: string | undefined) => fileName ?? t('history.unknownFile');

  const confirmAndUndo = (entry: ImportHistoryEntry) => {
    if (window.confirm(t('history.confirm', { count: entry.count, file: fileOf(entry.fileName) }))) void undo(entry);
  };
  const whyNot = (entry: ImportHistoryEntry) =>
    [entry.changed > 0 && t('history.changed', { count: entry.changed }), entry.deleted > 0 && t('history.deleted', { count: entry.deleted })]
      .filter(Boolean)
      .join('; ');

  return (
    <details className="import-history" data-testid="import-history">
      <summary>{t('history.title', { count: entries.length })}</summary>
      {entries.length === 0 ? (
        <p data-testid="import-history-empty">{t('history.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('history.file')}</th>
              <th scope="col">{t('history.when')}</th>
              <th scope="col" className="number">{t('history.rows')}</th>
              <th scope="col">{t('history.undoColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.importId} data-testid="import-history-entry" data-import-id={entry.importId}>
                <td className={entry.fileName ? undefined : 'import-history-unknown'}>{fileOf(entry.fileName)}</td>
                <td>{formatDateTime(entry.importedAt, i18n.language)}</td>
                <td className="number">{formatNumber(entry.count, i18n.language, 0)}</td>
                <td>
                  {entry.undoable ? (
                    <button
                      type="button" className="button secondary" disabled={busy} onClick={() => confirmAndUndo(entry)}
                      aria-label={t('history.undoLabel', { file: fileOf(entry.fileName) })}
                    >
                      {t('ui.undo')}
                    </button>
                  ) : (
                    <span className="import-history-reason">{t('history.notUndoable', { reason: whyNot(entry) })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <UndoStatus state={state} fileOf={fileOf} onRestore={() => void restore()} />
    </details>
  );
}

function UndoStatus({ state, fileOf, onRestore }: { state: UndoImportState; fileOf: (name: string | undefined) => string; onRestore: () => void }) {
  const { t } = useTranslation('import');
  if (state.kind === 'idle') return null;
  const restoreButton = (
    <button type="button" className="link-button" onClick={onRestore}>
      {t('history.restore')}
    </button>
  );
  if (state.kind === 'failed') {
    return (
      <p className="status-line error" role="alert" data-testid="import-history-status">
        {state.step === 'undo' ? t('ui.failed.undo', { file: fileOf(state.fileName) }) : t('history.restoreFailed', { file: fileOf(state.fileName) })}{' '}
        {state.detail} {state.removed && restoreButton}
      </p>
    );
  }
  return (
    <p className="status-line ok" role="status" data-testid="import-history-status">
      {state.kind === 'undoing' && (
        <>
          <progress className="import-undo-progress" value={state.share} max={1} aria-hidden="true" /> {t('ui.undoing', { count: state.count })}
        </>
      )}
      {state.kind === 'undone' && (
        <>
          {t('history.undone', { count: state.removed.length, file: fileOf(state.fileName) })} {restoreButton}
        </>
      )}
      {state.kind === 'restoring' && (
        <>
          <progress className="import-undo-progress" value={state.share} max={1} aria-hidden="true" /> {t('history.restoring', { count: state.count })}
        </>
      )}
      {state.kind === 'restored' && t('history.restored', { count: state.count })}
    </p>
  );
}
