import type { Db, Queryable } from '../db/types';
import { requirePermission, type Permission, type User } from '../auth/user';

/** NOTIFY channel for committed changes (server/events.ts listens). */
export const CHANGES_CHANNEL = 'cakupan_changes';

/** Advisory lock key taken by every write: writes commit in change_seq order. */
const CHANGE_LOCK = 7203002;

export interface WriteOutcome<T> {
  result: T;
  /** False when the write touched nothing (no event, no cursor move). */
  changed: boolean;
}

/**
 * Every write goes through here: the permission check, one transaction, and the
 * change notice. The transaction names its user (`cakupan.actor`, local to it); the
 * database's audit triggers (migration 101) append who, what, when and each field's
 * before and after inside the same transaction, so a change and its record commit
 * together or not at all, whichever statement made the change.
 *
 * Writes are serialised by one transaction-scoped advisory lock. That is what makes
 * the sync cursor safe: a row with change_seq N commits before any write takes N+1,
 * so a client that has seen N+1 can never later find an uncommitted N appear behind
 * it. The cost is one write at a time; a single-row write holds the lock ~1 ms, a
 * 100,000-row import for its whole duration.
 */
export async function write<T>(db: Db, user: User, permission: Permission, work: (tx: Queryable) => Promise<WriteOutcome<T>>): Promise<T> {
  requirePermission(user, permission);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOCK]);
    await tx.query(`SELECT set_config('cakupan.actor', $1, true)`, [user.id]);
    const { result, changed } = await work(tx);
    if (changed) {
      await tx.query(`SELECT pg_notify($1, (SELECT max(change_seq)::text FROM installations))`, [CHANGES_CHANNEL]);
    }
    return result;
  });
}
