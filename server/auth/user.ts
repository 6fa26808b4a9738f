import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import { authenticate } from './authenticate';
import type { Role } from './roles';

// The one place that decides who is asking: every request under /api passes
// `authenticate` (session cookie or API token, CSRF rule), which attaches the user.

export const PERMISSIONS = ['installations:read', 'installations:write', 'installations:seed', 'settings:write', 'users:manage'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface User {
  /** The name the audit trail records: a username, `token:<name>`, or `system`. */
  id: string;
  role: Role;
  permissions: ReadonlySet<Permission>;
  /** How the request proved who it is; `cookie` writes must pass the CSRF rule. */
  via: 'cookie' | 'token' | 'system';
}

/** The server itself (demo seed at start, boundary reloads): never attached to a request. */
export const systemUser: User = { id: 'system', role: 'admin', permissions: new Set(PERMISSIONS), via: 'system' };

declare module 'fastify' {
  interface FastifyRequest {
    /** Undefined only on the public routes (health, sign-in) for a caller without a session. */
    user: User;
  }
}

export interface AuthOptions {
  db: Db;
  now: () => Date;
}

export function registerUser(app: FastifyInstance, options: AuthOptions): void {
  app.decorateRequest('user', null as unknown as User);
  // onRequest, not preHandler: a caller without a session is turned away before a
  // 64 MiB body is read and parsed.
  app.addHook('onRequest', async (request) => authenticate(request, options));
}

export class ForbiddenError extends Error {
  constructor(readonly permission: Permission) {
    super(`Not allowed: ${permission}`);
    this.name = 'ForbiddenError';
  }
}

export function requirePermission(user: User, permission: Permission): void {
  if (!user.permissions.has(permission)) throw new ForbiddenError(permission);
}
