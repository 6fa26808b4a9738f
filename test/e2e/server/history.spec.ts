import { expect, test, type Browser, type Page } from '@playwright/test';
import type { InstallationInput } from '../../../src/domain/installation';
import { sharedAccount, sharedViewer, type E2eAccount } from '../../support/e2eAccount';

// The app on its server (playwright.server.config.ts): the kelurahan panel tells an
// installation's history in words, and a viewer is offered no control that writes, and told why.

/** The server refuses cookie-signed writes without it (docs/api.md "Authentication"). */
const BROWSER_WRITE = { 'x-requested-with': 'XMLHttpRequest' };
const TANJUNG_UMA = '21.71.06.1005';
/** "3 Des 2026, 10.12": the app's date and time, in Batam time. */
const WHEN = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}\.\d{2}/.source;

// A signed-in page draws the map in software here: more than the default minute for a whole flow.
test.describe.configure({ timeout: 180_000 });

/** A page of its own signed in as `account`, after the first load (a fresh server is seeded by it). */
async function signedIn(browser: Browser, baseURL: string | undefined, account: E2eAccount): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const signIn = await context.request.post('/api/session', { data: account, headers: BROWSER_WRITE });
  expect(signIn.status()).toBe(200);
  const page = await context.newPage();
  await page.goto('/?view=data');
  await expect(page.getByTestId('installation-count')).toBeVisible({ timeout: 60_000 });
  return page;
}

/** A poster in Tanjung Uma (its label point), saved through the API as the editor `page` is signed in. */
async function savePoster(page: Page, notes: string): Promise<string> {
  const input: InstallationInput = { type: 'poster', lat: 1.144411, lng: 103.997747, kelurahanKode: TANJUNG_UMA, installedAt: '2026-10-01', status: 'terpasang', notes, source: 'manual' };
  const created = await page.request.post('/api/installations', { data: input, headers: BROWSER_WRITE });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** The panel of Tanjung Uma, and in its list the installation with `notes`. */
async function openInPanel(page: Page, notes: string) {
  await page.goto(`/?kel=${TANJUNG_UMA}`);
  const panel = page.getByTestId('kelurahan-panel');
  await expect(panel).toBeVisible({ timeout: 60_000 });
  const item = panel.getByTestId('panel-installations').locator('li[data-installation]').filter({ hasText: notes });
  await expect(item).toHaveCount(1);
  return { panel, item };
}

test('a status changed in the panel appears in the installation\'s history, in words', async ({ browser, baseURL }) => {
  const editor = sharedAccount();
  const page = await signedIn(browser, baseURL, editor);
  const notes = `history e2e ${Date.now()}`;
  await savePoster(page, notes);
  const { item } = await openInPanel(page, notes);
  await expect(item.getByRole('button', { name: /^Ubah Poster/ })).toBeVisible();
  await expect(item.getByRole('button', { name: /^Hapus Poster/ })).toBeVisible();

  await item.getByRole('combobox', { name: 'Ubah status' }).selectOption('rusak');
  await expect(page.getByTestId('planner-notice')).toHaveText('Status diperbarui.');
  await item.getByRole('button', { name: /^Riwayat Poster/ }).click();
  const entries = item.getByTestId('installation-history').locator('li');
  await expect(entries).toHaveCount(2);
  // Newest first: the change in words, who and when; then how it began.
  await expect(entries.nth(0)).toHaveText(new RegExp(`^Status: Terpasang → Rusak, oleh ${editor.username}, ${WHEN}$`));
  await expect(entries.nth(1)).toHaveText(new RegExp(`^Dibuat oleh ${editor.username}, ${WHEN}$`));
  await page.getByTestId('kelurahan-panel').screenshot({ path: 'test-results/history-panel.png' });

  // The history stays open and reads again when the status changes once more.
  await item.getByRole('combobox', { name: 'Ubah status' }).selectOption('terpasang');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toHaveText(new RegExp(`^Status: Rusak → Terpasang, oleh ${editor.username}`));
  await page.context().close();
});

test('a viewer is offered no control that writes and is told why; the history is there to read', async ({ browser, baseURL }) => {
  const editorPage = await signedIn(browser, baseURL, sharedAccount());
  const notes = `viewer e2e ${Date.now()}`;
  const id = await savePoster(editorPage, notes);
  await editorPage.context().close();

  const page = await signedIn(browser, baseURL, sharedViewer());
  await expect(page.getByTestId('read-only-notice')).toBeVisible();
  // The data tables: no edit or delete in any row, no import, no reset.
  const table = page.getByTestId('installation-table');
  await table.getByRole('searchbox', { name: 'Cari pemasangan (kelurahan, catatan, kode)' }).fill(notes);
  await expect(table.locator('tbody tr').filter({ hasText: 'Poster' })).toHaveCount(1);
  await expect(table.getByRole('button', { name: /^(Hapus|Ubah) / })).toHaveCount(0);

  const { panel, item } = await openInPanel(page, notes);
  await expect(page.getByTestId('add-installation')).toBeDisabled();
  await expect(panel.getByTestId('panel-read-only')).toHaveText('Hanya staf atau admin yang dapat mengubah status, mengubah atau menghapus pemasangan.');
  await expect(panel.getByRole('combobox')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^(Ubah|Hapus) / })).toHaveCount(0);
  await expect(item.getByTestId('panel-installation-status')).toHaveText('Terpasang');
  await item.getByRole('button', { name: /^Riwayat Poster/ }).click();
  await expect(item.getByTestId('installation-history').locator('li')).toHaveText([/^Dibuat oleh e2e-editor, /]);
  await panel.screenshot({ path: 'test-results/history-viewer-panel.png' });
  // An empty kelurahan does not invite a viewer to add one.
  await page.goto('/?kel=21.71.01.1002');
  await expect(panel).toContainText('Belum ada pemasangan di kelurahan ini.');
  await expect(panel).not.toContainText('Tambah pemasangan');

  // A link that would open the correction form opens nothing for a viewer, and says why.
  await page.goto(`/?kel=${TANJUNG_UMA}&edit=${encodeURIComponent(id)}`);
  await expect(page.getByTestId('planner-notice')).toHaveText('Hanya staf atau admin yang dapat mengubah status, mengubah atau menghapus pemasangan.');
  await expect(page.getByRole('button', { name: 'Simpan' })).toHaveCount(0);
  await page.context().close();
});
