import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { GeoJSONSource } from 'maplibre-gl';
import { DEMO_INSTALLATION_COUNT, DEMO_KELURAHAN } from '../../src/data/demo';
import { INSTALLATION_TYPES } from '../../src/domain/installation';
import { boundsById, unionBounds } from '../../src/features/map/bounds';
import { IMAGE_FOOTER, IMAGE_HEADER } from '../../src/features/map/mapImage';
import { INSTALLATION_SYMBOLS, KELURAHAN_STATE_COLOURS } from '../../src/components/palette';
import type { KelurahanCollection } from '../../src/domain/region';
import { blockNetwork, canvasPixel, clickMapAt, drawnInstallations, dropOnImport, projectToPage, renderedValues, screenshot, waitForMapIdle } from './helpers';

// The planner's map against the production build, in real Chromium. Map facts
// are read from MapLibre itself (window.__cakupanMap), not only from the DOM.

interface KelurahanFacts {
  kode: string;
  nama: string;
  kecamatanKode: string;
  labelPoint: [number, number];
}

const KELURAHAN_COUNT = 64;
const BATU_SELICIN = '21.71.06.1004';
const BATU_AMPAR = '21.71.02';
const PULAU_ABANG = '21.71.08.1007';

test.describe.configure({ timeout: 180_000 });

/** The kelurahan boundaries the app serves (built by `npm run geodata`). */
async function kelurahanCollection(page: Page): Promise<KelurahanCollection> {
  const response = await page.request.get('/geodata/21.71/kelurahan.geojson');
  expect(response.ok(), 'kelurahan.geojson is served (run `npm run geodata`)').toBe(true);
  return (await response.json()) as KelurahanCollection;
}

async function loadKelurahan(page: Page): Promise<Map<string, KelurahanFacts>> {
  const collection = await kelurahanCollection(page);
  return new Map(collection.features.map((feature) => [feature.properties.kode, feature.properties]));
}

async function openPlanner(page: Page, navigate = true): Promise<void> {
  if (navigate) await page.goto('/');
  await expect(page.getByTestId('uncovered-row').first()).toBeVisible({ timeout: 90_000 });
  await waitForMapIdle(page, 90_000);
}

/** Where a kecamatan's corners are on the page, with the boxes of the map and of the open legend. */
async function kecamatanOnPage(page: Page, kecamatanKode: string) {
  const { features } = await kelurahanCollection(page);
  const kodes = features.filter((feature) => feature.properties.kecamatanKode === kecamatanKode).map((feature) => feature.properties.kode);
  const [west, south, east, north] = unionBounds(boundsById(features, (feature) => feature.properties.kode), kodes)!;
  const [southWest, northEast] = [await projectToPage(page, [west, south]), await projectToPage(page, [east, north])];
  const legend = (await page.getByTestId('map-legend').boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  return { southWest, northEast, legend, map };
}

/** The whole of a kecamatan is in view and clear of the open legend, which covers a corner of the map. */
async function expectInViewClearOfLegend(page: Page, kecamatanKode: string): Promise<void> {
  const { southWest, northEast, legend, map } = await kecamatanOnPage(page, kecamatanKode);
  expect(southWest.x).toBeGreaterThanOrEqual(map.x);
  expect(northEast.x).toBeLessThanOrEqual(map.x + map.width);
  expect(northEast.y).toBeGreaterThanOrEqual(map.y);
  expect(southWest.y).toBeLessThanOrEqual(map.y + map.height);
  expect(southWest.x >= legend.x + legend.width || southWest.y <= legend.y, `${kecamatanKode} clear of the legend`).toBe(true);
}

async function sourceKodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.__cakupanMap!.querySourceFeatures('kelurahan');
    return [...new Set(features.map((feature) => String(feature.properties.kode)))].sort();
  });
}

/** Listens for the end of the map's next movement (call it before what moves the map); the result waits for it and gives the centre. */
async function nextMoveEnd(page: Page): Promise<() => Promise<[number, number]>> {
  type Holder = { __moveEnd?: Promise<[number, number]> };
  await page.evaluate(() => {
    const map = window.__cakupanMap!;
    (window as Holder).__moveEnd = new Promise((resolve) => map.once('moveend', () => resolve(map.getCenter().toArray())));
  });
  return () => page.evaluate(() => (window as Holder).__moveEnd!);
}


test('the production build renders the 64 kelurahan, the legend and the uncovered list', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/');
  // Until the map has loaded, its area says so (the first map waits for the page's first frames).
  const loading = page.getByRole('status').filter({ hasText: 'Memuat peta…' });
  await expect(loading).toBeVisible();
  await openPlanner(page, false);
  await expect(loading).toHaveCount(0);
  expect(await sourceKodes(page)).toHaveLength(KELURAHAN_COUNT);
  const rendered = await renderedValues(page, 'kelurahan-fill', 'kode');
  // Whole region in view after fitting: every kelurahan is drawn (a few islets may be sub-pixel).
  expect(rendered.length).toBeGreaterThanOrEqual(KELURAHAN_COUNT - 4);
  expect(await renderedValues(page, 'kelurahan-fill', 'state')).toEqual(['covered', 'recommended', 'uncovered']);
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  await expect(page.getByTestId('uncovered-row').filter({ hasText: 'Sasaran' })).toHaveCount(5);
  const legend = page.getByTestId('map-legend');
  await expect(legend).toBeVisible();
  await expect(legend.getByText('Sudah tercakup')).toBeVisible();
  // One name for the next targets: the legend and the state filter say the same.
  await expect(legend.getByText('Sasaran berikutnya', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Status wilayah').locator('option[value="recommended"]')).toHaveText('Sasaran berikutnya');
  // The legend folds away to give a narrow map its corner back, and opens again.
  await legend.locator('summary').click();
  await expect(legend.getByText('Sudah tercakup')).toBeHidden();
  await legend.locator('summary').click();
  await expect(legend.getByText('Sudah tercakup')).toBeVisible();
  await screenshot(page, 'planner-overview');
  expect(errors).toEqual([]);
});

test('clicking a kelurahan on the map opens its panel; a list row selects it on the map', async ({ page }) => {
  const kelurahan = await loadKelurahan(page);
  await openPlanner(page);
  const batuSelicin = kelurahan.get(BATU_SELICIN)!;
  await clickMapAt(page, batuSelicin.labelPoint);
  const panel = page.getByTestId('kelurahan-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Batu Selicin');
  await expect(panel.getByTestId('panel-state')).toHaveAttribute('data-state', 'covered');
  await expect(panel.getByTestId('panel-installations').locator('li')).not.toHaveCount(0);
  expect(page.url()).toContain(`kel=${BATU_SELICIN}`);

  const firstRow = page.getByTestId('uncovered-row').first();
  const kode = await firstRow.getAttribute('data-kode');
  await firstRow.getByRole('button').click();
  await expect(panel).toHaveAttribute('data-kode', kode!);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kelurahan.get(kode!)!.nama);
  await waitForMapIdle(page);
  const selected = await page.evaluate((kode) => window.__cakupanMap!.getFeatureState({ source: 'kelurahan', id: kode }), kode!);
  expect(selected.selected).toBe(true);
  await screenshot(page, 'planner-selected');
});

