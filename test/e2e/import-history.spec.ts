import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_INSTALLATION_COUNT } from '../../src/data/demo';
import { dropOnImport } from './helpers';

// An import can be undone later, from the history beside the import button, after a
// reload too, as long as its rows are as imported. Language is the default (id).

const FIXTURE = 'test/fixtures/import/e2e-batam.csv';

function countOf(page: Page) {
  return page.getByTestId('installation-count');
}

/** Imports the fixture (4 accepted rows) and closes the dialog. */
async function importFixture(page: Page) {
  await page.getByTestId('import-open').click();
  await dropOnImport(page, readFileSync(FIXTURE), 'e2e-batam.csv');
  await expect(page.getByTestId('import-count-accepted')).toHaveText('4');
  await page.getByTestId('import-confirm').dispatchEvent('click');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 4));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function openHistory(page: Page) {
  const history = page.getByTestId('import-history');
  await history.locator('summary').click();
  return history;
}

test('an import is listed after a reload with its file, time and rows, and undone from there (and put back)', async ({ page }) => {
  await page.goto('/?view=data');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
  // The demo set is not a user's import: the history starts empty.
  let history = await openHistory(page);
  await expect(history.locator('summary')).toHaveText('Riwayat impor (0)');
  await expect(history.getByTestId('import-history-empty')).toContainText('Belum ada impor.');

  await importFixture(page);
  await page.reload();
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 4));

  history = await openHistory(page);
  await expect(history.locator('summary')).toHaveText('Riwayat impor (1)');
  const entry = history.getByTestId('import-history-entry');
  await expect(entry).toHaveCount(1);
  const cells = entry.locator('td');
  await expect(cells.nth(0)).toHaveText('e2e-batam.csv');
  await expect(cells.nth(1)).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}\.\d{2}$/);
  await expect(cells.nth(2)).toHaveText('4');

  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.accept();
  });
  await entry.getByRole('button', { name: 'Batalkan impor e2e-batam.csv' }).click();
  const status = history.getByTestId('import-history-status');
  await expect(status).toHaveText('Impor e2e-batam.csv dibatalkan: 4 pemasangan dihapus. Kembalikan');
  expect(asked).toBe('Batalkan impor e2e-batam.csv? 4 pemasangan dari berkas ini akan dihapus. Anda dapat mengembalikannya segera setelah ini.');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
  await expect(entry).toHaveCount(0);
  await expect(history.getByTestId('import-history-empty')).toBeVisible();

  // Put back: the same rows, so the import is listed (and undoable) again.
  await status.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(status).toHaveText('Dikembalikan: 4 pemasangan.');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 4));
  await expect(entry.getByRole('button', { name: 'Batalkan impor e2e-batam.csv' })).toBeVisible();

  // Declining the question changes nothing.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await entry.getByRole('button', { name: 'Batalkan impor e2e-batam.csv' }).click();
  await expect(status).toHaveText('Dikembalikan: 4 pemasangan.');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 4));
});

test('an import with a row edited since offers no undo and says why; one made in another browser shows an unknown file', async ({ page }) => {
  await page.goto('/?view=data');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
  await importFixture(page);

  // Edit one imported row (its notes) from the table.
  const table = page.getByTestId('installation-table');
  await table.getByRole('searchbox', { name: 'Cari pemasangan (kelurahan, catatan, kode)' }).fill('lintang dan bujur tertukar');
  const row = table.locator('tbody tr').filter({ hasText: 'Poster' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Ubah Poster/ }).dispatchEvent('click');
  const form = page.getByTestId('installation-form');
  await form.getByLabel('Catatan').fill('diperiksa ulang');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('planner-notice')).toHaveText('Perubahan disimpan.');
  await page.getByRole('button', { name: 'Data', exact: true }).click();

  const history = await openHistory(page);
  const entry = history.getByTestId('import-history-entry');
  await expect(entry.locator('td').nth(0)).toHaveText('e2e-batam.csv');
  await expect(entry.locator('td').nth(3)).toHaveText('Tidak dapat dibatalkan: 1 baris sudah diubah sejak impor');
  await expect(entry.getByRole('button')).toHaveCount(0);

  // The file name is known only to the browser that imported it.
  await page.evaluate(() => localStorage.removeItem('cakupan.imports'));
  await page.reload();
  const reloaded = await openHistory(page);
  await expect(reloaded.getByTestId('import-history-entry').locator('td').nth(0)).toHaveText('berkas tidak diketahui');
  await expect(reloaded.getByTestId('import-history-entry').locator('td').nth(2)).toHaveText('4');
});
