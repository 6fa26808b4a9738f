import { describe, expect, it } from 'vitest';
import { canEdit, canSetTarget, createSessionClient, SignInError } from './session';

const answer = (status: number, body?: unknown, headers: Record<string, string> = {}) =>
  new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('session client', () => {
  it('tells who is signed in, nobody (401) or that the backend has no accounts (404), and sends the CSRF header', async () => {
    const seen: Headers[] = [];
    const client = createSessionClient('/api', async (_input, init) => {
      seen.push(new Headers(init?.headers));
      if (seen.length === 1) return answer(200, { username: 'rina', role: 'editor' });
      return seen.length === 2 ? answer(401, { error: { code: 'unauthorized', message: 'Sign in first' } }) : answer(404, {});
    });
    expect(await client.current()).toEqual({ status: 'signedIn', session: { username: 'rina', role: 'editor' } });
    expect(await client.current()).toEqual({ status: 'signedOut' });
    expect(await client.current()).toEqual({ status: 'noAccounts' });
    expect(seen[0]!.get('x-requested-with')).toBe('XMLHttpRequest');
  });

  it('names a wrong password, a lock with the seconds to wait, and a server away', async () => {
    const failure = async (response: Response | Error) => {
      const client = createSessionClient('/api', async () => {
        if (response instanceof Error) throw response;
        return response;
      });
      const error = await client.signIn('rina', 'x').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SignInError);
      return (error as SignInError).failure;
    };
    expect(await failure(answer(401, {}))).toEqual({ kind: 'wrong' });
    expect(await failure(answer(429, {}, { 'retry-after': '660' }))).toEqual({ kind: 'locked', retryAfterSeconds: 660 });
    expect((await failure(new TypeError('Failed to fetch'))).kind).toBe('unavailable');
  });

  it('lets viewers read only; without a server (no session) everything stays allowed', () => {
    expect(canEdit({ username: 'ani', role: 'viewer' })).toBe(false);
    expect(canEdit({ username: 'rina', role: 'editor' })).toBe(true);
    expect(canEdit(undefined)).toBe(true);
  });

  it('lets only admins set the campaign target; without a server, whoever uses the browser', () => {
    expect(canSetTarget({ username: 'rina', role: 'editor' })).toBe(false);
    expect(canSetTarget({ username: 'ani', role: 'viewer' })).toBe(false);
    expect(canSetTarget({ username: 'budi', role: 'admin' })).toBe(true);
    expect(canSetTarget(undefined)).toBe(true);
  });
});
