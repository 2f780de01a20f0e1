// @web/test-runner configuration: browser tests in test/browser/**/*.test.ts, run with mocha in
// Debian's Chromium (see scripts/ensure-chromium.mjs). The repository root is served, so tests can
// fetch('/data/zuid-limburg.json') and import from '/src/...'.
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Prints one machine-readable line per test run: `browser: N passed, N failed, N skipped`. */
function countReporter() {
  /** @param {import('@web/test-runner').TestSuiteResult | undefined} suite */
  function count(suite, totals) {
    if (!suite) return totals;
    for (const test of suite.tests) {
      if (test.skipped) totals.skipped += 1;
      else if (test.passed) totals.passed += 1;
      else totals.failed += 1;
    }
    for (const child of suite.suites) count(child, totals);
    return totals;
  }
  return {
    /** @param {import('@web/test-runner').TestRunFinishedArgs} args */
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test has no failing test: count it once.
        if (session.passed === false && totals.failed === before) totals.failed += 1;
      }
      console.log(`\nbrowser: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
    },
  };
}

/**
 * `executeServerCommand('emulate-forced-colors', { value: 'active' | 'none' })`: emulates the
 * `forced-colors` media feature (Windows high contrast). @web/test-runner-commands' emulateMedia cannot
 * (puppeteer only accepts prefers-color-scheme / prefers-reduced-motion), so this talks CDP directly.
 * The CDP session is kept per test page: Chromium drops the override when its session detaches.
 */
function forcedColorsPlugin() {
  /** @type {Map<string, import('puppeteer-core').CDPSession>} */
  const sessions = new Map();
  return {
    name: 'gia-emulate-forced-colors',
    /** @param {{ command: string, payload: any, session: any }} args */
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`forced colors: unsupported browser type ${session.browser.type}`);
      const value = payload && payload.value === 'active' ? 'active' : 'none';
      let client = sessions.get(session.id);
      if (!client) {
        client = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, client);
        // The page counts as focused even when another tab had the window last, so `:focus` matches.
        await client.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      }
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
      return true;
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), forcedColorsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  // Lit's dev build warns once per page that it is in dev mode; keep its other warnings visible.
  filterBrowserLogs: ({ args }) => !(typeof args[0] === 'string' && args[0].startsWith('Lit is in dev mode')),
  testFramework: {
    config: { ui: 'bdd', timeout: 10000 },
  },
  reporters: [defaultReporter(), countReporter()],
};
