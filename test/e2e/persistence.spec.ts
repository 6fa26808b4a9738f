import { chromium, expect, test, type BrowserContext, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN } from '../../src/data/demo';
import { DEFAULT_DATABASE_NAME } from '../../src/data/indexedDbStore';

// The browser store (IndexedDB) must keep installations across a reload and a
// browser restart, seed the illustrative demo set only once (even with two tabs
// open), and let a second tab see a change. A real restart needs a real profile
// directory, so this test launches its own persistent Chromium instead of the
// fixture's throwaway context.

const DATA_VIEW = '/?view=data';

/** The installation table's count ("44 dari 44"), rendered from useInstallations. */
function countOf(page: Page) {
  return page.getByTestId('installation-count');
}

function exactly(count: number) {
  return new RegExp(`(^|\\D)${count}(\\D|$)`);
}

async function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    ...config.use?.launchOptions,
    headless: true,
    baseURL: config.use?.baseURL,
    viewport: config.use?.viewport ?? null,
  });
}

/**
 * Another tab's write, made at the storage level: a row put straight into the
 * app's IndexedDB object store, announced on the store's change channel the way
 * the app's own writes are (src/data/changeFeed.ts). The notes carry markup that
 * must never run.
 */
async function writeFromAnotherTab(page: Page, databaseName: string): Promise<void> {
  await page.evaluate(async (name) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    const now = new Date().toISOString();
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction('installations', 'readwrite');
      transaction.objectStore('installations').put({
        id: 'e2e-other-tab',
        type: 'spanduk',
        // Tanjung Uma's label point: inside the kelurahan by construction.
        lat: 1.144411,
        lng: 103.997747,
        kelurahanKode: '21.71.06.1005',
        installedAt: '2026-10-01',
        status: 'terpasang',
        notes: '<img src=x onerror="window.__cakupanXss = true">',
        source: 'manual',
        createdAt: now,
        updatedAt: now,
      });
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    database.close();
    const channel = new BroadcastChannel(`${name}:installations`);
    channel.postMessage('changed');
    channel.close();
  }, databaseName);
}

/** First number in the planner's summary "5 dari 64 kelurahan tercakup". */
function coveredCount(page: Page) {
  return page.getByTestId('coverage-summary');
}

function startsWith(count: number) {
  return new RegExp(`^\\D*${count}\\D`);
}

test('installations persist across reload and restart, seed once, and reach other tabs', async () => {
  // Five page loads and two browser launches, each drawing the map in software.
  test.setTimeout(180_000);
  // Inside the test's output folder, which Playwright empties on the next run: Chromium
  // keeps writing to a profile for a while after close, so deleting it here is flaky.
  const profile = test.info().outputPath('profile');
  let context = await launch(profile);
  const first = context.pages()[0] ?? (await context.newPage());
  await first.goto('/');
  await expect(coveredCount(first)).toHaveText(startsWith(DEMO_KELURAHAN.length));

  // A second tab opened later finds the data and does not seed it again.
  const second = await context.newPage();
  await second.goto(DATA_VIEW);
  await expect(countOf(second)).toHaveText(exactly(DEMO_INSTALLATION_COUNT));
  await second.goto('/');
  await expect(coveredCount(second)).toHaveText(startsWith(DEMO_KELURAHAN.length));

  // An installation in Tanjung Uma (not reached yet) makes one more kelurahan covered, in both tabs.
  await writeFromAnotherTab(first, DEFAULT_DATABASE_NAME);
  await expect(coveredCount(second)).toHaveText(startsWith(DEMO_KELURAHAN.length + 1));
  await expect(coveredCount(first)).toHaveText(startsWith(DEMO_KELURAHAN.length + 1));

  await first.reload();
  await expect(coveredCount(first)).toHaveText(startsWith(DEMO_KELURAHAN.length + 1));
  await first.goto(DATA_VIEW);
  await expect(countOf(first)).toHaveText(exactly(DEMO_INSTALLATION_COUNT + 1));
  expect(await first.evaluate(() => (window as { __cakupanXss?: boolean }).__cakupanXss)).toBeUndefined();
  await context.close();

  // Browser restart: a new process on the same profile.
  context = await launch(profile);
  const restarted = context.pages()[0] ?? (await context.newPage());
  await restarted.goto('/');
  await expect(coveredCount(restarted)).toHaveText(startsWith(DEMO_KELURAHAN.length + 1));
  await context.close();
});

test('a browser that gives the page no storage: the app works for the tab and says that nothing outlives it', async ({ page }) => {
  // As with storage blocked by a setting or a policy: touching IndexedDB throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    });
  });
  await page.goto(DATA_VIEW);
  await expect(countOf(page)).toContainText(exactly(DEMO_INSTALLATION_COUNT), { timeout: 90_000 });
  const notice = page.getByTestId('storage-notice');
  await expect(notice).toHaveText(/pemasangan hanya tersimpan selama tab ini terbuka\. Unduh CSV dari tab Data sebelum menutupnya\./);
  await expect(page.getByTestId('installations-error')).toHaveCount(0);
  // Changes work for the tab: the demo set is deleted (and can be brought back).
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('clear-demo').click();
  await expect(countOf(page)).toContainText(exactly(0));
  await page.getByTestId('undo-reset').click();
  await expect(countOf(page)).toContainText(exactly(DEMO_INSTALLATION_COUNT));
  // The notice is on the other views too.
  await page.getByRole('button', { name: 'Dasbor', exact: true }).click();
  await expect(page.getByTestId('storage-notice')).toBeVisible();
  await expect(page.getByTestId('kpi-status')).toContainText(`${DEMO_INSTALLATION_COUNT} pemasangan`);
});

test('deleting all data says what it is doing while it works, then what it did, and the empty table how to add some; undo puts every row back', async ({ page }) => {
  await page.goto(DATA_VIEW);
  await expect(countOf(page)).toContainText(exactly(DEMO_INSTALLATION_COUNT), { timeout: 90_000 });
  const status = page.getByTestId('data-reset-status');
  // Every text the status line shows, and whether a progress bar with the share done was in it, from now on.
  await status.evaluate((element) => {
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    new MutationObserver(() => seen.push(`${element.querySelector('progress[value]') ? '[progress] ' : ''}${element.textContent?.trim()}`))
      .observe(element, { childList: true, subtree: true, characterData: true });
  });
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await page.getByTestId('clear-all').click();
  await expect(status).toHaveText(`${DEMO_INSTALLATION_COUNT} pemasangan dihapus.Batalkan`);
  expect(asked).toBe(`Hapus ${DEMO_INSTALLATION_COUNT} pemasangan? Anda dapat membatalkannya segera setelah ini.`);
  await expect(countOf(page)).toContainText(exactly(0));
  // With nothing stored, the empty table says how to add installations (not that a filter hides them).
  await expect(page.getByTestId('installation-table').locator('td.empty')).toHaveText(
    'Belum ada pemasangan tersimpan. Impor berkas CSV atau GeoJSON (tombol di atas), atau tambahkan satu di tab Peta.',
  );
  await page.getByTestId('undo-reset').click();
  await expect(status).toHaveText('Dikembalikan.');
  await expect(countOf(page)).toContainText(exactly(DEMO_INSTALLATION_COUNT));
  const seen = await page.evaluate(() => (window as unknown as { __statusSeen: string[] }).__statusSeen);
  expect(seen).toContain(`[progress] Menghapus ${DEMO_INSTALLATION_COUNT} pemasangan…`);
  expect(seen).toContain('[progress] Mengembalikan…');
});
