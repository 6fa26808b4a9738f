import { useState } from 'react';
import { messageOf } from '../../components/messageOf';
import type { Installation } from '../../domain/installation';
import type { InstallationStore } from '../../data/store';
import type { ImportHistoryEntry } from './importHistory';

/** What an undo from the history is doing or did, for its status line. */
export type UndoImportState =
  | { kind: 'idle' }
  | { kind: 'undoing'; fileName: string | undefined; count: number; share: number }
  | { kind: 'undone'; fileName: string | undefined; removed: Installation[] }
  | { kind: 'restoring'; count: number; share: number }
  | { kind: 'restored'; count: number }
  /** `removed`: what a failed restore still holds, so it can be tried again and nothing is lost. */
  | { kind: 'failed'; step: 'undo' | 'restore'; fileName: string | undefined; detail: string; removed?: Installation[] };

/**
 * Undo of an earlier import: its rows are removed (with progress: 20,000 rows take
 * seconds), and what was removed can be put back once with `restore`, like a delete.
 */
export function useUndoImport(store: Pick<InstallationStore, 'remove' | 'restore'>) {
  const [state, setState] = useState<UndoImportState>({ kind: 'idle' });
  const busy = state.kind === 'undoing' || state.kind === 'restoring';

  const undo = async (entry: ImportHistoryEntry) => {
    if (busy || !entry.undoable) return;
    const { fileName, ids } = entry;
    setState({ kind: 'undoing', fileName, count: ids.length, share: 0 });
    try {
      const removed = await store.remove(ids, (share) => setState({ kind: 'undoing', fileName, count: ids.length, share }));
      setState({ kind: 'undone', fileName, removed });
    } catch (error) {
      setState({ kind: 'failed', step: 'undo', fileName, detail: messageOf(error) });
    }
  };

  const restore = async () => {
    if ((state.kind !== 'undone' && state.kind !== 'failed') || !state.removed) return;
    const { removed, fileName } = state;
    setState({ kind: 'restoring', count: removed.length, share: 0 });
    try {
      await store.restore(removed, (share) => setState({ kind: 'restoring', count: removed.length, share }));
      setState({ kind: 'restored', count: removed.length });
    } catch (error) {
      setState({ kind: 'failed', step: 'restore', fileName, detail: messageOf(error), removed });
    }
  };

  return { state, busy, undo, restore };
}
