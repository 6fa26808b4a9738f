import { randomUUID } from 'node:crypto';
import type { Queryable } from '../db/types';
import { ApiError } from '../http/errors';
import { isRole, ROLES, type Role } from './roles';
import { hashToken, newToken } from './secrets';

// API tokens for scripts that feed the API (`Authorization: Bearer ckp_…`). The
// token is shown once on creation; only its hash is kept. Revoked tokens stay
// listed (who made it, when it was revoked) but sign nothing in.

export const TOKEN_PREFIX = 'ckp_';

export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  lastUsedAt?: string;
  revokedAt?: string;
}

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  created_by: string;
  created_at: Date | string;
  last_used_at: Date | string | null;
  revoked_at: Date | string | null;
}

const COLUMNS = 'id, name, role, created_by, created_at, last_used_at, revoked_at';
const iso = (value: Date | string) => new Date(value).toISOString();

function toToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    ...(row.last_used_at ? { lastUsedAt: iso(row.last_used_at) } : {}),
    ...(row.revoked_at ? { revokedAt: iso(row.revoked_at) } : {}),
  };
}

export async function createApiToken(db: Queryable, input: { name?: unknown; role?: unknown }, createdBy: string) {
  const issues = [];
  if (typeof input.name !== 'string' || input.name.trim() === '' || input.name.length > 100) {
    issues.push({ row: 1, field: 'name', code: 'invalid_type', message: 'name: 1–100 characters' });
  }
  if (!isRole(input.role)) issues.push({ row: 1, field: 'role', code: 'invalid_value', message: `role must be one of ${ROLES.join(', ')}` });
  if (issues.length > 0) throw new ApiError(422, 'validation', `${issues.length} problem(s); nothing was saved`, issues);
  const token = newToken(TOKEN_PREFIX);
  const [row] = await db.query<TokenRow>(
    `INSERT INTO api_tokens (id, name, role, token_hash, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
    [randomUUID(), (input.name as string).trim(), input.role, hashToken(token), createdBy],
  );
  return { ...toToken(row!), token };
}

export async function listApiTokens(db: Queryable): Promise<ApiToken[]> {
  return (await db.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens ORDER BY created_at, id`)).map(toToken);
}

/** True when a live token was revoked now. */
export async function revokeApiToken(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id', [id]);
  return rows.length > 0;
}

export async function findApiToken(db: Queryable, token: string): Promise<{ name: string; role: Role } | undefined> {
  const [row] = await db.query<{ name: string; role: Role }>(
    'UPDATE api_tokens SET last_used_at = now() WHERE token_hash = $1 AND revoked_at IS NULL RETURNING name, role',
    [hashToken(token)],
  );
  return row;
}
