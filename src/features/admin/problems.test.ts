import { describe, expect, it } from 'vitest';
import { AccountRequestError } from '../../data/accounts';
import { problemOf } from './problems';

// The server's answers as the admin page words them (server/auth/users.ts, tokens.ts).

describe('problemOf', () => {
  it('puts a taken or malformed username beside the username field', () => {
    expect(problemOf(new AccountRequestError(409, 'conflict', 'User rina already exists', 'username_taken'))).toEqual({ key: 'usernameTaken', field: 'username' });
    const invalid = new AccountRequestError(422, 'validation', 'username: 2–64 characters', undefined, [{ field: 'username', code: 'invalid_format', message: '…' }]);
    expect(problemOf(invalid)).toEqual({ key: 'usernameInvalid', field: 'username' });
  });

  it('puts a token without a name beside the name field', () => {
    const invalid = new AccountRequestError(422, 'validation', '1 problem(s)', undefined, [{ field: 'name', code: 'invalid_type', message: 'name: 1–100 characters' }]);
    expect(problemOf(invalid)).toEqual({ key: 'nameInvalid', field: 'name' });
  });

  it('tells the own-account and last-admin refusals apart by their reason', () => {
    expect(problemOf(new AccountRequestError(409, 'conflict', 'You cannot…', 'own_account'))).toEqual({ key: 'ownAccount' });
    expect(problemOf(new AccountRequestError(409, 'conflict', 'ops is the last admin…', 'last_admin'))).toEqual({ key: 'lastAdmin' });
  });

  it('says a lost session, a missing right, a gone row and a lost server in words; anything else keeps its detail', () => {
    expect(problemOf(new AccountRequestError(401, 'unauthorized', 'Sign in first'))).toEqual({ key: 'signedOut' });
    expect(problemOf(new AccountRequestError(403, 'forbidden', 'Not allowed'))).toEqual({ key: 'forbidden' });
    expect(problemOf(new AccountRequestError(404, 'not_found', 'No user x'))).toEqual({ key: 'notFound' });
    expect(problemOf(new AccountRequestError(undefined, 'network', 'Failed to fetch'))).toEqual({ key: 'network', detail: 'Failed to fetch' });
    expect(problemOf(new AccountRequestError(500, 'internal', 'The server failed'))).toEqual({ key: 'other', detail: 'The server failed' });
  });
});
