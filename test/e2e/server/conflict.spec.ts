import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Installation, InstallationInput } from '../../../src/domain/installation';
import { sharedAccount, type E2eAccount } from '../../support/e2eAccount';

// Two people correct the same installation on the server (docs/api.md "Concurrent edits"): the
// one who saves second sees both versions side by side and chooses; nothing is overwritten
// without that choice, and the history keeps both changes.

const BROWSER_WRITE = { 'x-requested-with': 'XMLHttpRequest' };
const PHONE = { width: 390, height: 844 };

interface HistoryEntry { user: string; action: string; changes: Record<string, [unknown, unknown]> }

/** A poster in Tanjung Uma of this test's own, so tests sharing the server never touch each other's rows. */
async function createPoster(request: APIRequestContext, notes: string): Promise<Installation> {
  const input: InstallationInput = { type: 'poster', lat: 1.144411, lng: 103.997747, kelurahanKode: '21.71.06.1005', installedAt: '2026-10-01', status: 'terpasang', notes, source: 'manual' };
  const created = await request.post('/api/installations', { data: input, headers: BROWSER_WRITE });
  expect(created.status()).toBe(201);
  return (await created.json()) as Installation;
}

async function savedRow(request: APIRequestContext, id: string): Promise<Installation> {
  const response = await request.get(`/api/installations/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Installation;
}

async function historyOf(request: APIRequestContext, id: string): Promise<HistoryEntry[]> {
  const response = await request.get(`/api/installations/${id}/history`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: HistoryEntry[] }).items;
}

/** A browser of its own, signed in as `account`, with the correction form of `id` open. */
async function openCorrection(browser: Browser, baseURL: string | undefined, account: E2eAccount, id: string, viewport?: typeof PHONE): Promise<Page> {
  const context = await browser.newContext({ baseURL, ...(viewport ? { viewport } : {}) });
  const signIn = await context.request.post('/api/session', { data: account, headers: BROWSER_WRITE });
  expect(signIn.status()).toBe(200);
  const page = await context.newPage();
  await page.goto(`/?edit=${id}`);
  await expect(page.getByTestId('installation-form').getByRole('heading')).toHaveText('Ubah pemasangan', { timeout: 60_000 });
  return page;
}

/** The first person's correction: the second person's copy hears of it within 2 s (sync.spec.ts). */
async function firstSaves(page: Page, change: { status?: string; notes?: string }) {
  const form = page.getByTestId('installation-form');
  if (change.status) await form.getByLabel('Status').selectOption(change.status);
  if (change.notes !== undefined) await form.getByLabel('Catatan').fill(change.notes);
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByTestId('planner-notice')).toHaveText('Perubahan disimpan.');
}

/** The second person's correction, saved after the first one reached this browser's copy: it meets the conflict screen. */
async function secondSaves(page: Page, change: { type: string; notes?: string }) {
  // Long enough for the first save to reach this copy: the edit must stay based on the version the form opened with.
  await page.waitForTimeout(3_000);
  const form = page.getByTestId('installation-form');
  await form.getByLabel('Jenis').selectOption(change.type);
  if (change.notes !== undefined) await form.getByLabel('Catatan').fill(change.notes);
  await form.getByRole('button', { name: 'Simpan', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Pemasangan ini diubah orang lain' });
  await expect(dialog).toBeVisible();
  return dialog;
}

function row(dialog: ReturnType<Page['getByRole']>, field: string) {
  return dialog.locator(`tr[data-field="${field}"]`);
}

test('keep mine: the second editor sees both versions and deliberately saves their own version over the first one', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const [first, second] = [sharedAccount('first'), sharedAccount('second')];
  const { id } = await createPoster(await contextRequest(browser, baseURL, first), 'keep-mine start');
  const firstPage = await openCorrection(browser, baseURL, first, id);
  const secondPage = await openCorrection(browser, baseURL, second, id);

  await firstSaves(firstPage, { status: 'rusak' });
  const dialog = await secondSaves(secondPage, { type: 'spanduk', notes: 'kept by the second' });
  // Side by side, in words, differing fields marked; whose version it is and when.
  await expect(dialog.getByRole('columnheader', { name: /Versi tersimpan/ })).toContainText(`oleh ${first.username}, `);
  await expect(row(dialog, 'type')).toHaveClass('differs');
  await expect(row(dialog, 'type').getByRole('cell')).toHaveText(['Spanduk', 'Poster']);
  await expect(row(dialog, 'status').getByRole('cell')).toHaveText(['Terpasang', 'Rusak']);
  await expect(row(dialog, 'notes').getByRole('cell')).toHaveText(['kept by the second', 'keep-mine start']);
  await expect(row(dialog, 'installedAt')).not.toHaveClass('differs');
  await expect(row(dialog, 'installedAt').getByRole('cell')).toHaveText(['1 Okt 2026', '1 Okt 2026']);
  // A modal dialog (the page behind is inert), focus in it on the choice that changes nothing.
  expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
  await expect(dialog.getByRole('button', { name: 'Batal' })).toBeFocused();

  await dialog.getByRole('button', { name: 'Simpan versi saya' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(secondPage.getByTestId('planner-notice')).toHaveText('Versi Anda disimpan.');
  const saved = await savedRow(secondPage.request, id);
  expect(saved).toMatchObject({ type: 'spanduk', status: 'terpasang', notes: 'kept by the second', version: 3 });
  const updates = (await historyOf(secondPage.request, id)).filter((entry) => entry.action === 'update');
  expect(updates.map(({ user, changes }) => ({ user, changes }))).toEqual([
    { user: first.username, changes: { status: ['terpasang', 'rusak'] } },
    { user: second.username, changes: { type: ['poster', 'spanduk'], status: ['rusak', 'terpasang'], notes: ['keep-mine start', 'kept by the second'] } },
  ]);
  await firstPage.context().close();
  await secondPage.context().close();
});

test('take theirs on a phone: the second change is dropped and the panel shows the saved row', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const [first, second] = [sharedAccount('first'), sharedAccount('second')];
  const { id } = await createPoster(await contextRequest(browser, baseURL, first), 'take-theirs start');
  const firstPage = await openCorrection(browser, baseURL, first, id);
  const secondPage = await openCorrection(browser, baseURL, second, id, PHONE);

  await firstSaves(firstPage, { status: 'rusak', notes: 'torn by the wind' });
  const dialog = await secondSaves(secondPage, { type: 'banner' });
  // Readable on a phone: the dialog fits the screen's width, and Escape or Batal go back to the form.
  const box = (await dialog.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(PHONE.width);
  await secondPage.screenshot({ path: test.info().outputPath('conflict-phone.png') });
  await secondPage.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(secondPage.getByTestId('installation-form')).toBeVisible();
  // Saving again from the form meets the conflict again: nothing was saved meanwhile.
  await secondPage.getByTestId('installation-form').getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Pakai versi tersimpan' }).click();
  await expect(secondPage.getByTestId('planner-notice')).toHaveText('Versi tersimpan dipakai; perubahan Anda tidak disimpan.');
  await expect(secondPage.getByTestId('installation-form')).toHaveCount(0);
  await expect(secondPage.locator(`[data-testid="panel-installations"] li[data-installation="${id}"] select`)).toHaveValue('rusak');
  expect(await savedRow(secondPage.request, id)).toMatchObject({ type: 'poster', status: 'rusak', notes: 'torn by the wind', version: 2 });
  const updates = (await historyOf(secondPage.request, id)).filter((entry) => entry.action === 'update');
  expect(updates.map((entry) => entry.user)).toEqual([first.username]);
  await firstPage.context().close();
  await secondPage.context().close();
});

test('merge field by field, by keyboard; a third change meanwhile shows the screen again with the newer row', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const [first, second] = [sharedAccount('first'), sharedAccount('second')];
  const firstRequest = await contextRequest(browser, baseURL, first);
  const { id } = await createPoster(firstRequest, 'merge start');
  const firstPage = await openCorrection(browser, baseURL, first, id);
  const secondPage = await openCorrection(browser, baseURL, second, id);

  await firstSaves(firstPage, { status: 'rusak', notes: 'note from the first' });
  const dialog = await secondSaves(secondPage, { type: 'spanduk', notes: 'note from the second' });
  await dialog.getByRole('button', { name: 'Pilih per kolom' }).click();
  // Starts from what each changed: the second's type and note, the first's status.
  await expect(dialog.getByRole('radio', { name: /^Jenis: Versi Anda/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Status: Versi tersimpan/ })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: /^Catatan: Versi Anda/ })).toBeChecked();
  // The keyboard: the first choice has focus; arrows move within a field's pair.
  await expect(dialog.getByRole('radio', { name: /^Jenis: Versi Anda/ })).toBeFocused();
  await dialog.getByRole('radio', { name: /^Catatan: Versi Anda/ }).focus();
  await secondPage.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: /^Catatan: Versi tersimpan — note from the first/ })).toBeChecked();

  // Meanwhile the first changes the installation date: the merge's save meets a newer row.
  const third = await firstRequest.patch(`/api/installations/${id}`, { data: { installedAt: '2026-09-15' }, headers: { ...BROWSER_WRITE, 'if-match': '"2"' } });
  expect(third.status()).toBe(200);
  await dialog.getByRole('button', { name: 'Simpan pilihan' }).click();
  await expect(row(dialog, 'installedAt').getByRole('cell')).toHaveText([/ — 1 Okt 2026$/, / — 15 Sep 2026$/]);
  await expect(dialog.getByRole('radio', { name: /^Tanggal pasang: Versi tersimpan/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /^Catatan: Versi tersimpan/ }).check();
  await secondPage.screenshot({ path: test.info().outputPath('conflict-merge.png') });
  await dialog.getByRole('button', { name: 'Simpan pilihan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(secondPage.getByTestId('planner-notice')).toHaveText('Pilihan Anda disimpan.');

  expect(await savedRow(secondPage.request, id)).toMatchObject({ type: 'spanduk', status: 'rusak', installedAt: '2026-09-15', notes: 'note from the first', version: 4 });
  const updates = (await historyOf(secondPage.request, id)).filter((entry) => entry.action === 'update');
  expect(updates.map(({ user, changes }) => ({ user, changes }))).toEqual([
    { user: first.username, changes: { status: ['terpasang', 'rusak'], notes: ['merge start', 'note from the first'] } },
    { user: first.username, changes: { installedAt: ['2026-10-01', '2026-09-15'] } },
    { user: second.username, changes: { type: ['poster', 'spanduk'] } },
  ]);
  await firstPage.context().close();
  await secondPage.context().close();
});

/** A signed-in API client of its own (a context without a page). */
async function contextRequest(browser: Browser, baseURL: string | undefined, account: E2eAccount): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  const signIn = await context.request.post('/api/session', { data: account, headers: BROWSER_WRITE });
  expect(signIn.status()).toBe(200);
  return context.request;
}

test('a status chosen in the panel is based on the row it shows: a change made meanwhile opens the conflict screen; an earlier date offers no choice', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const [first, second] = [sharedAccount('first'), sharedAccount('second')];
  const notes = `panel status ${Date.now()}`;
  const firstRequest = await contextRequest(browser, baseURL, first);
  const { id } = await createPoster(firstRequest, notes);
  const context = await browser.newContext({ baseURL });
  expect((await context.request.post('/api/session', { data: second, headers: BROWSER_WRITE })).status()).toBe(200);
  // Once the panel shows the poster, this browser hears of no further change: its copy stays as it was.
  let frozen = false;
  await context.route(/\/api\/installations\?since=/, async (route) => {
    if (!frozen) return route.continue();
    const since = new URL(route.request().url()).searchParams.get('since') ?? '0';
    return route.fulfill({ json: { items: [], deleted: [], cursor: since, more: false } });
  });
  const page = await context.newPage();
  await page.goto('/?kel=21.71.06.1005');
  const item = page.getByTestId('kelurahan-panel').locator('li[data-installation]').filter({ hasText: notes });
  await expect(item).toHaveCount(1, { timeout: 60_000 });
  frozen = true;
  expect((await firstRequest.patch(`/api/installations/${id}`, { data: { status: 'rusak' }, headers: BROWSER_WRITE })).status()).toBe(200);

  await item.getByRole('combobox', { name: 'Ubah status' }).selectOption('dilepas');
  const dialog = page.getByRole('dialog', { name: 'Pemasangan ini diubah orang lain' });
  await expect(dialog).toBeVisible();
  await expect(row(dialog, 'status')).toContainText('Rusak');
  await expect(row(dialog, 'status')).toContainText('Dilepas');
  await dialog.getByRole('button', { name: 'Simpan versi saya' }).click();
  await expect(dialog).toBeHidden();
  expect((await savedRow(firstRequest, id)).status).toBe('dilepas');
  const statuses = (await historyOf(firstRequest, id)).filter((entry) => entry.changes.status).map((entry) => [entry.user, entry.changes.status![1]]);
  expect(statuses).toEqual([[first.username, 'terpasang'], [first.username, 'rusak'], [second.username, 'dilepas']]);

  // On an earlier date the list shows each status as it stood then, without a choice.
  frozen = false;
  await page.goto('/?kel=21.71.06.1005&asOf=2026-10-15');
  await expect(item).toHaveCount(1, { timeout: 60_000 });
  await expect(item.getByRole('combobox', { name: 'Ubah status' })).toHaveCount(0);
  await expect(item.getByTestId('panel-installation-status')).toHaveText('Terpasang');
  await expect(page.getByTestId('panel-past-status')).toBeVisible();
});
