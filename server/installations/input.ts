import { z } from 'zod';
import type { RowError } from '../../src/domain/errors';
import { installationFieldsSchema, installationSchema, type Installation } from '../../src/domain/installation';
import { toRowErrors, validateBatch, type ValidInput } from '../../src/domain/installationRules';

// Input checks the server adds around the one schema (src/domain): unknown keys are
// refused rather than dropped, and a client may name the id of what it creates.

const INPUT_FIELDS = Object.keys(installationFieldsSchema.shape);
const CREATE_KEYS = new Set([...INPUT_FIELDS, 'id']);
const STORED_KEYS = new Set([...INPUT_FIELDS, 'id', 'createdAt', 'updatedAt', 'importId', 'locatedKelurahanKode', 'version']);
const clientIdSchema = z.uuid();

export interface ValidCreate {
  /** The client's id, when it sent one (a retry-safe create). */
  id?: string;
  value: ValidInput;
}

function unknownKeyErrors(raw: unknown, allowed: ReadonlySet<string>, row: number): RowError[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return [];
  return Object.keys(raw)
    .filter((key) => !allowed.has(key))
    .map((key) => ({ row, field: key, code: 'unrecognized_keys', message: `Unknown field "${key}"` }));
}

/** Validates rows to create (create, import, seed); every problem of every row, numbered from 1. */
export function validateCreates(inputs: readonly unknown[]): { ok: true; rows: ValidCreate[] } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: ValidCreate[] = [];
  inputs.forEach((raw, index) => {
    const row = index + 1;
    const rowErrors = unknownKeyErrors(raw, CREATE_KEYS, row);
    let input = raw;
    let id: string | undefined;
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && 'id' in raw) {
      const { id: given, ...rest } = raw as Record<string, unknown>;
      input = rest;
      const parsed = clientIdSchema.safeParse(given);
      if (parsed.success) id = parsed.data.toLowerCase();
      else rowErrors.push(...toRowErrors(parsed.error.issues, row).map((issue) => ({ ...issue, field: 'id' })));
    }
    const validation = validateBatch([input], row);
    if (!validation.ok) rowErrors.push(...validation.errors);
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if (validation.ok) rows.push({ ...(id ? { id } : {}), value: validation.values[0]! });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** Validates rows handed back to `restore` (whole stored rows); the server-set located kode is accepted and recomputed. */
export function validateStored(inputs: readonly unknown[]): { ok: true; rows: Installation[] } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = [];
  const rows: Installation[] = [];
  inputs.forEach((raw, index) => {
    const row = index + 1;
    const rowErrors = unknownKeyErrors(raw, STORED_KEYS, row);
    const result = installationSchema.safeParse(raw);
    if (!result.success) rowErrors.push(...toRowErrors(result.error.issues, row));
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else if (result.success) rows.push(result.data);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

/** Same content as a saved row: every field a person supplies is equal (`notes` defaulted). */
export function sameContent(value: ValidInput, saved: Installation): boolean {
  return INPUT_FIELDS.every((key) => (value as Record<string, unknown>)[key] === (saved as Record<string, unknown>)[key]);
}
