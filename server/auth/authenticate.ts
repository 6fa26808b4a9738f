import type { FastifyRequest } from 'fastify';
import { ApiError } from '../http/errors';
import { permissionsOf } from './roles';
import { findSession } from './sessions';
import { findApiToken } from './tokens';
import type { AuthOptions, User } from './user';

export const SESSION_COOKIE = 'cakupan_session';

/** Routes anyone may call: the health check and signing in. */
const PUBLIC_ROUTES = new Set(['GET /api/health', 'HEAD /api/health', 'POST /api/session']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isPublic(request: FastifyRequest): boolean {
  return PUBLIC_ROUTES.has(`${request.method} ${request.routeOptions.url ?? ''}`);
}

/**
 * Cross-site request forgery: a browser sends the session cookie with any request
 * to this origin, even one a hostile page starts. Such a page cannot add a custom
 * header without a CORS preflight this server never grants, and its Origin is not
 * ours. Bearer requests carry their credential explicitly and are exempt.
 */
export function checkBrowserWrite(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers['x-requested-with'] !== 'XMLHttpRequest') {
    throw new ApiError(403, 'forbidden', 'Writes from a browser must send X-Requested-With: XMLHttpRequest');
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`) {
    throw new ApiError(403, 'forbidden', `Origin ${origin} may not write here`);
  }
}

export async function authenticate(request: FastifyRequest, { db, now }: AuthOptions): Promise<void> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const token = match ? await findApiToken(db, match[1]!) : undefined;
    if (!token) throw new ApiError(401, 'unauthorized', 'Unknown or revoked API token');
    request.user = { id: `token:${token.name}`, role: token.role, permissions: permissionsOf(token.role), via: 'token' };
    return;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  const session = cookie ? await findSession(db, cookie, now()) : undefined;
  if (session) {
    const user: User = { id: session.username, role: session.role, permissions: permissionsOf(session.role), via: 'cookie' };
    request.user = user;
    checkBrowserWrite(request);
    return;
  }
  if (isPublic(request)) {
    // Signing in is a browser write too: the same rule stops a hostile page from
    // signing the user into an account of its choosing.
    checkBrowserWrite(request);
    return;
  }
  throw new ApiError(401, 'unauthorized', 'Sign in first');
}
