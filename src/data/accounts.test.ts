import { describe, expect, it } from 'vitest';
import { AccountRequestError, createAccountsClient } from './accounts';

// The admin client against answers shaped like docs/api.md "Users" and "API tokens".

function fakeFetch(status: number, body: unknown, seen: { url: string; init: RequestInit | undefined }[] = []): typeof fetch {
  return (input, init) => {
    seen.push({ url: String(input), init });
    return Promise.resolve(new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  };
}

describe('accounts client', () => {
  it('sends the CSRF header and the name in the path, and reads the once-shown password', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const client = createAccountsClient('/api/', fakeFetch(200, { username: 'sari.p', role: 'viewer', disabled: false, createdAt: '2026-12-06T01:00:00.000Z', password: 'abcdefghijkmnpqrstuvw' }, seen));
    expect((await client.resetPassword('sari.p')).password).toBe('abcdefghijkmnpqrstuvw');
    expect(seen[0]!.url).toBe('/api/users/sari.p/password');
    expect(seen[0]!.init?.method).toBe('POST');
    expect(seen[0]!.init?.headers).toMatchObject({ 'x-requested-with': 'XMLHttpRequest' });
  });

  it("throws the server's refusal with its status, reason and fields", async () => {
    const refused = createAccountsClient('/api', fakeFetch(409, { error: { code: 'conflict', message: 'You cannot…', reason: 'own_account' } }));
    const error = await refused.changeUser('boss', { disabled: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AccountRequestError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', reason: 'own_account' });
    const invalid = createAccountsClient('/api', fakeFetch(422, { error: { code: 'validation', message: '1 problem', issues: [{ row: 1, field: 'name', code: 'invalid_type', message: 'name: 1–100 characters' }] } }));
    await expect(invalid.createToken('', 'viewer')).rejects.toMatchObject({ status: 422, issues: [expect.objectContaining({ field: 'name' })] });
  });

  it('fails loudly on an answer that is not the contract, and names a lost server', async () => {
    await expect(createAccountsClient('/api', fakeFetch(200, { items: [{ username: 'x' }] })).listUsers()).rejects.toThrow();
    const offline = createAccountsClient('/api', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(offline.listTokens()).rejects.toMatchObject({ code: 'network', message: 'Failed to fetch' });
  });
});
