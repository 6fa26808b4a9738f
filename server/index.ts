import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readConfig } from './config';
import { printFirstAdmin } from './auth/firstAdmin';
import { prepareServer } from './start';

// `tsx server/index.ts` serves dist/ and the API (production, $PORT, default 8080);
// `tsx server/index.ts --dev` serves the API and the app through Vite on one port (5173).

const dev = process.argv.includes('--dev');
const config = readConfig(dev ? { PORT: '5173', HOST: '127.0.0.1', ...process.env } : process.env, { mode: dev ? 'development' : 'production' });

const started = Date.now();
const server = await prepareServer({
  databaseUrl: config.databaseUrl,
  dataDir: resolve(config.dataDir),
  poolSize: config.poolSize,
  kelurahanPath: config.kelurahanPath,
  demoData: config.demoData,
  logger: { level: config.logLevel },
  onFirstAdmin: printFirstAdmin,
  trustProxy: config.trustProxy,
  // An API-only deployment (or the crash test) runs without a built app.
  ...(dev ? { contentSecurityPolicy: false } : existsSync('dist/index.html') ? { staticDir: resolve('dist') } : {}),
});
const { app } = server;

if (dev) {
  // The app talks to this same origin's /api; Vite serves everything else (with HMR on this port).
  process.env.VITE_API_BASE_URL ??= '/api';
  const { createServer } = await import('vite');
  const vite = await createServer({ server: { middlewareMode: true, ws: { server: app.server } }, appType: 'spa' });
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url === '/api' || request.url.startsWith('/api/')) return done();
    reply.hijack();
    vite.middlewares(request.raw, reply.raw, () => {
      reply.raw.statusCode = 404;
      reply.raw.end();
    });
  });
  app.addHook('onClose', () => vite.close());
}

await app.listen({ port: config.port, host: config.host });
app.log.info(`Cakupan ${dev ? 'dev ' : ''}server on ${config.host}:${config.port}, database ${server.db.kind}${config.databaseUrl ? '' : ` in ${config.dataDir}`}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: closing`);
    server.close().then(() => process.exit(0), () => process.exit(1));
  });
}
