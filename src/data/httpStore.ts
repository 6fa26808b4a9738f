import { z } from 'zod';
import { createChangeFeed } from './changeFeed';
import { installationSchema, type Installation, type InstallationPatch } from '../domain/installation';
import type { RowError } from '../domain/errors';
import type { ImportResult, InstallationStore, UpdateOptions } from './store';
import { InstallationNotFoundError, InstallationValidationError } from '../domain/errors';
import { historyEntrySchema, type HistoryEntry } from '../domain/installationHistory';
import { campaignSettingsSchema, type CampaignSettings } from '../domain/campaignSettings';
import { BROWSER_HEADERS } from './session';
import { InstallationConflictError, StoreRequestError } from './storeErrors';

// Client for the contract in docs/api.md. Responses are validated too: a backend
// that drifts from the contract fails loudly here instead of corrupting the map.

const rowErrorSchema = z.object({ row: z.number(), field: z.string(), code: z.string(), message: z.string() });
const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), issues: z.array(rowErrorSchema).optional() }),
});
const listSchema = z.object({ items: z.array(installationSchema) });
const deletedSchema = z.object({ deleted: z.array(installationSchema) });
const importedSchema = z.object({ importId: z.string(), created: z.array(installationSchema) });
const conflictSchema = z.object({ error: z.object({ current: installationSchema }) });
const historySchema = z.object({ items: z.array(historyEntrySchema) });
const changePageSchema = z.object({ items: z.array(installationSchema), deleted: z.array(z.string()), cursor: z.string(), more: z.boolean() });

/** One page of `GET /installations?since=` (docs/api.md "Incremental sync"). */
export type ChangePage = z.output<typeof changePageSchema>;

/** Statuses that say the server (or a proxy in front of it) is away for now, not that the request is wrong. */
const TRANSIENT_STATUSES = new Set([502, 503, 504]);

export interface HttpStoreOptions {
  /** e.g. `https://api.example.org/v1` or `/api`; `/installations` is appended. */
  baseUrl: string;
  fetch?: typeof fetch;
  /**
   * Gives each created or imported row an id here (docs/api.md "Client ids"), which makes every
   * request safe to send again: with it, a request that got no answer is retried after each of
   * `retryDelaysMs` (network error or 502/503/504) before the error is thrown.
   */
  clientIds?: { newId: () => string; retryDelaysMs: readonly number[] };
}

