import { http, HttpResponse, sse, type JsonBodyType } from 'msw';
import type { RowError } from '../domain/errors';
import { InstallationNotFoundError, InstallationValidationError } from '../domain/errors';
import { ClientIdConflictError, createMockBackend, type MockBackend } from './installationBackend';

// The one handler list for docs/api.md, served by the browser worker (mock mode),
// msw/node (tests) and end-to-end runs. `*/` matches any origin, so the same list
// works for a relative VITE_API_BASE_URL in the browser and absolute URLs in Node.

export const MOCK_API_PATH = '*/api';

export type ApiErrorCode = 'validation' | 'not_found' | 'bad_request' | 'conflict';

export function apiError(status: number, code: ApiErrorCode, message: string, issues?: RowError[]) {
  return HttpResponse.json({ error: { code, message, ...(issues ? { issues } : {}) } }, { status });
}

function fromError(error: unknown) {
  if (error instanceof InstallationValidationError) return apiError(422, 'validation', error.message, error.issues);
  if (error instanceof InstallationNotFoundError) return apiError(404, 'not_found', error.message);
  if (error instanceof ClientIdConflictError) return apiError(409, 'conflict', error.message, error.issues);
  throw error;
}

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, body: await request.json() };
  } catch {
    return { ok: false, response: apiError(400, 'bad_request', 'Request body must be JSON') };
  }
}

/** `{ [key]: unknown[] }` or a 400 naming the key. */
async function readList(request: Request, key: string) {
  const parsed = await readJson(request);
  if (!parsed.ok) return parsed;
  const list = (parsed.body as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) return { ok: false as const, response: apiError(400, 'bad_request', `Body must be { "${key}": [...] }`) };
  return { ok: true as const, list: list as unknown[] };
}

function attempt(work: () => JsonBodyType, status = 200) {
  try {
    return HttpResponse.json(work(), { status });
  } catch (error) {
    return fromError(error);
  }
}

export interface HandlerOptions {
  basePath?: string;
  backend?: MockBackend;
}

/** The backend shared by `handlers` (dev worker, default test server). */
export const mockBackend = createMockBackend();

/** Largest page of `GET /installations?since=` (docs/api.md). */
const MAX_PAGE = 10_000;

/** `since`/`limit` of an incremental sync, `undefined` for the plain list, or a 400. */
function syncQuery(url: URL): { since: string; limit: number } | undefined | Response {
  const since = url.searchParams.get('since');
  const limit = url.searchParams.get('limit');
  if (since === null && limit === null) return undefined;
  if (since !== null && !/^[0-9]{1,18}$/.test(since)) return apiError(400, 'bad_request', 'since must be a cursor (digits)');
  const size = limit === null ? MAX_PAGE : Number(limit);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE) return apiError(400, 'bad_request', `limit must be 1 to ${MAX_PAGE}`);
  return { since: since ?? '0', limit: size };
}

/**
 * docs/api.md "Events": the cursor on connecting, then after every write. MSW can mock a
 * stream only where the page has EventSource (the browser worker); Node tests send events by hand.
 */
function eventHandlers(basePath: string, backend: MockBackend) {
  if (typeof EventSource !== 'function') return [];
  return [
    sse<{ change: { cursor: string } }>(`${basePath}/events`, ({ client }) => {
      const send = (cursor: string) => client.send({ event: 'change', data: { cursor } });
      const stop = backend.onChange((cursor) => {
        try {
          send(cursor);
        } catch {
          stop(); // the page closed this stream
        }
      });
      send(backend.cursor());
    }),
  ];
}

export function createHandlers({ basePath = MOCK_API_PATH, backend = mockBackend }: HandlerOptions = {}) {
  const collection = `${basePath}/installations`;
  return [
    http.get(`${basePath}/settings`, () => HttpResponse.json(backend.getSettings())),
    http.put(`${basePath}/settings`, async ({ request }) => {
      const parsed = await readJson(request);
      return parsed.ok ? attempt(() => backend.saveSettings(parsed.body)) : parsed.response;
    }),
    http.get(`${basePath}/health`, () => HttpResponse.json({ status: 'ok', database: 'mock' })),
    ...eventHandlers(basePath, backend),
    http.get(collection, ({ request }) => {
      const query = syncQuery(new URL(request.url));
      if (query instanceof Response) return query;
      if (query) return HttpResponse.json({ ...backend.changes(query.since, query.limit) });
      return HttpResponse.json({ items: backend.list(), cursor: backend.cursor() });
    }),
    http.get<{ id: string }>(`${collection}/:id/history`, ({ params }) => {
      const items = backend.history(params.id);
      return items ? HttpResponse.json({ items }) : apiError(404, 'not_found', `Installation ${params.id} not found`);
    }),
    http.get<{ id: string }>(`${collection}/:id`, ({ params }) => {
      const installation = backend.get(params.id);
      return installation ? HttpResponse.json(installation) : apiError(404, 'not_found', `Installation ${params.id} not found`);
    }),
    http.post(collection, async ({ request }) => {
      const parsed = await readJson(request);
      return parsed.ok ? attempt(() => backend.create(parsed.body), 201) : parsed.response;
    }),
    http.patch<{ id: string }>(`${collection}/:id`, async ({ params, request }) => {
      const parsed = await readJson(request);
      return parsed.ok ? attempt(() => backend.update(params.id, parsed.body)) : parsed.response;
    }),
    http.post(`${collection}/delete`, async ({ request }) => {
      const parsed = await readList(request, 'ids');
      if (!parsed.ok) return parsed.response;
      return HttpResponse.json({ deleted: backend.remove(parsed.list.filter((id): id is string => typeof id === 'string')) });
    }),
    http.post(`${collection}/restore`, async ({ request }) => {
      const parsed = await readList(request, 'items');
      return parsed.ok ? attempt(() => ({ restored: backend.restore(parsed.list) })) : parsed.response;
    }),
    http.post(`${collection}/import`, async ({ request }) => {
      const parsed = await readList(request, 'items');
      if (!parsed.ok) return parsed.response;
      let result;
      try {
        result = backend.bulkImport(parsed.list);
      } catch (error) {
        return fromError(error);
      }
      return result.ok
        ? HttpResponse.json({ importId: result.importId, created: result.created }, { status: 201 })
        : apiError(422, 'validation', `${result.errors.length} problem(s); nothing was saved`, result.errors);
    }),
    http.post(`${collection}/seed`, async ({ request }) => {
      const parsed = await readList(request, 'items');
      if (!parsed.ok) return parsed.response;
      const result = backend.seedIfPristine(parsed.list);
      if (!result) return apiError(409, 'conflict', 'Already seeded or not empty; nothing was saved');
      return result.ok
        ? HttpResponse.json({ importId: result.importId, created: result.created }, { status: 201 })
        : apiError(422, 'validation', `${result.errors.length} problem(s); nothing was saved`, result.errors);
    }),
  ];
}

export const handlers = createHandlers();
