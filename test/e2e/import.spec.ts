import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN } from '../../src/data/demo';
import type { KelurahanCollection } from '../../src/domain/region';
import { day, makeWorkbook } from '../support/workbook';
import { clickMapAt, dropOnImport, waitForMapIdle } from './helpers';

// Staff import a spreadsheet export into the data view: every row gets a
// verdict, rejected rows can be downloaded to fix, the accepted ones are saved
// in one step and that step can be undone. Language is the default (id).

const FIXTURE = 'test/fixtures/import/e2e-batam.csv';

/** Drops a file from disk on the import drop zone (`dropOnImport`). */
async function dropFile(page: Page, path: string, name: string) {
  await dropOnImport(page, readFileSync(path), name);
}

function countOf(page: Page) {
  return page.getByTestId('installation-count');
}

// Every test has a fresh browser context, so the store starts with just the demo set.
async function openDataView(page: Page) {
  await page.goto('/?view=data');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
}

test('import a CSV, review verdicts, download rejected rows, save, undo', async ({ page }) => {
  await openDataView(page);
  await page.getByTestId('import-open').click();
  await dropFile(page, FIXTURE, 'e2e-batam.csv');

  await expect(page.getByTestId('import-count-rows')).toHaveText('6');
  await expect(page.getByTestId('import-count-accepted')).toHaveText('4');
  await expect(page.getByTestId('import-count-rejected')).toHaveText('2');
  const errors = page.getByTestId('import-errors');
  await expect(errors.locator('tbody tr')).toHaveCount(2);
  await expect(errors.locator('tr[data-code="date_impossible"]')).toContainText('31/02/2026 tidak ada di kalender');
  // The rows as a spreadsheet numbers them: the header is row 1, so the sixth installation is row 7.
  await expect(errors.locator('tr[data-code="type_unknown"] td').first()).toHaveText('7');
  await expect(page.getByTestId('import-warnings').locator('tr[data-code="coordinates_swapped"] td').first()).toHaveText('4');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-download-rejected').click()]);
  const rejectedCsv = readFileSync((await download.path()) ?? '', 'utf8');
  const lines = rejectedCsv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('Jenis;Lintang;Bujur;Tanggal Pasang;Status;Kelurahan;Catatan;error');
  expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['Baliho', 'Tenda']);

  // What the dialog shows while it saves and while it undoes, from now on. Its progress bars show
  // the share done (a value): an indeterminate bar animates every frame, which cost the page a core here.
  await page.getByTestId('import-dialog').evaluate((dialog) => {
    const seen: string[] = [];
    (window as unknown as { __importSeen: string[] }).__importSeen = seen;
    new MutationObserver(() => {
      if (dialog.querySelector('[data-testid="import-saving"][value]')) seen.push('[saving progress]');
      const line = dialog.querySelector('[data-testid="import-saved"]');
      if (line) seen.push(`${line.querySelector('progress[value]') ? '[progress] ' : ''}${line.textContent?.trim()}`);
    }).observe(dialog, { childList: true, subtree: true, characterData: true });
  });
  await page.getByTestId('import-confirm').dispatchEvent('click');
  await expect(page.getByTestId('import-saved')).toHaveText('4 pemasangan diimpor dari e2e-batam.csv. Batalkan impor');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 4));

  await page.getByTestId('import-saved').getByRole('button').dispatchEvent('click');
  await expect(page.getByTestId('import-undone')).toHaveText('Impor dibatalkan: 4 pemasangan dihapus.');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
  const seen = await page.evaluate(() => (window as unknown as { __importSeen: string[] }).__importSeen);
  expect(seen).toContain('[saving progress]');
  expect(seen).toContain('[progress] Membatalkan impor: menghapus 4 pemasangan…');
});

