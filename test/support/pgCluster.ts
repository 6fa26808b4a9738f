import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

// A throw-away PostgreSQL cluster with PostGIS for tests and the bench: initdb in a
// temporary folder, a free port in 54330–54339 (PG_PORTS=first-last to change),
// stopped and removed on stop(), on process exit and on SIGINT/SIGTERM.

export const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  /** postgres://… of the `postgres` database, PostGIS created. */
  url: string;
  port: number;
  /** A new empty database in this cluster with PostGIS, e.g. one per test file. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export function pgAvailable(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

/** For suites: skip loudly without binaries, but fail in CI (where .ci/run installs them). */
export function pgTestMode(): 'run' | 'skip' {
  if (pgAvailable()) return 'run';
  if (process.env.CI) throw new Error(`PostgreSQL binaries missing in ${PG_BIN} (CI is set: .ci/run installs postgresql-15-postgis-3)`);
  console.warn(`\n*** PostgreSQL tests SKIPPED: no ${PG_BIN}/initdb (apt-get install postgresql-15-postgis-3) ***\n`);
  return 'skip';
}

const asRoot = process.getuid?.() === 0;

function run(command: string, args: string[]) {
  const [file, fullArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, command), ...args]] : [join(PG_BIN, command), args];
  const result = spawnSync(file, fullArgs, { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const live = new Set<() => void>();
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => live.forEach((stop) => stop()));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      live.forEach((stop) => stop());
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export interface PgClusterOptions {
  /** fsync and synchronous commit off: for tests, where a crash of the machine loses nothing of value. Not for the bench. */
  fast?: boolean;
  ports?: [number, number];
}

export async function startPgCluster({ fast = false, ports }: PgClusterOptions = {}): Promise<PgCluster> {
  if (!pgAvailable()) throw new Error(`PostgreSQL binaries not found in ${PG_BIN}`);
  const [first, last] = ports ?? ((process.env.PG_PORTS?.split('-').map(Number) as [number, number] | undefined) ?? [54330, 54339]);
  const dir = mkdtempSync(join(tmpdir(), 'cakupan-pg-'));
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  else chownSync(dir, process.getuid!(), process.getgid!());
  const data = join(dir, 'data');
  const init = run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-locale', '--no-sync']);
  if (!init.ok) throw new Error(`initdb failed:\n${init.output}`);
  const settings = ['-c listen_addresses=127.0.0.1', `-k ${dir}`, '-c max_connections=200', ...(fast ? ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'] : [])];
  let port = 0;
  for (let candidate = first; candidate <= last && port === 0; candidate++) {
    if (!(await portFree(candidate))) continue;
    const started = run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', [...settings, `-p ${candidate}`].join(' '), 'start']);
    if (started.ok) port = candidate;
  }
  if (port === 0) {
    const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not start PostgreSQL on any port ${first}–${last}\n${log}`);
  }
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    live.delete(stop);
    run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  live.add(stop);
  hookExit();
  const urlOf = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const execute = async (database: string, sql: string) => {
    const client = new pg.Client({ connectionString: urlOf(database) });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await execute('postgres', 'CREATE EXTENSION IF NOT EXISTS postgis');
  return {
    url: urlOf('postgres'),
    port,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Bad database name ${name}`);
      await execute('postgres', `CREATE DATABASE ${name}`);
      await execute(name, 'CREATE EXTENSION IF NOT EXISTS postgis');
      return urlOf(name);
    },
    stop,
  };
}