test('installations are drawn in their type colour; a click on one selects its kelurahan and marks it in the panel; a type filter hides the others', async ({ page }) => {
  const kelurahan = await loadKelurahan(page);
  await openPlanner(page);
  await expect(page.getByTestId('map')).toHaveAttribute('data-synced-installations', String(DEMO_INSTALLATION_COUNT));
  const drawn = await drawnInstallations(page);
  // The whole city is in view: every demo installation is on the map, once; symbols merged at this zoom have a drawn twin.
  expect(new Set(drawn.map((point) => point.index)).size).toBe(DEMO_INSTALLATION_COUNT);
  expect(drawn.filter((point) => point.shown).length).toBeGreaterThan(DEMO_INSTALLATION_COUNT / 2);

  // Close up on a solid installation: with no other within 24 px, its centre pixel has its type's colour.
  const target = drawn.find((candidate) => !candidate.faded && candidate.kode !== '')!;
  const closeUp = async () => {
    await page.evaluate((center) => window.__cakupanMap!.jumpTo({ center, zoom: 16 }), target.lngLat);
    const inView = await drawnInstallations(page);
    return Promise.all(inView.map(async (candidate) => ({ candidate, at: await projectToPage(page, candidate.lngLat) })));
  };
  const onPage = await closeUp();
  const close = onPage.find(({ candidate }) => candidate.index === target.index)!;
  expect(close.candidate.shown, 'drawn, not merged, at street zoom').toBe(true);
  const at = close.at;
  expect(onPage.every(({ candidate, at: other }) => candidate.index === target.index || Math.hypot(other.x - at.x, other.y - at.y) > 24)).toBe(true);
  // The kelurahan it stands in, read at street zoom: at the city view one pixel spans
  // ~150 m, so near a border the polygon under its pixel can be the neighbour.
  const point = close.candidate;
  expect(point.kode, 'inside a kelurahan').not.toBe('');
  const type = INSTALLATION_TYPES[point.typeCode]!;
  const canvasBox = (await page.getByTestId('map').locator('canvas').boundingBox())!;
  const inCanvas = { x: at.x - canvasBox.x, y: at.y - canvasBox.y };
  const expected = hexRgb(INSTALLATION_SYMBOLS[type].colour);
  const near = (pixel: number[]) => expected.every((channel, i) => Math.abs(channel - pixel[i]!) <= 12);
  expect(near(await canvasPixel(page, inCanvas)), `${type} colour at its point`).toBe(true);

  // Clicking it selects the kelurahan it stands in.
  await page.mouse.click(at.x, at.y);
  const panel = page.getByTestId('kelurahan-panel');
  await expect(panel).toHaveAttribute('data-kode', point.kode);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(kelurahan.get(point.kode)!.nama);
  // ... and marks the clicked installation in the panel's list, in view.
  const picked = panel.getByTestId('panel-installations').locator('li[aria-current="true"]');
  await expect(picked).toHaveCount(1);
  const typeNames = (JSON.parse(await readFile('src/i18n/id/map.json', 'utf8')) as { type: Record<string, string> }).type;
  await expect(picked).toContainText(typeNames[type]!);
  await expect(picked).toBeInViewport();

  // Filtered to the other types, the same place no longer shows that type, and only the other types are drawn.
  const others = INSTALLATION_TYPES.filter((candidate) => candidate !== type);
  await page.goto(`/?type=${others.join(',')}`);
  await openPlanner(page, false);
  const kept = Number(await page.getByTestId('map').getAttribute('data-synced-installations'));
  const filtered = await drawnInstallations(page);
  expect(filtered).toHaveLength(kept);
  expect(filtered.every((candidate) => candidate.typeCode !== point.typeCode)).toBe(true);
  expect(filtered.length).toBeLessThan(drawn.length);
  await closeUp();
  const again = await projectToPage(page, point.lngLat);
  expect(near(await canvasPixel(page, { x: again.x - canvasBox.x, y: again.y - canvasBox.y })), `${type} filtered out`).toBe(false);
  await screenshot(page, 'planner-installations-by-type');
});

/** [r, g, b] of a #rrggbb colour. */
function hexRgb(hex: string): number[] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

test('adding an installation in an uncovered kelurahan covers it, and it survives a reload', async ({ page }) => {
  const kelurahan = await loadKelurahan(page);
  await openPlanner(page);
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  const target = page.getByTestId('uncovered-row').nth(2);
  const kode = (await target.getAttribute('data-kode'))!;
  const facts = kelurahan.get(kode)!;
  await target.getByRole('button').click();
  await waitForMapIdle(page);

  await page.getByTestId('add-installation').click();
  await clickMapAt(page, facts.labelPoint);
  const form = page.getByTestId('installation-form');
  await expect(form).toContainText(facts.nama);
  await form.locator('select[name="type"]').selectOption('spanduk');
  await form.locator('textarea[name="notes"]').fill('Uji e2e');
  await form.getByRole('button', { name: 'Simpan' }).click();

  await expect(page.getByTestId('planner-notice')).toContainText(facts.nama);
  await expect(page.getByTestId('uncovered-row')).toHaveCount(58);
  await expect(page.locator(`[data-testid="uncovered-row"][data-kode="${kode}"]`)).toHaveCount(0);
  await expect(page.getByTestId('panel-state')).toHaveAttribute('data-state', 'covered');
  await waitForMapIdle(page);
  const state = await page.evaluate((kode) => {
    const feature = window.__cakupanMap!.querySourceFeatures('kelurahan').find((candidate) => candidate.properties.kode === kode);
    return feature?.properties.state;
  }, kode);
  expect(state).toBe('covered');
  await screenshot(page, 'planner-added');

  await page.reload();
  await openPlanner(page, false);
  await expect(page.getByTestId('uncovered-row')).toHaveCount(58);
  await expect(page.locator(`[data-testid="uncovered-row"][data-kode="${kode}"]`)).toHaveCount(0);
  // The selection is view state in the URL, so the panel reopens on the same kelurahan.
  await expect(page.getByTestId('kelurahan-panel')).toHaveAttribute('data-kode', kode);
  await expect(page.getByTestId('panel-state')).toHaveAttribute('data-state', 'covered');
  await expect(page.getByTestId('panel-installations')).toContainText('Uji e2e');

  // Marking its only installation removed uncovers the kelurahan again.
  await page.getByTestId('panel-installations').getByRole('combobox', { name: 'Ubah status' }).selectOption('dilepas');
  await expect(page.getByTestId('planner-notice')).toHaveText('Status diperbarui.');
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  await expect(page.getByTestId('panel-state')).not.toHaveAttribute('data-state', 'covered');
});

test('a wrong installation is corrected in place, moved to another kelurahan, deleted and restored', async ({ page }) => {
  const kelurahan = await loadKelurahan(page);
  const batuMerah = DEMO_KELURAHAN.find((entry) => entry.nama === 'Batu Merah')!;
  // A link to a correction whose installation is gone says so and drops it from the URL.
  await page.goto('/?edit=sudah-dihapus-1');
  await openPlanner(page, false);
  await expect(page.getByTestId('planner-notice')).toHaveText('Pemasangan yang hendak diubah tidak ditemukan; mungkin sudah dihapus.');
  await expect(page).not.toHaveURL(/edit=/);
  await expect(page.getByTestId('installation-form')).toHaveCount(0);
  await page.goto(`/?kel=${batuMerah.kode}`);
  await openPlanner(page, false);
  const list = page.getByTestId('panel-installations');
  await expect(list.locator('li')).toHaveCount(batuMerah.count);
  const form = page.getByTestId('installation-form');

  // Fields: the form opens on the installation's own values and the map flies to it; a bad date is refused.
  await waitForMapIdle(page);
  let moveEnd = await nextMoveEnd(page);
  await list.locator('li').first().getByRole('button', { name: /^Ubah / }).click();
  await expect(form.getByRole('heading')).toHaveText('Ubah pemasangan');
  await expect(form.locator('select[name="type"]')).toBeFocused();
  const [lat, lng] = /(-?\d+\.\d+), (-?\d+\.\d+)/.exec((await form.locator('.form-location').textContent())!)!.slice(1).map(Number) as [number, number];
  const [centreLng, centreLat] = await moveEnd();
  expect(Math.abs(centreLng - lng) + Math.abs(centreLat - lat)).toBeLessThan(1e-4);
  await expect(form.locator('textarea[name="notes"]')).toHaveValue(/Data contoh/);
  // Escape leaves the form unsaved, as Batal does, and the focus goes back to where it came from; then open it again.
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(list.locator('li').first().getByRole('button', { name: /^Ubah / })).toBeFocused();
  await list.locator('li').first().getByRole('button', { name: /^Ubah / }).click();
  await expect(form.locator('select[name="type"]')).toBeFocused();
  // Text that is not a date is refused by name; nothing is saved with the date it replaced.
  await form.locator('input[name="installedAt"]').fill('31/02/2026');
  await form.locator('input[name="installedAt"]').press('Enter');
  await expect(form.getByRole('alert').filter({ hasText: '“31/02/2026” bukan tanggal' })).toBeVisible();
  await expect(form.locator('input[name="installedAt"]')).toBeFocused();
  await expect(page.getByTestId('planner-notice')).toHaveCount(0);
  await form.locator('input[name="installedAt"]').fill('');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(form.getByRole('alert')).toHaveText('Tanggal pasang wajib diisi.');
  await expect(form.locator('input[name="installedAt"]')).toHaveAccessibleName('Tanggal pasang');
  await expect(form.locator('input[name="installedAt"]')).toHaveAccessibleDescription('Tanggal pasang wajib diisi.');
  await form.locator('input[name="installedAt"]').fill('2026-04-02');
  await form.locator('select[name="type"]').selectOption('poster');
  await form.locator('textarea[name="notes"]').fill('Dikoreksi e2e');
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('planner-notice')).toHaveText('Perubahan disimpan.');
  const corrected = list.locator('li').filter({ hasText: 'Dikoreksi e2e' });
  await expect(corrected).toContainText('Poster · dipasang 2 Apr 2026');
  await expect(list.locator('li')).toHaveCount(batuMerah.count);

  // Place: while the form is open a map click moves the point, here into an uncovered kelurahan.
  const target = kelurahan.get((await page.getByTestId('uncovered-row').first().getAttribute('data-kode'))!)!;
  await waitForMapIdle(page);
  moveEnd = await nextMoveEnd(page);
  await corrected.getByRole('button', { name: /^Ubah / }).click();
  await moveEnd();
  await page.evaluate((center) => window.__cakupanMap!.jumpTo({ center, zoom: 13 }), target.labelPoint);
  await waitForMapIdle(page);
  await clickMapAt(page, target.labelPoint);
  await expect(form).toContainText(`Kelurahan ${target.nama}`);
  await form.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('kelurahan-panel')).toHaveAttribute('data-kode', target.kode);
  await expect(page.getByTestId('panel-state')).toHaveAttribute('data-state', 'covered');
  await expect(page.getByTestId('uncovered-row')).toHaveCount(58);
  await expect(list).toContainText('Dikoreksi e2e');

  // Deleting it uncovers the kelurahan again; the notice's undo puts it back.
  await list.getByRole('button', { name: /^Hapus Poster yang dipasang 2 Apr 2026/ }).click();
  await expect(page.getByTestId('planner-notice')).toContainText('Poster yang dipasang 2 Apr 2026 dihapus.');
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  await expect(page.getByTestId('panel-state')).not.toHaveAttribute('data-state', 'covered');
  await page.getByTestId('planner-notice').getByRole('button', { name: 'Urungkan' }).click();
  await expect(page.getByTestId('planner-notice')).toHaveText('Pemasangan dikembalikan.');
  await expect(page.getByTestId('uncovered-row')).toHaveCount(58);

  // All of it was saved: after a reload the moved, corrected installation is where it was put.
  await page.reload();
  await openPlanner(page, false);
  await expect(page.getByTestId('kelurahan-panel')).toHaveAttribute('data-kode', target.kode);
  await expect(list).toContainText('Poster · dipasang 2 Apr 2026');
  await expect(list).toContainText('Dikoreksi e2e');
  await page.goto(`/?kel=${batuMerah.kode}`);
  await openPlanner(page, false);
  await expect(list.locator('li')).toHaveCount(batuMerah.count - 1);
});

