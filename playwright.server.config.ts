import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';
import { addEditor } from './test/support/e2eAccount';

// The app served by its server (server/index.ts, the production entry: dist/ and /api) on a
// fresh embedded database, for the browser tests of sync, live updates and losing the server.
// Needs a build (`npm run test:e2e` makes one). E2E_SERVER_PORT picks the port; the tests that
// stop and restart a server start their own on the next port.
const port = Number(process.env.E2E_SERVER_PORT ?? 4175);
// Made once by the runner; workers load this file too, but only the runner starts the server.
const dataDir = process.env.E2E_SERVER_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'cakupan-e2e-server-'));
process.env.E2E_SERVER_DATA_DIR = dataDir;
// The server requires a sign-in: the runner makes two editors and an admin through the server's CLI
// before the server starts, and hands their names and passwords to the workers through the environment.
if (!process.env.E2E_SERVER_PASSWORD) {
  const account = addEditor(dataDir);
  process.env.E2E_SERVER_USER = account.username;
  process.env.E2E_SERVER_PASSWORD = account.password;
  // A second editor, for two people editing the same installation (conflict.spec.ts).
  const second = addEditor(dataDir, 'e2e-editor-2');
  process.env.E2E_SERVER_USER_2 = second.username;
  process.env.E2E_SERVER_PASSWORD_2 = second.password;
  const admin = addEditor(dataDir, 'e2e-admin', 'admin');
  process.env.E2E_SERVER_ADMIN_USER = admin.username;
  process.env.E2E_SERVER_ADMIN_PASSWORD = admin.password;
}

export default defineConfig({
  ...base,
  testDir: 'test/e2e/server',
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'npx tsx server/index.ts',
    env: { PORT: String(port), HOST: '127.0.0.1', CAKUPAN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    url: `http://127.0.0.1:${port}/api/health`,
    // E2E_SERVER_REUSE=true runs the tests against a server already listening on the port.
    reuseExistingServer: process.env.E2E_SERVER_REUSE === 'true',
    // A first start creates the embedded database and loads PostGIS and the boundaries:
    // ~10 s on a quiet machine, minutes on a busy one.
    timeout: 300_000,
  },
});
