// The script-tag bundle works under a strict Content-Security-Policy (no inline script or style, no
// eval, nothing from another origin): the map paints, the lazily loaded chunks (validator, panels, list)
// load, switching to the list view and opening the details raise no `securitypolicyviolation`, no console
// error, and no request leaves the page's origin.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bundleDir, serve } from './csp-fixtures.js';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

interface Observed {
  violations: string[];
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

let browser: Browser | undefined;
let server: Server | undefined;
let origin = '';
let built: { dir: string; fresh: boolean } | undefined;

before(async () => {
  built = await bundleDir();
  ({ server, origin } = await serve(built.dir));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (built?.fresh) rmSync(built.dir, { recursive: true, force: true });
});

async function openPage(): Promise<{ page: Page; observed: Observed }> {
  const page = await browser!.newPage({ viewport: { width: 1100, height: 800 } });
  const observed: Observed = { violations: [], consoleErrors: [], pageErrors: [], foreignRequests: [], failedRequests: [] };
  // Runs before any page script (through the DevTools protocol, not subject to the CSP).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
      true,
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error') observed.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => observed.pageErrors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) observed.foreignRequests.push(url);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) observed.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  return { page, observed };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

function assertClean(observed: Observed, seen: string[]): void {
  assert.deepEqual(seen, [], 'securitypolicyviolation events');
  assert.deepEqual(observed.failedRequests, [], 'failed requests');
  assert.deepEqual(observed.consoleErrors, [], 'console errors');
  assert.deepEqual(observed.pageErrors, [], 'page errors');
  assert.deepEqual(observed.foreignRequests, [], 'requests to another origin');
}

test('the bundle exists (dist/ or a fresh build of it)', (t) => {
  assert.ok(built && existsSync(`${built.dir}/gia-netwerkkaart.js`));
  t.diagnostic(built.fresh ? `dist/ is missing or older than src/: built into ${built.dir}` : 'using dist/');
});

test('the first-paint files carry the compile hint, the lazy chunks do not (scripts/compile-hints.mjs)', () => {
  const hint = '//# allFunctionsCalledOnLoad\n';
  const entry = readFileSync(`${built!.dir}/gia-netwerkkaart.js`, 'utf8');
  assert.ok(entry.startsWith(hint));
  const staticImports = [...entry.matchAll(/from\s*["']\.\/(chunks\/[^"']+)["']/g)].map((m) => m[1]!);
  assert.ok(staticImports.length > 0);
  const chunks = readdirSync(`${built!.dir}/chunks`).filter((name) => name.endsWith('.js'));
  for (const name of chunks) {
    const eager = staticImports.includes(`chunks/${name}`);
    assert.equal(readFileSync(`${built!.dir}/chunks/${name}`, 'utf8').startsWith(hint), eager, name);
  }
});

test('under a strict CSP the map paints, and map, list and details cause no violation', { timeout: 60_000 }, async () => {
  const { page, observed } = await openPage();
  try {
    // First paint: nodes in the map's shadow DOM.
    await page.waitForFunction(() => (document.querySelector('gia-network-map')?.shadowRoot?.querySelectorAll('svg [data-id]').length ?? 0) > 10, undefined, {
      timeout: 20_000,
    });
    await page.evaluate(() => (document.querySelector('gia-network-map') as unknown as { ready: Promise<void> }).ready);
    const nodeCount = await page.evaluate(() => document.querySelector('gia-network-map')!.shadowRoot!.querySelectorAll('svg [data-id]').length);
    assert.ok(nodeCount > 10, `nodes painted: ${nodeCount}`);

    // Open the details of a node (keyboard: the roving tab stop, Enter).
    await page.evaluate(() => {
      const node = document.querySelector('gia-network-map')!.shadowRoot!.querySelector<SVGGElement>('svg .node[tabindex="0"]')!;
      node.focus();
    });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const map = document.querySelector('gia-network-map')!.shadowRoot!;
      const panel = map.querySelector('gia-details-panel');
      return (panel?.shadowRoot?.querySelector('h2')?.textContent ?? '').trim() !== '';
    }, undefined, { timeout: 10_000 });

    // Switch to the list view (lazy chunk) and back.
    const switchView = (label: string) =>
      page.evaluate((text) => {
        const buttons = [...document.querySelector('gia-network-map')!.shadowRoot!.querySelectorAll<HTMLButtonElement>('.toolbar button')];
        const button = buttons.find((b) => b.textContent?.trim() === text);
        if (!button) throw new Error(`no toolbar button "${text}"`);
        button.click();
      }, label);
    await switchView('Lijst');
    await page.waitForFunction(() => {
      const list = document.querySelector('gia-network-map')!.shadowRoot!.querySelector('gia-network-list');
      return (list?.shadowRoot?.querySelectorAll('button.item').length ?? 0) > 10;
    }, undefined, { timeout: 10_000 });
    await switchView('Kaart');
    await page.waitForFunction(() => (document.querySelector('gia-network-map')?.shadowRoot?.querySelectorAll('svg [data-id]').length ?? 0) > 10);
    // Open the legend and the keys dialog too: more templates, more chances for an inline style.
    await page.evaluate(() => {
      const root = document.querySelector('gia-network-map')!.shadowRoot!;
      for (const button of root.querySelectorAll<HTMLButtonElement>('.toolbar button[aria-label]')) {
        const name = button.getAttribute('aria-label') ?? '';
        if (/legenda/i.test(name)) button.click();
      }
    });
    await page.waitForTimeout(300);
    assertClean(observed, await violations(page));
  } finally {
    await page.close();
  }
});

test('an inline style attribute in a shadow root WOULD be reported (the check can fail)', { timeout: 30_000 }, async () => {
  const { page } = await openPage();
  try {
    await page.evaluate(() => {
      // Inside a shadow root, like a component's template would.
      const host = document.createElement('div');
      host.attachShadow({ mode: 'open' }).innerHTML = '<p style="color: red">x</p>';
      document.body.append(host);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0, undefined, { timeout: 5_000 });
    assert.match((await violations(page))[0]!, /style-src/);
  } finally {
    await page.close();
  }
});
