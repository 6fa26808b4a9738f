import { expect, test } from '@playwright/test';
import { DEMO_INSTALLATION_COUNT } from '../../src/data/demo';
import { renderedValues, waitForMapIdle } from './helpers';

// Each map view owns its MapLibre map (src/features/map/MapAdapter.ts): leaving the view
// removes the map with its WebGL context, and coming back builds a new one from the same data.

test.describe.configure({ timeout: 180_000 });

test('leaving the map view removes its map and frees its WebGL context; coming back builds a new map that shows the same data', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/?view=map');
  const map = page.getByTestId('map');
  await expect(map).toHaveAttribute('data-synced-installations', String(DEMO_INSTALLATION_COUNT), { timeout: 90_000 });
  await waitForMapIdle(page, 90_000);
  const drawnBefore = await renderedValues(page, 'kelurahan-fill', 'kode');
  await page.evaluate(() => {
    (window as unknown as { firstMap: unknown }).firstMap = window.__cakupanMap;
  });

  await page.getByRole('button', { name: 'Dasbor', exact: true }).click();
  await expect(page.getByTestId('map')).toHaveCount(0);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
  const left = await page.evaluate(() => {
    const first = (window as unknown as { firstMap: import('maplibre-gl').Map }).firstMap;
    const canvas = first.getCanvas();
    return { hookGone: window.__cakupanMap === undefined, attached: canvas.isConnected, contextLost: canvas.getContext('webgl2')?.isContextLost() ?? true };
  });
  expect(left).toEqual({ hookGone: true, attached: false, contextLost: true });

  await page.getByRole('button', { name: 'Peta', exact: true }).click();
  await expect(map).toHaveAttribute('data-synced-installations', String(DEMO_INSTALLATION_COUNT), { timeout: 90_000 });
  await waitForMapIdle(page, 90_000);
  expect(await page.evaluate(() => window.__cakupanMap !== (window as unknown as { firstMap: unknown }).firstMap)).toBe(true);
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  expect(await renderedValues(page, 'kelurahan-fill', 'kode')).toEqual(drawnBefore);
  expect(errors).toEqual([]);
});
