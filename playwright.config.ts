import { defineConfig } from '@playwright/test';
// Headless Chromium as root with no network: the flags the tests and the benchmark share.
import chromiumArgs from './e2e/chromium-args.json' with { type: 'json' };

const port = Number(process.env.PORT ?? 4173);

/** Browser tests drive the system Chromium against the production build served as static files. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Tall enough that every chart frame is on screen, so each is drawn without scrolling: a chart
    // below the screen is drawn only when scrolled near (charts.spec.ts tests that on its own).
    viewport: { width: 1280, height: 1600 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    env: { PORT: String(port) },
  },
});
