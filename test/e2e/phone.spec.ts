import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForMapIdle } from './helpers';

// A phone (390 × 844, touch): the planner stacks map, panel and list, so what a tap in the
// list changes lies far above the finger. Each tap must bring what it changed into view.

const PHONE = { width: 390, height: 844 };

test.describe.configure({ timeout: 180_000 });

async function openPlanner(page: Page, url = '/'): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('uncovered-row').first()).toBeVisible({ timeout: 90_000 });
  await waitForMapIdle(page, 90_000);
}

/** The element's box lies wholly inside the viewport (once a smooth scroll has ended). */
async function expectWhollyInView(locator: Locator, what: string, viewport = PHONE): Promise<void> {
  await expect.poll(async () => {
    const box = await locator.boundingBox();
    return Boolean(box && box.y >= -1 && box.y + box.height <= viewport.height + 1 && box.x >= -1 && box.x + box.width <= viewport.width + 1);
  }, { message: `${what} is wholly in view` }).toBe(true);
}

/** Takes the element to the bottom of the screen, as a thumb scrolling down the list would. */
async function scrollToBottomOfView(locator: Locator): Promise<void> {
  await locator.evaluate((element) => element.scrollIntoView({ block: 'end' }));
}

/**
 * Records every page scroll position from the next click on (`scrollPositions` reads them): not
 * the scroll that brings the element under the finger before a tap, only what the tap does.
 */
async function recordScrolls(page: Page): Promise<void> {
  await page.evaluate(() => {
    const holder = window as unknown as { __scrolls: number[] };
    holder.__scrolls = [];
    window.addEventListener('click', () => { holder.__scrolls = []; }, { capture: true });
    window.addEventListener('scroll', () => holder.__scrolls.push(window.scrollY));
  });
}
const scrollPositions = (page: Page) => page.evaluate(() => (window as unknown as { __scrolls: number[] }).__scrolls);

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('a kelurahan tapped in the ranking list or found with "Cari kelurahan" shows its panel, under the map', async ({ page }) => {
    await openPlanner(page);
    const panelTitle = page.getByTestId('kelurahan-panel').getByRole('heading', { level: 2 });
    const row = page.getByTestId('uncovered-row').nth(12);
    const name = (await row.locator('.ranking-name strong').textContent())!;
    await scrollToBottomOfView(row);
    await expect(page.getByTestId('map')).not.toBeInViewport();
    await row.getByRole('button').first().tap();
    await expect(panelTitle).toHaveText(name);
    await expectWhollyInView(panelTitle, 'the panel title');
    await expect(page.getByTestId('map')).toBeInViewport();

    // Another row, with a panel already open: the panel changes, and is shown again.
    const next = page.getByTestId('uncovered-row').nth(30);
    const nextName = (await next.locator('.ranking-name strong').textContent())!;
    await scrollToBottomOfView(next);
    await expect(panelTitle).not.toBeInViewport();
    await next.getByRole('button').first().tap();
    await expect(panelTitle).toHaveText(nextName);
    await expectWhollyInView(panelTitle, 'the panel title');

    // The finder sits in the list's column, below the panel: scrolled to the top of the screen.
    const finder = page.locator('.kelurahan-finder');
    await finder.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await expect(panelTitle).not.toBeInViewport();
    await finder.locator('input').fill('sadai');
    await finder.getByRole('button', { name: 'Tampilkan' }).tap();
    await expect(panelTitle).toHaveText('Sadai');
    await expectWhollyInView(panelTitle, 'the panel title');
    await expect(page.getByTestId('map')).toBeInViewport();
  });

  test('"Tambah pemasangan" shows the map and its hint; "Ubah di peta" in the table shows the form under the map', async ({ page }) => {
    // With a kelurahan's panel open, the toolbar lies below the map and the panel.
    await openPlanner(page, '/?kel=21.71.06.1004');
    const add = page.getByRole('button', { name: 'Tambah pemasangan' });
    await scrollToBottomOfView(add);
    await expect(page.getByTestId('map')).not.toBeInViewport();
    await add.tap();
    await expectWhollyInView(page.getByTestId('map'), 'the map');
    await expectWhollyInView(page.locator('.map-hint'), 'the map hint');
    await page.getByRole('button', { name: 'Batal', exact: true }).first().tap();

    // A row far down the installations table opens its correction on the map.
    await page.goto('/?view=data');
    const edit = page.getByTestId('installation-table').getByRole('button', { name: /^Ubah / }).nth(8);
    await scrollToBottomOfView(edit);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
    await edit.tap();
    const form = page.getByTestId('installation-form');
    await expect(form.getByRole('heading')).toHaveText('Ubah pemasangan');
    await expectWhollyInView(form, 'the correction form');
    const map = (await page.getByTestId('map').boundingBox())!;
    expect(Math.min(map.y + map.height, PHONE.height) - Math.max(map.y, 0), 'map height on screen').toBeGreaterThan(200);
  });

  test('with reduced motion the page jumps to what a tap changed instead of gliding there', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openPlanner(page);
    const row = page.getByTestId('uncovered-row').nth(12);
    await scrollToBottomOfView(row);
    await recordScrolls(page);
    await row.getByRole('button').first().tap();
    const panelTitle = page.getByTestId('kelurahan-panel').getByRole('heading', { level: 2 });
    await expectWhollyInView(panelTitle, 'the panel title');
    await page.waitForTimeout(300);
    // One jump (a glide passes through many positions on its way).
    const positions = await scrollPositions(page);
    expect(new Set(positions).size, positions.join(' ')).toBe(1);
  });
});

test('on a desktop a tap in the list moves neither the page nor the panel column', async ({ page }) => {
  await openPlanner(page);
  await page.getByTestId('uncovered-row').nth(3).getByRole('button').first().click();
  await expect(page.getByTestId('kelurahan-panel')).toBeVisible();
  // Scrolled down the panel column, a new choice from the list leaves it where the reader put it.
  await page.locator('.planner-side').evaluate((side) => side.scrollTo({ top: 200 }));
  const row = page.getByTestId('uncovered-row').nth(20);
  await row.scrollIntoViewIfNeeded();
  const listTop = await page.locator('.planner-sidebar').evaluate((sidebar) => sidebar.scrollTop);
  await recordScrolls(page);
  await row.getByRole('button').first().click();
  await expect(page.getByTestId('kelurahan-panel').getByRole('heading', { level: 2 })).toHaveText((await row.locator('.ranking-name strong').textContent())!);
  await page.waitForTimeout(500);
  expect(await scrollPositions(page)).toEqual([]);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.locator('.planner-side').evaluate((side) => side.scrollTop)).toBe(200);
  expect(await page.locator('.planner-sidebar').evaluate((sidebar) => sidebar.scrollTop)).toBe(listTop);
});
