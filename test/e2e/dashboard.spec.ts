import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN } from '../../src/data/demo';
import { INSTALLATION_TYPES } from '../../src/domain/installation';
import { INSTALLATION_SYMBOLS } from '../../src/components/palette';
import { ARTIFACTS } from './helpers';

// The executive dashboard and the staff tables against the seeded demo data
// (five reached kelurahan, DEMO_INSTALLATION_COUNT installations, all put up by
// the end of October 2026, so `asOf=2026-10-31` counts every one of them).

const AS_OF = '2026-10-31';
const LUBUK_BAJA = '21.71.06'; // holds Batu Selicin, one of the five reached kelurahan
const lubukBajaReached = DEMO_KELURAHAN.filter((kelurahan) => kelurahan.kode.startsWith(`${LUBUK_BAJA}.`));

// Shared CI machines can be slow to start the first page: allow for it once, not in every assertion.
test.setTimeout(120_000);
const FIRST_LOAD = { timeout: 60_000 };

/** Opens the dashboard and waits until the demo data is seeded and counted. */
async function openDashboard(page: Page, query = '', installations = DEMO_INSTALLATION_COUNT) {
  await page.goto(`/?view=dashboard&asOf=${AS_OF}${query}`);
  await expect(page.getByTestId('kpi-status')).toContainText(`${installations} pemasangan`, FIRST_LOAD);
}

async function chartTable(page: Page, testId: string): Promise<string[][]> {
  const frame = page.getByTestId(testId);
  await frame.locator('summary').click();
  // The rows are rendered when the table opens (ChartFrame), a render after the click.
  await expect(frame.locator('tbody tr').first()).toBeAttached();
  return frame.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

const legendOf = (page: Page, testId: string) => page.getByTestId(testId).locator('.recharts-legend-item-text');

async function chooseKecamatan(page: Page, name: string) {
  await page.locator('.multi-select summary').filter({ hasText: 'Kecamatan' }).click();
  await page.getByRole('checkbox', { name }).check();
  await page.keyboard.press('Escape');
}

test('charts and KPIs show the demo data', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByTestId('kpi-covered')).toContainText(`${DEMO_KELURAHAN.length} dari 64`);
  await expect(page.getByTestId('kpi-gap')).toContainText(`${64 - DEMO_KELURAHAN.length} kelurahan lagi`);
  // 59 to go in the 61 days to 31 Dec 2026: 6.8 a week.
  await expect(page.getByTestId('kpi-pace')).toHaveText('Perlu rata-rata 6,8 kelurahan per minggu');
  const byKecamatan = await chartTable(page, 'chart-kecamatan');
  expect(byKecamatan).toHaveLength(12);
  expect(byKecamatan.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(DEMO_KELURAHAN.length);
  expect(byKecamatan.reduce((sum, row) => sum + Number(row[1]) + Number(row[2]), 0)).toBe(64);
  const byType = await chartTable(page, 'chart-type');
  expect(byType.reduce((sum, row) => sum + Number(row[1]), 0)).toBe(DEMO_INSTALLATION_COUNT);
  const progress = await chartTable(page, 'chart-progress');
  expect(progress.find((row) => row[0] === '31 Okt 2026')?.slice(1, 3)).toEqual([String(DEMO_INSTALLATION_COUNT), String(DEMO_KELURAHAN.length)]);
  // The summary gives the target line's value on that day in whole kelurahan (51,2 → 52: on track needs the 52nd).
  const targetThen = Number(progress.find((row) => row[0] === '31 Okt 2026')![3]!.replace(',', '.'));
  await expect(page.getByTestId('chart-progress')).toContainText(`target saat itu ${Math.ceil(targetThen)} kelurahan.`);
  await expect(page.locator('.chart-drawing .recharts-wrapper')).toHaveCount(3);
  // Legends list series in drawing order, and each material type has the colour the map draws it in.
  await expect(legendOf(page, 'chart-kecamatan')).toHaveText(['Tercakup', 'Belum tercakup']);
  await expect(legendOf(page, 'chart-progress')).toHaveText(['Pemasangan kumulatif', 'Kelurahan tercakup', 'Garis target']);
  const typeBars = page.getByTestId('chart-type').locator('.recharts-bar-rectangle path');
  expect(await typeBars.evaluateAll((paths) => paths.map((path) => path.getAttribute('fill'))))
    .toEqual(INSTALLATION_TYPES.map((type) => INSTALLATION_SYMBOLS[type].colour));
  await expect(page.getByTestId('uncovered-list').locator('li')).toHaveCount(64 - DEMO_KELURAHAN.length);
  await page.screenshot({ path: `${ARTIFACTS}/dashboard.png`, fullPage: true });
});