test('an Excel recap with a title and an unrecognised type column: the column is mapped by hand, then imported, and the mapping is remembered', async ({ page }) => {
  test.slow(); // two imports of a workbook, on a shared machine
  const workbook = makeWorkbook([
    {
      name: 'Rekap',
      rows: [
        ['REKAP PEMASANGAN APK KKBC'],
        [],
        ['No.', 'Barang', 'Lintang (LU)', 'Bujur (BT)', 'Tgl. Pemasangan'],
        [1, 'Baliho', 1.137913, 104.005852, { value: day('2026-03-15'), format: 'd mmmm yyyy' }],
        [2, 'Spanduk', 1.145706, 104.041101, { value: day('2026-03-16'), format: 'dd/mm/yyyy' }],
        ['JUMLAH', 2],
      ],
      merges: ['A1:E1'],
    },
  ]);
  await openDataView(page);
  await page.getByTestId('import-open').click();
  await dropOnImport(page, workbook, 'rekap-batam.xlsx');

  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toHaveAttribute('open', '');
  await expect(page.getByTestId('import-header-row')).toHaveText('Judul kolom ditemukan di baris 3; baris di atasnya dilewati.');
  await expect(page.getByTestId('import-errors').locator('tr[data-code="file_no_type_column"]')).toBeVisible();
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await expect(page.getByTestId('import-map-lat')).toHaveValue('Lintang (LU)');
  await expect(page.getByTestId('import-map-type').locator('option', { hasText: /^Barang — Baliho, Spanduk$/ })).toHaveCount(1);

  await page.getByTestId('import-map-type').selectOption('Barang');
  await expect(page.getByTestId('import-count-accepted')).toHaveText('2');
  await expect(page.getByTestId('import-count-rejected')).toHaveText('0');
  await expect(page.getByTestId('import-skipped')).toHaveText('1 baris dilewati (baris 6): baris jumlah atau rekap, bukan pemasangan.');
  await page.getByTestId('import-confirm').dispatchEvent('click');
  await expect(page.getByTestId('import-saved')).toHaveText('2 pemasangan diimpor dari rekap-batam.xlsx. Batalkan impor');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 2));

  // The same layout next time: read with the remembered mapping, no question asked.
  await dropOnImport(page, workbook, 'rekap-batam-2.xlsx');
  await expect(page.getByTestId('import-map-type')).toHaveValue('Barang');
  await expect(page.getByTestId('import-count-accepted')).toHaveText('2');
  await expect(page.getByTestId('import-warnings').locator('tr[data-code="duplicate_of_existing"]')).toHaveCount(2);
});

test('on a phone the review reads: importing is the main action, and no header breaks inside a word', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openDataView(page);
  await page.getByTestId('import-open').click();
  await dropFile(page, FIXTURE, 'e2e-batam.csv');
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toHaveText('Impor 4 baris');
  const background = (testId: string) => page.getByTestId(testId).evaluate((element) => getComputedStyle(element).backgroundColor);
  // The same filled brand colour as the page's own main buttons; the secondary action stays outlined.
  expect(await background('import-confirm')).toBe(await background('import-open'));
  expect(await background('import-download-rejected')).not.toBe(await background('import-confirm'));

  for (const testId of ['import-errors', 'import-warnings']) {
    const table = page.getByTestId(testId).locator('table');
    const layout = await table.evaluate((element) => {
      const dialog = element.closest('dialog')!;
      const headers = [...element.querySelectorAll('th')].map((header) => {
        const range = document.createRange();
        range.selectNodeContents(header);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
        return { text: header.textContent, lines };
      });
      return { headers, overflow: element.getBoundingClientRect().right - dialog.getBoundingClientRect().right };
    });
    expect(layout.headers).toEqual(layout.headers.map(({ text }) => ({ text, lines: 1 })));
    expect(layout.overflow).toBeLessThanOrEqual(0);
  }
});

test('a file that is not CSV is refused as a whole, nothing to import', async ({ page }) => {
  await openDataView(page);
  await page.getByTestId('import-open').click();
  await dropFile(page, 'test/fixtures/import/garbage.bin', 'garbage.xlsx');
  await expect(page.getByTestId('import-errors').locator('tr[data-code="file_binary"]')).toBeVisible();
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
});

