import type { Installation, InstallationInput } from './installation';

/** A problem with one row of a bulk import, reported rather than dropped. */
export interface RowError {
  /** 1-based data row (header excluded). */
  row: number;
  field: string;
  code: string;
  message: string;
}

export type ImportResult =
  | { ok: true; importId: string; created: Installation[] }
  | { ok: false; errors: RowError[] };

/**
 * Where installations live. Two adapters implement it (IndexedDB in the browser,
 * HTTP against VITE_API_BASE_URL) and one contract suite tests both.
 */
export interface InstallationStore {
  list(): Promise<Installation[]>;
  get(id: string): Promise<Installation | undefined>;
  create(input: InstallationInput): Promise<Installation>;
  update(id: string, patch: Partial<InstallationInput>): Promise<Installation>;
  /** Deletes and returns what was deleted, so the caller can offer undo via `restore`. */
  remove(ids: string[]): Promise<Installation[]>;
  /** Puts previously deleted installations back unchanged (undo). */
  restore(installations: Installation[]): Promise<void>;
  /** All or nothing: every row is saved, or none and the errors say why. */
  bulkImport(inputs: InstallationInput[]): Promise<ImportResult>;
  /** Called after any change, including changes made in another tab. */
  subscribe(listener: () => void): () => void;
}
