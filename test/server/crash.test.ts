import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomInstallations } from '../support/randomInstallations';
import { startPgCluster, type PgCluster } from '../support/pgCluster';
import { createApiToken } from '../../server/auth/tokens';
import { KELURAHAN_PATH, testDatabaseChoices } from './harness';

// An import is one transaction: the server process killed (SIGKILL, no chance to clean
// up) in the middle of a 100,000-row import leaves none of it, and starts again fine;
// stopped gracefully (SIGTERM), it does not wait for open event streams.

const PORT = 4309;
const base = `http://127.0.0.1:${PORT}/api`;

function startServer(databaseUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(PORT), HOST: '127.0.0.1', CAKUPAN_KELURAHAN: KELURAHAN_PATH, CAKUPAN_DEMO_DATA: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function waitFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 120_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const healthy = () => waitFor(async () => ((await fetch(`${base}/health`)).ok ? true : undefined), 'the server to answer');

describe.runIf(testDatabaseChoices().includes('postgresql'))('server killed during an import (PostgreSQL)', () => {
  let cluster: PgCluster;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    cluster = await startPgCluster({ fast: true });
  }, 600_000);
  afterAll(() => {
    server?.kill('SIGKILL');
    cluster?.stop();
  });

  it('leaves none of a 100,000-row import behind after kill -9, then works again', async () => {
    server = startServer(cluster.url);
    await healthy();
    // Signed in as a script: an editor's API token, made in the database the server migrated.
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    const { token } = await createApiToken({ query: async (sql, params) => (await admin.query(sql, params ? [...params] : [])).rows }, { name: 'crash test', role: 'editor' }, 'test');
    await admin.end();
    const auth = { authorization: `Bearer ${token}` };
    const body = JSON.stringify({ items: randomInstallations(100_000, 9) });
    const importing = fetch(`${base}/installations/import`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body }).catch((error: unknown) => error);
    const watcher = new pg.Client({ connectionString: cluster.url });
    await watcher.connect();
    // Kill once rows are being written: an INSERT into installations is running in the server's transaction.
    await waitFor(async () => {
      const { rows } = await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE state = 'active' AND query LIKE '%INSERT INTO installations%' AND pid <> pg_backend_pid()`);
      return rows.length > 0 ? true : undefined;
    }, 'the import to start writing');
    server.kill('SIGKILL');
    expect(await importing).toBeInstanceOf(Error);
    await waitFor(async () => ((await watcher.query(`SELECT 1 FROM pg_stat_activity WHERE query LIKE '%INSERT INTO installations%' AND pid <> pg_backend_pid()`)).rows.length === 0 ? true : undefined), 'the killed transaction to end');
    expect((await watcher.query('SELECT count(*)::int AS n FROM installations')).rows[0].n).toBe(0);
    await watcher.end();

    server = startServer(cluster.url);
    await healthy();
    expect((await (await fetch(`${base}/installations`, { headers: auth })).json()).items).toEqual([]);
    const small = await fetch(`${base}/installations/import`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ items: randomInstallations(10, 3) }) });
    expect(small.status).toBe(201);
    expect((await (await fetch(`${base}/installations`, { headers: auth })).json()).items).toHaveLength(10);

    // A graceful stop (SIGTERM) ends an open event stream rather than waiting for it to close.
    const reader = (await fetch(`${base}/events`, { headers: auth })).body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toContain('retry:');
    const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    const outcome = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('still running after 20 s'), 20_000))]);
    expect(outcome).toBe(0);
    server = undefined;
    for (let done = false; !done;) ({ done } = await reader.read().catch(() => ({ done: true })));
  }, 300_000);
});
