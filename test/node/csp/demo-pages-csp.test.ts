// The demo pages (demo/*.html, built as `npm run build` builds them) work under the strict Content-Security-Policy
// of issue 19: `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'`. Each page shows its
// map, list or editor with data, and raises no `securitypolicyviolation`, no console error and no foreign request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildDemo, DEMO_CSP, serveFolder } from './csp-fixtures.js';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

let browser: Browser | undefined;
let server: Server | undefined;
let origin = '';
let dir = '';

before(async () => {
  dir = await buildDemo();
  ({ server, origin } = await serveFolder(dir, DEMO_CSP));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Seen {
  problems: string[];
}

async function open(path: string): Promise<{ page: Page; seen: Seen }> {
  const page = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
  const seen: Seen = { problems: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __csp?: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    }, true);
  });
  page.on('console', (m) => m.type() === 'error' && seen.problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => seen.problems.push(`page error: ${String(e)}`));
  page.on('request', (r) => !r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:') && seen.problems.push(`foreign request: ${r.url()}`));
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, seen };
}

async function assertClean(page: Page, seen: Seen): Promise<void> {
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
  assert.deepEqual(violations, [], 'securitypolicyviolation events');
  assert.deepEqual(seen.problems, []);
}

/** The page's own styles came through: a computed style of the page differs from the browser default. */
async function styled(page: Page, selector: string, property: string, unwanted: string): Promise<void> {
  const value = await page.evaluate(([s, p]) => getComputedStyle(document.querySelector(s!)!).getPropertyValue(p!), [selector, property]);
  assert.notEqual(value, unwanted, `${selector} ${property} is styled by the page's CSS file`);
}

/** Waits until at least `min` elements match `selector` in the page, shadow roots included. */
async function waitForDeep(page: Page, selector: string, min: number): Promise<void> {
  await page.waitForFunction(
    ([sel, least]) => {
      // A loop, not a nested function (the test's compiler would wrap that in a helper the page lacks).
      let n = 0;
      const roots: Array<Document | ShadowRoot> = [document];
      for (let root = roots.pop(); root; root = roots.pop()) {
        for (const el of root.querySelectorAll('*')) {
          if (el.matches(sel)) n++;
          if (el.shadowRoot) roots.push(el.shadowRoot);
        }
      }
      return n >= (least);
    },
    [selector, min] as const,
    { timeout: 20_000 },
  );
}

test('index.html: the map paints with its data and the page styles, no violation', { timeout: 60_000 }, async () => {
  const { page, seen } = await open('/index.html');
  try {
    await waitForDeep(page, 'svg [data-id]', 11);
    await styled(page, 'body', 'max-width', 'none');
    await assertClean(page, seen);
  } finally {
    await page.close();
  }
});

test('embed.html: the map paints, no violation', { timeout: 60_000 }, async () => {
  const { page, seen } = await open('/embed.html?src=/data/rotterdam-rijnmond.json');
  try {
    await waitForDeep(page, 'svg [data-id]', 11);
    await styled(page, 'body', 'margin-top', '8px');
    await assertClean(page, seen);
  } finally {
    await page.close();
  }
});

test('editor.html: the editor opens a file, no violation', { timeout: 60_000 }, async () => {
  const { page, seen } = await open('/editor.html?src=/data/zuid-limburg.json');
  try {
    await waitForDeep(page, 'input, textarea', 4);
    // The file is open: its organisations are listed (text inside the editor's shadow roots).
    await page.waitForFunction(
      (wanted) => {
        const roots: Array<Document | ShadowRoot> = [document];
        for (let root = roots.pop(); root; root = roots.pop()) {
          if ((root instanceof Document ? root.body.textContent : root.textContent)?.includes(wanted)) return true;
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
        }
        return false;
      },
      'Veilig Thuis Zuid-Limburg',
      { timeout: 20_000 },
    );
    await assertClean(page, seen);
  } finally {
    await page.close();
  }
});

test('a page with an inline style WOULD be reported (the check can fail)', { timeout: 30_000 }, async () => {
  const { page } = await open('/embed.html?src=/data/zuid-limburg.json');
  try {
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await page.waitForFunction(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).length > 0, undefined, { timeout: 5_000 });
  } finally {
    await page.close();
  }
});
