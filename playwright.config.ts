import { defineConfig } from '@playwright/test';

// Debian Chromium (apt-get install -y chromium); Playwright's own browser download
// does not work on these machines.
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_DIST serves another build (e.g. one made with `vite build --outDir /tmp/x`) instead of dist/.
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'test/e2e',
  // The app on the server has its own config (playwright.server.config.ts) and server.
  testIgnore: 'server/**',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--use-angle=swiftshader',
        '--enable-unsafe-swiftshader',
      ],
    },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --outDir ${dist} --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
