import type { Queryable } from '../db/types';
import { ApiError } from '../http/errors';
import { isRole, ROLES, type Role } from './roles';
import { generatePassword, hashPassword } from './secrets';

// The users table, shared by the admin API (server/routes/users.ts) and the
// command line (server/cli/user.ts), so both apply the same rules.

export const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;
const MIN_PASSWORD = 12;

export interface Account {
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
}

interface AccountRow {
  username: string;
  role: Role;
  disabled: boolean;
  created_at: Date | string;
}

const toAccount = (row: AccountRow): Account => ({
  username: row.username,
  role: row.role,
  disabled: row.disabled,
  createdAt: new Date(row.created_at).toISOString(),
});

function checkUsername(username: unknown): string {
  if (typeof username !== 'string' || !USERNAME.test(username)) {
    throw new ApiError(422, 'validation', 'username: 2–64 characters a–z, 0–9, ".", "_" or "-", starting with a letter or digit', [
      { row: 1, field: 'username', code: 'invalid_format', message: 'username must match ' + USERNAME.source },
    ]);
  }
  return username;
}

function checkRole(role: unknown): Role {
  if (!isRole(role)) {
    throw new ApiError(422, 'validation', `role must be one of ${ROLES.join(', ')}`, [
      { row: 1, field: 'role', code: 'invalid_value', message: `role must be one of ${ROLES.join(', ')}` },
    ]);
  }
  return role;
}

function checkPassword(password: unknown): string {
  if (typeof password !== 'string' || [...password].length < MIN_PASSWORD) {
    throw new ApiError(422, 'validation', `password must be at least ${MIN_PASSWORD} characters`, [
      { row: 1, field: 'password', code: 'too_small', message: `password must be at least ${MIN_PASSWORD} characters` },
    ]);
  }
  return password;
}

export async function listAccounts(db: Queryable): Promise<Account[]> {
  const rows = await db.query<AccountRow>('SELECT username, role, disabled, created_at FROM users ORDER BY username');
  return rows.map(toAccount);
}

export async function findAccount(db: Queryable, username: string): Promise<(Account & { passwordHash: string }) | undefined> {
  const [row] = await db.query<AccountRow & { password_hash: string }>(
    'SELECT username, role, disabled, created_at, password_hash FROM users WHERE username = $1',
    [username],
  );
  return row ? { ...toAccount(row), passwordHash: row.password_hash } : undefined;
}

/** Creates an account; without a password one is generated and returned (shown once, stored only hashed). */
export async function createAccount(db: Queryable, input: { username: unknown; role: unknown; password?: unknown }) {
  const username = checkUsername(input.username);
  const role = checkRole(input.role);
  const generated = input.password === undefined ? generatePassword() : undefined;
  const password = generated ?? checkPassword(input.password);
  const rows = await db.query<AccountRow>(
    `INSERT INTO users (username, role, password_hash) VALUES ($1, $2, $3)
     ON CONFLICT (username) DO NOTHING RETURNING username, role, disabled, created_at`,
    [username, role, await hashPassword(password)],
  );
  if (rows.length === 0) throw new ApiError(409, 'conflict', `User ${username} already exists`, undefined, { reason: 'username_taken' });
  return { account: toAccount(rows[0]!), ...(generated ? { password: generated } : {}) };
}

export interface AccountChange {
  role?: unknown;
  disabled?: unknown;
  password?: unknown;
}

/**
 * Changes role, disabled flag or password. Disabling or a new password ends the
 * user's sessions. The last enabled admin cannot be demoted or disabled, so the
 * server never locks everyone out of user management.
 */
export async function changeAccount(db: Queryable, username: string, change: AccountChange): Promise<Account> {
  const existing = await findAccount(db, username);
  if (!existing) throw new ApiError(404, 'not_found', `No user ${username}`);
  const unknown = Object.keys(change).filter((key) => !['role', 'disabled', 'password'].includes(key));
  if (unknown.length > 0) {
    throw new ApiError(422, 'validation', `Unknown field(s): ${unknown.join(', ')}`,
      unknown.map((key) => ({ row: 1, field: key, code: 'unrecognized_keys', message: `Unknown field "${key}"` })));
  }
  const role = change.role === undefined ? existing.role : checkRole(change.role);
  if (change.disabled !== undefined && typeof change.disabled !== 'boolean') {
    throw new ApiError(422, 'validation', 'disabled must be true or false', [
      { row: 1, field: 'disabled', code: 'invalid_type', message: 'disabled must be a boolean' },
    ]);
  }
  const disabled = (change.disabled as boolean | undefined) ?? existing.disabled;
  const password = change.password === undefined ? undefined : checkPassword(change.password);
  if (existing.role === 'admin' && !existing.disabled && (role !== 'admin' || disabled)) {
    const [other] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND NOT disabled AND username <> $1`,
      [username],
    );
    if ((other?.n ?? 0) === 0) {
      throw new ApiError(409, 'conflict', `${username} is the last admin; make another admin first`, undefined, { reason: 'last_admin' });
    }
  }
  const [row] = await db.query<AccountRow>(
    `UPDATE users SET role = $2, disabled = $3, password_hash = coalesce($4, password_hash), updated_at = now()
     WHERE username = $1 RETURNING username, role, disabled, created_at`,
    [username, role, disabled, password === undefined ? null : await hashPassword(password)],
  );
  if (disabled || password !== undefined) await db.query('DELETE FROM sessions WHERE username = $1', [username]);
  return toAccount(row!);
}

/**
 * An admin signed in to the admin page may not demote or disable the account they
 * are signed in with: one click would end their own access mid-task. Another admin
 * (or `npm run user` on the server) can still do it.
 */
export function refuseSelfLockout(actorId: string, username: string, change: AccountChange): void {
  if (actorId.toLowerCase() !== username.toLowerCase()) return;
  if ((change.role !== undefined && change.role !== 'admin') || change.disabled === true) {
    throw new ApiError(409, 'conflict', 'You cannot demote or disable your own account; another admin can', undefined, { reason: 'own_account' });
  }
}

/** A new generated password (shown once, stored hashed); ends the user's sessions. */
export async function resetPassword(db: Queryable, username: string): Promise<{ account: Account; password: string }> {
  const password = generatePassword();
  const account = await changeAccount(db, username, { password });
  return { account, password };
}

export async function countAccounts(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return row?.n ?? 0;
}
