import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { loadBoundaries } from '../../server/boundaries';
import { migrate } from '../../server/db/migrate';
import { openDatabase } from '../../server/db/open';
import { openPglite } from '../../server/db/pglite';
import type { Db } from '../../server/db/types';
import { createChangeHub, type ChangeHub } from '../../server/events';
import { pgTestMode, startPgCluster, type PgCluster } from '../support/pgCluster';

export const KELURAHAN_PATH = 'public/geodata/21.71/kelurahan.geojson';

export type DatabaseChoice = 'pglite' | 'postgresql';

export interface TestDatabase {
  db: Db;
  hub: ChangeHub;
  /** A fresh app on this database (a fake clock for the contract's timestamps). */
  app(options?: { now?: () => Date; heartbeatMs?: number }): Promise<FastifyInstance>;
  /** Empties installations and the seeded flag; boundaries stay. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * PGlite in memory, from a migrated copy with the boundaries loaded (kept in the temp
 * folder, named by the hash of the migrations and the boundary file): initdb, PostGIS
 * and the boundaries cost ~30 s on a busy 2-core machine, opening a copy a few seconds.
 */
async function openPgliteFromTemplate(): Promise<Db> {
  const hash = createHash('sha256');
  const migrations = 'server/db/migrations';
  for (const name of readdirSync(migrations).sort()) hash.update(name).update(readFileSync(join(migrations, name)));
  hash.update(readFileSync(KELURAHAN_PATH));
  const template = join(tmpdir(), `cakupan-pglite-${hash.digest('hex').slice(0, 16)}.tar`);
  if (existsSync(template)) {
    const db = await openPglite(undefined, { from: new Blob([readFileSync(template)]) });
    await migrate(db);
    return db;
  }
  const db = await openPglite(undefined);
  await migrate(db);
  await loadBoundaries(db, KELURAHAN_PATH);
  const partial = `${template}.${process.pid}`;
  writeFileSync(partial, Buffer.from(await (await db.dump()).arrayBuffer()));
  renameSync(partial, template);
  return db;
}

/** One database per test file: PGlite in memory, or a database in a throw-away PostgreSQL cluster. */
export async function openTestDatabase(choice: DatabaseChoice): Promise<TestDatabase> {
  let cluster: PgCluster | undefined;
  let databaseUrl: string | undefined;
  if (choice === 'postgresql') {
    cluster = await startPgCluster({ fast: true });
    databaseUrl = cluster.url;
  }
  const db = databaseUrl ? await openDatabase({ databaseUrl, poolSize: 20 }) : await openPgliteFromTemplate();
  await loadBoundaries(db, KELURAHAN_PATH);
  const hub = await createChangeHub(db);
  const apps: FastifyInstance[] = [];
  return {
    db,
    hub,
    async app(options = {}) {
      const app = await buildApp({ db, hub, ...options });
      apps.push(app);
      return app;
    },
    async reset() {
      await db.query('TRUNCATE installations');
      await db.query(`DELETE FROM meta WHERE key = 'seeded'`);
    },
    async close() {
      await Promise.all(apps.map((app) => app.close()));
      await hub.close();
      await db.close();
      cluster?.stop();
    },
  };
}

/** `fetch` that hands the request to `app.inject`: the HTTP client runs unchanged, without a port. */
export function injectFetch(app: FastifyInstance): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    return new Response(response.statusCode === 204 ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers: Object.entries(response.headers).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)] as [string, string]])),
    });
  };
}

/**
 * The databases a server suite runs on: both, PostgreSQL skipped loudly where its binaries
 * are missing (failing in CI). SERVER_TEST_DATABASES=pglite (or postgresql) narrows it.
 */
export function testDatabaseChoices(): DatabaseChoice[] {
  const wanted = (process.env.SERVER_TEST_DATABASES ?? 'pglite,postgresql').split(',');
  return (['pglite', 'postgresql'] as const).filter((choice) => wanted.includes(choice) && (choice === 'pglite' || pgTestMode() === 'run'));
}
