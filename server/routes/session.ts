import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { SESSION_COOKIE } from '../auth/authenticate';
import { createSession, deleteSession, SESSION_HOURS } from '../auth/sessions';
import { timingDummyHash, verifyPassword } from '../auth/secrets';
import { clearFailures, lockedFor, recordFailure } from '../auth/throttle';
import { findAccount } from '../auth/users';

// docs/api.md "Authentication": sign in, who am I, sign out.

const loginBody = {
  type: 'object',
  required: ['username', 'password'],
  additionalProperties: false,
  properties: { username: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 1024 } },
} as const;

function cookieOptions(request: FastifyRequest) {
  // Secure when this request came over https, so plain-http local use keeps working.
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: request.protocol === 'https' };
}

function tooMany(reply: FastifyReply, seconds: number): never {
  reply.header('retry-after', String(seconds));
  throw new ApiError(429, 'too_many_requests', `Too many failed sign-ins for this username; try again in ${seconds} s`, undefined, {
    retryAfter: seconds,
  });
}

export function registerSessionRoutes(app: FastifyInstance, { db, now }: { db: Db; now: () => Date }): void {
  app.post<{ Body: { username: string; password: string } }>('/session', { schema: { body: loginBody } }, async (request, reply) => {
    const username = request.body.username.trim().toLowerCase();
    const wait = await lockedFor(db, username, now());
    if (wait > 0) tooMany(reply, wait);
    const account = await findAccount(db, username);
    const ok = account
      ? await verifyPassword(account.passwordHash, request.body.password)
      : (await verifyPassword(await timingDummyHash(), request.body.password), false);
    if (!account || !ok || account.disabled) {
      await recordFailure(db, username, now());
      throw new ApiError(401, 'unauthorized', 'Wrong username or password');
    }
    await clearFailures(db, username);
    const token = await createSession(db, account.username, now());
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(request), maxAge: SESSION_HOURS * 3600 });
    return { username: account.username, role: account.role };
  });

  app.get('/session', async (request) => ({ username: request.user.id, role: request.user.role }));

  app.delete('/session', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await deleteSession(db, token);
    reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
    return reply.status(204).send();
  });
}
