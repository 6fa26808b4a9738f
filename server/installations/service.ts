import type { RowError } from '../../src/domain/errors';
import type { Installation } from '../../src/domain/installation';
import { InstallationNotFoundError, InstallationValidationError } from '../../src/domain/errors';
import { applyPatch, buildInstallation, newId } from '../../src/domain/installationRules';
import type { User } from '../auth/user';
import type { Db, Queryable } from '../db/types';
import { ApiError } from '../http/errors';
import { sameContent, validateCreates, validateStored, type ValidCreate } from './input';
import { findByIds, getInstallation } from './read';
import { SELECT_COLUMNS, toInstallation, toRecord, UPSERT_SQL, type InstallationRow } from './rows';
import { staleVersion } from './version';
import { write } from './write';

/** Rows per statement: big enough that a 100,000-row import is 20 statements, small enough for PGlite's heap. */
const CHUNK = 5_000;

export interface ServiceOptions {
  db: Db;
  /** The clock for createdAt/updatedAt (tests pass a fake one). */
  now?: () => Date;
}

export interface ImportAnswer {
  importId: string;
  created: Installation[];
}

async function upsert(tx: Queryable, installations: Installation[]): Promise<Installation[]> {
  const saved = new Map<string, Installation>();
  for (let start = 0; start < installations.length; start += CHUNK) {
    const chunk = installations.slice(start, start + CHUNK).map(toRecord);
    const rows = await tx.query<InstallationRow>(UPSERT_SQL, [JSON.stringify(chunk)]);
    for (const row of rows) saved.set(row.id, toInstallation(row));
  }
  return installations.map((installation) => saved.get(installation.id)!);
}

/**
 * Splits validated creates into rows already saved identically (a retry) and rows to
 * write; a client id saved with other content, deleted, or sent twice is a conflict.
 */
async function planCreates(tx: Queryable, rows: ValidCreate[]) {
  const given = rows.flatMap((row) => (row.id ? [row.id] : []));
  const saved = await findByIds(tx, given);
  const conflicts: RowError[] = [];
  const seen = new Set<string>();
  const plan = rows.map((row, index) => {
    if (!row.id) return { row, existing: undefined };
    const existing = saved.get(row.id);
    const problem = seen.has(row.id)
      ? 'the same id appears twice in this request'
      : existing?.deleted
        ? 'an installation with this id was deleted'
        : existing && !sameContent(row.value, existing.installation)
          ? 'an installation with this id is saved with other content'
          : undefined;
    seen.add(row.id);
    if (problem) conflicts.push({ row: index + 1, field: 'id', code: 'conflict', message: `${row.id}: ${problem}` });
    return { row, existing: existing?.installation };
  });
  if (conflicts.length > 0) throw new ApiError(409, 'conflict', `${conflicts.length} id conflict(s); nothing was saved`, conflicts);
  return plan;
}

export function createInstallationService({ db, now = () => new Date() }: ServiceOptions) {
  const timestamp = () => now().toISOString();

  /** Import, seed and create share this: validate all, then write all or nothing. */
  async function saveNew(tx: Queryable, inputs: readonly unknown[], importId: string | undefined) {
    const validation = validateCreates(inputs);
    if (!validation.ok) throw new InstallationValidationError(validation.errors);
    const plan = await planCreates(tx, validation.rows);
    const at = timestamp();
    const fresh = plan.filter((entry) => !entry.existing)
      .map(({ row }) => buildInstallation(row.value, { id: row.id ?? newId(), now: at, ...(importId ? { importId } : {}) }));
    const written = new Map((await upsert(tx, fresh)).map((installation) => [installation.id, installation]));
    let freshIndex = 0;
    const created = plan.map((entry) => entry.existing ?? written.get(fresh[freshIndex++]!.id)!);
    return { created, wrote: fresh.length > 0 };
  }

  async function importRows(tx: Queryable, inputs: readonly unknown[]): Promise<{ result: ImportAnswer; changed: boolean }> {
    const importId = newId();
    const { created, wrote } = await saveNew(tx, inputs, importId);
    // A whole retried import answers with the id the rows were saved under.
    const previous = created[0]?.importId;
    const replay = !wrote && created.length > 0 && created.every((row) => row.importId === previous) && previous !== undefined;
    return { result: { importId: replay ? previous : importId, created }, changed: wrote };
  }

  return {
    create: (user: User, input: unknown) =>
      write(db, user, 'installations:write', async (tx) => {
        const { created, wrote } = await saveNew(tx, [input], undefined);
        return { result: created[0]!, changed: wrote };
      }),

    /** `basedOn`: the version the client edited (If-Match); a stale one is a 409 carrying the saved row. */
    update: (user: User, id: string, patch: unknown, basedOn?: number) =>
      write(db, user, 'installations:write', async (tx) => {
        const existing = await getInstallation(tx, id);
        if (!existing) throw new InstallationNotFoundError(id);
        if (basedOn !== undefined && existing.version !== basedOn) throw staleVersion(existing, basedOn);
        const [updated] = await upsert(tx, [applyPatch(existing, patch, timestamp())]);
        return { result: updated!, changed: true };
      }),

    remove: (user: User, ids: readonly string[]) =>
      write(db, user, 'installations:write', async (tx) => {
        const rows = await tx.query<InstallationRow>(
          `UPDATE installations SET deleted = true, change_seq = nextval('change_seq') WHERE id = ANY($1::text[]) AND NOT deleted
           RETURNING ${SELECT_COLUMNS}`,
          [ids],
        );
        return { result: rows.map(toInstallation), changed: rows.length > 0 };
      }),

    restore: (user: User, inputs: readonly unknown[]) =>
      write(db, user, 'installations:write', async (tx) => {
        const validation = validateStored(inputs);
        if (!validation.ok) throw new InstallationValidationError(validation.errors);
        await upsert(tx, validation.rows);
        return { result: validation.rows.length, changed: validation.rows.length > 0 };
      }),

    importRows: (user: User, inputs: readonly unknown[]) => write(db, user, 'installations:write', (tx) => importRows(tx, inputs)),

    /** `undefined` when this database was seeded before or holds rows (checked under the write lock). */
    seed: (user: User, inputs: readonly unknown[]) =>
      write(db, user, 'installations:seed', async (tx): Promise<{ result: ImportAnswer | undefined; changed: boolean }> => {
        const [state] = await tx.query<{ seeded: boolean; live: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'seeded') AS seeded, EXISTS (SELECT 1 FROM installations WHERE NOT deleted) AS live`,
        );
        if (state?.seeded || state?.live) return { result: undefined, changed: false };
        const outcome = await importRows(tx, inputs);
        await tx.query(`INSERT INTO meta (key, value) VALUES ('seeded', $1)`, [timestamp()]);
        return outcome;
      }),
  };
}

export type InstallationService = ReturnType<typeof createInstallationService>;
