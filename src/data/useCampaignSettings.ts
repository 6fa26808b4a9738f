import { useCallback, useEffect, useState } from 'react';
import { campaignTargetSchema, NO_SETTINGS, type CampaignSettings, type CampaignTarget } from '../domain/campaignSettings';
import type { InstallationStore } from './store';

/** Where the dashboard kept its target before it was stored with the data (one browser only). */
export const LEGACY_TARGET_KEY = 'cakupan.target';

export interface CampaignSettingsState {
  status: 'loading' | 'ready' | 'error';
  settings: CampaignSettings;
  error?: string;
  /** Saves for everyone; rejects (InstallationValidationError, or the store's error) and keeps the saved ones when it fails. */
  save(settings: CampaignSettings): Promise<CampaignSettings>;
}

/** A target stored by an earlier version in this browser, if it is a valid one. */
export function legacyTargetOf(raw: string | null): CampaignTarget | undefined {
  try {
    const parsed = campaignTargetSchema.safeParse(raw === null ? undefined : JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves a target this browser kept in localStorage into the store, unless the store
 * already has one (the shared one wins); either way the local copy is then dropped.
 * A store that refuses the save (on a server only admins set the target) leaves the
 * local copy for a later visit and the settings as they are.
 */
export async function migrateLegacyTarget(store: Pick<InstallationStore, 'saveSettings'>, current: CampaignSettings, storage: Storage): Promise<CampaignSettings> {
  const raw = storage.getItem(LEGACY_TARGET_KEY);
  if (raw === null) return current;
  const legacy = legacyTargetOf(raw);
  let next = current;
  if (!current.target && legacy) {
    try {
      next = await store.saveSettings({ ...current, target: legacy });
    } catch {
      return current;
    }
  }
  storage.removeItem(LEGACY_TARGET_KEY);
  return next;
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage disabled: nothing to migrate
  }
}

/** The campaign settings from the store, re-read whenever the store (or another tab) reports a change. */
export function useCampaignSettings(store: InstallationStore): CampaignSettingsState {
  const [state, setState] = useState<Omit<CampaignSettingsState, 'save'>>({ status: 'loading', settings: NO_SETTINGS });
  useEffect(() => {
    let active = true;
    let migrated = false;
    const read = async () => {
      try {
        let settings = await store.getSettings();
        const storage = localStorageOrUndefined();
        if (!migrated && storage) {
          migrated = true;
          settings = await migrateLegacyTarget(store, settings, storage);
        }
        if (active) setState({ status: 'ready', settings });
      } catch (error) {
        if (active) setState((previous) => ({ ...previous, status: 'error', error: error instanceof Error ? error.message : String(error) }));
      }
    };
    void read();
    const unsubscribe = store.subscribe(() => void read());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [store]);
  const save = useCallback(async (settings: CampaignSettings) => {
    const saved = await store.saveSettings(settings);
    setState({ status: 'ready', settings: saved });
    return saved;
  }, [store]);
  return { ...state, save };
}
