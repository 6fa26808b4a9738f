import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app';
import { loadBoundaries } from '../../server/boundaries';
import { openDatabase } from '../../server/db/open';
import type { Db } from '../../server/db/types';
import { createChangeHub, type ChangeHub } from '../../server/events';
import { startPgCluster, type PgCluster } from '../support/pgCluster';

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

/** One database per test file: PGlite in memory, or a database in a throw-away PostgreSQL cluster. */
export async function openTestDatabase(choice: DatabaseChoice): Promise<TestDatabase> {
  let cluster: PgCluster | undefined;
  let databaseUrl: string | undefined;
  if (choice === 'postgresql') {
    cluster = await startPgCluster({ fast: true });
    databaseUrl = cluster.url;
  }
  const db = await openDatabase({ databaseUrl, dataDir: undefined, poolSize: 20 });
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
    return new Response(response.statusCode === 204 ? null : response.rawPayload, {
      status: response.statusCode,
      headers: Object.entries(response.headers).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)] as [string, string]])),
    });
  };
}
