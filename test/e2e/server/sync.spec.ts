import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { InstallationInput } from '../../../src/domain/installation';
import { addEditor, sharedAccount, type E2eAccount } from '../../support/e2eAccount';

// The app served by its server (playwright.server.config.ts): every open browser keeps a copy
// of the server's installations, a change saved in one appears in the others within 2 s without
// a reload, and a server that goes away is announced and reconnected to by itself.

const DATA_VIEW = '/?view=data';
/** The server refuses cookie-signed writes without it (docs/api.md "Authentication"). */
const BROWSER_WRITE = { 'x-requested-with': 'XMLHttpRequest' };

/** A poster in Tanjung Uma (its label point), as another client (the field team's tool) would send it. */
function posterInput(notes: string): InstallationInput {
  return { type: 'poster', lat: 1.144411, lng: 103.997747, kelurahanKode: '21.71.06.1005', installedAt: '2026-10-01', status: 'terpasang', notes, source: 'manual' };
}

function countOf(page: Page) {
  return page.getByTestId('installation-count');
}

/** The table's total ("44 dari 44" → 44). */
async function totalOf(page: Page): Promise<number> {
  const text = (await countOf(page).textContent()) ?? '';
  const numbers = text.match(/\d[\d.]*/g) ?? [];
  return Number((numbers[numbers.length - 1] ?? '').replace(/\./g, ''));
}

function showsTotal(count: number) {
  return new RegExp(`(^|\\D)${count.toLocaleString('id-ID')}\\D*$`);
}

/** A separate browser context signed in as `account` (the session cookie is the context's). */
async function signedInContext(browser: Browser, baseURL: string | undefined, account: E2eAccount = sharedAccount()): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  const signIn = await context.request.post(`${baseURL}/api/session`, { data: account, headers: BROWSER_WRITE });
  expect(signIn.status()).toBe(200);
  return context;
}

/** A browser of its own (a separate context: its own IndexedDB copy, its own event stream). */
async function openBrowser(browser: Browser, baseURL: string | undefined, account?: E2eAccount): Promise<Page> {
  const context = await signedInContext(browser, baseURL, account);
  const page = await context.newPage();
  await page.goto(DATA_VIEW);
  await expect(countOf(page)).toBeVisible({ timeout: 60_000 });
  // A fresh server gets the demo set from the first browser that opens it (seedIfPristine).
  await expect(countOf(page)).not.toHaveText(/^0\D/);
  return page;
}

test('a change saved in one browser appears in another within 2 s, without a reload', async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const first = await openBrowser(browser, baseURL);
  const second = await openBrowser(browser, baseURL);
  await expect(first.getByTestId('server-notice')).toHaveCount(0);
  const before = await totalOf(first);
  await expect(countOf(second)).toHaveText(showsTotal(before));

  // Saved by another client of the server: both browsers show it.
  const note = `from a third party ${Date.now()}`;
  const created = await first.request.post('/api/installations', { data: posterInput(note), headers: BROWSER_WRITE });
  expect(created.status()).toBe(201);
  await expect(countOf(first)).toHaveText(showsTotal(before + 1), { timeout: 2_000 });
  await expect(countOf(second)).toHaveText(showsTotal(before + 1), { timeout: 2_000 });

  // Deleted in the second browser through the table: the first sees it go.
  const table = second.getByTestId('installation-table');
  await table.getByRole('searchbox', { name: 'Cari pemasangan (kelurahan, catatan, kode)' }).fill(note);
  const row = table.locator('tbody tr').filter({ hasText: 'Poster' });
  await expect(row).toHaveCount(1);
  const started = Date.now();
  await row.getByRole('button', { name: /^Hapus / }).dispatchEvent('click');
  await expect(countOf(first)).toHaveText(showsTotal(before), { timeout: 2_000 });
  expect(Date.now() - started).toBeLessThan(2_000);

  // Put back from the second browser's notice: back in the first too.
  await second.getByTestId('data-notice').getByRole('button', { name: 'Urungkan' }).dispatchEvent('click');
  await expect(countOf(first)).toHaveText(showsTotal(before + 1), { timeout: 2_000 });
  await first.context().close();
  await second.context().close();
});

/** A server of this test's own (so it can be stopped and started again on the same data). */
function startServer(port: number, dataDir: string): ChildProcess {
  const child = spawn('node_modules/.bin/tsx', ['server/index.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CAKUPAN_DATA_DIR: dataDir },
    stdio: 'ignore',
    detached: true, // its own process group: stopping it stops tsx's node child too
  });
  return child;
}

/**
 * The server is lost the hard way (a crash, a pulled cable): SIGKILL. A graceful SIGTERM waits
 * for open requests, and an open event stream never ends by itself.
 */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGKILL');
  await exited;
}

async function waitForHealth(url: string, timeoutMs = 300_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - started > timeoutMs) throw new Error(`${url} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('losing the server says so, and the app reconnects by itself and catches up', async ({ browser, baseURL }) => {
  // Two server starts: seconds on a quiet machine, minutes on a busy one.
  test.setTimeout(660_000);
  const port = Number(new URL(baseURL!).port) + 1;
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'cakupan-e2e-restart-'));
  const account = addEditor(dataDir);
  let server = startServer(port, dataDir);
  try {
    await waitForHealth(origin);
    const page = await openBrowser(browser, origin, account);
    const before = await totalOf(page);
    await expect(page.getByTestId('server-notice')).toHaveCount(0);

    await stopServer(server);
    const notice = page.getByTestId('server-notice');
    await expect(notice).toHaveText(/Server tidak terjangkau — mencoba lagi…/);
    // The copy stays on screen meanwhile.
    await expect(countOf(page)).toHaveText(showsTotal(before));

    server = startServer(port, dataDir);
    await waitForHealth(origin);
    // A change made while the app was still away: it arrives once the app reconnects.
    const created = await page.request.post(`${origin}/api/installations`, { data: posterInput('while away'), headers: BROWSER_WRITE });
    expect(created.status()).toBe(201);
    await expect(notice).toHaveCount(0, { timeout: 40_000 });
    await expect(countOf(page)).toHaveText(showsTotal(before + 1));
    await page.context().close();
  } finally {
    await stopServer(server);
  }
});

test('the notice speaks English too; "Try now" asks again at once, and the notice goes once the server answers', async ({ browser, baseURL }) => {
  const context = await signedInContext(browser, baseURL);
  const page = await context.newPage();
  await page.goto(`${DATA_VIEW}&lang=en`);
  await expect(countOf(page)).toBeVisible({ timeout: 60_000 });
  // The server refuses every new request (the open event stream stays; the browser going
  // offline and online again makes the app ask at once).
  const asked: string[] = [];
  await context.route('**/api/**', (route) => {
    asked.push(route.request().url());
    return route.abort('connectionrefused');
  });
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  const notice = page.getByTestId('server-notice');
  await expect(notice).toContainText('Server unreachable — retrying…');
  const before = asked.length;
  await notice.getByRole('button', { name: 'Try now' }).click();
  await expect.poll(() => asked.length).toBeGreaterThan(before);
  await expect(notice).toBeVisible();
  await context.unroute('**/api/**');
  await expect(notice).toHaveCount(0, { timeout: 40_000 });
  await context.close();
});
