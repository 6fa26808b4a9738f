import type { Queryable } from '../db/types';
import type { Role } from './roles';
import { hashToken, newToken } from './secrets';

/** A session lasts a working day; then the user signs in again. */
export const SESSION_HOURS = 12;

export interface SessionUser {
  username: string;
  role: Role;
}

export async function createSession(db: Queryable, username: string, now: Date): Promise<string> {
  const token = newToken('');
  const expires = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  // Expired sessions are swept here, on the rare write, rather than by a timer.
  await db.query('DELETE FROM sessions WHERE expires_at < $1', [now.toISOString()]);
  await db.query('INSERT INTO sessions (token_hash, username, expires_at) VALUES ($1, $2, $3)', [hashToken(token), username, expires.toISOString()]);
  return token;
}

/** The signed-in user of a session token, or undefined (unknown, expired, or the user is disabled). */
export async function findSession(db: Queryable, token: string, now: Date): Promise<SessionUser | undefined> {
  const [row] = await db.query<SessionUser>(
    `SELECT u.username, u.role FROM sessions s JOIN users u ON u.username = s.username
     WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT u.disabled`,
    [hashToken(token), now.toISOString()],
  );
  return row;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)]);
}