test('a planner\'s factor CSV ranks the list by its column: a bad file is refused by row and column, a good one re-ranks, persists and is removed', async ({ page, browser }) => {
  await openPlanner(page);
  const weights = page.getByTestId('weight-controls');
  await weights.locator('summary').click();
  const factorFile = page.getByTestId('extra-factors-input');
  const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  const firstRow = () => page.getByTestId('uncovered-row').first();
  const before = await firstRow().getAttribute('data-kode');

  // Refused whole, each problem by row and column; nothing changes.
  await factorFile.setInputFiles(csv('salah.csv', 'kode;pekerja_informal\n21.71.01.1002;banyak\n21.71.99.1001;40\n'));
  const errors = page.getByTestId('extra-factors-errors');
  await expect(errors).toContainText('salah.csv tidak dimuat karena 2 masalah');
  await expect(errors).toContainText('Baris 1, kolom pekerja_informal: "banyak" bukan angka');
  await expect(errors).toContainText('Baris 2, kolom kode: 21.71.99.1001 bukan kelurahan di wilayah ini');
  await expect(weights.getByRole('slider')).toHaveCount(4);

  // Pemping 900, Kasu 300, Pulau Terung 5000 informal workers; the other 61 have no row.
  await factorFile.setInputFiles(csv('bpu.csv', 'kode;pekerja_informal\n21.71.01.1002;900\n21.71.01.1003;300\n21.71.01.1004;5000\n'));
  await expect(weights.getByRole('status')).toContainText('bpu.csv dimuat: nilai untuk 3 kelurahan. 61 kelurahan tidak ada di berkas');
  await expect(errors).toHaveCount(0);
  const factorSlider = weights.getByRole('slider', { name: /Atribut pekerja_informal/ });
  await expect(factorSlider).toHaveValue('1');
  const audit = await new AxeBuilder({ page }).include('[data-testid="weight-controls"]').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);
  // Only the new factor counts: the kelurahan with the most informal workers comes first, the fewest when less is better.
  for (const name of ['Berbatasan dengan wilayah tercakup', 'Jarak ke wilayah tercakup', 'Luas wilayah', 'Di pulau utama Batam']) {
    await weights.getByRole('slider', { name: new RegExp(name) }).fill('0');
  }
  await factorSlider.fill('5');
  await expect(firstRow()).toHaveAttribute('data-kode', '21.71.01.1004');
  await firstRow().getByRole('button').first().click();
  await expect(page.getByTestId('kelurahan-panel')).toContainText('Atribut pekerja_informal');
  await weights.getByRole('combobox', { name: /Atribut pekerja_informal/ }).selectOption('lower');
  await expect(firstRow()).toHaveAttribute('data-kode', '21.71.01.1003');
  // The direction travels with the link: a colleague with the same file (theirs says "more is better") gets the same list.
  await expect(page).toHaveURL(/[?&]lower=pekerja_informal(&|$)/);
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto('/');
  await openPlanner(colleague, false);
  await colleague.getByTestId('weight-controls').locator('summary').click();
  await colleague.getByTestId('extra-factors-input').setInputFiles(csv('bpu.csv', 'kode;pekerja_informal\n21.71.01.1002;900\n21.71.01.1003;300\n21.71.01.1004;5000\n'));
  await expect(colleague.getByTestId('extra-factors-file')).toHaveText('Dipakai: bpu.csv (1 kolom).');
  await colleague.goto(page.url());
  await openPlanner(colleague, false);
  await expect(colleague.getByTestId('uncovered-row').first()).toHaveAttribute('data-kode', '21.71.01.1003');
  await colleague.getByTestId('weight-controls').locator('summary').click();
  await expect(colleague.getByTestId('weight-controls').getByRole('combobox', { name: /Atribut pekerja_informal/ })).toHaveValue('lower');
  await colleague.context().close();

  // The kelurahan table has the file's column, to filter, sort and export like the others.
  await page.getByRole('button', { name: 'Data', exact: true }).click();
  const table = page.getByTestId('kelurahan-table');
  await table.getByRole('searchbox', { name: 'Saring kolom pekerja_informal' }).fill('>1000');
  await expect(page.getByTestId('kelurahan-count')).toHaveText('1 dari 64 baris');
  await expect(table.locator('tbody tr').first()).toContainText('Pulau Terung');
  await expect(table.locator('tbody tr').first()).toContainText('5.000');
  const download = page.waitForEvent('download');
  await table.getByRole('button', { name: 'Ekspor CSV' }).click();
  const exported = await readFile((await (await download).path())!, 'utf8');
  expect(exported.split('\r\n')[0]!.endsWith(';pekerja_informal')).toBe(true);
  expect(exported.split('\r\n')[1]!.endsWith(';5000')).toBe(true);
  await page.getByRole('button', { name: 'Peta', exact: true }).click();

  // Kept in the browser with its weight and direction.
  await page.reload();
  await openPlanner(page, false);
  await expect(firstRow()).toHaveAttribute('data-kode', '21.71.01.1003');
  await page.getByTestId('weight-controls').locator('summary').click();
  await expect(page.getByTestId('extra-factors-file')).toHaveText('Dipakai: bpu.csv (1 kolom).');

  await page.getByRole('button', { name: 'Hapus faktor tambahan' }).click();
  await expect(page.getByTestId('weight-controls').getByRole('slider')).toHaveCount(4);
  await page.getByRole('button', { name: 'Kembalikan bawaan' }).click();
  await expect(firstRow()).toHaveAttribute('data-kode', before!);
});

