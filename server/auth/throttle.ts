import type { Queryable } from '../db/types';

// Five wrong passwords for one username within 15 minutes lock that username's
// sign-in until the oldest of them is 15 minutes old; a right password does not
// get through the lock (it would tell a guesser which try was right).

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60_000;

/** Seconds until the next try is allowed, or 0 when it is allowed now. */
export async function lockedFor(db: Queryable, username: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS).toISOString();
  const rows = await db.query<{ at: Date | string }>(
    'SELECT at FROM login_failures WHERE username = $1 AND at > $2 ORDER BY at DESC LIMIT $3',
    [username, since, MAX_FAILURES],
  );
  if (rows.length < MAX_FAILURES) return 0;
  const oldest = new Date(rows[rows.length - 1]!.at).getTime();
  return Math.max(1, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
}

export async function recordFailure(db: Queryable, username: string, now: Date): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE at < $1', [new Date(now.getTime() - WINDOW_MS).toISOString()]);
  await db.query('INSERT INTO login_failures (username, at) VALUES ($1, $2)', [username, now.toISOString()]);
}

export async function clearFailures(db: Queryable, username: string): Promise<void> {
  await db.query('DELETE FROM login_failures WHERE username = $1', [username]);
}