test('a point imported outside every kelurahan is moved in from the table, and a row deleted from it comes back with undo', async ({ page }) => {
  const { features } = (await (await page.request.get('/geodata/21.71/kelurahan.geojson')).json()) as KelurahanCollection;
  const batuSelicin = features.find((feature) => feature.properties.kode === DEMO_KELURAHAN[0].kode)!.properties;
  await openDataView(page);
  await page.getByTestId('import-open').click();
  await dropFile(page, 'test/fixtures/import/e2e-outside.csv', 'titik-salah.csv');
  await expect(page.getByTestId('import-count-accepted')).toHaveText('1');
  await page.getByTestId('import-confirm').dispatchEvent('click');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 1));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The row says where the problem is; no kelurahan panel lists it, the table is the way in.
  const table = page.getByTestId('installation-table');
  await table.getByRole('searchbox', { name: 'Cari pemasangan (kelurahan, catatan, kode)' }).fill('Salah titik e2e');
  const row = table.locator('tbody tr').filter({ hasText: 'Baliho' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Di luar wilayah');
  await row.getByRole('button', { name: 'Ubah Baliho yang dipasang 20 Mar 2026 di peta' }).dispatchEvent('click');

  // The map opens on it with the form; a click inside Batu Selicin moves it there.
  const form = page.getByTestId('installation-form');
  await expect(form.getByRole('heading')).toHaveText('Ubah pemasangan');
  await expect(form.locator('.form-location')).toHaveText('Lokasi: 1.05000, 104.25000');
  await expect(page).toHaveURL(/[?&]edit=/);
  await waitForMapIdle(page, 90_000);
  await page.evaluate((center) => window.__cakupanMap!.jumpTo({ center, zoom: 13 }), batuSelicin.labelPoint);
  await waitForMapIdle(page);
  await clickMapAt(page, batuSelicin.labelPoint);
  await expect(form).toContainText('Kelurahan Batu Selicin');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('planner-notice')).toHaveText('Perubahan disimpan.');
  await expect(page).not.toHaveURL(/[?&]edit=/);
  await expect(page.getByTestId('kelurahan-panel')).toHaveAttribute('data-kode', batuSelicin.kode);
  await expect(page.getByTestId('panel-installations')).toContainText('Salah titik e2e');

  // Back in the table the row stands in Batu Selicin, with no warning left.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await table.getByRole('searchbox', { name: 'Cari pemasangan (kelurahan, catatan, kode)' }).fill('Salah titik e2e');
  await expect(row).toContainText('Batu Selicin');
  await expect(row).not.toContainText('Di luar wilayah');

  // Deleted from the table, then put back from the notice.
  await row.getByRole('button', { name: 'Hapus Baliho yang dipasang 20 Mar 2026' }).dispatchEvent('click');
  await expect(page.getByTestId('data-notice')).toHaveText('Baliho yang dipasang 20 Mar 2026 dihapus. Urungkan');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
  await page.getByTestId('data-notice').getByRole('button', { name: 'Urungkan' }).dispatchEvent('click');
  await expect(page.getByTestId('data-notice')).toHaveText('Pemasangan dikembalikan.');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT + 1));
});

test('a device whose storage is full: the import saves nothing, says why in the UI\'s language, and the data stays as it was', async ({ page }) => {
  // From the moment the test says so, the browser refuses every new row, as with a full disk.
  await page.addInitScript(() => {
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if ((window as unknown as { __storageFull?: boolean }).__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    };
  });
  await openDataView(page);
  await page.getByTestId('import-open').click();
  await dropFile(page, FIXTURE, 'e2e-batam.csv');
  await expect(page.getByTestId('import-count-accepted')).toHaveText('4');
  await page.evaluate(() => { (window as unknown as { __storageFull?: boolean }).__storageFull = true; });
  await page.getByTestId('import-confirm').dispatchEvent('click');
  const failed = page.getByTestId('import-failed');
  await expect(failed).toContainText('Tidak ada yang disimpan dari e2e-batam.csv.');
  await expect(failed).toContainText('Penyimpanan perangkat ini penuh; tidak ada yang disimpan. Hapus data yang tidak diperlukan');
  await expect(failed).not.toContainText('quota');
  await expect(countOf(page)).toContainText(String(DEMO_INSTALLATION_COUNT));
});

test('a long list of findings is drawn step by step and ends complete, each row numbered as in the spreadsheet', async ({ page }) => {
  await openDataView(page);
  await page.getByTestId('import-open').click();
  const rows = Array.from({ length: 120 }, (_, index) => `Tenda;1,14;104,01;${String(1 + (index % 28)).padStart(2, '0')}/03/2026`);
  await dropOnImport(page, ['REKAP APK;;;', 'Jenis;Lintang;Bujur;Tanggal', ...rows].join('\n'), 'tenda.csv');
  const errors = page.getByTestId('import-errors').locator('tbody tr');
  await expect(errors).toHaveCount(120);
  await expect(errors.first().locator('td').first()).toHaveText('3');
  await expect(errors.last().locator('td').first()).toHaveText('122');
});
