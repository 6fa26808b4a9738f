import type { Installation } from '../../src/domain/installation';
import type { Queryable } from '../db/types';
import { SELECT_COLUMNS, toInstallation, type InstallationRow } from './rows';

export const MAX_PAGE = 10_000;

export async function currentCursor(db: Queryable): Promise<string> {
  const [row] = await db.query<{ cursor: string }>('SELECT coalesce(max(change_seq), 0)::text AS cursor FROM installations');
  return row?.cursor ?? '0';
}

/** Every live row in the API's order (docs/api.md "Order"). */
export async function listInstallations(db: Queryable): Promise<Installation[]> {
  const rows = await db.query<InstallationRow>(
    `SELECT ${SELECT_COLUMNS} FROM installations i WHERE NOT deleted ORDER BY i.installed_at, i.created_at COLLATE "C", i.id COLLATE "C"`,
  );
  return rows.map(toInstallation);
}

export async function getInstallation(db: Queryable, id: string, { includeDeleted = false } = {}): Promise<Installation | undefined> {
  const [row] = await db.query<InstallationRow>(
    `SELECT ${SELECT_COLUMNS} FROM installations WHERE id = $1 ${includeDeleted ? '' : 'AND NOT deleted'}`,
    [id],
  );
  return row ? toInstallation(row) : undefined;
}

/** Saved rows (deleted ones too, flagged) with these ids. */
export async function findByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, { installation: Installation; deleted: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<InstallationRow>(`SELECT ${SELECT_COLUMNS} FROM installations WHERE id = ANY($1::text[])`, [ids]);
  return new Map(rows.map((row) => [row.id, { installation: toInstallation(row), deleted: row.deleted }]));
}

export interface ChangePage {
  items: Installation[];
  deleted: string[];
  cursor: string;
  more: boolean;
}

/** Rows changed after `since`, in change order: live ones in `items`, tombstones in `deleted`. */
export async function changesSince(db: Queryable, since: string, limit: number): Promise<ChangePage> {
  const rows = await db.query<InstallationRow>(
    `SELECT ${SELECT_COLUMNS} FROM installations i WHERE i.change_seq > $1::bigint ORDER BY i.change_seq LIMIT $2`,
    [since, limit + 1],
  );
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  return {
    items: page.filter((row) => !row.deleted).map(toInstallation),
    deleted: page.filter((row) => row.deleted).map((row) => row.id),
    cursor: page.at(-1)?.change_seq ?? since,
    more,
  };
}
