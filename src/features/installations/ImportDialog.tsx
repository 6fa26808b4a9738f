import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../components/messageOf';
import { todayInJakarta } from '../../domain/calendar';
import type { ImportRequest } from '../../data/import/importWorkerApi';
import { createImportWorker, type ImportWorker } from '../../data/import/importWorkerClient';
import { packExisting } from '../../data/import/packedExisting';
import { packKelurahan } from '../../data/import/packedKelurahan';
import type { ImportRegion } from '../../data/import/types';
import type { Installation, InstallationInput } from '../../domain/installation';
import type { ImportResult, OnProgress } from '../../data/store';
import type { KelurahanCollection } from '../../domain/region';
import { ImportDropZone } from './ImportDropZone';
import { ImportReview } from './ImportReview';
import { downloadFile } from '../../components/download';
import { INITIAL_STEP, atFileRows, importReducer, needsColumnMapping } from './importFlow';
import { browserStorage, recallChoices, rememberChoices } from './columnMemory';
import { ImportColumnMapping } from './ImportColumnMapping';
import { recordImport } from './importLog';
import type { ColumnChoices } from '../../data/import/columns';
import type { ImportField } from '../../data/import/vocabulary';
import type { ImportPreview } from '../../data/import/preview';
import './import.css';

export interface ImportDialogProps {
  /** Extent, name and gazetteer (`importRegionOf(layers.region, layers.kelurahan)`). */
  region: ImportRegion;
  /** Kelurahan polygons, so each point's real kelurahan is checked; without them only the bbox is. */
  kelurahan?: KelurahanCollection;
  /** Saved installations, for "probable duplicate" warnings. */
  existing: ReadonlyArray<Pick<Installation, 'id' | 'type' | 'lat' | 'lng'>>;
  /** All or nothing, e.g. `store.bulkImport`; `onProgress` moves the progress bar while it saves. */
  onImport: (inputs: InstallationInput[], onProgress: OnProgress) => Promise<ImportResult>;
  /** Undo of one import, e.g. `(ids, onProgress) => store.remove(ids, onProgress)`. */
  onUndo: (ids: string[], onProgress: OnProgress) => Promise<unknown>;
  /** `YYYY-MM-DD`; defaults to today in Batam (WIB). */
  today?: string;
}

/**
 * Import of installations from CSV, Excel/ODS workbooks or GeoJSON: read in a
 * worker, map columns where the file's headers leave a doubt, review every
 * verdict, save all or nothing, undo.
 */
