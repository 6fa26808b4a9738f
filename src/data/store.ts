import type { Installation, InstallationInput, InstallationPatch } from '../domain/installation';
import type { RowError } from '../domain/errors';
import type { CampaignSettings } from '../domain/campaignSettings';
import type { HistoryEntry } from '../domain/installationHistory';

/** Told, while a large write works, the share of its rows done so far (0 to 1). */
export type OnProgress = (share: number) => void;

export type ImportResult =
  | { ok: true; importId: string; created: Installation[] }
  | { ok: false; errors: RowError[] };

/**
 * Where installations live. Two adapters implement it (IndexedDB in the browser,
 * HTTP against VITE_API_BASE_URL) and one contract suite (`storeContract.ts`) tests both.
 *
 * Large writes may report their progress (`OnProgress`); an adapter that writes in one
 * request (HTTP) does not.
 *
 * `create` and `update` throw `InstallationValidationError` (from `storeErrors.ts`)
 * naming the field; `update` of an unknown id throws `InstallationNotFoundError`.
 */
export interface UpdateOptions {
  /**
   * The version the edit started from (a server's `version`): a server refuses the edit when
   * the saved row moved on (`InstallationConflictError`). Stores without versions ignore it.
   */
  basedOn?: number;
}

export interface InstallationStore {
  /** Ordered by `installedAt`, then `createdAt`, then `id` (stable across adapters). */
  list(): Promise<Installation[]>;
  get(id: string): Promise<Installation | undefined>;
  create(input: InstallationInput): Promise<Installation>;
  /** Changes the given fields; a key present with value `undefined` clears an optional field. */
  update(id: string, patch: InstallationPatch, options?: UpdateOptions): Promise<Installation>;
  /** Deletes and returns what was deleted (unknown ids are ignored), so the caller can offer undo via `restore`. */
  remove(ids: string[], onProgress?: OnProgress): Promise<Installation[]>;
  /** Puts previously deleted installations back unchanged (undo). Existing rows with the same id are replaced. */
  restore(installations: Installation[], onProgress?: OnProgress): Promise<void>;
  /** All or nothing: every row is saved, or none and the errors say why (every bad row, every bad field). */
  bulkImport(inputs: InstallationInput[], onProgress?: OnProgress): Promise<ImportResult>;
  /**
   * Like `bulkImport`, but only when the store has never been seeded and is empty; checked and
   * written in one transaction so two tabs starting at once do not both seed. Returns
   * `undefined` when nothing was saved for that reason.
   */
  seedIfPristine(inputs: InstallationInput[]): Promise<ImportResult | undefined>;
  /** The campaign's settings (its target), one record shared by everyone who uses this store; `{}` until saved. */
  getSettings(): Promise<CampaignSettings>;
  /** Replaces the settings; invalid ones throw `InstallationValidationError` naming the field (row 1) and change nothing. */
  saveSettings(settings: CampaignSettings): Promise<CampaignSettings>;
  /**
   * Who changed one installation, what and when, oldest first (docs/api.md "History"). Only a
   * store that keeps an audit trail has it (the server): the browser alone keeps no accounts
   * and no trail. A store that learns its adapter later throws `HistoryUnavailableError` instead.
   * A function property, not a method: callers may pass it on unbound.
   */
  history?: (id: string) => Promise<HistoryEntry[]>;
  /** Called after any change (installations or settings), including changes made in another tab. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