test('a kecamatan filter changes charts and tables together, lives in the URL and survives back/forward', async ({ page, context }) => {
  await openDashboard(page);
  const chartWidth = () => page.getByTestId('chart-progress').evaluate((figure) => figure.getBoundingClientRect().width);
  const widthBefore = await chartWidth();
  await chooseKecamatan(page, 'Lubuk Baja');
  await expect(page).toHaveURL(new RegExp(`kec=${LUBUK_BAJA.replaceAll('.', '\\.')}`));
  await expect(page.getByTestId('kpi-covered')).toContainText(`${lubukBajaReached.length} dari 5`);
  // The page keeps its width whatever the filter leaves in it, so the charts are not redrawn at a new size.
  expect(await chartWidth()).toBe(widthBefore);
  await expect(page.getByTestId('dashboard-scope')).toHaveText('Lubuk Baja');
  const byKecamatan = await chartTable(page, 'chart-kecamatan');
  expect(byKecamatan).toEqual([['Lubuk Baja', String(lubukBajaReached.length), String(5 - lubukBajaReached.length)]]);
  const expectedInstallations = lubukBajaReached.reduce((sum, kelurahan) => sum + kelurahan.count, 0);
  await expect(page.getByTestId('filter-result')).toHaveText(`5 dari 64 kelurahan · ${expectedInstallations} pemasangan`);

  // The same filter drives the staff tables.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await expect(page.getByTestId('kelurahan-count')).toHaveText('5 dari 5 baris');
  await expect(page.getByTestId('installation-count')).toHaveText(`${expectedInstallations} dari ${expectedInstallations} baris`);

  // A copied link opens the same view elsewhere.
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByTestId('kelurahan-count')).toHaveText('5 dari 5 baris');
  await expect(other.getByTestId('filter-result')).toHaveText(`5 dari 64 kelurahan · ${expectedInstallations} pemasangan`);
  await other.close();

  // Back returns to the filtered dashboard, back again to the unfiltered one; forward redoes.
  await page.goBack();
  await expect(page.getByTestId('kpi-covered')).toContainText(`${lubukBajaReached.length} dari 5`);
  await page.goBack();
  await expect(page.getByTestId('kpi-covered')).toContainText(`${DEMO_KELURAHAN.length} dari 64`);
  await page.goForward();
  await expect(page.getByTestId('kpi-covered')).toContainText(`${lubukBajaReached.length} dari 5`);
});

