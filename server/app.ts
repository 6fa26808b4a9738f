import Fastify, { type FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { registerUser } from './auth/user';
import type { Db } from './db/types';
import type { ChangeHub } from './events';
import { errorBody, registerErrorHandling, registerJsonParser } from './http/errors';
import { createInstallationService } from './installations/service';
import { registerCoverageRoute } from './routes/coverage';
import { registerEventsRoute } from './routes/events';
import { registerHealthRoute } from './routes/health';
import { registerInstallationRoutes } from './routes/installations';

export interface AppOptions {
  db: Db;
  hub: ChangeHub;
  /** Clock for createdAt/updatedAt and the default as-of date (tests pass a fake one). */
  now?: () => Date;
  /** The built app (dist/) to serve beside the API; absent in development (Vite serves it). */
  staticDir?: string;
  heartbeatMs?: number;
  logger?: boolean;
}

/** The whole server as a Fastify instance, without listening: tests drive it with `app.inject`. */
export async function buildApp({ db, hub, now, staticDir, heartbeatMs, logger = false }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger, bodyLimit: 64 * 1024, return503OnClosing: true });
  const service = createInstallationService({ db, ...(now ? { now } : {}) });
  await app.register(
    async (api) => {
      registerJsonParser(api);
      registerErrorHandling(api);
      registerUser(api);
      registerHealthRoute(api, { db });
      registerInstallationRoutes(api, { db, service });
      registerCoverageRoute(api, { db, ...(now ? { now } : {}) });
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
