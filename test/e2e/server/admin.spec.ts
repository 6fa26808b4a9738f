import { randomBytes } from 'node:crypto';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { sharedAdmin } from '../../support/e2eAccount';

// The admin page on the server (playwright.server.config.ts made the admin): add a user
// and sign in as them with the password shown once, change their role, a taken or
// malformed name said beside the field, an API token made and revoked (the API then
// refuses it), and no admin link or page for anyone but admins.

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/?view=users');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('session-box')).toContainText(`Masuk sebagai ${username}`);
}

async function freshPage(browser: Browser, baseURL: string | undefined, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport });
  return context.newPage();
}

test('an admin adds a user, who signs in with the shown password; changes the role; makes and revokes a token', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const admin = sharedAdmin();
  const page = await freshPage(browser, baseURL);
  await page.goto('/');
  await page.getByLabel('Nama pengguna').fill(admin.username);
  await page.getByLabel('Kata sandi').fill(admin.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('session-box')).toContainText(`Masuk sebagai ${admin.username}`);
  // Admins set the campaign target.
  await page.goto('/?view=dashboard');
  await expect(page.getByTestId('dashboard-page')).toBeVisible();
  await expect(page.getByTestId('target-settings')).toBeVisible();
  await page.getByTestId('admin-link').click();
  await expect(page).toHaveURL(/view=users/);
  const users = page.getByTestId('admin-users');
  await expect(users.getByTestId(`user-${admin.username}`)).toContainText('(Anda)');
  // The own account cannot be demoted or disabled here.
  await expect(page.getByTestId(`user-${admin.username}-role`)).toBeDisabled();
  await expect(page.getByTestId(`user-${admin.username}-disable`)).toHaveCount(0);

  // A malformed name and a taken one, each said beside the field.
  const form = page.getByTestId('add-user');
  await form.getByTestId('add-user-name').fill('Sari Putri');
  await form.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(form.getByRole('alert')).toContainText('Nama pengguna tidak sah');
  await expect(form.getByTestId('add-user-name')).toHaveAttribute('aria-invalid', 'true');
  await form.getByTestId('add-user-name').fill(admin.username);
  await form.getByRole('button', { name: 'Tambah pengguna' }).click();
  await expect(form.getByRole('alert')).toHaveText('Nama pengguna ini sudah dipakai.');

  const username = `sari-${randomBytes(3).toString('hex')}`;
  await form.getByTestId('add-user-name').fill(username);
  await form.getByTestId('add-user-role').selectOption('viewer');
  await form.getByRole('button', { name: 'Tambah pengguna' }).click();
  const secret = page.getByTestId('user-secret');
  await expect(secret).toContainText(`Kata sandi untuk ${username}`);
  await expect(secret).toContainText('tidak akan ditampilkan lagi');
  const password = await secret.getByTestId('user-secret-value').inputValue();
  expect(password).toMatch(/^[A-Za-z2-9]{20}$/);
  await expect(users.getByTestId(`user-${username}`)).toContainText('Aktif');
  await page.screenshot({ path: 'test-results/admin-users.png', fullPage: true });
  await secret.getByRole('button', { name: 'Sudah saya simpan' }).click();
  await expect(secret).toHaveCount(0);

  // The new user, in a browser of their own: a viewer sees no admin link, and the page's link says why.
  const other = await freshPage(browser, baseURL);
  await signIn(other, username, password);
  await expect(other.getByTestId('session-box')).toContainText('(pimpinan)');
  await expect(other.getByTestId('admin-only')).toContainText('Halaman ini hanya untuk admin');
  await expect(other.getByTestId('admin-link')).toHaveCount(0);

  // Made an editor (staf): still no admin link.
  await page.getByTestId(`user-${username}-role`).selectOption('editor');
  await expect(page.getByTestId('users-notice')).toHaveText(`${username} sekarang berperan staf.`);
  await other.reload();
  await expect(other.getByTestId('session-box')).toContainText(`${username} (staf)`);
  await expect(other.getByTestId('admin-link')).toHaveCount(0);
  await expect(other.getByTestId('admin-only')).toBeVisible();

  // A password reset shows the new one once; disabling and enabling ask first / answer at once.
  await page.getByTestId(`user-${username}-reset`).click();
  await page.getByTestId(`user-${username}-reset-confirm`).click();
  const newPassword = await page.getByTestId('user-secret-value').inputValue();
  expect(newPassword).not.toBe(password);
  await page.getByTestId(`user-${username}-disable`).click();
  await page.getByTestId(`user-${username}-disable-confirm`).click();
  await expect(users.getByTestId(`user-${username}`)).toContainText('Nonaktif');
  await page.getByTestId(`user-${username}-enable`).click();
  await expect(users.getByTestId(`user-${username}`)).toContainText('Aktif');

  // An API token: shown once, works on the API, revoked after asking, then refused.
  const tokens = page.getByTestId('admin-tokens');
  await tokens.getByTestId('create-token-name').fill('impor kobo');
  await tokens.getByTestId('create-token-role').selectOption('viewer');
  await tokens.getByRole('button', { name: 'Buat token' }).click();
  const token = await page.getByTestId('token-secret-value').inputValue();
  expect(token).toMatch(/^ckp_/);
  const api = (await browser.newContext()).request;
  const asScript = () => api.get(`${baseURL}/api/installations?since=0&limit=1`, { headers: { authorization: `Bearer ${token}` } });
  expect((await asScript()).status()).toBe(200);
  await page.reload();
  const row = page.getByTestId('token-impor kobo');
  await expect(row).toContainText(admin.username);
  await expect(row).not.toContainText('Belum pernah');
  await page.getByTestId('token-impor kobo-revoke').click();
  await expect(row).toContainText('Cabut token impor kobo?');
  await page.getByTestId('token-impor kobo-revoke-confirm').click();
  await expect(page.getByTestId('tokens-notice')).toHaveText('Token impor kobo dicabut.');
  await expect(row).toContainText('Dicabut');
  expect((await asScript()).status()).toBe(401);

  // English too.
  await page.goto('/?view=users&lang=en');
  await expect(page.getByRole('heading', { name: 'Users and API tokens' })).toBeVisible();
  await expect(page.getByTestId('token-impor kobo')).toContainText('Revoked');
});

test('on a phone the admin page reads as cards', async ({ browser, baseURL }) => {
  const admin = sharedAdmin();
  const page = await freshPage(browser, baseURL, { width: 390, height: 844 });
  await signIn(page, admin.username, admin.password);
  await expect(page.getByTestId('users-table')).toBeVisible();
  // Nothing wider than the screen: no sideways scrolling to reach a row's actions.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/admin-phone.png', fullPage: true });
});