test('selecting a kelurahan in one table selects it everywhere', async ({ page }) => {
  await page.goto(`/?view=data&asOf=${AS_OF}`);
  await expect(page.getByTestId('installation-count')).toContainText(String(DEMO_INSTALLATION_COUNT), FIRST_LOAD);
  const table = page.getByTestId('kelurahan-table');
  await table.getByRole('searchbox', { name: /Cari kelurahan/ }).fill('sadai');
  await table.getByRole('button', { name: 'Sadai' }).click();
  await expect(page).toHaveURL(/kel=21\.71\.09\.1003/);
  await expect(table.getByRole('button', { name: 'Sadai' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dasbor', exact: true }).click();
  await expect(page.getByTestId('uncovered-list').locator('li.selected')).toHaveCount(0); // Sadai is covered, so not listed
  await expect(page).toHaveURL(/kel=21\.71\.09\.1003/);
});

test('the tables filter by the words they show, in either language', async ({ page }) => {
  await page.goto(`/?view=data&asOf=${AS_OF}`);
  await expect(page.getByTestId('installation-count')).toContainText(String(DEMO_INSTALLATION_COUNT), FIRST_LOAD);
  const kelurahanTable = page.getByTestId('kelurahan-table');
  const installationTable = page.getByTestId('installation-table');
  const uncovered = 64 - DEMO_KELURAHAN.length;

  await kelurahanTable.getByRole('searchbox', { name: 'Saring kolom Status' }).fill('belum');
  await expect(page.getByTestId('kelurahan-count')).toHaveText(`${uncovered} dari 64 baris`);
  const statusCells = installationTable.locator('tbody tr td:nth-child(6)');
  const statusFilter = installationTable.getByRole('searchbox', { name: 'Saring kolom Status' });
  await statusFilter.fill('Terpasang');
  await expect(statusCells.first()).toHaveText('Terpasang');
  const installed = Number((await page.getByTestId('installation-count').textContent())!.split(' ')[0]);
  expect(installed).toBeGreaterThan(0);
  expect(installed).toBeLessThanOrEqual(DEMO_INSTALLATION_COUNT);

  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  // Typed in Indonesian, the filter now finds nothing: the column says "Installed".
  await expect(page.getByTestId('installation-count')).toHaveText(`0 of ${DEMO_INSTALLATION_COUNT} rows`);
  await installationTable.getByRole('searchbox', { name: 'Filter column Status' }).fill('installed');
  await expect(page.getByTestId('installation-count')).toHaveText(`${installed} of ${DEMO_INSTALLATION_COUNT} rows`);
  expect(new Set(await statusCells.allTextContents())).toEqual(new Set(['Installed']));
  await kelurahanTable.getByRole('searchbox', { name: 'Filter column State' }).fill('not yet');
  await expect(page.getByTestId('kelurahan-count')).toHaveText(`${uncovered} of 64 rows`);
  await kelurahanTable.getByRole('searchbox', { name: 'Search kelurahan, kecamatan or code' }).fill('next target');
  await expect(page.getByTestId('kelurahan-count')).toHaveText(/^[1-9]\d* of 64 rows$/);
  expect(new Set(await kelurahanTable.locator('.state-badge').allTextContents())).toEqual(new Set(['Not yet covered · Next target']));
});

test('the kelurahan table says how much border each kelurahan shares with covered ones, as the ranking list does', async ({ page }) => {
  // The planner's list: the first three targets and their shared border ("6,6 km perbatasan").
  await page.goto(`/?view=map&asOf=${AS_OF}`);
  const rows = page.getByTestId('uncovered-row');
  await expect(rows.first()).toContainText('km perbatasan', FIRST_LOAD);
  const listed: [string, string][] = [];
  for (let index = 0; index < 3; index++) {
    const row = rows.nth(index);
    const nama = (await row.locator('.ranking-name strong').textContent())!;
    listed.push([nama, /([\d,]+) km perbatasan/.exec((await row.textContent())!)![1]!]);
  }
  // The data view: the same kelurahan, the same kilometres; covered kelurahan have none.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const table = page.getByTestId('kelurahan-table');
  const header = table.getByRole('columnheader', { name: /^Perbatasan \(km\)/ });
  await expect(header).toBeVisible(FIRST_LOAD);
  const column = await header.evaluate((cell) => [...cell.parentElement!.children].indexOf(cell) + 1);
  for (const [nama, km] of listed) {
    await table.getByRole('searchbox', { name: /Cari kelurahan/ }).fill(nama);
    await expect(table.locator('tbody tr').filter({ hasText: nama }).locator(`td:nth-child(${column})`)).toHaveText(km);
  }
  await table.getByRole('searchbox', { name: /Cari kelurahan/ }).fill('Batu Selicin');
  await expect(table.locator('tbody tr').filter({ hasText: 'Batu Selicin' }).locator(`td:nth-child(${column})`)).toHaveText('–');
});

test('visibility is computed on request, with progress, and fills the table\'s column and the dashboard\'s chart', async ({ page }) => {
  await page.goto(`/?view=data&asOf=${AS_OF}`);
  await expect(page.getByTestId('installation-count')).toContainText(String(DEMO_INSTALLATION_COUNT), FIRST_LOAD);
  const table = page.getByTestId('kelurahan-table');
  const visibleCells = table.locator('tbody tr td:last-child');
  await expect(visibleCells.first()).toHaveText('–');
  await table.getByRole('button', { name: 'Hitung visibilitas' }).click();
  // A progress bar replaces the button while it runs, then both go.
  await expect(table.getByRole('button', { name: 'Hitung visibilitas' })).toHaveCount(0);
  await expect(table.locator('.visibility-progress')).toHaveCount(0, { timeout: 60_000 });
  // Every reached kelurahan sees some of its area covered; `>0` compares the percentage shown.
  await table.getByRole('searchbox', { name: 'Saring kolom Terlihat' }).fill('>0');
  await expect.poll(async () => Number((await page.getByTestId('kelurahan-count').textContent())!.split(' ')[0]))
    .toBeGreaterThanOrEqual(DEMO_KELURAHAN.length);
  const shares = (await visibleCells.allTextContents()).map((text) => Number(text.replace('%', '').replace(',', '.')));
  expect(shares.every((share) => share > 0 && share <= 100)).toBe(true);
  for (const { nama } of DEMO_KELURAHAN) await expect(table.getByRole('button', { name: nama, exact: true })).toBeVisible();

  // The dashboard shows the same result without computing it again.
  await page.getByRole('button', { name: 'Dasbor', exact: true }).click();
  const chart = await chartTable(page, 'chart-visibility');
  expect(chart.length).toBeGreaterThan(0);
  expect(chart.some((row) => row[1] !== '0%')).toBe(true);
});

test('the target form and the date filter say what is wrong; the target in use stays meanwhile', async ({ page }) => {
  await openDashboard(page);
  const settings = page.getByTestId('target-settings');
  await settings.locator('summary').click();
  const share = settings.getByRole('spinbutton', { name: 'Target cakupan (%)' });
  await share.fill('');
  await expect(settings.getByText('Isi persentase dari 1 sampai 100.')).toBeVisible();
  await expect(share).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('kpi-target')).toContainText('64 kelurahan (100%)');
  await share.fill('50');
  await expect(settings.getByText('Isi persentase dari 1 sampai 100.')).toHaveCount(0);
  await expect(page.getByTestId('kpi-target')).toContainText('32 kelurahan (50%)');
  await expect(page.getByTestId('kpi-gap')).toContainText(`${32 - DEMO_KELURAHAN.length} kelurahan lagi`);
  await expect(page.getByTestId('kpi-pace')).toHaveText('Perlu rata-rata 3,1 kelurahan per minggu');
  await settings.getByLabel('Tanggal target').fill('2026-01-15');
  await expect(settings.getByText('Tanggal target harus sesudah mulai kampanye.')).toBeVisible();
  await expect(page.getByTestId('kpi-target')).toContainText('31 Des 2026');
  // A reversed date range is named as such, not just an empty result.
  await page.getByLabel('Dipasang sejak').fill('2026-09-01');
  await page.getByLabel('Dipasang hingga').fill('2026-08-01');
  await expect(page.getByRole('alert').filter({ hasText: 'sesudah "Dipasang hingga"' })).toBeVisible();
  await expect(page.getByLabel('Dipasang sejak')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Dipasang hingga').fill('2026-10-01');
  await expect(page.getByRole('alert').filter({ hasText: 'sesudah "Dipasang hingga"' })).toHaveCount(0);
  // Kept in the browser: a reload shows the 50 % target.
  await page.reload();
  await expect(page.getByTestId('kpi-target')).toContainText('32 kelurahan (50%)', FIRST_LOAD);
});

test('dates are written day first in the UI\'s language, whatever the browser\'s; a date that cannot be read is named and changes nothing', async ({ page }) => {
  await openDashboard(page);
  // The browser speaks American English: its own date inputs would show mm/dd/yyyy here.
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await expect(page.getByLabel('Per tanggal')).toHaveValue('31/10/2026');
  // Named by its label alone (the calendar button beside it is a mouse shortcut, not part of the name).
  await expect(page.getByRole('textbox', { name: 'Dipasang sejak', exact: true })).toHaveCount(1);
  const from = page.getByLabel('Dipasang sejak');
  await expect(from).toHaveAttribute('placeholder', 'hh/bb/tttt');
  await from.pressSequentially('1/9/2026');
  await expect(page).toHaveURL(/from=2026-09-01/);
  const result = await page.getByTestId('filter-result').textContent();
  // Not a day of the calendar: said when the field is left, and the filter stays at 1 September.
  await from.fill('31/02/2026');
  await from.press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: '“31/02/2026” bukan tanggal' })).toBeVisible();
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  // The message describes the field; the field's name stays its label.
  await expect(from).toHaveAccessibleName('Dipasang sejak');
  await expect(from).toHaveAccessibleDescription(/^“31\/02\/2026” bukan tanggal/);
  await expect(page).toHaveURL(/from=2026-09-01/);
  await expect(page.getByTestId('filter-result')).toHaveText(result ?? '');
  // The calendar button, or Alt+↓ in the field, opens the browser's own picker (without an error);
  // what it picks is written day first.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.locator('.filter-bar').getByTitle('Pilih tanggal dari kalender (Alt+↓)').first().click();
  await page.keyboard.press('Escape');
  await from.press('Alt+ArrowDown');
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
  await from.locator('xpath=following-sibling::input[@type="date"]').fill('2026-09-05', { force: true });
  await expect(from).toHaveValue('05/09/2026');
  await expect(page).toHaveURL(/from=2026-09-05/);
  await expect(page.getByRole('alert').filter({ hasText: 'bukan tanggal' })).toHaveCount(0);
  // Emptied to type another date: the as-of date (empty means today) is not refilled meanwhile.
  const asOf = page.getByLabel('Per tanggal');
  await asOf.fill('');
  await asOf.pressSequentially('30/6/2026');
  await expect(page).toHaveURL(/asOf=2026-06-30/);
  await expect(asOf).toHaveValue('30/6/2026');
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  await expect(page.getByLabel('Installed from')).toHaveValue('05/09/2026');
  await expect(page.getByLabel('Installed until')).toHaveAttribute('placeholder', 'dd/mm/yyyy');
  // From the link: the same date in the field.
  await page.reload();
  await expect(page.getByLabel('Installed from')).toHaveValue('05/09/2026', FIRST_LOAD);
});

