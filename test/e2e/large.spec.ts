import { readFileSync } from 'node:fs';
import { pointOnFeature } from '@turf/point-on-feature';
import { expect, test, type Page } from '@playwright/test';
import type { KelurahanCollection } from '../../src/domain/region';
import { DEFAULT_DATABASE_NAME } from '../../src/data/indexedDbStore';

// A campaign too large for one main-thread task: above 20,000 installations the
// app prepares columns and point-in-polygon in slices (src/app/prepareInstallations.ts)
// and builds the table rows in slices (src/components/useSlicedBuild.ts). The demo
// data never reaches those paths, so this test puts 25,000 rows in the store and
// checks that every view shows exactly them.

const kelurahan = JSON.parse(readFileSync('public/geodata/21.71/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const BATU_SELICIN = '21.71.06.1004'; // kecamatan Lubuk Baja (21.71.06)
const SADAI = '21.71.09.1003'; // kecamatan Bengkong (21.71.09)
const IN_BATU_SELICIN = 20_000;
const IN_SADAI = 4_000;
const AT_SEA = 1_000; // outside the region: counted, but outside every kelurahan
const TOTAL = IN_BATU_SELICIN + IN_SADAI + AT_SEA;

function insidePoint(kode: string): [number, number] {
  const feature = kelurahan.features.find((candidate) => candidate.properties.kode === kode);
  if (!feature) throw new Error(`kelurahan ${kode} missing from public/geodata`);
  return pointOnFeature(feature).geometry.coordinates as [number, number];
}

/** Replaces every stored installation with `TOTAL` generated rows, at the storage level (as another tab or an import would leave them). */
async function fillStore(page: Page) {
  const places = [
    { count: IN_BATU_SELICIN, point: insidePoint(BATU_SELICIN), kode: BATU_SELICIN },
    { count: IN_SADAI, point: insidePoint(SADAI), kode: SADAI },
    { count: AT_SEA, point: [104.6, 0.6] as [number, number], kode: undefined },
  ];
  await page.evaluate(async ({ name, places }) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const transaction = database.transaction('installations', 'readwrite');
      const store = transaction.objectStore('installations');
      store.clear();
      const types = ['baliho', 'spanduk', 'banner', 'poster'];
      let row = 0;
      for (const place of places) {
        for (let index = 0; index < place.count; index++, row++) {
          const installedAt = new Date(Date.UTC(2026, 0, 1 + (row % 200))).toISOString().slice(0, 10);
          store.put({
            id: `large-${String(row).padStart(5, '0')}`, type: types[row % 4], lng: place.point[0], lat: place.point[1],
            ...(place.kode ? { kelurahanKode: place.kode } : {}), installedAt, status: 'terpasang', notes: '', source: 'import',
            importId: 'large', createdAt: `${installedAt}T00:00:00.000Z`, updatedAt: `${installedAt}T00:00:00.000Z`,
          });
        }
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
    });
    database.close();
  }, { name: DEFAULT_DATABASE_NAME, places });
}

const thousands = (value: number) => value.toLocaleString('id-ID');

test('25,000 installations: prepared in slices, and the tables, filters, dashboard and map all show exactly them', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/?view=data');
  await expect(page.getByTestId('installation-count')).toContainText('44 dari 44'); // the demo seeded the store's schema
  await fillStore(page);
  await page.reload();

  const count = page.getByTestId('installation-count');
  await expect(count).toHaveText(`${thousands(TOTAL)} dari ${thousands(TOTAL)} baris`, { timeout: 60_000 });
  // The kelurahan table is virtualised too: search it for each kelurahan and read its row.
  const kelurahanTable = page.getByTestId('kelurahan-table');
  for (const [kode, expected] of [[BATU_SELICIN, IN_BATU_SELICIN], [SADAI, IN_SADAI]] as const) {
    await kelurahanTable.getByRole('searchbox', { name: /Cari kelurahan/ }).fill(kode);
    await expect(kelurahanTable.getByRole('row').filter({ hasText: kode })).toContainText(thousands(expected));
  }

  // The shared filter: Lubuk Baja keeps Batu Selicin's installations only (those at sea are hidden by an area filter).
  await page.goto('/?view=data&kec=21.71.06');
  await expect(count).toHaveText(`${thousands(IN_BATU_SELICIN)} dari ${thousands(IN_BATU_SELICIN)} baris`, { timeout: 60_000 });
  await expect(page.getByTestId('filter-result')).toContainText(`${thousands(IN_BATU_SELICIN)} pemasangan`);

  // Search works on rows whose search text was built in the background.
  await page.goto('/?view=data');
  await expect(count).toHaveText(`${thousands(TOTAL)} dari ${thousands(TOTAL)} baris`, { timeout: 60_000 });
  await page.getByRole('searchbox', { name: /Cari pemasangan/ }).fill('sadai');
  await expect(count).toHaveText(`${thousands(IN_SADAI)} dari ${thousands(TOTAL)} baris`);

  // Dashboard: two kelurahan covered, and the charts (rendered after the KPI cards) show the same installations.
  await page.goto('/?view=dashboard&kec=21.71.09');
  await expect(page.getByTestId('filter-result')).toContainText(`${thousands(IN_SADAI)} pemasangan`, { timeout: 60_000 });
  await expect(page.locator('[data-synced-installations]').first()).toHaveAttribute('data-synced-installations', String(IN_SADAI));
  await page.goto('/?view=dashboard');
  await expect(page.getByTestId('filter-result')).toContainText(`${thousands(TOTAL)} pemasangan`, { timeout: 60_000 });

  // Map: the planner's summary counts the two covered kelurahan.
  await page.goto('/');
  await expect(page.getByTestId('coverage-summary')).toHaveText(/^2\D/, { timeout: 60_000 });
  await expect(page.getByTestId('filter-result')).toContainText(`${thousands(TOTAL)} pemasangan`);
});
