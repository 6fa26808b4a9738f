import type { InstallationStore } from './store';
import { HistoryUnavailableError } from './storeErrors';

/**
 * A store usable at once whose real adapter is chosen a moment later (IndexedDB or its
 * in-memory stand-in; the server or the browser alone): every call waits for the choice.
 */
export function deferStore(chosen: Promise<InstallationStore>): InstallationStore {
  const store = () => chosen;
  return {
    list: async () => (await store()).list(),
    get: async (id) => (await store()).get(id),
    create: async (input) => (await store()).create(input),
    update: async (id, patch, options) => (await store()).update(id, patch, options),
    remove: async (ids, onProgress) => (await store()).remove(ids, onProgress),
    restore: async (installations, onProgress) => (await store()).restore(installations, onProgress),
    bulkImport: async (inputs, onProgress) => (await store()).bulkImport(inputs, onProgress),
    seedIfPristine: async (inputs) => (await store()).seedIfPristine(inputs),
    getSettings: async () => (await store()).getSettings(),
    saveSettings: async (settings) => (await store()).saveSettings(settings),
    // Offered before the choice is known; the browser-only store has none and says so.
    history: async (id) => {
      const opened = await store();
      if (!opened.history) throw new HistoryUnavailableError();
      return opened.history(id);
    },
    subscribe(listener) {
      let unsubscribe: (() => void) | undefined;
      let cancelled = false;
      chosen.then(
        (opened) => {
          if (!cancelled) unsubscribe = opened.subscribe(listener);
        },
        () => undefined, // the calls report it
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
  };
}