export type HttpStore = InstallationStore & {
  history(id: string): Promise<HistoryEntry[]>;
  /** What changed after `since`, at most `limit` rows (docs/api.md "Incremental sync"). */
  changes(since: string, limit: number): Promise<ChangePage>;
  close(): void;
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createHttpStore({ baseUrl, fetch: givenFetch, clientIds }: HttpStoreOptions): HttpStore {
  // Looked up per request, not captured: test servers (msw/node) patch globalThis.fetch when they start.
  const fetchImpl: typeof fetch = givenFetch ?? ((input, init) => globalThis.fetch(input, init));
  const root = baseUrl.replace(/\/+$/, '');
  const collection = `${root}/installations`;
  const settingsUrl = `${root}/settings`;
  const feed = createChangeFeed(`${collection}:installations`);

  /** `path` below the installations collection, or `url` for another resource (the settings). */
  async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}, url = collection + path): Promise<{ status: number; json: unknown }> {
    for (const delay of clientIds?.retryDelaysMs ?? []) {
      try {
        const answer = await sendOnce(method, url, body, headers);
        if (!TRANSIENT_STATUSES.has(answer.status)) return answer;
      } catch (error) {
        if (!(error instanceof StoreRequestError)) throw error;
      }
      await wait(delay);
    }
    return sendOnce(method, url, body, headers);
  }

  async function sendOnce(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown }> {
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method,
        // X-Requested-With: the server refuses cookie-signed writes without it (CSRF, docs/api.md "Authentication").
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...BROWSER_HEADERS, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new StoreRequestError(`${method} ${url} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const json: unknown = await response.json().catch(() => undefined);
    return { status: response.status, json };
  }

  function fail(method: string, path: string, status: number, json: unknown): never {
    const parsed = errorBodySchema.safeParse(json);
    const message = parsed.success ? parsed.data.error.message : `HTTP ${status}`;
    throw new StoreRequestError(`${method} ${collection + path}: ${message}`, status);
  }

  function parse<T>(schema: z.ZodType<T>, json: unknown, what: string): T {
    const result = schema.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0];
      throw new StoreRequestError(`Backend response for ${what} breaks docs/api.md at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
    }
    return result.data;
  }

  function validationIssues(json: unknown): RowError[] | undefined {
    const parsed = errorBodySchema.safeParse(json);
    return parsed.success && parsed.data.error.code === 'validation' ? parsed.data.error.issues : undefined;
  }

  const withId = <T extends object>(input: T) => (clientIds ? { ...input, id: clientIds.newId() } : input);

  async function importTo(path: string, items: unknown[]): Promise<ImportResult | undefined> {
    const { status, json } = await send('POST', path, { items });
    if (status === 201) {
      const body = parse(importedSchema, json, `POST ${path}`);
      feed.publish();
      return { ok: true, importId: body.importId, created: body.created };
    }
    const issues = status === 422 ? validationIssues(json) : undefined;
    if (issues) return { ok: false, errors: issues };
    // Not seeded: the server holds data already (409), or this user may only read (403, a viewer
    // opening an empty server): either way the app goes on with what the server has.
    if ((status === 409 || status === 403) && path === '/seed') return undefined;
    return fail('POST', path, status, json);
  }

  return {
    async list() {
      const { status, json } = await send('GET', '');
      if (status !== 200) fail('GET', '', status, json);
      return parse(listSchema, json, 'GET /installations').items;
    },
    async get(id) {
      const path = `/${encodeURIComponent(id)}`;
      const { status, json } = await send('GET', path);
      if (status === 404) return undefined;
      if (status !== 200) fail('GET', path, status, json);
      return parse(installationSchema, json, 'GET /installations/:id');
    },
    async history(id) {
      const path = `/${encodeURIComponent(id)}/history`;
      const { status, json } = await send('GET', path);
      if (status === 404) throw new InstallationNotFoundError(id);
      if (status !== 200) fail('GET', path, status, json);
      return parse(historySchema, json, 'GET /installations/:id/history').items;
    },
    async changes(since, limit) {
      const query = `?since=${encodeURIComponent(since)}&limit=${limit}`;
      const { status, json } = await send('GET', query);
      if (status !== 200) fail('GET', query, status, json);
      return parse(changePageSchema, json, 'GET /installations?since=');
    },
    async create(input) {
      const { status, json } = await send('POST', '', withId(input));
      const issues = status === 422 ? validationIssues(json) : undefined;
      if (issues) throw new InstallationValidationError(issues);
      if (status !== 201) fail('POST', '', status, json);
      const created = parse(installationSchema, json, 'POST /installations');
      feed.publish();
      return created;
    },
    async update(id, patch: InstallationPatch, { basedOn }: UpdateOptions = {}) {
      const path = `/${encodeURIComponent(id)}`;
      // JSON drops undefined; the contract uses null to clear an optional field.
      const body = Object.fromEntries(Object.entries(patch).map(([key, value]) => [key, value === undefined ? null : value]));
      const { status, json } = await send('PATCH', path, body, basedOn === undefined ? {} : { 'if-match': `"${basedOn}"` });
      if (status === 404) throw new InstallationNotFoundError(id);
      if (status === 409) {
        const current = conflictSchema.safeParse(json);
        if (current.success) throw new InstallationConflictError(current.data.error.current);
      }
      const issues = status === 422 ? validationIssues(json) : undefined;
      if (issues) throw new InstallationValidationError(issues);
      if (status !== 200) fail('PATCH', path, status, json);
      const updated = parse(installationSchema, json, 'PATCH /installations/:id');
      feed.publish();
      return updated;
    },
    async remove(ids) {
      const { status, json } = await send('POST', '/delete', { ids });
      if (status !== 200) fail('POST', '/delete', status, json);
      const { deleted } = parse(deletedSchema, json, 'POST /installations/delete');
      if (deleted.length > 0) feed.publish();
      return deleted;
    },
    async restore(installations: Installation[]) {
      const { status, json } = await send('POST', '/restore', { items: installations });
      const issues = status === 422 ? validationIssues(json) : undefined;
      if (issues) throw new InstallationValidationError(issues);
      if (status !== 200) fail('POST', '/restore', status, json);
      if (installations.length > 0) feed.publish();
    },
    async bulkImport(inputs) {
      return (await importTo('/import', inputs.map(withId))) as ImportResult;
    },
    seedIfPristine(inputs) {
      return importTo('/seed', inputs);
    },
    async getSettings() {
      const { status, json } = await send('GET', '', undefined, {}, settingsUrl);
      if (status !== 200) fail('GET', '/../settings', status, json);
      return parse(campaignSettingsSchema, json, 'GET /settings') as CampaignSettings;
    },
    async saveSettings(settings) {
      const { status, json } = await send('PUT', '', settings, {}, settingsUrl);
      const issues = status === 422 ? validationIssues(json) : undefined;
      if (issues) throw new InstallationValidationError(issues);
      if (status !== 200) fail('PUT', '/../settings', status, json);
      const saved = parse(campaignSettingsSchema, json, 'PUT /settings') as CampaignSettings;
      feed.publish();
      return saved;
    },
    subscribe(listener) {
      const unsubscribe = feed.subscribe(listener);
      // Other people's edits reach this tab when the user comes back to it.
      const onVisible = () => {
        if (document.visibilityState === 'visible') listener();
      };
      if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
      return () => {
        unsubscribe();
        if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      };
    },
    close() {
      feed.close();
    },
  };
}
