import { useCallback, useState } from 'react';
import type { KelurahanCollection } from '../geo/types';
import { clearAll, restoreDemo, undoReset } from './demoActions';
import type { Installation } from './installation';
import type { InstallationStore } from './store';

export type DataResetOutcome =
  | { kind: 'cleared'; removed: Installation[] }
  | { kind: 'restored'; removed: Installation[]; createdIds: string[] }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

/**
 * "Clear all" / "clear demo" / "reload demo" with one-step undo. The caller asks
 * for confirmation first; this keeps what was removed (or added) so Undo puts the
 * store back exactly as it was.
 */
export function useDataReset(store: InstallationStore, kelurahan: KelurahanCollection) {
  const [outcome, setOutcome] = useState<DataResetOutcome>();
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (work: () => Promise<DataResetOutcome>) => {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }, []);

  const clear = useCallback(
    (onlyDemo: boolean) => run(async () => ({ kind: 'cleared', removed: await clearAll(store, { onlyDemo }) })),
    [run, store],
  );

  const reloadDemo = useCallback(
    () =>
      run(async () => {
        const { removed, result } = await restoreDemo(store, kelurahan);
        if (!result.ok) throw new Error(result.errors.map((error) => `${error.row}/${error.field}: ${error.message}`).join('; '));
        return { kind: 'restored', removed, createdIds: result.created.map((installation) => installation.id) };
      }),
    [run, store, kelurahan],
  );

  const undo = useCallback(
    () =>
      run(async () => {
        if (outcome?.kind === 'cleared') await undoReset(store, { removed: outcome.removed, createdIds: [] });
        if (outcome?.kind === 'restored') await undoReset(store, outcome);
        return { kind: 'undone' };
      }),
    [run, store, outcome],
  );

  const canUndo = outcome?.kind === 'cleared' || outcome?.kind === 'restored';
  return { outcome, busy, canUndo, clear, reloadDemo, undo };
}
