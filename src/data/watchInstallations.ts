import type { Installation } from '../domain/installation';
import { keepIfUnchanged } from './keepIfUnchanged';
import type { InstallationStore } from './store';

export interface InstallationsSnapshot {
  status: 'loading' | 'ready' | 'error';
  /** Same array identity until the rows really change. */
  installations: Installation[];
  /** Why the last read failed; the last good rows stay in `installations`. */
  error?: string;
}

export const LOADING_SNAPSHOT: InstallationsSnapshot = { status: 'loading', installations: [] };

/**
 * Reads the store now and after every change it reports, and hands each new
 * snapshot to `onSnapshot` (never the same one twice). Reads can overlap when
 * changes come fast: only the latest read may publish, so an old list never
 * overwrites a newer one. Returns the function that stops watching.
 */
export function watchInstallations(store: InstallationStore, onSnapshot: (snapshot: InstallationsSnapshot) => void): () => void {
  let active = true;
  let latestRead = 0;
  let current = LOADING_SNAPSHOT;
  const publish = (next: InstallationsSnapshot) => {
    if (next === current) return;
    current = next;
    onSnapshot(next);
  };
  const read = async () => {
    const readNumber = (latestRead += 1);
    try {
      const rows = await store.list();
      if (!active || readNumber !== latestRead) return;
      const installations = keepIfUnchanged(current.installations, rows);
      publish(current.status === 'ready' && installations === current.installations ? current : { status: 'ready', installations });
    } catch (error) {
      if (!active || readNumber !== latestRead) return;
      publish({ status: 'error', installations: current.installations, error: error instanceof Error ? error.message : String(error) });
    }
  };
  const unsubscribe = store.subscribe(() => void read());
  void read();
  return () => {
    active = false;
    unsubscribe();
  };
}
