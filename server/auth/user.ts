import type { FastifyInstance } from 'fastify';

// The one place that decides who is asking. Accounts and roles come later: they
// replace `anonymousUser` by a session lookup here, and nothing else changes.

export const PERMISSIONS = ['installations:read', 'installations:write', 'installations:seed'] as const;
export type Permission = (typeof PERMISSIONS)[number];

export interface User {
  /** Stable id for the audit trail; `anonymous` until accounts exist. */
  id: string;
  permissions: ReadonlySet<Permission>;
}

export const anonymousUser: User = { id: 'anonymous', permissions: new Set(PERMISSIONS) };

declare module 'fastify' {
  interface FastifyRequest {
    user: User;
  }
}

export function registerUser(app: FastifyInstance): void {
  app.decorateRequest('user', null as unknown as User);
  app.addHook('preHandler', async (request) => {
    request.user = anonymousUser;
  });
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
