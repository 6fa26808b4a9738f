import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KelurahanCollection } from '../../src/domain/region';
import { assignToAreas, buildAreaIndex } from '../../src/geo/index';
import { openPostgres } from '../../server/db/postgres';
import { pgAvailable, startPgCluster, type PgCluster } from '../support/pgCluster';
import { randomPoints } from '../support/randomInstallations';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { importRows, mixedLoad, percentile, signIn, startServerChild } from './serverLoad';

// `npm run bench:server`: the API server on embedded PGlite and on PostgreSQL, each in
// its own process on 127.0.0.1 (ports 4307, 4308). Per database: import 100,000 rows in
// one request, then 50 clients for 30 s mixing sync pages, coverage and single-row
// writes (each client pausing ~0.5 s between requests, then 15 s flat out for the
// capacity); on PostgreSQL also PostGIS against the engine on 1,000,000 points.
// BENCH_SMOKE=1: 2,000 rows, 5 clients, 3 s, 20,000 points (CI). Without DATABASE_URL a
// throw-away cluster is started (fsync on, as in production) and removed at the end.
// Writes test/bench/server-results.json.

const smoke = process.env.BENCH_SMOKE === '1';
const ROWS = smoke ? 2_000 : 100_000;
const CLIENTS = smoke ? 5 : 50;
const SECONDS = smoke ? 3 : 30;
const POINTS = smoke ? 20_000 : 1_000_000;
/** Mean pause between one client's requests: 50 clients then offer ~90 requests/s, far more than 50 people with the app open. */
const THINK_MS = 500;
const FLAT_OUT_SECONDS = smoke ? 2 : 15;
const KELURAHAN = 'public/geodata/21.71/kelurahan.geojson';
const results: Record<string, number> = {};

async function benchDatabase(name: 'pglite' | 'pg', port: number, env: Record<string, string>) {
  console.log(`\n[${name}] starting the server…`);
  // An editor made through the server's own CLI, before the server opens the database
  // (PGlite takes one process at a time), with a password made now.
  const password = randomBytes(18).toString('base64url');
  const { DATABASE_URL: _shell, ...inherited } = process.env;
  execFileSync('node_modules/.bin/tsx', ['server/cli/user.ts', 'add', 'bench-editor', '--role', 'editor', '--password-stdin'], {
    input: password,
    env: { ...inherited, CAKUPAN_KELURAHAN: KELURAHAN, ...env },
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  const server = await startServerChild(port, { CAKUPAN_KELURAHAN: KELURAHAN, ...env });
  try {
    const auth = await signIn(server.base, 'bench-editor', password);
    const imported = await importRows(server.base, ROWS, 1, auth);
    if (imported.status !== 201) throw new Error(`import answered ${imported.status}`);
    results[`server.${name}.import${ROWS === 100_000 ? '100k' : ROWS}.seconds`] = round(imported.seconds);
    console.log(`[${name}] import of ${ROWS} rows in one request: ${imported.seconds.toFixed(1)} s`);
    const load = await mixedLoad(server.base, { clients: CLIENTS, seconds: SECONDS, seed: 7, auth, thinkMs: THINK_MS });
    for (const kind of ['sync', 'coverage', 'write'] as const) {
      results[`server.${name}.${kind}.p95.ms`] = round(percentile(load[kind], 0.95));
      results[`server.${name}.${kind}.count`] = load[kind].length;
    }
    results[`server.${name}.errors`] = load.errors;
    results[`server.${name}.requestsPerSecond`] = round(load.requests / SECONDS);
    console.log(`[${name}] ${CLIENTS} clients × ${SECONDS} s, think ${THINK_MS} ms: ${load.requests} requests (${results[`server.${name}.requestsPerSecond`]}/s), ${load.errors} errors; p95 sync ${results[`server.${name}.sync.p95.ms`]} ms, coverage ${results[`server.${name}.coverage.p95.ms`]} ms, write ${results[`server.${name}.write.p95.ms`]} ms`);
    // Capacity: the same clients with no pause. Reported, not judged: with no think time the
    // latency is clients ÷ throughput, whatever the server does.
    const flat = await mixedLoad(server.base, { clients: CLIENTS, seconds: FLAT_OUT_SECONDS, seed: 8, auth, thinkMs: 0 });
    const all = [...flat.sync, ...flat.coverage, ...flat.write];
    results[`server.${name}.flatOut.requestsPerSecond`] = round(flat.requests / FLAT_OUT_SECONDS);
    results[`server.${name}.flatOut.p95.ms`] = round(percentile(all, 0.95));
    results[`server.${name}.flatOut.errors`] = flat.errors;
    console.log(`[${name}] flat out, ${CLIENTS} clients × ${FLAT_OUT_SECONDS} s: ${results[`server.${name}.flatOut.requestsPerSecond`]} requests/s, p95 ${results[`server.${name}.flatOut.p95.ms`]} ms, ${flat.errors} errors`);
  } finally {
    await server.stop();
  }
}

async function benchPointAssignment(databaseUrl: string) {
  const kelurahan = JSON.parse(readFileSync(KELURAHAN, 'utf8')) as KelurahanCollection;
  const kodes = kelurahan.features.map((feature) => feature.properties.kode);
  const { lngs, lats } = randomPoints(POINTS, 11);
  let started = performance.now();
  const engine = assignToAreas(buildAreaIndex(kelurahan.features), lngs, lats);
  results['engine.locate.ms'] = round(performance.now() - started);
  const db = await openPostgres(databaseUrl);
  let disagreements = 0;
  started = performance.now();
  const chunk = 50_000;
  for (let start = 0; start < POINTS; start += chunk) {
    const rows = await db.query<{ kode: string | null }>(
      `SELECT locate_kelurahan(p.lng, p.lat) AS kode FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(lng, lat, n) ORDER BY p.n`,
      [Array.from(lngs.subarray(start, start + chunk)), Array.from(lats.subarray(start, start + chunk))],
    );
    rows.forEach((row, offset) => {
      const area = engine[start + offset]!;
      if (row.kode !== (area >= 0 ? kodes[area] : null)) disagreements++;
    });
  }
  results['server.pg.locate.ms'] = round(performance.now() - started);
  results['server.pg.locate.points'] = POINTS;
  results['server.pg.locate.disagreements'] = disagreements;
  await db.close();
  console.log(`[pg] ${POINTS} points: PostGIS ${results['server.pg.locate.ms']} ms, engine ${results['engine.locate.ms']} ms, ${disagreements} disagreements`);
}

const round = (value: number) => Math.round(value * 10) / 10;

const dataDir = mkdtempSync(join(tmpdir(), 'cakupan-bench-pglite-'));
let cluster: PgCluster | undefined;
try {
  await benchDatabase('pglite', 4307, { CAKUPAN_DATA_DIR: dataDir });
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (!pgAvailable()) throw new Error('No DATABASE_URL and no PostgreSQL binaries for a throw-away cluster');
    cluster = await startPgCluster();
    databaseUrl = cluster.url;
  }
  await benchDatabase('pg', 4308, { DATABASE_URL: databaseUrl, CAKUPAN_DB_POOL: '20' });
  await benchPointAssignment(databaseUrl);
} finally {
  cluster?.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

results['bench.smoke'] = smoke ? 1 : 0;
writeFileSync(fileURLToPath(new URL('./server-results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
console.log(JSON.stringify(results, null, 2));
