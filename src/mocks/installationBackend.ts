import type { Installation } from '../domain/installation';
import { installationFieldsSchema } from '../domain/installation';
import {
  applyPatch,
  buildInstallation,
  newId as randomId,
  sortInstallations,
  validateBatch,
  validateInput,
  validateInstallation,
  type ValidInput,
} from '../domain/installationRules';
import type { ChangePage } from '../data/httpStore';
import type { ImportResult } from '../data/store';
import type { RowError } from '../domain/errors';
import { InstallationNotFoundError } from '../domain/errors';
import { validateSettings, type CampaignSettings } from '../domain/campaignSettings';
import type { HistoryEntry } from '../domain/installationHistory';
import { createMockAudit } from './mockAudit';

/** A client id that was saved with other content, or deleted: the 409 of docs/api.md "Client ids". */
export class ClientIdConflictError extends Error {
  readonly issues: RowError[];
  constructor(issues: RowError[]) {
    super(`${issues.length} id(s) already used by other content; nothing was saved`);
    this.name = 'ClientIdConflictError';
    this.issues = issues;
  }
}

/**
 * An in-memory server for docs/api.md, behind the MSW handlers. It applies the
 * same rules as the IndexedDB adapter (installationRules.ts) and keeps the server's
 * change sequence (every write moves the rows it touches to a new position; a delete
 * leaves a tombstone), so incremental sync and client ids can be tested without a
 * server. Data lives as long as the page (browser mock mode) or the test.
 */
export interface MockBackend {
  list(): Installation[];
  get(id: string): Installation | undefined;
  /** Throws InstallationValidationError, or ClientIdConflictError for a reused client id. */
  create(input: unknown): Installation;
  /** Throws InstallationValidationError or InstallationNotFoundError. */
  update(id: string, patch: unknown): Installation;
  remove(ids: string[]): Installation[];
  /** Throws InstallationValidationError naming the row. */
  restore(rows: unknown[]): number;
  /** Throws ClientIdConflictError for a reused client id. */
  bulkImport(inputs: unknown[]): ImportResult;
  /** `undefined` when the backend was seeded before or holds rows. */
  seedIfPristine(inputs: unknown[]): ImportResult | undefined;
  getSettings(): CampaignSettings;
  /** Throws InstallationValidationError naming the field. */
  saveSettings(settings: unknown): CampaignSettings;
  /** The position of the latest change ("0" before any). */
  cursor(): string;
  /** Rows changed after `since`, oldest change first, at most `limit` of them. */
  changes(since: string, limit: number): ChangePage;
  /** Told the cursor after every write that changed something. */
  onChange(listener: (cursor: string) => void): () => void;
  reset(): void;
  /** docs/api.md "History", oldest first; `undefined` for an id never saved. */
  history(id: string): HistoryEntry[] | undefined;
}

export interface MockBackendOptions {
  now?: () => Date;
  newId?: () => string;
}

const inputFields = Object.keys(installationFieldsSchema.shape) as (keyof ValidInput)[];

/** The client's id, if the raw row names one, and the row without it. */
function splitClientId(raw: unknown): { id: string | undefined; input: unknown } {
  if (typeof raw !== 'object' || raw === null || !('id' in raw)) return { id: undefined, input: raw };
  const { id, ...input } = raw as Record<string, unknown>;
  return { id: typeof id === 'string' ? id : undefined, input };
}