test('a coverage date that cannot be read is named under the field, its label staying beside it', async ({ page }) => {
  await openPlanner(page);
  const asOf = page.getByLabel('Cakupan per tanggal');
  await asOf.fill('31/02/2026');
  await asOf.press('Tab');
  const error = page.getByRole('alert').filter({ hasText: '“31/02/2026” bukan tanggal' });
  await expect(error).toBeVisible();
  await expect(asOf).toHaveAccessibleDescription(/^“31\/02\/2026” bukan tanggal/);
  const label = (await page.locator('.as-of-field label').boundingBox())!;
  const field = (await asOf.boundingBox())!;
  const message = (await error.boundingBox())!;
  // One line for label and date (before, the wide message pushed the label above the field).
  expect(label.y + label.height / 2).toBeGreaterThan(field.y);
  expect(label.y + label.height / 2).toBeLessThan(field.y + field.height);
  expect(label.x + label.width).toBeLessThanOrEqual(field.x);
  expect(message.y).toBeGreaterThanOrEqual(field.y + field.height);
  // Nothing changed: the coverage still stands on today.
  await expect(page.getByTestId('coverage-summary')).toHaveText('5 dari 64 kelurahan tercakup');
});

test('a link to a kelurahan shows it on the map, its demo installations labelled as illustrative in the UI\'s language', async ({ page }) => {
  const sadai = DEMO_KELURAHAN[1].kode;
  await page.goto(`/?kel=${sadai}`);
  await openPlanner(page, false);
  // No map position in the link: the map fits the kelurahan instead of showing the whole city.
  const { features } = await kelurahanCollection(page);
  const [west, south, east, north] = boundsById(features, (feature) => feature.properties.kode).get(sadai)!;
  const [southWest, northEast] = [await projectToPage(page, [west, south]), await projectToPage(page, [east, north])];
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(southWest.x).toBeGreaterThanOrEqual(map.x);
  expect(northEast.x).toBeLessThanOrEqual(map.x + map.width);
  expect(northEast.y).toBeGreaterThanOrEqual(map.y);
  expect(southWest.y).toBeLessThanOrEqual(map.y + map.height);
  expect(northEast.x - southWest.x, 'the kelurahan fills the map, not a corner of the city').toBeGreaterThan(map.width / 3);
  const notes = page.getByTestId('panel-installations').locator('li small');
  await expect(notes).toHaveCount(DEMO_KELURAHAN[1].count);
  await expect(notes.first()).toHaveText('Data contoh (ilustrasi): lokasi dan tanggal dibuat acak, bukan hasil pendataan lapangan.');
  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  await expect(notes.first()).toHaveText('Sample data (illustrative): places and dates are random, not field records.');
});

test('the ranking travels with the link: weights and Top N in the URL give a colleague the same list; own weights join the link on opening', async ({ page, browser }) => {
  await openPlanner(page);
  const order = (target: Page) => target.getByTestId('uncovered-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kode')));
  const defaultOrder = await order(page);
  const weights = page.getByTestId('weight-controls');
  await weights.locator('summary').click();
  // Only the area counts now, so the largest uncovered kelurahan leads.
  for (const name of ['Berbatasan dengan wilayah tercakup', 'Jarak ke wilayah tercakup', 'Di pulau utama Batam']) {
    await weights.getByRole('slider', { name: new RegExp(name) }).fill('0');
  }
  await page.getByTestId('top-n').fill('3');
  await expect(page).toHaveURL(/[?&]w=frontier:0,distance:0,mainIsland:0,area:1(&|$)/);
  await expect(page).toHaveURL(/[?&]top=3(&|$)/);
  const areaOrder = await order(page);
  expect(areaOrder).not.toEqual(defaultOrder);

  // A colleague's browser (nothing stored) opening the link sees the same list and the same Top N.
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto(page.url());
  await openPlanner(colleague, false);
  expect(await order(colleague)).toEqual(areaOrder);
  await expect(colleague.getByTestId('top-n')).toHaveValue('3');
  // Without the parameters, their own (default) ranking.
  await colleague.goto('/');
  await openPlanner(colleague, false);
  expect(await order(colleague)).toEqual(defaultOrder);
  await expect(colleague).not.toHaveURL(/[?&]w=/);
  await colleague.context().close();

  // The planner's own weights are kept in this browser: opening a plain link writes them into it.
  await page.goto('/');
  await openPlanner(page, false);
  await expect(page).toHaveURL(/[?&]w=frontier:0,distance:0,mainIsland:0,area:1&top=3$/);
  expect(await order(page)).toEqual(areaOrder);
});

