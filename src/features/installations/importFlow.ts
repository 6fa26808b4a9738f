import type { Installation } from '../../domain/installation';
import type { ImportPreview } from '../../data/import/preview';
import type { RowError } from '../../domain/errors';

/**
 * The import dialog's steps as data, so the flow is tested without a DOM:
 * pick a file → read it (progress) → review verdicts → save all or nothing →
 * offer undo of the whole batch.
 */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string; progress: number }
  /** `updating`: the same file is being read again with another column mapping or sheet (its progress). */
  | { step: 'review'; fileName: string; result: ImportPreview; updating?: number }
  | { step: 'saving'; fileName: string; result: ImportPreview }
  | { step: 'saved'; fileName: string; created: Installation[] }
  | { step: 'undone'; fileName: string; count: number }
  | { step: 'failed'; fileName: string; reason: 'read' | 'save' | 'undo'; detail: string; errors: RowError[]; result?: ImportPreview };

export type ImportEvent =
  | { type: 'fileChosen'; fileName: string }
  | { type: 'progress'; fraction: number }
  | { type: 'parsed'; result: ImportPreview }
  | { type: 'remap' }
  | { type: 'readFailed'; detail: string }
  | { type: 'confirm' }
  | { type: 'saved'; created: Installation[] }
  | { type: 'saveFailed'; detail: string; errors: RowError[] }
  | { type: 'undone' }
  | { type: 'undoFailed'; detail: string }
  | { type: 'reset' };

export const INITIAL_STEP: ImportStep = { step: 'idle' };

export function importReducer(state: ImportStep, event: ImportEvent): ImportStep {
  switch (event.type) {
    case 'fileChosen':
      return state.step === 'saving' ? state : { step: 'reading', fileName: event.fileName, progress: 0 };
    case 'progress':
      if (state.step === 'review' && state.updating !== undefined) return { ...state, updating: Math.max(state.updating, Math.min(1, event.fraction)) };
      return state.step === 'reading' ? { ...state, progress: Math.max(state.progress, Math.min(1, event.fraction)) } : state;
    case 'remap':
      return state.step === 'review' ? { ...state, updating: 0 } : state;
    case 'parsed':
      return state.step === 'reading' || (state.step === 'review' && state.updating !== undefined)
        ? { step: 'review', fileName: state.fileName, result: event.result }
        : state;
    case 'readFailed':
      return state.step === 'reading' || (state.step === 'review' && state.updating !== undefined)
        ? { step: 'failed', fileName: state.fileName, reason: 'read', detail: event.detail, errors: [] }
        : state;
    case 'confirm':
      return state.step === 'review' && state.updating === undefined && state.result.acceptedCount > 0
        ? { step: 'saving', fileName: state.fileName, result: state.result }
        : state;
    case 'saved':
      return state.step === 'saving' ? { step: 'saved', fileName: state.fileName, created: event.created } : state;
    case 'saveFailed':
      return state.step === 'saving'
        ? { step: 'failed', fileName: state.fileName, reason: 'save', detail: event.detail, errors: event.errors, result: state.result }
        : state;
    case 'undone':
      return state.step === 'saved' ? { step: 'undone', fileName: state.fileName, count: state.created.length } : state;
    case 'undoFailed':
      return state.step === 'saved' ? { step: 'failed', fileName: state.fileName, reason: 'undo', detail: event.detail, errors: [] } : state;
    case 'reset':
      return INITIAL_STEP;
  }
}

/** The file needs the user's word on its columns: a field two columns could be, or no column for type or coordinates. */
export function needsColumnMapping(preview: ImportPreview): boolean {
  if (preview.format === 'geojson') return false;
  return Object.keys(preview.assignment.ambiguous).length > 0 ||
    preview.rejected.some(({ row, code }) => row === 0 && (code === 'file_no_type_column' || code === 'file_no_coordinate_columns'));
}

/** Rows per verdict for the summary line: a row with several errors counts once. */
export function summarize(preview: ImportPreview): { rows: number; accepted: number; withWarnings: number; rejected: number } {
  return { rows: preview.rows, accepted: preview.acceptedCount, withWarnings: preview.warningRowCount, rejected: preview.rejectedRowCount };
}

/**
 * The store numbers rows within the list it was given (1-based); the user
 * knows the file. `fileRows[i]` is the file row of the i-th saved input.
 */
export function atFileRows(errors: ReadonlyArray<RowError>, fileRows: ReadonlyArray<number>): RowError[] {
  return errors.map((error) => ({ ...error, row: fileRows[error.row - 1] ?? error.row }));
}