export function ImportDialog({ region, kelurahan, existing, onImport, onUndo, today }: ImportDialogProps) {
  const { t, i18n } = useTranslation('import');
  const dialog = useRef<HTMLDialogElement>(null);
  const worker = useRef<ImportWorker | undefined>(undefined);
  const [state, dispatch] = useReducer(importReducer, INITIAL_STEP);
  const [busy, setBusy] = useState(false);
  /** How much of a save or an undo is done (a bar that moves only when it does: an animated one cost the page a core here). */
  const [share, setShare] = useState(0);
  /** The user's column mapping and sheet for the current file (remembered per header layout). */
  const [choices, setChoices] = useState<ColumnChoices>({});
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [mappingOpen, setMappingOpen] = useState(false);

  useEffect(() => () => worker.current?.terminate(), []);

  /** `again`: the worker already holds the polygons (packed: flat arrays, copied as blocks, not object by object). */
  const requestFor = (columns: ColumnChoices, sheetName: string | undefined, again = true): ImportRequest => ({
    region,
    ...(kelurahan && !again ? { kelurahan: packKelurahan(kelurahan) } : {}),
    existing: packExisting(existing),
    today: today ?? todayInJakarta(),
    language: i18n.language === 'en' ? 'en' : 'id',
    columns,
    ...(sheetName === undefined ? {} : { sheet: sheetName }),
  });
  const onProgress = (fraction: number) => dispatch({ type: 'progress', fraction });

  /** A mapping remembered for files with these headers is applied at once (one more pass in the worker). */
  const withRememberedChoices = async (parser: ImportWorker, preview: ImportPreview, sheetName: string | undefined) => {
    const remembered = preview.format === 'geojson' ? undefined : recallChoices(browserStorage(), preview.columns);
    setChoices(remembered ?? {});
    const result = remembered ? await parser.reparse(requestFor(remembered, sheetName), onProgress) : preview;
    setMappingOpen(needsColumnMapping(result));
    return result;
  };

  const read = async (file: File) => {
    dispatch({ type: 'fileChosen', fileName: file.name });
    setSheet(undefined);
    worker.current ??= createImportWorker();
    const parser = worker.current;
    try {
      const first = await parser.parse(file, requestFor({}, undefined, false), onProgress);
      dispatch({ type: 'parsed', result: await withRememberedChoices(parser, first, undefined) });
    } catch (error) {
      dispatch({ type: 'readFailed', detail: messageOf(error) });
    }
  };

  /** The same file again with another mapping or sheet: verdicts follow at once. */
  const reread = async (nextChoices: ColumnChoices, nextSheet: string | undefined, remember: boolean) => {
    const parser = worker.current;
    if (state.step !== 'review' || !parser) return;
    dispatch({ type: 'remap' });
    setChoices(nextChoices);
    setSheet(nextSheet);
    try {
      let result = await parser.reparse(requestFor(nextChoices, nextSheet), onProgress);
      if (remember) rememberChoices(browserStorage(), result.columns, nextChoices);
      else result = await withRememberedChoices(parser, result, nextSheet);
      dispatch({ type: 'parsed', result });
    } catch (error) {
      dispatch({ type: 'readFailed', detail: messageOf(error) });
    }
  };
  const chooseColumn = (field: ImportField, header: string | null) => void reread({ ...choices, [field]: header }, sheet, true);
  const resetColumns = () => void reread({}, sheet, true);
  // Another sheet has other headers: start from automatic matching (or what was remembered for them).
  const chooseSheet = (name: string) => void reread({}, name, false);

  const confirm = async () => {
    const parser = worker.current;
    if (state.step !== 'review' || state.updating !== undefined || !parser) return;
    dispatch({ type: 'confirm' });
    setShare(0);
    try {
      const accepted = await parser.accepted();
      const saved = await onImport(accepted.inputs, setShare);
      if (saved.ok) {
        // The history names the file and knows how many rows it saved (rows deleted since are missing from the store).
        recordImport(browserStorage(), { importId: saved.importId, fileName: state.fileName, count: saved.created.length });
        dispatch({ type: 'saved', created: saved.created });
      }
      else {
        dispatch({ type: 'saveFailed', detail: '', errors: atFileRows(saved.errors, accepted.rows) });
      }
    } catch (error) {
      dispatch({ type: 'saveFailed', detail: messageOf(error), errors: [] });
    }
  };

  const downloadRejected = async () => {
    if (!worker.current || state.step !== 'review') return;
    const baseName = state.fileName.replace(/\.[^.]+$/, '');
    downloadFile(`${baseName}-ditolak.csv`, await worker.current.rejectedCsv(), 'text/csv;charset=utf-8');
  };

  const undo = async () => {
    if (state.step !== 'saved') return;
    setBusy(true);
    setShare(0);
    try {
      await onUndo(state.created.map(({ id }) => id), setShare);
      dispatch({ type: 'undone' });
    } catch (error) {
      dispatch({ type: 'undoFailed', detail: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    dialog.current?.close();
    // A finished import stays undoable from the status line until the next file.
    if (state.step !== 'saved') dispatch({ type: 'reset' });
  };

  return (
    <div className="import">
      <button type="button" className="button" onClick={() => dialog.current?.showModal()} data-testid="import-open">
        {t('ui.open')}
      </button>
      {state.step === 'saved' && (
        <ImportSavedLine className="import-status" count={state.created.length} file={state.fileName} undoing={busy} share={share} onUndo={undo} undoTestId="import-undo" />
      )}
      <dialog ref={dialog} className="import-dialog" aria-labelledby="import-title" onClose={close} data-testid="import-dialog">
        <header>
          <h2 id="import-title">{t('ui.title')}</h2>
          <button type="button" onClick={close} aria-label={t('ui.close')}>
            ×
          </button>
        </header>
        <p>{t('ui.help')}</p>
        <ImportDropZone onFile={read} disabled={state.step === 'reading' || state.step === 'saving'} />
        {state.step === 'reading' && (
          <p>
            <label>
              {t('ui.reading', { file: state.fileName })}{' '}
              <progress value={state.progress} max={1} data-testid="import-progress" />
            </label>
          </p>
        )}
        {(state.step === 'review' || state.step === 'saving') && state.result.format !== 'geojson' && (
          <ImportColumnMapping
            preview={state.result}
            choices={choices}
            open={mappingOpen}
            onToggle={setMappingOpen}
            disabled={state.step === 'saving' || (state.step === 'review' && state.updating !== undefined)}
            onChoose={chooseColumn}
            onReset={resetColumns}
            onSheet={chooseSheet}
          />
        )}
        {state.step === 'review' && state.updating !== undefined && (
          <progress value={state.updating} max={1} aria-label={t('ui.mapping.updating')} data-testid="import-updating" />
        )}
        {(state.step === 'review' || state.step === 'saving') && (
          <ImportReview
            result={state.result}
            saving={state.step === 'saving'}
            updating={state.step === 'review' && state.updating !== undefined}
            savedShare={share}
            onConfirm={confirm}
            onDownloadRejected={downloadRejected}
          />
        )}
        {state.step === 'saved' && (
          <ImportSavedLine count={state.created.length} file={state.fileName} undoing={busy} share={share} onUndo={undo} testId="import-saved" />
        )}
        {state.step === 'undone' && <p role="status" data-testid="import-undone">{t('ui.undone', { count: state.count })}</p>}
        {state.step === 'failed' && (
          <div role="alert" data-testid="import-failed">
            <p>{t(state.reason === 'save' && state.errors.length === 0 ? 'ui.failed.saveNothing' : `ui.failed.${state.reason}`, { file: state.fileName })}</p>
            {state.detail && <p>{state.detail}</p>}
            {state.errors.length > 0 && (
              <ul>
                {state.errors.map((error, index) => (
                  <li key={index}>
                    {t('ui.row')} {error.row}, {error.field}: {error.message}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </dialog>
    </div>
  );
}

interface ImportSavedLineProps {
  count: number;
  file: string;
  /** The undo is under way: said, with a progress bar (20,000 rows take seconds). */
  undoing: boolean;
  /** The share of the undo done. */
  share: number;
  onUndo: () => void;
  className?: string;
  testId?: string;
  undoTestId?: string;
}

/** What an import saved, and its undo; while the undo works, what it is doing. */
function ImportSavedLine({ count, file, undoing, share, onUndo, className, testId, undoTestId }: ImportSavedLineProps) {
  const { t } = useTranslation('import');
  return (
    <p role="status" className={className} data-testid={testId}>
      {undoing ? (
        <>
          <progress className="import-undo-progress" value={share} max={1} aria-hidden="true" /> {t('ui.undoing', { count })}
        </>
      ) : (
        <>
          {t('ui.saved', { count, file })}{' '}
          <button type="button" className="button secondary" onClick={onUndo} data-testid={undoTestId}>
            {t('ui.undo')}
          </button>
        </>
      )}
    </p>
  );
}
