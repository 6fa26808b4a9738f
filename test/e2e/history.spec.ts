import { expect, test } from '@playwright/test';
import { DEMO_KELURAHAN } from '../../src/data/demo';

// The app in this browser alone (no server, no accounts) keeps no history of changes:
// the panel's history says so instead of failing or showing an empty list.

test.describe.configure({ timeout: 180_000 });

test('in this browser alone, an installation\'s history says it is kept only on the server', async ({ page }) => {
  const [batuSelicin] = DEMO_KELURAHAN;
  await page.goto(`/?kel=${batuSelicin!.kode}`);
  const item = page.getByTestId('panel-installations').locator('li[data-installation]').first();
  await expect(item).toBeVisible({ timeout: 90_000 });
  // Everyone may write here: the controls are all offered, with no read-only reason.
  await expect(item.getByRole('combobox', { name: 'Ubah status' })).toBeVisible();
  await expect(page.getByTestId('panel-read-only')).toHaveCount(0);
  await item.getByRole('button', { name: /^Riwayat / }).click();
  const close = item.getByRole('button', { name: 'Tutup riwayat' });
  await expect(close).toHaveAttribute('aria-expanded', 'true');
  await expect(item.getByTestId('installation-history')).toHaveText(/^Riwayat perubahan hanya disimpan di server\./);
  await item.screenshot({ path: 'test-results/history-browser-only.png' });
  await close.click();
  await expect(item.getByTestId('installation-history')).toHaveCount(0);
});
