import { useCallback, useState } from 'react';
import type { KelurahanCollection } from '../domain/region';
import { clearAll, restoreDemo, undoReset } from './demoActions';
import type { Installation } from '../domain/installation';
import type { InstallationStore, OnProgress } from './store';

export type DataResetOutcome =
  | { kind: 'cleared'; removed: Installation[] }
  | { kind: 'restored'; removed: Installation[]; createdIds: string[] }
  | { kind: 'undone' }
  | { kind: 'error'; message: string };

type DataResetTask = { kind: 'clearing'; count: number } | { kind: 'reloading' } | { kind: 'undoing' };

/** What is being done (100,000 rows take seconds to delete or put back), and the share done so far. */
export type DataResetWork = DataResetTask & { share: number };

/**
 * "Clear all" / "clear demo" / "reload demo" with one-step undo. The caller asks
 * for confirmation first; this keeps what was removed (or added) so Undo puts the
 * store back exactly as it was.
 */
export function useDataReset(store: InstallationStore, kelurahan: KelurahanCollection) {
  const [outcome, setOutcome] = useState<DataResetOutcome>();
  const [working, setWorking] = useState<DataResetWork>();

  const run = useCallback(async (doing: DataResetTask, work: (onProgress: OnProgress) => Promise<DataResetOutcome>) => {
    setWorking({ ...doing, share: 0 });
    try {
      setOutcome(await work((share) => setWorking((current) => current && { ...current, share })));
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(undefined);
    }
  }, []);

  /** `count`: how many installations that removes (for the message while it works). */
  const clear = useCallback(
    (onlyDemo: boolean, count: number) =>
      run({ kind: 'clearing', count }, async (onProgress) => ({ kind: 'cleared', removed: await clearAll(store, { onlyDemo, onProgress }) })),
    [run, store],
  );

  const reloadDemo = useCallback(
    () =>
      run({ kind: 'reloading' }, async () => {
        const { removed, result } = await restoreDemo(store, kelurahan);
        if (!result.ok) throw new Error(result.errors.map((error) => `${error.row}/${error.field}: ${error.message}`).join('; '));
        return { kind: 'restored', removed, createdIds: result.created.map((installation) => installation.id) };
      }),
    [run, store, kelurahan],
  );

  const undo = useCallback(
    () =>
      run({ kind: 'undoing' }, async (onProgress) => {
        if (outcome?.kind === 'cleared') await undoReset(store, { removed: outcome.removed, createdIds: [] }, onProgress);
        if (outcome?.kind === 'restored') await undoReset(store, outcome, onProgress);
        return { kind: 'undone' };
      }),
    [run, store, outcome],
  );

  const canUndo = outcome?.kind === 'cleared' || outcome?.kind === 'restored';
  return { outcome, working, busy: working !== undefined, canUndo, clear, reloadDemo, undo };
}
