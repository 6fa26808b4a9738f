import { http, HttpResponse, type JsonBodyType } from 'msw';
import type { RowError } from '../domain/errors';
import { InstallationNotFoundError, InstallationValidationError } from '../domain/errors';
import { createMockBackend, type MockBackend } from './installationBackend';

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

export function createHandlers({ basePath = MOCK_API_PATH, backend = mockBackend }: HandlerOptions = {}) {
  const collection = `${basePath}/installations`;
  return [
    http.get(`${basePath}/settings`, () => HttpResponse.json(backend.getSettings())),
    http.put(`${basePath}/settings`, async ({ request }) => {
      const parsed = await readJson(request);
      return parsed.ok ? attempt(() => backend.saveSettings(parsed.body)) : parsed.response;
    }),
    http.get(collection, () => HttpResponse.json({ items: backend.list() })),
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
      const result = backend.bulkImport(parsed.list);
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
