import { useEffect, useState } from 'react';
import type { KelurahanCollection } from '../geo/types';
import { getDefaultStore } from './createStore';
import { seedDemoIfEmpty } from './demoActions';
import type { Installation } from './installation';
import { keepIfUnchanged } from './keepIfUnchanged';
import type { InstallationStore } from './store';

export interface InstallationsState {
  status: 'loading' | 'ready' | 'error';
  /** Same array identity until the rows really change (see keepIfUnchanged). */
  installations: Installation[];
  /** Why the last read or the demo seeding failed; the last good rows stay in `installations`. */
  error?: string;
  store: InstallationStore;
}

export interface UseInstallationsOptions {
  /** Defaults to the app's store chosen from env (createStore.ts). */
  store?: InstallationStore;
  /** When given, seeds the demo set into a never-used store (once, even with several tabs). */
  demoKelurahan?: KelurahanCollection;
}

const NO_INSTALLATIONS: Installation[] = [];

/**
 * One seeding attempt per store for the page's lifetime: StrictMode runs effects
 * twice and several components may use the hook; the store's own transaction
 * already prevents double data, this also avoids a second request (a 409 in mock mode).
 */
const seedings = new WeakMap<InstallationStore, Promise<unknown>>();

function seedOnce(store: InstallationStore, kelurahan: KelurahanCollection): Promise<unknown> {
  let seeding = seedings.get(store);
  if (!seeding) {
    seeding = seedDemoIfEmpty(store, kelurahan).catch((error: unknown) => {
      seedings.delete(store); // a failed attempt (offline backend) may be retried by the next mount
      throw error;
    });
    seedings.set(store, seeding);
  }
  return seeding;
}

type ReadState = Omit<InstallationsState, 'store'>;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The installations for the app, re-read whenever the store (or another tab) reports a change. */
export function useInstallations({ store: givenStore, demoKelurahan }: UseInstallationsOptions = {}): InstallationsState {
  const store = givenStore ?? getDefaultStore();
  const [state, setState] = useState<ReadState>({ status: 'loading', installations: NO_INSTALLATIONS });
  const [seeding, setSeeding] = useState(false);

  useEffect(() => {
    let active = true;
    // Reads can overlap when changes come fast; only the latest may win.
    let latestRead = 0;
    const read = async () => {
      const readNumber = (latestRead += 1);
      try {
        const next = await store.list();
        if (!active || readNumber !== latestRead) return;
        setState((previous) => {
          const installations = keepIfUnchanged(previous.installations, next);
          return previous.status === 'ready' && installations === previous.installations ? previous : { status: 'ready', installations };
        });
      } catch (error) {
        if (active && readNumber === latestRead) setState((previous) => ({ ...previous, status: 'error', error: messageOf(error) }));
      }
    };
    const unsubscribe = store.subscribe(() => void read());
    void read();
    return () => {
      active = false;
      unsubscribe();
    };
  }, [store]);

  useEffect(() => {
    if (!demoKelurahan) return;
    let active = true;
    setSeeding(true);
    seedOnce(store, demoKelurahan)
      .catch((error: unknown) => {
        if (active) setState((previous) => ({ ...previous, status: 'error', error: `Demo data: ${messageOf(error)}` }));
      })
      .finally(() => active && setSeeding(false));
    return () => {
      active = false;
    };
  }, [store, demoKelurahan]);

  // While seeding, an empty list would flash "0 installations" before the demo appears.
  const status = seeding && state.status === 'ready' ? 'loading' : state.status;
  return { ...state, status, store };
}
