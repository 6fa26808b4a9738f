import { mkdir } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_KELURAHAN } from '../../src/data/demo';
import { ARTIFACTS } from './helpers';

// "Cetak ringkasan" on paper: Chromium's own PDF of the summary, for the whole city and for one
// kecamatan, is one A4 page, and every covered kelurahan can be found on its map.

const AS_OF = '2026-10-31';
const LUBUK_BAJA = '21.71.06';
const FIRST_LOAD = { timeout: 60_000 };
test.setTimeout(120_000);

/** Pages in a PDF: its page objects (`/Type /Page`), not the page tree nodes (`/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

async function openSummary(page: Page, query: string) {
  await page.goto(`/?view=dashboard&asOf=${AS_OF}${query}&print=1`);
  const summary = page.getByTestId('print-page');
  await expect(summary.locator('.chart-drawing .recharts-wrapper')).toHaveCount(3, FIRST_LOAD);
  return summary;
}

const SCOPES = [
  { name: 'the whole city', file: 'city', query: '', covered: DEMO_KELURAHAN, uncovered: 64 - DEMO_KELURAHAN.length },
  { name: 'one kecamatan', file: 'lubuk-baja', query: `&kec=${LUBUK_BAJA}`, covered: DEMO_KELURAHAN.filter((entry) => entry.kode.startsWith(`${LUBUK_BAJA}.`)), uncovered: 4 },
];

for (const scope of SCOPES) {
  test(`the executive summary of ${scope.name} prints on one A4 page, every covered kelurahan named or numbered on its map`, async ({ page }) => {
    const summary = await openSummary(page, scope.query);
    const map = summary.getByTestId('static-map');
    const key = summary.getByTestId('print-covered');
    await expect(key).toContainText(`Kelurahan tercakup (${scope.covered.length}): `);
    for (const { kode, nama } of scope.covered) {
      const label = map.locator(`text[data-label-kode="${kode}"]`);
      if ((await label.count()) === 1) {
        await expect(label, `${nama} named on the map`).toHaveText(nama);
        continue;
      }
      // Where names crowd: a number on the map, and the same number before the name in the key.
      const marker = map.locator(`[data-marker-kode="${kode}"]`);
      await expect(marker, `${nama} named or numbered on the map`).toHaveCount(1);
      const number = (await marker.textContent())!;
      await expect(key.locator(`[data-key-kode="${kode}"]`)).toHaveText(number);
      await expect(key).toContainText(`${number} ${nama} (`);
    }
    // Names and numbers lie inside the map and clear of each other.
    const boxes = await map.locator('text[data-label-kode], [data-marker-kode]').evaluateAll((elements) => {
      const svg = elements[0]?.closest('svg');
      const view = svg?.viewBox.baseVal;
      return elements.map((element) => {
        const box = (element as SVGGraphicsElement).getBBox();
        const matrix = (element as SVGGraphicsElement).transform.baseVal.consolidate()?.matrix;
        const [x, y] = [box.x + (matrix?.e ?? 0), box.y + (matrix?.f ?? 0)];
        return { text: element.textContent ?? '', left: x, top: y, right: x + box.width, bottom: y + box.height, inside: !!view && x >= 0 && y >= 0 && x + box.width <= view.width + 0.5 };
      });
    });
    for (const box of boxes) expect(box.inside, `${box.text} inside the map`).toBe(true);
    for (const [index, box] of boxes.entries()) {
      for (const other of boxes.slice(index + 1)) {
        const overlap = box.left < other.right - 0.5 && other.left < box.right - 0.5 && box.top < other.bottom - 0.5 && other.top < box.bottom - 0.5;
        expect(overlap, `${box.text} and ${other.text} overlap`).toBe(false);
      }
    }
    // The uncovered list: its head, and how many more.
    const uncovered = summary.getByTestId('uncovered-list');
    await expect(uncovered.locator('li')).toHaveCount(Math.min(5, scope.uncovered));
    if (scope.uncovered > 5) await expect(uncovered.getByTestId('uncovered-more')).toHaveText(`dan ${scope.uncovered - 5} kelurahan lainnya`);
    else await expect(uncovered.getByTestId('uncovered-more')).toHaveCount(0);

    await mkdir(ARTIFACTS, { recursive: true });
    const pdf = await page.pdf({ format: 'A4', path: `${ARTIFACTS}/summary-${scope.file}.pdf` });
    expect(pdfPageCount(pdf), 'pages printed').toBe(1);
  });
}
