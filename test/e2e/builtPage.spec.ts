import { expect, test } from '@playwright/test';
import { inlineScripts } from '../support/inlineScripts';

// The page as built and served runs no inline script: the server's Content-Security-Policy
// (server/http/security.ts) would block it, and the app would not start.

test('the built page loads its script from files only', async ({ request }) => {
  const response = await request.get('/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toMatch(/<script\b[^>]*\bsrc=/);
  expect(inlineScripts(html)).toEqual([]);
});
