import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import { requirePermission } from '../auth/user';
import { changeAccount, createAccount, listAccounts, refuseSelfLockout, resetPassword } from '../auth/users';

// docs/api.md "Users": accounts, for admins only. The same rules as `npm run user`.

export function registerUserRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.get('/users', async (request) => {
    requirePermission(request.user, 'users:manage');
    return { items: await listAccounts(db) };
  });

  app.post<{ Body: { username?: unknown; role?: unknown; password?: unknown } }>('/users', async (request, reply) => {
    requirePermission(request.user, 'users:manage');
    const body = request.body ?? {};
    const { account, password } = await createAccount(db, { username: body.username, role: body.role, ...(body.password !== undefined ? { password: body.password } : {}) });
    reply.status(201);
    // A generated password is in this answer only; it is stored hashed.
    return { ...account, ...(password ? { password } : {}) };
  });

  app.patch<{ Params: { username: string }; Body: Record<string, unknown> }>('/users/:username', async (request) => {
    requirePermission(request.user, 'users:manage');
    const change = request.body ?? {};
    refuseSelfLockout(request.user.id, request.params.username, change);
    return changeAccount(db, request.params.username, change);
  });

  app.post<{ Params: { username: string } }>('/users/:username/password', async (request) => {
    requirePermission(request.user, 'users:manage');
    const { account, password } = await resetPassword(db, request.params.username);
    // Like a generated password on creation: in this answer only.
    return { ...account, password };
  });
}
