import { useEffect, useState } from 'react';
import type { KelurahanCollection } from '../domain/region';
import { getDefaultStore } from './createStore';
import { seedDemoIfEmpty } from './demoActions';
import type { InstallationStore } from './store';
import { LOADING_SNAPSHOT, watchInstallations, type InstallationsSnapshot } from './watchInstallations';

export interface InstallationsState extends InstallationsSnapshot {
  store: InstallationStore;
}

export interface UseInstallationsOptions {
  /** Defaults to the app's store chosen from env (createStore.ts). */
  store?: InstallationStore;
  /** When given, seeds the demo set into a never-used store (once, even with several tabs). */
  demoKelurahan?: KelurahanCollection;
}

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

/** The installations for the app, re-read whenever the store (or another tab) reports a change. */
export function useInstallations({ store: givenStore, demoKelurahan }: UseInstallationsOptions = {}): InstallationsState {
  const store = givenStore ?? getDefaultStore();
  const [snapshot, setSnapshot] = useState<InstallationsSnapshot>(LOADING_SNAPSHOT);
  // Which seeding finished (and how); seeding is "running" until it names this store and collection.
  const [seeded, setSeeded] = useState<{ store: InstallationStore; kelurahan: KelurahanCollection; error?: string }>();

  useEffect(() => watchInstallations(store, setSnapshot), [store]);

  useEffect(() => {
    if (!demoKelurahan) return;
    let active = true;
    seedOnce(store, demoKelurahan).then(
      () => active && setSeeded({ store, kelurahan: demoKelurahan }),
      (error: unknown) =>
        active && setSeeded({ store, kelurahan: demoKelurahan, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      active = false;
    };
  }, [store, demoKelurahan]);

  const seedingDone = seeded?.store === store && seeded.kelurahan === demoKelurahan;
  if (demoKelurahan && seedingDone && seeded.error) return { ...snapshot, status: 'error', error: seeded.error, store };
  // While seeding, an empty list would flash "0 installations" before the demo appears.
  if (demoKelurahan && !seedingDone && snapshot.status === 'ready') return { ...snapshot, status: 'loading', store };
  return { ...snapshot, store };
}
