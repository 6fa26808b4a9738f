import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { Db, Queryable } from './types';

/**
 * Embedded PostgreSQL (PGlite, WebAssembly) with PostGIS, in one folder. PGlite is a
 * single connection: every query and every transaction goes through one queue, so a
 * request's query can never land inside another request's open transaction.
 * Opening costs ~4 s (PostGIS is loaded into the WebAssembly heap); creating a new
 * folder ~15 s (initdb), or a copy of a dump (`from`) about as fast as opening.
 */
export async function openPglite(dataDir: string | undefined, { from }: { from?: Blob } = {}): Promise<Db & { dump(): Promise<Blob> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create({ ...(dataDir ? { dataDir } : {}), ...(from ? { loadDataDir: from } : {}), extensions: { postgis } });
  let tail: Promise<unknown> = Promise.resolve();
  function enqueue<T>(work: () => Promise<T>): Promise<T> {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  }
  const run = async <Row>(target: Queryable | PGlite, sql: string, params?: readonly unknown[]) =>
    (await (target as PGlite).query<Row>(sql, params ? [...params] : undefined)).rows;

  return {
    kind: 'pglite',
    query: <Row>(sql: string, params?: readonly unknown[]) => enqueue(() => run<Row>(pg, sql, params)),
    transaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      enqueue(() =>
        pg.transaction((tx) =>
          work({ query: async <Row>(sql: string, params?: readonly unknown[]) => (await tx.query<Row>(sql, params ? [...params] : undefined)).rows }),
        ),
      ),
    async listen(channel, onMessage) {
      const unlisten = await enqueue(() => pg.listen(channel, onMessage));
      return () => enqueue(() => unlisten());
    },
    close: () => enqueue(() => pg.close()),
    /** The whole database as a tar (tests start from a migrated copy instead of running initdb again). */
    dump: () => enqueue(() => pg.dumpDataDir('none')),
  };
}
