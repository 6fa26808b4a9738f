import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { requirePermission } from '../auth/user';
import { createApiToken, listApiTokens, revokeApiToken } from '../auth/tokens';

// docs/api.md "API tokens": for scripts that feed the API; admins only.

export function registerTokenRoutes(app: FastifyInstance, { db }: { db: Db }): void {
  app.post<{ Body: { name?: unknown; role?: unknown } }>('/tokens', async (request, reply) => {
    requirePermission(request.user, 'users:manage');
    const created = await createApiToken(db, request.body ?? {}, request.user.id);
    reply.status(201);
    return created;
  });

  app.get('/tokens', async (request) => {
    requirePermission(request.user, 'users:manage');
    return { items: await listApiTokens(db) };
  });

  app.delete<{ Params: { id: string } }>('/tokens/:id', async (request, reply) => {
    requirePermission(request.user, 'users:manage');
    if (!(await revokeApiToken(db, request.params.id))) throw new ApiError(404, 'not_found', `No live token ${request.params.id}`);
    return reply.status(204).send();
  });
}
