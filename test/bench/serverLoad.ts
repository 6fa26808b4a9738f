import { spawn, type ChildProcess } from 'node:child_process';
import { INSTALLATION_TYPES } from '../../src/domain/installation';
import { seededRandom } from '../../src/geo/fixtures/random';
import { randomInstallations } from '../support/randomInstallations';

// The pieces of `npm run bench:server`: a server child process on 127.0.0.1, and the
// mixed load of many clients (sync pages, coverage, single-row writes).

export interface ServerChild {
  base: string;
  stop(): Promise<void>;
}

export async function startServerChild(port: number, env: Record<string, string>): Promise<ServerChild> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CAKUPAN_DEMO_DATA: 'false', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/health`).then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() - started > 600_000) throw new Error('Server did not start in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** Headers of a signed-in editor: the session cookie, and the header every cookie write needs (CSRF). */
export async function signIn(base: string, username: string, password: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ username, password }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (response.status !== 200 || !cookie) throw new Error(`sign-in answered ${response.status}`);
  return { cookie, 'x-requested-with': 'XMLHttpRequest' };
}

export async function importRows(base: string, count: number, seed: number, auth: Record<string, string>): Promise<{ seconds: number; status: number }> {
  const body = JSON.stringify({ items: randomInstallations(count, seed) });
  const started = performance.now();
  const response = await fetch(`${base}/installations/import`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body });
  await response.arrayBuffer();
  return { seconds: (performance.now() - started) / 1000, status: response.status };
}

export interface LoadResult {
  sync: number[];
  coverage: number[];
  write: number[];
  errors: number;
  requests: number;
}

/**
 * `clients` loops for `seconds`, each request chosen at random: 40 % an incremental
 * sync page from the client's own cursor (1,000 rows at most; each client starts up to
 * 5,000 changes behind, like an app opening from an older local copy, then follows
 * the others' writes), 30 % a coverage summary for a random as-of date, 30 % a
 * single-row write (create or patch). Between requests a client waits a random
 * think time (exponential, mean `thinkMs`; 0 = flat out, which measures capacity:
 * with no pause, latency is just clients ÷ throughput).
 */
export async function mixedLoad(base: string, { clients, seconds, seed, auth, thinkMs }: { clients: number; seconds: number; seed: number; auth: Record<string, string>; thinkMs: number }): Promise<LoadResult> {
  const result: LoadResult = { sync: [], coverage: [], write: [], errors: 0, requests: 0 };
  const first = (await (await fetch(`${base}/installations?since=0&limit=1`, { headers: auth })).json()) as { items: { id: string }[] };
  const patchable = first.items[0]?.id;
  const head = Number(((await (await fetch(`${base}/coverage`, { headers: auth })).json()) as { cursor: string }).cursor);
  const deadline = performance.now() + seconds * 1000;
  const timed = async (bucket: number[], request: () => Promise<Response>) => {
    const started = performance.now();
    try {
      const response = await request();
      const text = await response.text();
      bucket.push(performance.now() - started);
      result.requests++;
      if (!response.ok) result.errors++;
      return text;
    } catch {
      result.errors++;
      return '';
    }
  };
  const client = async (index: number) => {
    const random = seededRandom(seed + index);
    let cursor = Math.max(0, head - Math.floor(random() * 5000));
    while (performance.now() < deadline) {
      if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, -Math.log(1 - random()) * thinkMs));
      if (performance.now() >= deadline) break;
      const roll = random();
      if (roll < 0.4) {
        const text = await timed(result.sync, () => fetch(`${base}/installations?since=${cursor}&limit=1000`, { headers: auth }));
        const page = text ? (JSON.parse(text) as { cursor?: string }) : {};
        if (page.cursor) cursor = Number(page.cursor);
      } else if (roll < 0.7) {
        const asOf = new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
        await timed(result.coverage, () => fetch(`${base}/coverage?asOf=${asOf}`, { headers: auth }));
      } else if (roll < 0.85 || !patchable) {
        const [row] = randomInstallations(1, Math.floor(random() * 1e9));
        await timed(result.write, () => fetch(`${base}/installations`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(row) }));
      } else {
        const type = INSTALLATION_TYPES[Math.floor(random() * INSTALLATION_TYPES.length)];
        await timed(result.write, () => fetch(`${base}/installations/${patchable}`, { method: 'PATCH', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ type, notes: `bench ${index}` }) }));
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, index) => client(index)));
  return result;
}

export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
}
