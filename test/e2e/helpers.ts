import type { Page, Route } from '@playwright/test';

// Shared browser-test helpers. The test build (`npm run build:test`) sets
// `window.__cakupanMap` (the live MapLibre map) as a documented test hook: tests
// read rendered features from it instead of trusting the DOM alone.

export const ARTIFACTS = 'test/e2e/artifacts';

// `window.__cakupanMap` is typed by the global declaration in src/features/map/testHooks.ts.

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

export interface DrawnInstallation {
  /** Index into the installations the map was given. */
  index: number;
  lngLat: [number, number];
  /** Type code (index into INSTALLATION_TYPES) and whether it is drawn faded. */
  typeCode: number;
  faded: boolean;
  /** The kelurahan drawn under the point ('' when none). */
  kode: string;
  /** Drawn at this zoom level; false when merged with a same-style symbol in its cell (`thinnedMask`). */
  shown: boolean;
}

/**
 * The installations the GPU layer shows inside the current view, i.e. those the
 * filters keep and that stand on the as-of date: what the layer sends to the GPU
 * (positions, styles, masks), each position turned back into [lng, lat] here, and
 * the kelurahan drawn under it read from MapLibre.
 */
export async function drawnInstallations(page: Page): Promise<DrawnInstallation[]> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const map = window.__cakupanMap!;
    type Drawn = { points: { anchor: { x: number; y: number; z: number }; positions: Float32Array; styles: Uint8Array }; visible: Uint8Array; shown: Uint8Array };
    const layer = map.getLayer('installations') as unknown as { implementation: { drawn?: Drawn } };
    const drawn = layer.implementation.drawn;
    if (!drawn) return [];
    const { anchor, positions, styles } = drawn.points;
    const bounds = map.getBounds();
    const result: { index: number; lngLat: [number, number]; typeCode: number; faded: boolean; kode: string; shown: boolean }[] = [];
    for (let index = 0; index < styles.length; index++) {
      if (drawn.visible[index] !== 1 || styles[index] === 255) continue;
      // Inverse Web Mercator from anchor-tile units (8192 per tile).
      const worldX = (positions[index * 2]! / 8192 + anchor.x) / 2 ** anchor.z;
      const worldY = (positions[index * 2 + 1]! / 8192 + anchor.y) / 2 ** anchor.z;
      const lngLat: [number, number] = [worldX * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * worldY))) * 180) / Math.PI];
      if (!bounds.contains(lngLat)) continue;
      const under = map.queryRenderedFeatures(map.project(lngLat), { layers: ['kelurahan-fill'] })[0];
      result.push({ index, lngLat, typeCode: styles[index]! & 3, faded: (styles[index]! & 4) !== 0, kode: under ? String(under.properties.kode) : '', shown: drawn.shown[index] === 1 });
    }
    return result;
  });
}

/**
 * The colour the map canvas shows at a pixel (CSS pixels inside the canvas), read
 * from WebGL right after a frame is drawn (the drawing buffer is not kept after it).
 */
export async function canvasPixel(page: Page, point: { x: number; y: number }): Promise<[number, number, number, number]> {
  return page.evaluate(
    ({ x, y }) =>
      new Promise<[number, number, number, number]>((resolve) => {
        const map = window.__cakupanMap!;
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2')!;
          const ratio = canvas.width / canvas.clientWidth;
          const pixel = new Uint8Array(4);
          gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
          resolve([pixel[0]!, pixel[1]!, pixel[2]!, pixel[3]!]);
        });
        map.triggerRepaint();
      }),
    point,
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

export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await projectToPage(page, lngLat);
  await page.mouse.click(point.x, point.y);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: false });
}

/**
 * Drops a file on the data view's import drop zone, as a user dragging it from the file
 * manager would. (Also sidesteps setInputFiles and click(), which hang while the data
 * tables keep mutating attributes, hence dispatchEvent.)
 */
export async function dropOnImport(page: Page, content: Uint8Array | string, name: string): Promise<void> {
  const bytes = [...(typeof content === 'string' ? new TextEncoder().encode(content) : content)];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      return transfer;
    },
    { bytes, name },
  );
  await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });
}