test('boundaries that do not load: the page says why and what to do, keeps the stored installations, and loads on "Coba lagi"', async ({ page }) => {
  await openPlanner(page);
  await expect(page.getByTestId('filter-result')).toContainText(`${DEMO_INSTALLATION_COUNT} pemasangan`);
  // The connection drops while the boundaries load.
  await page.route('**/geodata/21.71/kelurahan.geojson', (route) => route.abort('internetdisconnected'));
  await page.reload();
  const failure = page.getByTestId('geodata-error');
  await expect(failure).toBeVisible();
  await expect(failure.getByRole('heading')).toHaveText('Batas wilayah tidak dapat dimuat');
  await expect(failure).toContainText('Tidak ada sambungan ke server. Periksa jaringan, lalu coba lagi.');
  await expect(failure).toContainText('Data pemasangan yang tersimpan di perangkat ini tetap aman.');
  await expect(failure).toContainText('Rincian: geodata/21.71/kelurahan.geojson');
  // A file the server does not have is another matter: the administrator builds the data.
  await page.unroute('**/geodata/21.71/kelurahan.geojson');
  await page.route('**/geodata/21.71/kelurahan.geojson', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await failure.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(failure).toContainText('Berkas batas wilayah belum ada di server. Pengelola aplikasi: jalankan `npm run geodata`, lalu muat ulang.');
  await screenshot(page, 'geodata-error');
  // Back online: trying again loads the app, with the installations stored before.
  await page.unroute('**/geodata/21.71/kelurahan.geojson');
  await failure.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(failure).toBeHidden();
  await expect(page.getByTestId('filter-result')).toContainText(`${DEMO_INSTALLATION_COUNT} pemasangan`, { timeout: 90_000 });
  await openPlanner(page, false);
});

test('works offline: no request leaves the machine and the map still renders', async ({ page }) => {
  const blocked = await blockNetwork(page);
  await openPlanner(page);
  expect(await sourceKodes(page)).toHaveLength(KELURAHAN_COUNT);
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  // Labels draw with local fonts (no glyph server): zoom in until they show.
  await page.evaluate(() => window.__cakupanMap!.jumpTo({ center: [104.03, 1.13], zoom: 13 }));
  await waitForMapIdle(page);
  expect((await renderedValues(page, 'kelurahan-label', 'label')).length).toBeGreaterThan(0);
  await screenshot(page, 'planner-offline-labels');
  expect(blocked).toEqual([]);
});

/** [west, south, east, north] of what the map shows. */
async function viewBounds(page: Page): Promise<[number, number, number, number]> {
  return page.evaluate(() => window.__cakupanMap!.getBounds().toArray().flat() as [number, number, number, number]);
}

function contains(bounds: [number, number, number, number], [lng, lat]: [number, number]): boolean {
  return lng >= bounds[0] && lng <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
}

/**
 * What the kelurahan source holds right now (the data MapLibre draws from, not the DOM),
 * with whether each is in the shared filters: the `filteredOut` feature-state dims it.
 */
async function mapSourceFacts(page: Page) {
  return page.evaluate(async () => {
    const map = window.__cakupanMap!;
    const kelurahan = (await map.getSource<GeoJSONSource>('kelurahan')!.getData()) as GeoJSON.FeatureCollection;
    return {
      kelurahan: kelurahan.features.map((feature) => {
        const kode = String(feature.properties!.kode);
        return { kode, inFilter: map.getFeatureState({ source: 'kelurahan', id: kode }).filteredOut !== true, state: String(feature.properties!.state) };
      }),
    };
  });
}

/** The kelurahan of every installation the map draws in view, one entry per installation. */
async function drawnInstallationKodes(page: Page): Promise<string[]> {
  return (await drawnInstallations(page)).map((point) => point.kode);
}

test('one filter state drives the map: ?kec= keeps Batu Ampar in the map, the list and the points, and the dashboard agrees', async ({ page }) => {
  const kelurahan = await loadKelurahan(page);
  const batuAmpar = [...kelurahan.values()].filter((entry) => entry.kecamatanKode === BATU_AMPAR).map((entry) => entry.kode).sort();
  expect(batuAmpar.length).toBeGreaterThan(1);
  const reached = DEMO_KELURAHAN.filter((entry) => entry.kode.startsWith(`${BATU_AMPAR}.`));
  const reachedInstallations = reached.reduce((sum, entry) => sum + entry.count, 0);
  expect(reachedInstallations).toBeGreaterThan(0);

  await page.goto(`/?kec=${BATU_AMPAR}`);
  await openPlanner(page, false);
  // All 64 kelurahan stay on the map (dimmed, for context); exactly Batu Ampar's are in the filter.
  await expect.poll(async () => (await mapSourceFacts(page)).kelurahan.filter((entry) => entry.inFilter).map((entry) => entry.kode).sort()).toEqual(batuAmpar);
  const facts = await mapSourceFacts(page);
  expect(facts.kelurahan).toHaveLength(KELURAHAN_COUNT);
  // The map draws only installations standing in Batu Ampar, all of them, and says it follows the filter.
  await expect(page.getByTestId('map')).toHaveAttribute('data-synced-installations', String(reachedInstallations));
  // Polled: the points are written and loaded by the map's worker after the page shows its counts.
  await expect.poll(async () => (await drawnInstallationKodes(page)).length).toBe(reachedInstallations);
  const drawn = await drawnInstallationKodes(page);
  expect(drawn.every((kode) => kode.startsWith(`${BATU_AMPAR}.`))).toBe(true);

  // The map moved to Batu Ampar: what is drawn in the filter is Batu Ampar, and the view is far smaller than the city.
  await waitForMapIdle(page);
  const drawnInFilter = await page.evaluate(() => {
    const features = window.__cakupanMap!.queryRenderedFeatures({ layers: ['kelurahan-fill'] });
    return [...new Set(features.filter((feature) => feature.state.filteredOut !== true).map((feature) => String(feature.properties.kode)))].sort();
  });
  expect(drawnInFilter).toEqual(batuAmpar);
  const filteredView = await viewBounds(page);
  for (const kode of batuAmpar) expect(contains(filteredView, kelurahan.get(kode)!.labelPoint), kode).toBe(true);
  await expectInViewClearOfLegend(page, BATU_AMPAR);

  // The ranking list shows only Batu Ampar's uncovered kelurahan.
  const covered = new Set(facts.kelurahan.filter((entry) => entry.state === 'covered').map((entry) => entry.kode));
  expect(reached.every((entry) => covered.has(entry.kode))).toBe(true);
  const uncoveredBatuAmpar = batuAmpar.filter((kode) => !covered.has(kode));
  const listed = await page.getByTestId('uncovered-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kode') ?? ''));
  expect([...listed].sort()).toEqual(uncoveredBatuAmpar);

  const summary = `${batuAmpar.length} dari 64 kelurahan · ${reachedInstallations} pemasangan`;
  await expect(page.getByTestId('filter-result')).toHaveText(summary);
  await expect(page.getByTestId('coverage-summary')).toHaveText(`${reached.length} dari ${batuAmpar.length} kelurahan tercakup`);
  await screenshot(page, 'planner-filtered-batu-ampar');

  // The dashboard reads the same filter state and counts the same.
  await page.getByRole('button', { name: 'Dasbor', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`kec=${BATU_AMPAR.replaceAll('.', '\\.')}`));
  await expect(page.getByTestId('filter-result')).toHaveText(summary);
  await expect(page.getByTestId('kpi-covered')).toContainText(`${reached.length} dari ${batuAmpar.length}`);
  await expect(page.getByTestId('uncovered-list').locator('li')).toHaveCount(uncoveredBatuAmpar.length);

  // Clearing the filter on the map brings every kelurahan and point back.
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await openPlanner(page, false);
  // Filtering to covered kelurahan only leaves no candidate, and the list says why (not "all covered").
  await page.getByRole('combobox', { name: 'Status wilayah' }).selectOption('covered');
  await expect(page.getByTestId('uncovered-row')).toHaveCount(0);
  await expect(page.getByText('Tidak ada kelurahan belum tercakup dalam saringan ini.')).toBeVisible();
  await page.getByRole('button', { name: 'Hapus saringan' }).click();
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  await expect.poll(async () => (await mapSourceFacts(page)).kelurahan.every((entry) => entry.inFilter)).toBe(true);
  await expect.poll(async () => (await drawnInstallationKodes(page)).length).toBeGreaterThan(reachedInstallations);
  // ... and the map zooms back out to the city, which is much wider than Batu Ampar's view.
  await waitForMapIdle(page);
  const cityView = await viewBounds(page);
  expect(filteredView[2] - filteredView[0]).toBeLessThan((cityView[2] - cityView[0]) / 2);
  await screenshot(page, 'planner-filter-cleared');
});

test('the map position lives in the URL: a link opens the map where it stood, and back/forward move it', async ({ page, context }) => {
  type Position = { lng: number; lat: number; zoom: number };
  const cameraOf = (target: Page) => target.evaluate(() => {
    const map = window.__cakupanMap!;
    return { ...map.getCenter(), zoom: map.getZoom() };
  });
  const linkPosition = (url: string): Position => {
    const [zoom, lat, lng] = (new URL(url).searchParams.get('map') ?? '').split(',').map(Number);
    return { zoom: zoom!, lat: lat!, lng: lng! };
  };
  // The URL keeps zoom to 1/100 and degrees to 5 decimals.
  const expectAt = (actual: Position, expected: Position) => {
    expect(Math.abs(actual.zoom - expected.zoom), `zoom ${actual.zoom} vs ${expected.zoom}`).toBeLessThan(0.011);
    expect(Math.abs(actual.lng - expected.lng) + Math.abs(actual.lat - expected.lat), 'centre').toBeLessThan(0.0001);
  };
  await openPlanner(page);
  // Once the map has come to rest, the URL says where it stands.
  await expect(page).toHaveURL(/map=/);
  const city = linkPosition(page.url());
  expectAt(await cameraOf(page), city);
  const entries = await page.evaluate(() => history.length);

  // Choosing Batu Ampar flies the map there; the link follows once it is at rest.
  await page.locator('.multi-select summary').filter({ hasText: 'Kecamatan' }).click();
  await page.getByRole('checkbox', { name: 'Batu Ampar' }).check();
  await page.keyboard.press('Escape');
  await expect.poll(() => linkPosition(page.url()).zoom, { timeout: 30_000 }).toBeGreaterThan(city.zoom + 1);
  await waitForMapIdle(page);
  await expectInViewClearOfLegend(page, BATU_AMPAR);
  // A zoom by hand moves the link too, without a history entry of its own (only the filter made one).
  const beforeZoom = linkPosition(page.url());
  await page.getByRole('button', { name: 'Perbesar' }).click();
  await expect.poll(() => linkPosition(page.url()).zoom, { timeout: 30_000 }).toBeGreaterThan(beforeZoom.zoom + 0.9);
  await waitForMapIdle(page);
  const zoomed = linkPosition(page.url());
  expectAt(await cameraOf(page), zoomed);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);
  // Choosing the kecamatan already chosen (its row in the summary) changes nothing, and adds no entry.
  const zoomedLink = page.url();
  await page.getByTestId('kecamatan-coverage-list').getByRole('button', { name: /^Batu Ampar/ }).click();
  expect(page.url()).toBe(zoomedLink);
  expect(await page.evaluate(() => history.length)).toBe(entries + 1);

  // The link, opened in another tab, shows the same place with the same filter (not a fit to Batu Ampar).
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await openPlanner(other, false);
  expectAt(await cameraOf(other), zoomed);
  await expect(other.getByTestId('filter-result')).toHaveText(await page.getByTestId('filter-result').innerText());
  await expect(other).toHaveURL(link);
  await other.close();

  // Back: the whole city, as it was before the filter; forward: Batu Ampar, zoomed in.
  await page.goBack();
  await expect(page.getByTestId('filter-result')).toContainText('64 dari 64 kelurahan');
  await expect.poll(async () => (await cameraOf(page)).zoom).toBeLessThan(city.zoom + 0.011);
  expectAt(await cameraOf(page), city);
  await page.goForward();
  await expect.poll(async () => (await cameraOf(page)).zoom).toBeGreaterThan(zoomed.zoom - 0.011);
  expectAt(await cameraOf(page), zoomed);
});

