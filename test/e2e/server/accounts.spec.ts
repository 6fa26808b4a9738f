import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { startPgCluster, type PgCluster } from '../../support/pgCluster';

// The app on the Cakupan server with accounts: the sign-in page on 401, who is
// signed in, a viewer's read-only app with the reason, sign-out, and the wait
// after too many wrong passwords. The server serves dist/ (run `npx vite build`
// first) on the port after the restart test's (E2E_SERVER_PORT + 2, run through
// playwright.server.config.ts), on a throw-away PostgreSQL (PG_PORTS picks its ports).

const PORT = Number(process.env.E2E_SERVER_PORT ?? 4175) + 2;
const base = `http://127.0.0.1:${PORT}`;
// Made per run: the accounts get it through the admin API, as an administrator would set it.
const PASSWORD = randomBytes(18).toString('base64url');

let cluster: PgCluster;
let server: ChildProcess;
let adminPassword = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cluster = await startPgCluster({ fast: true });
  server = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, DATABASE_URL: cluster.url, PORT: String(PORT), HOST: '127.0.0.1', CAKUPAN_DEMO_DATA: 'true', LOG_LEVEL: 'warn', CAKUPAN_KELURAHAN: 'public/geodata/21.71/kelurahan.geojson' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The first start prints the admin's one-time password on the terminal.
  adminPassword = await new Promise<string>((resolve, reject) => {
    let text = '';
    server.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /password: (\S+)/.exec(text);
      if (match) resolve(match[1]!);
    });
    server.once('exit', (code) => reject(new Error(`server exited (${code}): ${text}`)));
  });
  for (;;) {
    const healthy = await fetch(`${base}/api/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const signIn = await fetch(`${base}/api/session`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  for (const [username, role] of [['rina', 'editor'], ['ani', 'viewer']]) {
    const made = await fetch(`${base}/api/users`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest', cookie },
      body: JSON.stringify({ username, role, password: PASSWORD }),
    });
    expect(made.status).toBe(201);
  }
});

// A signed-in page draws the map in software here: more than the default minute for a whole flow.
test.describe.configure({ timeout: 180_000 });

test.afterAll(() => {
  server?.kill('SIGTERM');
  cluster?.stop();
});

test('signing in, a viewer sees a read-only app and why, and signs out', async ({ page }) => {
  await page.goto(base);
  await expect(page.getByTestId('sign-in')).toBeVisible();
  await page.getByLabel('Nama pengguna').fill('ani');
  await page.getByLabel('Kata sandi').fill('salah sekali');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('sign-in-problem')).toHaveText('Nama pengguna atau kata sandi salah.');
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('session-box')).toContainText('Masuk sebagai ani (pimpinan)');
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  await expect(page.getByTestId('add-installation')).toBeDisabled();
  await page.screenshot({ path: 'test-results/accounts-viewer.png' });
  // Nor the campaign target's form, nor the import history with its undo.
  await page.goto(`${base}/?view=dashboard`);
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await expect(page.getByTestId('target-settings')).toHaveCount(0);
  await expect(page.getByTestId('target-admin-only')).toHaveText('Target kampanye ditetapkan oleh admin.');
  await page.goto(`${base}/?view=data`);
  await expect(page.getByTestId('data-page')).toBeVisible();
  await expect(page.getByTestId('import-history')).toHaveCount(0);
  await page.getByTestId('sign-out').click();
  await expect(page.getByTestId('sign-in')).toBeVisible();
});

test('an editor may add; after five wrong passwords the page says when to try again', async ({ page }) => {
  await page.goto(base);
  await page.getByLabel('Nama pengguna').fill('rina');
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('session-box')).toContainText('rina (staf)');
  await expect(page.getByTestId('add-installation')).toBeEnabled();
  await expect(page.getByTestId('read-only-notice')).toHaveCount(0);
  // The campaign target is the admins' to set (the server refuses an editor's PUT /settings).
  await page.goto(`${base}/?view=dashboard`);
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await expect(page.getByTestId('target-settings')).toHaveCount(0);
  await expect(page.getByTestId('target-admin-only')).toBeVisible();
  await page.getByTestId('sign-out').click();

  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByLabel('Nama pengguna').fill('rina');
    await page.getByLabel('Kata sandi').fill(`tebakan ${attempt}`);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByTestId('sign-in-problem')).toHaveText('Nama pengguna atau kata sandi salah.');
  }
  await page.getByLabel('Kata sandi').fill(PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('sign-in-problem')).toContainText('Terlalu banyak percobaan yang salah. Coba lagi dalam 15 menit');
  await page.screenshot({ path: 'test-results/accounts-locked.png' });
});
