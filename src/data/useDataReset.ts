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

/** What is being done (100,000 rows take seconds to delete or put back). */
export type DataResetWork = { kind: 'clearing'; count: number } | { kind: 'reloading' } | { kind: 'undoing' };

/**
 * "Clear all" / "clear demo" / "reload demo" with one-step undo. The caller asks
 * for confirmation first; this keeps what was removed (or added) so Undo puts the
 * store back exactly as it was.
 */
export function useDataReset(store: InstallationStore, kelurahan: KelurahanCollection) {
  const [outcome, setOutcome] = useState<DataResetOutcome>();
  const [working, setWorking] = useState<DataResetWork>();

  const run = useCallback(async (doing: DataResetWork, work: () => Promise<DataResetOutcome>) => {
    setWorking(doing);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setWorking(undefined);
    }
  }, []);

  /** `count`: how many installations that removes (for the message while it works). */
  const clear = useCallback(
    (onlyDemo: boolean, count: number) => run({ kind: 'clearing', count }, async () => ({ kind: 'cleared', removed: await clearAll(store, { onlyDemo }) })),
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
      run({ kind: 'undoing' }, async () => {
        if (outcome?.kind === 'cleared') await undoReset(store, { removed: outcome.removed, createdIds: [] });
        if (outcome?.kind === 'restored') await undoReset(store, outcome);
        return { kind: 'undone' };
      }),
    [run, store, outcome],
  );

  const canUndo = outcome?.kind === 'cleared' || outcome?.kind === 'restored';
  return { outcome, working, busy: working !== undefined, canUndo, clear, reloadDemo, undo };
}
