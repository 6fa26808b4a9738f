import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { readPngText } from '../../src/components/pngText';
import { DEMO_KELURAHAN, generateDemoInstallations } from '../../src/data/demo';
import type { KelurahanCollection } from '../../src/domain/region';
import { installationColumns } from '../../src/geo/installationColumns';
import { installationsAsOf } from '../../src/geo/installationsAsOf';
import { waitForMapIdle } from './helpers';

// One as-of date drives every number: with an earlier "Per tanggal" the dashboard, the
// printed summary, the map's legend and kelurahan panel, the PNG's title and the data
// view all count the installations that stood on that date, and agree with the engine
// (`installationsAsOf`, the one definition) run here on the same demo data.

const AS_OF = '2026-05-01';
const AS_OF_TEXT = '1 Mei 2026';

test.describe.configure({ timeout: 180_000 });
const FIRST_LOAD = { timeout: 90_000 };

interface Expected {
  total: number;
  later: number;
  /** The kelurahan with the most installations put up after the date, and its count on the date. */
  kelurahan: { kode: string; nama: string; onDate: number; later: number };
}

/** The engine's numbers for AS_OF on the demo data the app seeds. */
async function expected(page: Page): Promise<Expected> {
  const response = await page.request.get('/geodata/21.71/kelurahan.geojson');
  const demo = generateDemoInstallations((await response.json()) as KelurahanCollection);
  const onDate = installationsAsOf(installationColumns(demo), AS_OF);
  const perKelurahan = DEMO_KELURAHAN.map(({ kode, nama }) => {
    const positions = demo.flatMap((installation, index) => (installation.kelurahanKode === kode ? [index] : []));
    const standing = positions.filter((index) => onDate.status[index] !== -1).length;
    return { kode, nama, onDate: standing, later: positions.length - standing };
  });
  const kelurahan = perKelurahan.sort((a, b) => b.later - a.later)[0]!;
  expect(kelurahan.later, 'the demo has installations after the date in some kelurahan').toBeGreaterThan(0);
  expect(onDate.notYetCount).toBeGreaterThan(0);
  return { total: onDate.indexes.length, later: onDate.notYetCount, kelurahan };
}

/** A chart's data table (opened from its summary), as cell texts. */
async function chartRows(page: Page, testId: string): Promise<string[][]> {
  const frame = page.getByTestId(testId);
  await frame.locator('summary').click();
  await expect(frame.locator('tbody tr').first()).toBeAttached();
  return frame.locator('tbody tr').evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent ?? '')));
}

test('an earlier as-of date gives one installation count on the dashboard, in print, on the map, in the PNG and in the data view', async ({ page }) => {
  await page.goto(`/?view=dashboard&asOf=${AS_OF}`);
  const engine = await expected(page);
  const count = `${engine.total} pemasangan`;

  // Dashboard: the status card, the filter result line, the type chart and the progress chart.
  await expect(page.getByTestId('kpi-status')).toContainText(`${count} hingga ${AS_OF_TEXT}`, FIRST_LOAD);
  await expect(page.getByTestId('filter-result')).toHaveText(`64 dari 64 kelurahan · ${count}`);
  expect((await chartRows(page, 'chart-type')).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(engine.total);
  expect((await chartRows(page, 'chart-progress')).find((row) => row[0] === AS_OF_TEXT)?.[1]).toBe(String(engine.total));

  // The printed summary.
  await page.getByRole('button', { name: 'Cetak ringkasan' }).click();
  await expect(page.getByTestId('print-page').getByTestId('kpi-status')).toContainText(`${count} hingga ${AS_OF_TEXT}`);
  await page.getByRole('button', { name: 'Kembali ke dasbor' }).click();

  // The map: the legend's installation rows add up to the same count.
  await page.goto(`/?asOf=${AS_OF}&kel=${engine.kelurahan.kode}`);
  await expect(page.getByTestId('filter-result')).toHaveText(`64 dari 64 kelurahan · ${count}`, FIRST_LOAD);
  await waitForMapIdle(page, 90_000);
  const legendCounts = await page.getByTestId('map-legend').locator('ul').nth(1).locator('.legend-count').allTextContents();
  expect(legendCounts.reduce((sum, text) => sum + Number(text), 0)).toBe(engine.total);

  // The kelurahan panel lists only what stood on the date, as many as it counts.
  const list = page.getByTestId('panel-installations').locator('li');
  await expect(list).toHaveCount(engine.kelurahan.onDate);
  // Its counts by status (the second count grid) add up to the same.
  const statusCounts = await page.getByTestId('kelurahan-panel').locator('ul.count-grid').nth(1).locator('strong').allTextContents();
  expect(statusCounts.reduce((sum, text) => sum + Number(text), 0)).toBe(engine.kelurahan.onDate);

  // The PNG: its title block (also in the file's text chunks) gives the same count and the date.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-map-png').click()]);
  expect(download.suggestedFilename()).toBe(`cakupan-peta-${AS_OF}.png`);
  const text = readPngText(new Uint8Array(await readFile((await download.path())!)));
  expect(text.Description).toContain(`· ${count} · per ${AS_OF_TEXT}`);

  // The data view: the same rows, the date in the export's name, and why the rest are not shown.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  await expect(page.getByTestId('installation-count')).toHaveText(`${engine.total} dari ${engine.total} baris`, FIRST_LOAD);
  await expect(page.getByTestId('data-as-of-later')).toContainText(`${engine.later} pemasangan dipasang setelah tanggal ini`);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  expect(csv.suggestedFilename()).toBe(`pemasangan-kkbc-${AS_OF}.csv`);
  const lines = (await readFile((await csv.path())!, 'utf8')).trim().split(/\r\n/);
  expect(lines).toHaveLength(engine.total + 1);
  // Nothing exported was put up after the date, and nothing standing then carries a later removal.
  const rows = lines.slice(1).map((line) => line.split(';'));
  expect(rows.every((cells) => cells[7]! <= AS_OF && (cells[8] === '' || cells[8]! <= AS_OF))).toBe(true);
});
