import { expect, test, type Locator, type Page } from '@playwright/test';

// A link to the data view reproduces it: the tables' search, sort and column filters
// travel in the URL with the shared filters, so a colleague opening the link in another
// browser (its own store, seeded with the same demo data) sees the same rows in the same order.

test.describe.configure({ timeout: 180_000 });
const FIRST_LOAD = { timeout: 90_000 };
const LUBUK_BAJA = '21.71.06';

/** The table's rows as the texts of the named columns (ids differ between browsers, so they are left out). */
async function rowsOf(table: Locator, columns: readonly string[]): Promise<string[][]> {
  const headers = await table.locator('thead tr').first().locator('th').allTextContents();
  const positions = columns.map((column) => headers.findIndex((header) => header.startsWith(column)));
  expect(positions.every((position) => position >= 0), `columns ${columns.join(', ')} in ${headers.join(' | ')}`).toBe(true);
  return table.locator('tbody tr').evaluateAll(
    (rows, positions) => rows.map((row) => positions.map((position) => row.children[position]?.textContent ?? '')),
    positions,
  );
}

async function sortBy(table: Locator, column: string, clicks: number) {
  for (let click = 0; click < clicks; click++) await table.locator('thead th').filter({ hasText: column }).getByRole('button').first().click();
}

async function readView(page: Page) {
  const installations = page.getByTestId('installation-table');
  const kelurahan = page.getByTestId('kelurahan-table');
  return {
    installationCount: await page.getByTestId('installation-count').textContent(),
    kelurahanCount: await page.getByTestId('kelurahan-count').textContent(),
    installations: await rowsOf(installations, ['Jenis', 'Kelurahan (lokasi)', 'Tanggal pasang', 'Status']),
    kelurahan: await rowsOf(kelurahan, ['Kelurahan', 'Status', 'Jumlah']),
  };
}

test('a copied data view link opens with the same search, sort and column filters in both tables', async ({ page, browser }) => {
  await page.goto(`/?view=data&asOf=2026-10-31&kec=${LUBUK_BAJA}`);
  await expect(page.getByTestId('kelurahan-count')).toHaveText('5 dari 5 baris', FIRST_LOAD);
  const installations = page.getByTestId('installation-table');
  const kelurahan = page.getByTestId('kelurahan-table');

  await installations.getByRole('searchbox', { name: /Cari pemasangan/ }).fill('batu');
  // One type: its dates differ, so the order does not hang on ties (tied rows keep the store's order, by id).
  await installations.getByRole('searchbox', { name: 'Saring kolom Jenis' }).fill('Baliho');
  await sortBy(installations, 'Tanggal pasang', 2);
  await kelurahan.getByRole('searchbox', { name: 'Saring kolom Status' }).fill('belum');
  await sortBy(kelurahan, 'Kelurahan', 2);
  await expect(page.getByTestId('kelurahan-count')).toHaveText('4 dari 5 baris');
  await expect(page).toHaveURL(/isort=-installedAt/);
  const shown = await readView(page);
  expect(shown.installations.length).toBeGreaterThan(1);
  // The kelurahan by name from Z to A.
  expect(shown.kelurahan.map((row) => row[0])).toEqual([...shown.kelurahan.map((row) => row[0]!)].sort((a, b) => b.localeCompare(a, 'id')));

  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(page.url());
  await expect(colleague.getByTestId('kelurahan-count')).toHaveText('4 dari 5 baris', FIRST_LOAD);
  await expect(colleague.getByTestId('installation-count')).toHaveText(shown.installationCount!);
  expect(await readView(colleague)).toEqual(shown);
  // The fields show what filters the rows, so the colleague can change it.
  await expect(colleague.getByTestId('installation-table').getByRole('searchbox', { name: /Cari pemasangan/ })).toHaveValue('batu');
  await other.close();
});
