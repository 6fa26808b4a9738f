import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { changesSince, currentCursor, getInstallation, listInstallations, MAX_PAGE } from '../installations/read';
import type { InstallationService } from '../installations/service';
import { etagOf, parseIfMatch } from '../installations/version';

// docs/api.md "Endpoints": the installation collection.

/** One row (create, patch): a 2000-character note in any script fits many times over. */
const ROW_LIMIT = 64 * 1024;
/** Lists (import, restore, delete): 100,000 rows of ~300 bytes with room to spare. */
const LIST_LIMIT = 64 * 1024 * 1024;

const syncQuery = {
  type: 'object',
  properties: {
    since: { type: 'string', pattern: '^[0-9]{1,18}$' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE },
  },
} as const;

/** `{ [key]: unknown[] }` or a 400 naming the key (the mock's wording, so clients see one message). */
function listIn(body: unknown, key: string): unknown[] {
  const list = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[key] : undefined;
  if (!Array.isArray(list)) throw new ApiError(400, 'bad_request', `Body must be { "${key}": [...] }`);
  return list;
}

export function registerInstallationRoutes(app: FastifyInstance, { db, service }: { db: Db; service: InstallationService }): void {
  app.get<{ Querystring: { since?: string; limit?: number } }>('/installations', { schema: { querystring: syncQuery } }, async (request) => {
    const { since, limit } = request.query;
    if (since === undefined && limit === undefined) {
      // Cursor first: the list may then hold newer changes than it names, which a later sync re-sends harmlessly.
      const cursor = await currentCursor(db);
      return { items: await listInstallations(db), cursor };
    }
    return changesSince(db, since ?? '0', limit ?? MAX_PAGE);
  });

  app.get<{ Params: { id: string } }>('/installations/:id', async (request, reply) => {
    const installation = await getInstallation(db, request.params.id);
    if (!installation) throw new ApiError(404, 'not_found', `Installation ${request.params.id} not found`);
    reply.header('etag', etagOf(installation));
    return installation;
  });

  app.post('/installations', { bodyLimit: ROW_LIMIT, config: { bodyLimit: ROW_LIMIT } }, async (request, reply) => {
    reply.status(201);
    return service.create(request.user, request.body);
  });

  app.patch<{ Params: { id: string } }>('/installations/:id', { bodyLimit: ROW_LIMIT, config: { bodyLimit: ROW_LIMIT } }, async (request, reply) => {
    const updated = await service.update(request.user, request.params.id, request.body, parseIfMatch(request.headers['if-match']));
    reply.header('etag', etagOf(updated));
    return updated;
  });

  const listRoute = { bodyLimit: LIST_LIMIT, config: { bodyLimit: LIST_LIMIT } };

  app.post('/installations/delete', listRoute, async (request) => {
    const ids = listIn(request.body, 'ids').filter((id): id is string => typeof id === 'string');
    return { deleted: await service.remove(request.user, ids) };
  });

  app.post('/installations/restore', listRoute, async (request) => ({
    restored: await service.restore(request.user, listIn(request.body, 'items')),
  }));

  app.post('/installations/import', listRoute, async (request, reply) => {
    const result = await service.importRows(request.user, listIn(request.body, 'items'));
    reply.status(201);
    return result;
  });

  app.post('/installations/seed', listRoute, async (request, reply) => {
    const result = await service.seed(request.user, listIn(request.body, 'items'));
    if (!result) throw new ApiError(409, 'conflict', 'Already seeded or not empty; nothing was saved');
    reply.status(201);
    return result;
  });
}
