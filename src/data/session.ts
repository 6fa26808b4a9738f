import { z } from 'zod';

// The signed-in user on a Cakupan server (docs/api.md "Authentication"). The
// session itself is an httpOnly cookie the page never sees; this asks about it.

export const ROLES = ['admin', 'editor', 'viewer'] as const;
const sessionSchema = z.object({ username: z.string(), role: z.enum(ROLES) });
export type Session = z.output<typeof sessionSchema>;

/** Sent with every request: the server refuses cookie writes without it (CSRF). */
export const BROWSER_HEADERS = { 'x-requested-with': 'XMLHttpRequest' } as const;

export type SignInFailure =
  | { kind: 'wrong' }
  /** Too many wrong passwords: the server names the seconds to wait. */
  | { kind: 'locked'; retryAfterSeconds: number }
  | { kind: 'unavailable'; detail: string };

export class SignInError extends Error {
  constructor(readonly failure: SignInFailure) {
    super(failure.kind);
    this.name = 'SignInError';
  }
}

/** Viewers read; editors and admins also change installations. */
export function canEdit(session: Session | undefined): boolean {
  return session === undefined || session.role !== 'viewer';
}

/** The campaign's settings (its target) are set by an admin; alone in the browser, by whoever uses it. */
export function canSetTarget(session: Session | undefined): boolean {
  return session === undefined || session.role === 'admin';
}

export function createSessionClient(apiPath: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)) {
  const url = `${apiPath.replace(/\/+$/, '')}/session`;
  return {
    /**
     * Who is signed in: `signedOut` on 401; `noAccounts` on 404 (a backend without
     * accounts, such as the in-page mock); throws when the server cannot say.
     */
    async current(): Promise<{ status: 'signedIn'; session: Session } | { status: 'signedOut' } | { status: 'noAccounts' }> {
      const response = await fetchImpl(url, { headers: { accept: 'application/json', ...BROWSER_HEADERS } });
      if (response.status === 401) return { status: 'signedOut' };
      if (response.status === 404) return { status: 'noAccounts' };
      if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status}`);
      return { status: 'signedIn', session: sessionSchema.parse(await response.json()) };
    },

    async signIn(username: string, password: string): Promise<Session> {
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json', ...BROWSER_HEADERS },
          body: JSON.stringify({ username, password }),
        });
      } catch (error) {
        throw new SignInError({ kind: 'unavailable', detail: error instanceof Error ? error.message : String(error) });
      }
      if (response.ok) return sessionSchema.parse(await response.json());
      if (response.status === 401 || response.status === 400) throw new SignInError({ kind: 'wrong' });
      if (response.status === 429) {
        const seconds = Number(response.headers.get('retry-after'));
        throw new SignInError({ kind: 'locked', retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 900 });
      }
      throw new SignInError({ kind: 'unavailable', detail: `HTTP ${response.status}` });
    },

    async signOut(): Promise<void> {
      await fetchImpl(url, { method: 'DELETE', headers: { ...BROWSER_HEADERS } });
    },
  };
}

export type SessionClient = ReturnType<typeof createSessionClient>;
