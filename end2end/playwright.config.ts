import { defineConfig } from '@playwright/test';

// The server is started by `./dev test` on a fresh database (demo programme seeded) and its
// address passed in TANDEM_E2E_URL.
const baseURL = process.env.TANDEM_E2E_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.TANDEM_E2E_RESULTS ?? 'test-results/results.json' }],
  ],
  use: {
    baseURL,
    locale: 'en-GB',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    // Journeys that must work without JavaScript are tagged @nojs and run again here.
    { name: 'no-js', use: { javaScriptEnabled: false }, grep: /@nojs/ },
  ],
});