export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? randomId;
  const rows = new Map<string, Installation>();
  /** Each id's latest change position; deleted ids stay (tombstones). */
  const positions = new Map<string, number>();
  const listeners = new Set<(cursor: string) => void>();
  let sequence = 0;
  let seeded = false;
  let settings: CampaignSettings = {};
  const audit = createMockAudit(now);

  const touch = (id: string) => {
    // Map order is insertion order: re-inserting keeps `positions` in change order.
    positions.delete(id);
    positions.set(id, (sequence += 1));
  };
  const announce = () => {
    for (const listener of [...listeners]) listener(String(sequence));
  };
  const save = (installations: Installation[]) => {
    for (const installation of installations) {
      rows.set(installation.id, installation);
      touch(installation.id);
    }
    if (installations.length > 0) announce();
  };
  const sameContent = (value: ValidInput, saved: Installation) => inputFields.every((field) => value[field] === saved[field]);

  /** The saved row a retried client id names, `undefined` for a new id; throws on a reused one. */
  function earlier(id: string | undefined, value: ValidInput, row: number): Installation | undefined {
    if (id === undefined || !positions.has(id)) return undefined;
    const saved = rows.get(id);
    if (saved && sameContent(value, saved)) return saved;
    throw new ClientIdConflictError([{ row, field: 'id', code: 'conflict', message: `id ${id} is already used by other content or was deleted` }]);
  }

  function saveBatch(inputs: unknown[]): ImportResult {
    const split = inputs.map(splitClientId);
    const validation = validateBatch(split.map(({ input }) => input));
    if (!validation.ok) return { ok: false, errors: validation.errors };
    const conflicts: RowError[] = [];
    const before = validation.values.map((value, index) => {
      try {
        return earlier(split[index]!.id, value, index + 1);
      } catch (error) {
        if (!(error instanceof ClientIdConflictError)) throw error;
        conflicts.push(...error.issues);
        return undefined;
      }
    });
    if (conflicts.length > 0) throw new ClientIdConflictError(conflicts);
    const allEarlier = before.length > 0 && before.every((row) => row !== undefined);
    const importId = allEarlier ? (before[0]!.importId ?? newId()) : newId();
    const timestamp = now();
    const created = validation.values.map(
      (value, index) => before[index] ?? buildInstallation(value, { id: split[index]!.id ?? newId(), now: timestamp, importId }),
    );
    const fresh = created.filter((_, index) => before[index] === undefined);
    save(fresh);
    for (const installation of fresh) audit.record('import', undefined, installation);
    return { ok: true, importId, created };
  }

  return {
    list: () => sortInstallations([...rows.values()]),
    get: (id) => rows.get(id),
    create(raw) {
      const { id, input } = splitClientId(raw);
      const value = validateInput(input);
      const saved = earlier(id, value, 1);
      if (saved) return saved;
      const installation = buildInstallation(value, { id: id ?? newId(), now: now() });
      save([installation]);
      audit.record('create', undefined, installation);
      return installation;
    },
    update(id, patch) {
      const existing = rows.get(id);
      if (!existing) throw new InstallationNotFoundError(id);
      const updated = applyPatch(existing, patch, now());
      save([updated]);
      audit.record('update', existing, updated);
      return updated;
    },
    remove(ids) {
      const removed = ids.flatMap((id) => rows.get(id) ?? []);
      for (const installation of removed) {
        rows.delete(installation.id);
        touch(installation.id);
        audit.record('delete', installation, undefined);
      }
      if (removed.length > 0) announce();
      return removed;
    },
    restore(input) {
      // Validate all before writing any: a bad row must not leave half a restore behind.
      const valid = input.map((row, index) => validateInstallation(row, index + 1));
      save(valid);
      for (const installation of valid) audit.record('restore', undefined, installation);
      return valid.length;
    },
    bulkImport: saveBatch,
    seedIfPristine(inputs) {
      if (seeded || rows.size > 0) return undefined;
      const result = saveBatch(inputs);
      if (result.ok) seeded = true;
      return result;
    },
    history: (id) => audit.history(id),
    getSettings: () => settings,
    saveSettings(value) {
      settings = validateSettings(value);
      return settings;
      },
    cursor: () => String(sequence),
    changes(since, limit) {
      const after = Number(since);
      const page: [string, number][] = [];
      let more = false;
      for (const entry of positions) {
        if (entry[1] <= after) continue;
        if (page.length === limit) {
          more = true;
          break;
        }
        page.push(entry);
      }
      return {
        items: page.flatMap(([id]) => rows.get(id) ?? []),
        deleted: page.filter(([id]) => !rows.has(id)).map(([id]) => id),
        cursor: page.length > 0 ? String(page[page.length - 1]![1]) : since,
        more,
      };
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      rows.clear();
      positions.clear();
      sequence = 0;
      seeded = false;
      settings = {};
      audit.clear();
      announce();
    },
  };
}