test('a kecamatan is fitted beside or above the legend, whichever shows it larger', async ({ page }) => {
  await openPlanner(page);
  // Chooses one kecamatan (or none) and waits for the map to come to rest there: the link drops
  // the old position on a new choice and gets the new one once the flight ends.
  const choose = async (name: string, checked: boolean, kode: string) => {
    await page.locator('.multi-select summary').filter({ hasText: 'Kecamatan' }).click();
    await page.getByRole('checkbox', { name }).setChecked(checked);
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(checked ? new RegExp(`kec=${kode}.*map=|map=.*kec=${kode}`) : /^(?!.*kec=)(?=.*map=)/, { timeout: 30_000 });
    await waitForMapIdle(page);
  };
  // Batu Aji is wide (1.8 : 1 as drawn): above the legend it is drawn larger than beside it.
  await choose('Batu Aji', true, '21.71.12');
  await expectInViewClearOfLegend(page, '21.71.12');
  const wide = await kecamatanOnPage(page, '21.71.12');
  expect(wide.southWest.y, 'above the legend').toBeLessThanOrEqual(wide.legend.y);
  // Wider than the room beside the legend would allow.
  expect(wide.northEast.x - wide.southWest.x).toBeGreaterThan(wide.map.x + wide.map.width - (wide.legend.x + wide.legend.width) - 2 * 48);
  await choose('Batu Aji', false, '21.71.12');
  // Nongsa is tall (1 : 1.9): beside the legend.
  await choose('Nongsa', true, '21.71.04');
  await expectInViewClearOfLegend(page, '21.71.04');
  const tall = await kecamatanOnPage(page, '21.71.04');
  expect(tall.southWest.x, 'beside the legend').toBeGreaterThanOrEqual(tall.legend.x + tall.legend.width);
  await screenshot(page, 'planner-fit-beside-legend');
});

test('a kecamatan chosen while the map flies to another: the map goes on to show both, and the link gets no place it only passed', async ({ page }) => {
  await openPlanner(page);
  const moving = () => page.evaluate(() => window.__cakupanMap!.isMoving());
  await page.locator('.multi-select summary').filter({ hasText: 'Kecamatan' }).click();
  await page.getByRole('checkbox', { name: 'Batu Aji' }).check();
  await expect.poll(moving).toBe(true);
  // Mid-flight (the flight takes 0.8 s): a second kecamatan.
  await page.getByRole('checkbox', { name: 'Nongsa' }).check();
  // Until the map comes to rest there, the link has no position: opened, it fits the two kecamatan.
  const seen: string[] = [];
  let flewOn = false;
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    seen.push(page.url());
    const now = await moving();
    if (flewOn && !now) break;
    flewOn ||= now;
  }
  expect(flewOn, 'the map flew on after the second choice').toBe(true);
  expect(seen.filter((url) => url.includes('map=')), 'links while flying').toEqual([]);
  expect(page.url()).toMatch(/kec=21\.71\.12(,|%2C)21\.71\.04|kec=21\.71\.04(,|%2C)21\.71\.12/);
  await expect(page).toHaveURL(/map=/, { timeout: 30_000 });
  await waitForMapIdle(page);
  await page.keyboard.press('Escape');
  await expectInViewClearOfLegend(page, '21.71.12');
  await expectInViewClearOfLegend(page, '21.71.04');
});

test("the map's controls speak the UI's language, and one of them brings back the whole city's view", async ({ page }) => {
  const camera = () => page.evaluate(() => ({ ...window.__cakupanMap!.getCenter(), zoom: window.__cakupanMap!.getZoom() }));
  const zoom = async () => (await camera()).zoom;
  await openPlanner(page);
  const map = page.getByTestId('map');
  const opened = await camera();
  const city = opened.zoom;
  await expect(map.getByRole('region', { name: 'Peta (tombol panah menggeser, + dan − memperbesar atau memperkecil)' })).toBeVisible();
  // The attribution's toggle shows only with a source to credit (the OpenStreetMap basemap).
  await expect(map.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute('aria-label', 'Tampilkan atau sembunyikan sumber peta');
  for (let step = 1; step <= 3; step++) {
    await map.getByRole('button', { name: 'Perbesar' }).click();
    await expect.poll(zoom, { timeout: 30_000 }).toBeGreaterThan(city + step - 0.01);
    await waitForMapIdle(page);
  }
  await map.getByRole('button', { name: 'Perkecil' }).click();
  await expect.poll(zoom, { timeout: 30_000 }).toBeLessThan(city + 2.01);
  await waitForMapIdle(page);
  await expect(map.getByRole('button', { name: 'Tampilkan seluruh Kota Batam' })).toHaveAttribute('title', 'Tampilkan seluruh Kota Batam');
  await map.getByRole('button', { name: 'Tampilkan seluruh Kota Batam' }).click();
  // The view the map opened with: the whole city.
  await expect.poll(zoom, { timeout: 30_000 }).toBeLessThan(city + 0.01);
  await waitForMapIdle(page);
  const home = await camera();
  expect(home.zoom).toBeCloseTo(city, 2);
  expect(Math.abs(home.lng - opened.lng) + Math.abs(home.lat - opened.lat), 'centre').toBeLessThan(0.0001);
  // The link follows the map to where it came to rest.
  await expect.poll(() => Number(new URL(page.url()).searchParams.get('map')?.split(',')[0])).toBeCloseTo(await zoom(), 2);
  await screenshot(page, 'planner-whole-city');

  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  await expect(map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Zoom out' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Show all of Kota Batam' })).toHaveAttribute('title', 'Show all of Kota Batam');
  await expect(map.locator('.maplibregl-ctrl-attrib-button')).toHaveAttribute('aria-label', "Show or hide the map's sources");
  await expect(map.getByRole('region', { name: 'Map (arrow keys pan, + and − zoom)' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Perbesar' })).toHaveCount(0);
});

test('the map view downloads as a PNG: the map as drawn, under a title, with the legend', async ({ page }) => {
  await page.goto(`/?kec=${BATU_SELICIN.slice(0, 8)}`);
  await openPlanner(page, false);
  // What the map canvas shows at its centre and at a quarter of its size (clear of the legend and the scale bar).
  const canvas = await page.evaluate(() => {
    const element = window.__cakupanMap!.getCanvas();
    return { width: element.width, height: element.height, cssWidth: element.clientWidth, cssHeight: element.clientHeight };
  });
  const probes = [{ x: canvas.cssWidth / 2, y: canvas.cssHeight / 2 }, { x: canvas.cssWidth * 0.75, y: canvas.cssHeight / 4 }];
  const onMap: [number, number, number, number][] = [];
  for (const probe of probes) onMap.push(await canvasPixel(page, probe));

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-map-png').click()]);
  expect(download.suggestedFilename()).toMatch(/^cakupan-peta-\d{4}-\d{2}-\d{2}\.png$/);
  const base64 = (await readFile(await download.path())).toString('base64');
  const ratio = canvas.width / canvas.cssWidth;
  // The canvas rows canvasPixel reads (WebGL counts rows from the bottom).
  const rows = probes.map((probe) => canvas.height - 1 - Math.round(canvas.height - probe.y * ratio));
  const image = await page.evaluate(async ({ base64, probes, rows, ratio, header, covered }) => {
    const element = new Image();
    element.src = `data:image/png;base64,${base64}`;
    await element.decode();
    const copy = document.createElement('canvas');
    copy.width = element.width;
    copy.height = element.height;
    const context = copy.getContext('2d')!;
    context.drawImage(element, 0, 0);
    const pixels = context.getImageData(0, 0, copy.width, copy.height).data;
    const at = (x: number, y: number) => {
      const offset = (Math.round(y) * copy.width + Math.round(x)) * 4;
      return [pixels[offset]!, pixels[offset + 1]!, pixels[offset + 2]!, pixels[offset + 3]!];
    };
    let coveredPixels = 0;
    for (let offset = 0; offset < pixels.length; offset += 4) {
      if (pixels[offset] === covered[0] && pixels[offset + 1] === covered[1] && pixels[offset + 2] === covered[2]) coveredPixels++;
    }
    return {
      width: copy.width, height: copy.height, coveredPixels,
      probes: probes.map((probe, index) => at(probe.x * ratio, header * ratio + rows[index]!)),
    };
  }, { base64, probes, rows, ratio, header: IMAGE_HEADER, covered: hexToRgb(KELURAHAN_STATE_COLOURS.covered) });

  expect(image.width).toBe(canvas.width);
  expect(image.height).toBe(Math.round(canvas.height + (IMAGE_HEADER + IMAGE_FOOTER) * ratio));
  // The map part is the frame the map drew (not the blank buffer WebGL leaves after a frame).
  image.probes.forEach((pixel, index) => {
    expect(pixel[3]).toBe(255);
    onMap[index]!.slice(0, 3).forEach((channel, channelIndex) => expect(Math.abs(pixel[channelIndex]! - channel)).toBeLessThanOrEqual(2));
  });
  // The legend's "covered" swatch, in its exact colour (on the map the fill is translucent).
  expect(image.coveredPixels).toBeGreaterThanOrEqual(16 * 12);
});

function hexToRgb(hex: string): [number, number, number] {
  return [0, 2, 4].map((start) => parseInt(hex.slice(1 + start, 3 + start), 16)) as [number, number, number];
}

/**
 * Imports `count` installations into Sambau through the data view (one a day from 1 January,
 * around its label point, as a staff CSV export has them); `type` for all, else the four in turn.
 */
async function importIntoSambau(page: Page, count: number, type?: string): Promise<KelurahanFacts> {
  const { features } = await kelurahanCollection(page);
  const sambau = features.find((feature) => feature.properties.nama === 'Sambau')!.properties;
  const decimal = (value: number) => value.toFixed(6).replace('.', ',');
  const rows = Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(2026, 0, 1 + (index % 300))).toISOString().slice(0, 10).split('-').reverse().join('/');
    const [lng, lat] = sambau.labelPoint;
    return `${type ?? INSTALLATION_TYPES[index % 4]};${decimal(lat + (index % 10) * 1e-5)};${decimal(lng + Math.floor(index / 10) * 1e-5)};${date};Terpasang;Sambau;`;
  });
  await page.goto('/?view=data');
  await page.getByTestId('import-open').click();
  await dropOnImport(page, ['Jenis;Lintang;Bujur;Tanggal Pasang;Status;Kelurahan;Catatan', ...rows].join('\n'), 'sambau.csv');
  await expect(page.getByTestId('import-count-accepted')).toHaveText(count.toLocaleString('id-ID'), { timeout: 60_000 });
  await page.getByTestId('import-confirm').dispatchEvent('click');
  await expect(page.getByTestId('import-saved')).toBeVisible({ timeout: 60_000 });
  return sambau;
}

