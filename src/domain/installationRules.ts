import type { z } from 'zod';
import {
  installationFieldsSchema,
  installationInputSchema,
  installationSchema,
  type Installation,
} from './installation';
import type { RowError } from './errors';
import { InstallationValidationError } from './errors';

// Rules every backend applies the same way (IndexedDB adapter, MSW mock backend,
// and any server that follows docs/api.md), kept here so they cannot drift apart.

export type ValidInput = z.output<typeof installationInputSchema>;

export function toRowErrors(issues: readonly z.core.$ZodIssue[], row: number): RowError[] {
  return issues.map((issue) => ({
    row,
    field: issue.path.length > 0 ? issue.path.map(String).join('.') : '(row)',
    code: issue.code,
    message: issue.message,
  }));
}

/** Validates every row and reports every problem; nothing is accepted unless all rows are valid. Rows are numbered from `firstRow`. */
export function validateBatch(inputs: readonly unknown[], firstRow = 1): { ok: true; values: ValidInput[] } | { ok: false; errors: RowError[] } {
  const values: ValidInput[] = [];
  const errors: RowError[] = [];
  inputs.forEach((input, index) => {
    const result = installationInputSchema.safeParse(input);
    if (result.success) values.push(result.data);
    else errors.push(...toRowErrors(result.error.issues, firstRow + index));
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}

export function validateInput(input: unknown): ValidInput {
  const result = installationInputSchema.safeParse(input);
  if (!result.success) throw new InstallationValidationError(toRowErrors(result.error.issues, 1));
  return result.data;
}

/** Validates a stored row (e.g. one handed back to `restore`). */
export function validateInstallation(value: unknown, row = 1): Installation {
  const result = installationSchema.safeParse(value);
  if (!result.success) throw new InstallationValidationError(toRowErrors(result.error.issues, row));
  return withoutUndefined(result.data);
}

export interface Bookkeeping {
  id: string;
  now: string;
  importId?: string;
}

export function buildInstallation(value: ValidInput, { id, now, importId }: Bookkeeping): Installation {
  return withoutUndefined({ ...value, id, createdAt: now, updatedAt: now, importId });
}

const editableFields = new Set(Object.keys(installationFieldsSchema.shape));

/**
 * Merges a patch into a saved row and validates the result as a whole, so rules
 * across fields (removedAt vs status) hold after every edit. A key whose value is
 * `undefined` or `null` clears that optional field. Identity and bookkeeping
 * fields cannot be patched.
 */
export function applyPatch(existing: Installation, patch: unknown, now: string): Installation {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new InstallationValidationError([{ row: 1, field: '(row)', code: 'invalid_type', message: 'patch must be an object' }]);
  }
  const unknownKeys = Object.keys(patch).filter((key) => !editableFields.has(key));
  if (unknownKeys.length > 0) {
    throw new InstallationValidationError(
      unknownKeys.map((key) => ({ row: 1, field: key, code: 'unrecognized_keys', message: `${key} cannot be changed` })),
    );
  }
  const merged: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || value === null) delete merged[key];
    else merged[key] = value;
  }
  merged.updatedAt = now;
  return validateInstallation(merged);
}

/** The one list order: by installation date, then creation time, then id, so ties are stable. */
export function compareInstallations(a: Installation, b: Installation): number {
  if (a.installedAt !== b.installedAt) return a.installedAt < b.installedAt ? -1 : 1;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortInstallations(installations: Installation[]): Installation[] {
  return [...installations].sort(compareInstallations);
}

/**
 * Random id. `crypto.randomUUID` exists only in secure contexts (https or localhost),
 * and an organisation may serve the app over plain http on an intranet.
 */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** IndexedDB and JSON both keep `undefined`-valued keys differently; store rows without them. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
