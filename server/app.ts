import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { registerUser } from './auth/user';
import type { Db } from './db/types';
import type { ChangeHub } from './events';
import { errorBody, registerErrorHandling, registerJsonParser } from './http/errors';
import { createInstallationService } from './installations/service';
import { registerCoverageRoute } from './routes/coverage';
import { registerEventsRoute } from './routes/events';
import { registerSecurityHeaders } from './http/security';
import { registerHealthRoute } from './routes/health';
import { registerHistoryRoutes } from './routes/history';
import { registerInstallationRoutes } from './routes/installations';
import { registerSettingsRoutes } from './routes/settings';
import { registerSessionRoutes } from './routes/session';
import { registerTokenRoutes } from './routes/tokens';
import { registerUserRoutes } from './routes/users';

export interface AppOptions {
  db: Db;
  hub: ChangeHub;
  /** Clock for createdAt/updatedAt and the default as-of date (tests pass a fake one). */
  now?: () => Date;
  /** The built app (dist/) to serve beside the API; absent in development (Vite serves it). */
  staticDir?: string;
  heartbeatMs?: number;
  /** Fastify's logger (pino): off in tests, `{ level }` when serving. */
  logger?: boolean | { level: string };
  /** False only for the development server (Vite's hot reload uses inline script). */
  contentSecurityPolicy?: boolean;
  /** Behind a reverse proxy that terminates TLS: trust its X-Forwarded-Proto/-Host (Secure cookie, own origin). */
  trustProxy?: boolean;
}

/** The whole server as a Fastify instance, without listening: tests drive it with `app.inject`. */
export async function buildApp({ db, hub, now, staticDir, heartbeatMs, logger = false, contentSecurityPolicy, trustProxy = false }: AppOptions): Promise<FastifyInstance> {
  // forceCloseConnections: open event streams never go idle, and must not hold a shutdown forever.
  const app = Fastify({ logger, bodyLimit: 64 * 1024, return503OnClosing: true, forceCloseConnections: true, trustProxy });
  const service = createInstallationService({ db, ...(now ? { now } : {}) });
  const clock = now ?? (() => new Date());
  await registerSecurityHeaders(app, contentSecurityPolicy === undefined ? {} : { contentSecurityPolicy });
  await app.register(
    async (api) => {
      registerJsonParser(api);
      registerErrorHandling(api);
      await api.register(fastifyCookie);
      registerUser(api, { db, now: clock });
      registerHealthRoute(api, { db });
      registerSessionRoutes(api, { db, now: clock });
      registerUserRoutes(api, { db });
      registerTokenRoutes(api, { db });
      registerInstallationRoutes(api, { db, service });
      registerHistoryRoutes(api, { db, now: clock });
      registerCoverageRoute(api, { db, ...(now ? { now } : {}) });
      registerSettingsRoutes(api, { db, ...(now ? { now } : {}) });
      registerEventsRoute(api, { db, hub, ...(heartbeatMs ? { heartbeatMs } : {}) });
    },
    { prefix: '/api' },
  );
  if (staticDir) {
    await app.register(fastifyStatic, { root: staticDir, wildcard: false });
    // The app routes in the browser (?kel=…): every other GET gets index.html.
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/api/')) return reply.sendFile('index.html');
      return reply.status(404).send(errorBody('not_found', `No route ${request.method} ${request.url.split('?')[0]}`));
    });
  }
  return app;
}
