import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Debian's headless shell (package chromium-headless-shell) when installed: the same engine
 * without the full browser's window machinery, so about a tenth less work per test.
 */
function defaultChromium(): string {
  const shell = '/usr/bin/chromium-headless-shell';
  return existsSync(shell) ? shell : '/usr/bin/chromium';
}

/**
 * Drives the built portal, served by the built API, in the system's Chromium. Each spec file
 * gets its own API on a fresh copy of a template database migrated once per run, with an
 * in-process SMTP server (see fixtures/), so files run in parallel workers; the tests of one
 * file run in order, as a journey's steps build on each other.
 */
export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results/e2e',
  globalSetup: './global-setup.ts',
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Ends a run that hangs instead of leaving it to CI's time limit.
  globalTimeout: 20 * 60_000,
  // On CI, a journey that fails is run once more and, if it then passes, reported as flaky in the
  // list: two cores running both databases' suites at once have shown rare timing races, which
  // are bugs to fix; a real failure fails twice.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // Each test is a whole journey of several people over many pages, not a single page.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? defaultChromium(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    locale: 'en-GB',
    // Mantine then skips its transitions: checks never see a dialog halfway faded in.
    reducedMotion: 'reduce',
    // Recording a trace of every test cost a quarter of the suite's time; a failure keeps its
    // screenshot and the page's accessibility tree, and `--trace on` records traces when needed.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
