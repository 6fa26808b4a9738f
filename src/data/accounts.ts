import { z } from 'zod';
import { BROWSER_HEADERS, ROLES } from './session';

// Client for the admin endpoints of docs/api.md ("Users", "API tokens"). Answers are
// validated like the store's: a server that drifts from the contract fails here.

const accountSchema = z.object({ username: z.string(), role: z.enum(ROLES), disabled: z.boolean(), createdAt: z.string() });
const withPasswordSchema = accountSchema.extend({ password: z.string() });
const createdAccountSchema = accountSchema.extend({ password: z.string().optional() });
const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  createdBy: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().optional(),
  revokedAt: z.string().optional(),
});
const createdTokenSchema = tokenSchema.extend({ token: z.string() });
const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    reason: z.string().optional(),
    issues: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  }),
});

export type Account = z.output<typeof accountSchema>;
export type ApiToken = z.output<typeof tokenSchema>;
export type Role = Account['role'];

/** What the server refused, as it said it: status, code, the reason or fields it named. */
export class AccountRequestError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly code: string,
    message: string,
    readonly reason?: string,
    readonly issues: readonly { field: string; code: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'AccountRequestError';
  }
}

export function createAccountsClient(apiPath: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)) {
  const root = apiPath.replace(/\/+$/, '');

  async function send<T>(schema: z.ZodType<T> | undefined, method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${root}${path}`, {
        method,
        headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...BROWSER_HEADERS },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (error) {
      throw new AccountRequestError(undefined, 'network', error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const parsed = errorSchema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success) throw new AccountRequestError(response.status, 'http', `${method} ${path}: HTTP ${response.status}`);
      const { code, message, reason, issues } = parsed.data.error;
      throw new AccountRequestError(response.status, code, message, reason, issues);
    }
    return schema ? schema.parse(await response.json()) : (undefined as T);
  }

  const path = (name: string) => encodeURIComponent(name);
  return {
    listUsers: async () => (await send(z.object({ items: z.array(accountSchema) }), 'GET', '/users')).items,
    /** The answer holds the generated password: shown once, the server keeps only its hash. */
    addUser: (username: string, role: Role) => send(createdAccountSchema, 'POST', '/users', { username, role }),
    changeUser: (username: string, change: { role?: Role; disabled?: boolean }) => send(accountSchema, 'PATCH', `/users/${path(username)}`, change),
    resetPassword: (username: string) => send(withPasswordSchema, 'POST', `/users/${path(username)}/password`),
    listTokens: async () => (await send(z.object({ items: z.array(tokenSchema) }), 'GET', '/tokens')).items,
    createToken: (name: string, role: Role) => send(createdTokenSchema, 'POST', '/tokens', { name, role }),
    revokeToken: (id: string) => send(undefined, 'DELETE', `/tokens/${path(id)}`),
  };
}

export type AccountsClient = ReturnType<typeof createAccountsClient>;