test('a kelurahan with many installations lists them a page at a time, and the next page takes the focus', async ({ page }) => {
  const sambau = await importIntoSambau(page, 120);
  await page.goto(`/?kel=${sambau.kode}`);
  await openPlanner(page, false);
  const panel = page.getByTestId('kelurahan-panel');
  const items = panel.getByTestId('panel-installations').locator('li');
  const count = panel.getByTestId('panel-installations-count');
  // Every installation in Sambau: the panel's counts per status.
  const byStatus = await panel.locator('.count-grid').nth(1).locator('strong').allInnerTexts();
  const total = byStatus.reduce((sum, value) => sum + Number(value), 0);
  expect(total).toBeGreaterThanOrEqual(120);
  expect(total).toBeLessThan(150);
  await expect(items).toHaveCount(50);
  await expect(count).toContainText(`50 dari ${total} pemasangan, terbaru dulu.`);
  await count.getByRole('button', { name: 'Tampilkan 50 lagi' }).click();
  await expect(items).toHaveCount(100);
  await expect(items.nth(50).getByRole('button').first()).toBeFocused();
  await count.getByRole('button', { name: `Tampilkan ${total - 100} lagi` }).click();
  await expect(items).toHaveCount(total);
  await expect(items.nth(100).getByRole('button').first()).toBeFocused();
  await expect(count).toHaveText(`${total} dari ${total} pemasangan, terbaru dulu.`);
  // Newest first: the imported ones (January to April) come after the demo's later ones, the last is 1 January.
  await expect(items.last()).toContainText('dipasang 1 Jan 2026');
  // Another kelurahan, then Sambau again: one page.
  await panel.getByRole('button', { name: 'Batu Besar' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Batu Besar');
  await page.goBack();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sambau');
  await expect(items).toHaveCount(50);
});

test('counts in the import, the legend, the kelurahan panel and the type chart read in the UI\'s number format, and the chart\'s words fit it', async ({ page }) => {
  const sambau = await importIntoSambau(page, 1_000, 'Poster');
  // The import says so too (its counts above: "1.000" accepted, checked in importIntoSambau).
  await expect(page.getByTestId('import-saved')).toContainText('1.000 pemasangan diimpor dari sambau.csv.');
  await page.goto(`/?kel=${sambau.kode}`);
  await openPlanner(page, false);
  const legendPosters = page.getByTestId('map-legend').locator('li').filter({ hasText: 'Poster' }).locator('.legend-count');
  const panelPosters = page.getByTestId('kelurahan-panel').locator('.count-grid').first().locator('li').filter({ hasText: 'Poster' }).locator('strong');
  // Over a thousand: "1.011" in Bahasa Indonesia, "1,011" in English.
  await expect(legendPosters).toHaveText(/^1\.\d{3}$/);
  await expect(panelPosters).toHaveText(/^1\.\d{3}$/);
  const posters = Number((await legendPosters.innerText()).replace('.', ''));
  expect(posters).toBeGreaterThanOrEqual(1_000);
  await page.getByLabel('Bahasa').selectOption('en');
  await expect(legendPosters).toHaveText(posters.toLocaleString('en'));
  await expect(panelPosters).toHaveText(/^1,\d{3}$/);

  // The dashboard's type chart: its count axis reaches past a thousand, and every word on the
  // chart stays inside it, clear of the others (the last count sat half outside the chart).
  await page.getByRole('button', { name: 'Dashboard', exact: true }).click();
  const chart = page.getByTestId('chart-type').locator('svg.recharts-surface');
  const counts = async () => (await chart.locator('text').allTextContents()).filter((text) => /^[\d,]+$/.test(text));
  await expect.poll(async () => (await counts()).at(-1)).toMatch(/^1,\d{3}$/);
  const boxes = await chart.evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return {
      frame: { left: frame.left, right: frame.right, top: frame.top, bottom: frame.bottom },
      texts: [...svg.querySelectorAll('text')].map((text) => {
        const box = text.getBoundingClientRect();
        return { text: text.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom };
      }),
    };
  });
  expect(boxes.texts.length).toBeGreaterThan(8);
  for (const text of boxes.texts) {
    expect(text.left, text.text).toBeGreaterThanOrEqual(boxes.frame.left);
    expect(text.right, text.text).toBeLessThanOrEqual(boxes.frame.right);
  }
  for (const [index, one] of boxes.texts.entries()) {
    for (const other of boxes.texts.slice(index + 1)) {
      const overlap = one.left < other.right - 1 && other.left < one.right - 1 && one.top < other.bottom - 1 && other.top < one.bottom - 1;
      expect(overlap, `${one.text} / ${other.text}`).toBe(false);
    }
  }
});

test('"Cari kelurahan" finds any kelurahan by name or from its list and shows it; an unclear or unknown name is said so', async ({ page }) => {
  await openPlanner(page);
  const zoom = () => page.evaluate(() => window.__cakupanMap!.getZoom());
  const city = await zoom();
  const finder = page.getByRole('search');
  // A search field with a list to pick from: a combobox.
  const field = finder.getByRole('combobox', { name: 'Cari kelurahan' });
  const panel = page.getByTestId('kelurahan-panel');
  // Covered kelurahan are not in the list of targets, but the finder has them.
  await field.fill('sadai');
  await field.press('Enter');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sadai');
  await expect(page).toHaveURL(/kel=21\.71\.09\.1003/);
  await expect.poll(zoom, { timeout: 30_000 }).toBeGreaterThan(city + 1);
  // Several names start with "batu": none is guessed.
  await field.fill('batu');
  await finder.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(finder.getByRole('alert')).toHaveText(/^\d+ kelurahan cocok dengan «batu»: pilih dari daftar atau ketik lebih lengkap\.$/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Sadai');
  await field.fill('atlantis');
  await field.press('Enter');
  await expect(finder.getByRole('alert')).toHaveText('Tidak ada kelurahan «atlantis» di Kota Batam.');
  // Picked from the list (the field then holds the option's text): shown at once.
  await field.fill('Batu Selicin — Lubuk Baja');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Batu Selicin');
  await expect(finder.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`kel=${BATU_SELICIN.replaceAll('.', '\\.')}`));
  // On a phone the finder sits below the map: showing a kelurahan brings the map back into view.
  await page.setViewportSize({ width: 390, height: 844 });
  await field.scrollIntoViewIfNeeded();
  await expect(page.getByTestId('map')).not.toBeInViewport();
  await field.fill('sadai');
  await field.press('Enter');
  await expect(page.getByTestId('map')).toBeInViewport();
});

