import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import { requirePermission } from '../auth/user';
import { installationHistory, restoreDeleted } from '../installations/history';

// docs/api.md "History": what happened to one installation, and bringing a deleted one back.

export function registerHistoryRoutes(app: FastifyInstance, { db, now }: { db: Db; now: () => Date }): void {
  app.get<{ Params: { id: string } }>('/installations/:id/history', async (request) => {
    requirePermission(request.user, 'installations:read');
    return { items: await installationHistory(db, request.params.id) };
  });

  app.post<{ Params: { id: string } }>('/installations/:id/restore', async (request) =>
    restoreDeleted(db, request.user, request.params.id, now().toISOString()));
}
