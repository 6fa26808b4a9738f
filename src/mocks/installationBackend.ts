import type { Installation } from '../domain/installation';
import {
  applyPatch,
  buildInstallation,
  newId as randomId,
  sortInstallations,
  validateBatch,
  validateInput,
  validateInstallation,
} from '../domain/installationRules';
import type { ImportResult } from '../data/store';
import { InstallationNotFoundError } from '../domain/errors';
import { validateSettings, type CampaignSettings } from '../domain/campaignSettings';

/**
 * An in-memory server for docs/api.md, behind the MSW handlers. It applies the
 * same rules as the IndexedDB adapter (installationRules.ts); data lives as long
 * as the page (browser mock mode) or the test.
 */
export interface MockBackend {
  list(): Installation[];
  get(id: string): Installation | undefined;
  /** Throws InstallationValidationError. */
  create(input: unknown): Installation;
  /** Throws InstallationValidationError or InstallationNotFoundError. */
  update(id: string, patch: unknown): Installation;
  remove(ids: string[]): Installation[];
  /** Throws InstallationValidationError naming the row. */
  restore(rows: unknown[]): number;
  bulkImport(inputs: unknown[]): ImportResult;
  /** `undefined` when the backend was seeded before or holds rows. */
  seedIfPristine(inputs: unknown[]): ImportResult | undefined;
  getSettings(): CampaignSettings;
  /** Throws InstallationValidationError naming the field. */
  saveSettings(settings: unknown): CampaignSettings;
  reset(): void;
}

export interface MockBackendOptions {
  now?: () => Date;
  newId?: () => string;
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const rows = new Map<string, Installation>();
  let seeded = false;
  let settings: CampaignSettings = {};

  function saveBatch(inputs: unknown[]): ImportResult {
    const validation = validateBatch(inputs);
    if (!validation.ok) return { ok: false, errors: validation.errors };
    const importId = newId();
    const timestamp = now();
    const created = validation.values.map((value) => buildInstallation(value, { id: newId(), now: timestamp, importId }));
    for (const installation of created) rows.set(installation.id, installation);
    return { ok: true, importId, created };
  }

  return {
    list: () => sortInstallations([...rows.values()]),
    get: (id) => rows.get(id),
    create(input) {
      const installation = buildInstallation(validateInput(input), { id: newId(), now: now() });
      rows.set(installation.id, installation);
      return installation;
    },
    update(id, patch) {
      const existing = rows.get(id);
      if (!existing) throw new InstallationNotFoundError(id);
      const updated = applyPatch(existing, patch, now());
      rows.set(id, updated);
      return updated;
    },
    remove(ids) {
      const removed = ids.flatMap((id) => rows.get(id) ?? []);
      for (const installation of removed) rows.delete(installation.id);
      return removed;
    },
    restore(input) {
      // Validate all before writing any: a bad row must not leave half a restore behind.
      const valid = input.map((row, index) => validateInstallation(row, index + 1));
      for (const installation of valid) rows.set(installation.id, installation);
      return valid.length;
    },
    bulkImport: saveBatch,
    seedIfPristine(inputs) {
      if (seeded || rows.size > 0) return undefined;
      const result = saveBatch(inputs);
      if (result.ok) seeded = true;
      return result;
    },
    getSettings: () => settings,
    saveSettings(value) {
      settings = validateSettings(value);
      return settings;
    },
    reset() {
      rows.clear();
      seeded = false;
      settings = {};
    },
  };
}