test('the panel says why a kelurahan is not one rank higher: the kelurahan above it, and what that one scores more on', async ({ page }) => {
  await openPlanner(page);
  const rows = page.getByTestId('uncovered-row');
  const nameOf = async (index: number) => (await rows.nth(index).locator('.ranking-name strong').textContent())!;
  const [first, second] = [await nameOf(0), await nameOf(1)];
  const panel = page.getByTestId('kelurahan-panel');
  await rows.nth(1).getByRole('button').first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(second);
  const comparison = panel.getByTestId('rank-comparison');
  // The gap in the list's own percentages.
  const scoreOf = async (index: number) => Number.parseInt((await rows.nth(index).locator('.score').textContent())!, 10);
  const gap = (await scoreOf(0)) - (await scoreOf(1));
  await expect(comparison).toContainText(`${gap} poin di bawah #1 ${first}, yang unggul pada:`);
  // Each reason names a factor of the breakdown, with its value there and here.
  const reasons = comparison.getByRole('listitem');
  expect(await reasons.count()).toBeGreaterThan(0);
  await screenshot(page, 'planner-rank-comparison');
  const factorLabels = await panel.locator('.factor-label').allTextContents();
  for (const reason of await reasons.allTextContents()) {
    expect(factorLabels.some((label) => reason.startsWith(`${label}: `)), reason).toBe(true);
    expect(reason).toMatch(/ di sana, .* di sini$/);
  }
  // The first has no one above it.
  await rows.nth(0).getByRole('button').first().click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(first);
  await expect(panel.getByTestId('rank-comparison')).toHaveCount(0);
});

test('every factor says how it is measured: Batu Besar, which borders covered Sambau, is 0 km away border to border', async ({ page }) => {
  await openPlanner(page);
  const field = page.getByRole('search').getByRole('combobox', { name: 'Cari kelurahan' });
  await field.fill('Batu Besar');
  await field.press('Enter');
  const panel = page.getByTestId('kelurahan-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Batu Besar');
  // Measured between label points this read 5,8 km; between borders a neighbour is 0 away.
  const distance = panel.locator('.factor-list li', { hasText: 'Jarak ke wilayah tercakup (batas ke batas)' });
  await expect(distance.locator('.factor-value')).toHaveText('0 km (bertetangga)');
  await expect(distance).toHaveAttribute('title', /^Diukur: jarak terpendek dari batas kelurahan ini ke batas kelurahan tercakup terdekat/);
  const frontier = panel.locator('.factor-list li', { hasText: 'Berbatasan dengan wilayah tercakup (panjang batas)' });
  await expect(frontier.locator('.factor-value')).toHaveText(/^[1-9]\d*,\d km perbatasan$/);
  for (const item of await panel.locator('.factor-list li').all()) await expect(item).toHaveAttribute('title', /^Diukur: /);
  // Each slider's help says what it counts, too.
  const weights = page.getByTestId('weight-controls');
  await weights.locator('summary').click();
  const sliders = weights.getByRole('slider');
  await expect(sliders).toHaveCount(4);
  for (const slider of await sliders.all()) await expect(slider).toHaveAccessibleDescription(/ Diukur: /);
  await screenshot(page, 'planner-factor-measures');
});

test('a selection scrolls the list to its row, not the page: on a phone the map stays in view', async ({ page }) => {
  // Pulau Abang ranks near the bottom of the list of 59.
  const row = () => page.getByTestId('uncovered-row').filter({ hasText: 'Pulau Abang' });
  await page.goto(`/?kel=${PULAU_ABANG}`);
  await openPlanner(page, false);
  // Desktop: the list scrolls in its own column until the row shows.
  const column = (await page.locator('.planner-sidebar').boundingBox())!;
  await expect.poll(async () => {
    const box = (await row().boundingBox())!;
    return box.y >= column.y - 1 && box.y + box.height <= column.y + column.height + 1;
  }).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // Phone: the list is part of the page; the page stays at the map and the selected kelurahan.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?kel=${PULAU_ABANG}`);
  await openPlanner(page, false);
  await expect(page.getByTestId('kelurahan-panel')).toContainText('Pulau Abang');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByTestId('map')).toBeInViewport();
});

test('on a desktop the list, the map and the coverage summary sit side by side and follow the filter; on a phone the summary is the Dasbor tab and the legend starts folded', async ({ page }) => {
  await openPlanner(page);
  const summary = page.getByTestId('coverage-summary-panel');
  await expect(summary.getByTestId('kpi-covered')).toContainText(`${DEMO_KELURAHAN.length} dari 64`);
  const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;
  const [list, map, side] = [await box(page.locator('.planner-sidebar')), await box(page.getByTestId('map')), await box(summary)];
  expect(list.x + list.width).toBeLessThanOrEqual(map.x + 1);
  expect(map.x + map.width).toBeLessThanOrEqual(side.x + 1);
  expect(side.x + side.width).toBeLessThanOrEqual(1440 + 1);
  // The whole three-column page, summary included, passes the same accessibility check as the dashboard.
  const audit = await new AxeBuilder({ page }).analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // Coverage by kecamatan: a row per kecamatan of the city, each a button that filters every view.
  const byKecamatan = summary.getByTestId('kecamatan-coverage-list').getByRole('listitem');
  await expect(byKecamatan).toHaveCount(12);
  const reached = DEMO_KELURAHAN.filter((entry) => entry.kode.startsWith(`${BATU_AMPAR}.`));
  await expect(byKecamatan.filter({ hasText: 'Batu Ampar' })).toContainText(`${reached.length} dari 4`);
  await byKecamatan.getByRole('button', { name: /^Batu Ampar/ }).click();
  // One filter for all three: the list's filter bar and the summary now both say Batu Ampar.
  await expect(summary.getByTestId('kpi-covered')).toContainText(`${reached.length} dari 4`);
  await expect(byKecamatan).toHaveCount(1);
  await page.locator('.multi-select summary').filter({ hasText: 'Kecamatan' }).click();
  await expect(page.getByRole('checkbox', { name: 'Batu Ampar' })).toBeChecked();
  await page.keyboard.press('Escape');
  // Opened from the summary, the full dashboard keeps the filter.
  await summary.getByRole('button', { name: 'Buka dasbor lengkap' }).click();
  await expect(page).toHaveURL(/view=dashboard/);
  await expect(page.getByTestId('dashboard-scope')).toHaveText('Batu Ampar');

  // Phone: no room beside the map; the dashboard is its own tab.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect(page.getByTestId('map')).toBeVisible();
  await expect(page.getByTestId('coverage-summary-panel')).toHaveCount(0);
  // The legend starts folded on a phone (it would cover half of the map) and opens on demand.
  await expect(page.getByTestId('map-legend')).toHaveJSProperty('open', false);
  await page.getByTestId('map-legend').locator('summary').click();
  await expect(page.getByTestId('map-legend').getByText('Sudah tercakup')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dasbor', exact: true })).toBeVisible();

  // Correcting on a phone: the form stacks under the map. It opens wholly in view, Simpan
  // included, with the map above it still on screen for the tap that moves the point.
  await page.goto('/?kel=21.71.09.1003');
  const edit = page.getByTestId('panel-installations').locator('li').first().getByRole('button', { name: /^Ubah / });
  await edit.scrollIntoViewIfNeeded();
  await edit.click();
  const form = page.getByTestId('installation-form');
  await expect(form.getByRole('heading')).toHaveText('Ubah pemasangan');
  const [formBox, mapBox] = [await box(form), await box(page.getByTestId('map'))];
  expect(Math.min(mapBox.y + mapBox.height, 844) - Math.max(mapBox.y, 0)).toBeGreaterThan(300);
  expect(formBox.y).toBeGreaterThanOrEqual(-1);
  expect(formBox.y + formBox.height).toBeLessThanOrEqual(845);

  // The tables' search boxes keep room to type on a phone (they wrap under the title rather than shrink to a few letters).
  await page.goto('/?view=data');
  for (const table of ['kelurahan-table', 'installation-table']) {
    const search = page.getByTestId(table).locator('.table-search');
    await expect(search).toBeVisible();
    expect((await box(search)).width, table).toBeGreaterThan(150);
  }
});
