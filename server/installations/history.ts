import type { Installation } from '../../src/domain/installation';
import type { HistoryEntry } from '../../src/domain/installationHistory';
import type { User } from '../auth/user';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { SELECT_COLUMNS, toInstallation, type InstallationRow } from './rows';
import { write } from './write';

// The audit rows themselves are written by the database's triggers (migration 101)
// inside each write's transaction; this file reads them and undoes a delete.

/** Oldest first; a deleted installation keeps its history. 404 when the id was never saved. */
export async function installationHistory(db: Db, id: string): Promise<HistoryEntry[]> {
  const rows = await db.query<{ at: Date | string; actor: string; action: HistoryEntry['action']; changes: HistoryEntry['changes'] | string }>(
    'SELECT at, actor, action, changes FROM audit_log WHERE installation_id = $1 ORDER BY id',
    [id],
  );
  if (rows.length === 0) {
    const [exists] = await db.query('SELECT 1 FROM installations WHERE id = $1', [id]);
    if (!exists) throw new ApiError(404, 'not_found', `Installation ${id} not found`);
  }
  return rows.map((row) => ({
    at: new Date(row.at).toISOString(),
    user: row.actor,
    action: row.action,
    changes: typeof row.changes === 'string' ? JSON.parse(row.changes) : row.changes,
  }));
}

/** Brings back a deleted installation as it was; the audit records who restored it. */
export function restoreDeleted(db: Db, user: User, id: string, at: string): Promise<Installation> {
  return write(db, user, 'installations:write', async (tx) => {
    const [row] = await tx.query<InstallationRow>(
      `UPDATE installations SET deleted = false, updated_at = $2, change_seq = nextval('change_seq')
       WHERE id = $1 AND deleted RETURNING ${SELECT_COLUMNS}`,
      [id, at],
    );
    if (row) return { result: toInstallation(row), changed: true };
    const [live] = await tx.query('SELECT 1 FROM installations WHERE id = $1', [id]);
    if (live) throw new ApiError(409, 'conflict', `Installation ${id} is not deleted`);
    throw new ApiError(404, 'not_found', `Installation ${id} not found`);
  });
}