test('switching language changes the text and the number format', async ({ page }) => {
  await openDashboard(page);
  await expect(page.getByRole('heading', { name: 'Dasbor kemajuan kampanye' })).toBeVisible();
  await expect(page.getByTestId('kpi-covered')).toContainText('7,8%');
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Campaign progress dashboard' })).toBeVisible();
  await expect(page.getByTestId('kpi-covered')).toContainText(`${DEMO_KELURAHAN.length} of 64`);
  await expect(page.getByTestId('kpi-covered')).toContainText('7.8%');
  await expect(legendOf(page, 'chart-kecamatan')).toHaveText(['Covered', 'Not yet covered']);
  await expect(page).toHaveURL(/lang=en/);
});

test('dashboard and tables have no serious or critical accessibility violations', async ({ page }) => {
  for (const view of ['dashboard', 'data']) {
    await page.goto(`/?view=${view}&asOf=${AS_OF}`);
    await expect(page.getByTestId(view === 'dashboard' ? 'kpi-status' : 'installation-count')).toContainText(String(DEMO_INSTALLATION_COUNT), FIRST_LOAD);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('the printed map keeps a legible legend whatever the region\'s shape', async ({ page }) => {
  // An A4 page at 96 dpi. The whole city is taller than wide: drawn to the page's width and
  // then shrunk to the printed map's height limit, the legend's text used to come out ~7 px.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await openDashboard(page, '&print=1');
  const labels = page.getByTestId('static-map').locator('.static-map-legend text');
  await expect(labels).toHaveCount(4);
  const fontSizes = await labels.evaluateAll((texts) =>
    texts.map((text) => (text as SVGTextElement).getScreenCTM()!.a * Number(text.getAttribute('font-size'))),
  );
  for (const size of fontSizes) expect(size).toBeGreaterThanOrEqual(10);
  // The covered kelurahan are named under the map; on it, those names (and the next targets')
  // that fit, clear of each other: in the whole city they are small and close together.
  for (const { nama } of DEMO_KELURAHAN) await expect(page.getByTestId('print-covered')).toContainText(nama);
  await expect(page.getByTestId('print-covered')).toContainText(`Kelurahan tercakup (${DEMO_KELURAHAN.length}): `);
  const names = await printedNames(page);
  expect(names.length).toBeGreaterThan(0);
  const targets = await page.getByTestId('uncovered-list').locator('li').filter({ hasText: 'Sasaran' }).evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  for (const { text } of names) {
    expect(DEMO_KELURAHAN.some((kelurahan) => kelurahan.nama === text) || targets.some((target) => target.includes(text)), `${text} is covered or a next target`).toBe(true);
  }
  expectApart(names);
});

/** The kelurahan names printed on the static map, with the boxes the browser drew them in. */
async function printedNames(page: Page) {
  return page.getByTestId('static-map').locator('text[data-label-kode]').evaluateAll((texts) =>
    texts.map((text) => {
      const box = (text as SVGTextElement).getBBox();
      return { text: text.textContent ?? '', left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
    }),
  );
}

function expectApart(names: { text: string; left: number; top: number; right: number; bottom: number }[]) {
  for (const [index, name] of names.entries()) {
    for (const other of names.slice(index + 1)) {
      const overlap = name.left < other.right && other.left < name.right && name.top < other.bottom && other.top < name.bottom;
      expect(overlap, `${name.text} and ${other.text} overlap`).toBe(false);
    }
  }
}

test('the print summary renders the map, KPIs, charts and the uncovered list', async ({ page }) => {
  await openDashboard(page, `&kec=${LUBUK_BAJA}`, lubukBajaReached.reduce((sum, kelurahan) => sum + kelurahan.count, 0));
  await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
  await expect(page).toHaveURL(/print=1/);
  const summary = page.getByTestId('print-page');
  await expect(summary.getByTestId('static-map').locator('path[data-kode]')).toHaveCount(5);
  await expect(summary.getByTestId('static-map').locator('path[data-state="covered"]')).toHaveCount(lubukBajaReached.length);
  // One kecamatan: every kelurahan is named.
  await expect(summary.getByTestId('print-covered')).toHaveText(`Kelurahan tercakup (${lubukBajaReached.length}): ${lubukBajaReached.map((kelurahan) => `${kelurahan.nama} (Lubuk Baja)`).join(', ')}.`);
  const names = await printedNames(page);
  expect(names.map((name) => name.text).sort()).toEqual(['Baloi Indah', 'Batu Selicin', 'Kampung Pelita', 'Lubuk Baja Kota', 'Tanjung Uma']);
  expectApart(names);
  await expect(summary.getByTestId('kpi-covered')).toContainText(`${lubukBajaReached.length} dari 5`);
  await expect(summary.locator('.chart-drawing .recharts-wrapper')).toHaveCount(3);
  await expect(summary.getByTestId('uncovered-list').locator('li')).toHaveCount(5 - lubukBajaReached.length);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.app-header')).toBeHidden();
  await page.screenshot({ path: `${ARTIFACTS}/print.png`, fullPage: true });
  const download = page.waitForEvent('download');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Unduh peta (PNG)' }).click();
  expect((await download).suggestedFilename()).toBe(`cakupan-peta-${AS_OF}.png`);
});
