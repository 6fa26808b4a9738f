import type { RegionLayers } from '../../data/geodata';
import type { InstallationStore } from '../../data/store';
import { useCampaignSettings, type CampaignSettingsState } from '../../data/useCampaignSettings';
import { useInstallations } from '../../data/useInstallations';
import type { Installation } from '../../domain/installation';

/**
 * What is stored, as loaded: the region's layers, the installations and the campaign
 * settings from the store, and the store itself for writes. Everything else the pages show is derived from this
 * (useCoverageModel) or lives in the URL (ViewState). A server plugs in here, behind
 * `InstallationStore` (src/data/storeContract.ts): nothing above this reads storage.
 */
export interface StoredData {
  layers: RegionLayers;
  /** The stored installations as last read (the store reports every change). */
  loaded: { status: 'loading' | 'ready' | 'error'; error?: string; installations: Installation[] };
  store: InstallationStore;
  /** The campaign's settings (its target), shared by everyone who uses the store. */
  settings: CampaignSettingsState;
}

export function useStoredData(layers: RegionLayers): StoredData {
  const { status, error, installations, store } = useInstallations({ demoKelurahan: layers.kelurahan });
  const settings = useCampaignSettings(store);
  return { layers, loaded: { status, ...(error ? { error } : {}), installations }, store, settings };
}
