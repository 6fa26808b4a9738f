import type { Page, Route } from '@playwright/test';

// Shared browser-test helpers. The app sets `window.__cakupanMap` (the live
// MapLibre map) in every build as a documented test hook: tests read rendered
// features from it instead of trusting the DOM alone.

export const ARTIFACTS = 'test/e2e/artifacts';

// `window.__cakupanMap` is typed by the global declaration in src/features/map/MapAdapter.ts.

/** Fails every request that does not go to the local preview server: the app must work offline. */
export async function blockNetwork(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route('**/*', (route: Route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  return blocked;
}

/** Starts from an empty browser store so the demo data is seeded fresh. */
export async function clearStorage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    window.localStorage.clear();
    const databases = (await indexedDB.databases?.()) ?? [];
    await Promise.all(
      databases.map(
        (database) =>
          new Promise<void>((resolve) => {
            if (!database.name) return resolve();
            const request = indexedDB.deleteDatabase(database.name);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
    );
  });
}

/** Waits until the map exists, has loaded its style and is not moving or loading. */
export async function waitForMapIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__cakupanMap?.loaded()), undefined, { timeout });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__cakupanMap!;
        if (!map.isMoving() && map.areTilesLoaded()) {
          // One more frame so data pushed by React in this tick is drawn.
          map.once('idle', () => resolve());
          map.triggerRepaint();
        } else map.once('idle', () => resolve());
      }),
  );
}

/** Distinct values of `property` among the features drawn in `layer` (what the user sees). */
export async function renderedValues(page: Page, layer: string, property: string): Promise<string[]> {
  return page.evaluate(
    ({ layer, property }) => {
      const values = window.__cakupanMap!.queryRenderedFeatures({ layers: [layer] }).map((feature) => String(feature.properties[property]));
      return [...new Set(values)].sort();
    },
    { layer, property },
  );
}

/** Pixel position inside the map canvas of a [lng, lat]. */
export async function projectToPage(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((lngLat) => {
    const map = window.__cakupanMap!;
    const point = map.project(lngLat);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }, lngLat);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: false });
}
