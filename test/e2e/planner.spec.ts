import { expect, test, type Page } from '@playwright/test';
import { blockNetwork, projectToPage, renderedValues, screenshot, waitForMapIdle } from './helpers';

// The planner's map against the production build, in real Chromium. Map facts
// are read from MapLibre itself (window.__cakupanMap), not only from the DOM.

interface KelurahanFacts {
  kode: string;
  nama: string;
  labelPoint: [number, number];
}

const KELURAHAN_COUNT = 64;
const BATU_SELICIN = '21.71.06.1004';

test.describe.configure({ timeout: 180_000 });

async function loadKelurahan(page: Page): Promise<Map<string, KelurahanFacts>> {
  const response = await page.request.get('/geodata/21.71/kelurahan.geojson');
  expect(response.ok(), 'kelurahan.geojson is served (run `npm run geodata`)').toBe(true);
  const collection = (await response.json()) as { features: { properties: KelurahanFacts }[] };
  return new Map(collection.features.map((feature) => [feature.properties.kode, feature.properties]));
}

async function openPlanner(page: Page, navigate = true): Promise<void> {
  if (navigate) await page.goto('/');
  await expect(page.getByTestId('uncovered-row').first()).toBeVisible({ timeout: 90_000 });
  await waitForMapIdle(page, 90_000);
}

async function sourceKodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const features = window.__cakupanMap!.querySourceFeatures('kelurahan');
    return [...new Set(features.map((feature) => String(feature.properties.kode)))].sort();
  });
}

async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await projectToPage(page, lngLat);
  await page.mouse.click(point.x, point.y);
}

test('the production build renders the 64 kelurahan, the legend and the uncovered list', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openPlanner(page);
  expect(await sourceKodes(page)).toHaveLength(KELURAHAN_COUNT);
  const rendered = await renderedValues(page, 'kelurahan-fill', 'kode');
  // Whole region in view after fitting: every kelurahan is drawn (a few islets may be sub-pixel).
  expect(rendered.length).toBeGreaterThanOrEqual(KELURAHAN_COUNT - 4);
  expect(await renderedValues(page, 'kelurahan-fill', 'state')).toEqual(['covered', 'recommended', 'uncovered']);
  await expect(page.getByTestId('uncovered-row')).toHaveCount(59);
  await expect(page.getByTestId('uncovered-row').filter({ hasText: 'Sasaran' })).toHaveCount(5);
  await expect(page.getByTestId('map-legend')).toBeVisible();
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
