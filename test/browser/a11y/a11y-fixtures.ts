// Shared fixtures of the list and accessibility suites: the datasets, mounting, axe-core and deep focus.
import type { GiaNetwork } from '../../../src/model/types.js';

export { WCAG_TAGS } from '../support/axe.js';

const cache = new Map<string, GiaNetwork>();

/** A dataset from /data (a fresh deep copy per call). */
export async function loadDataset(name = 'zuid-limburg'): Promise<GiaNetwork> {
  let network = cache.get(name);
  if (!network) {
    const response = await fetch(`/data/${name}.json`);
    if (!response.ok) throw new Error(`${name}.json: HTTP ${response.status}`);
    network = (await response.json()) as GiaNetwork;
    cache.set(name, network);
  }
  return structuredClone(network);
}

/** The datasets in /data that exist right now (rotterdam-rijnmond is being written by the DATA engineer). */
export async function availableDatasets(): Promise<string[]> {
  const names: string[] = [];
  for (const name of ['zuid-limburg', 'rotterdam-rijnmond']) {
    const response = await fetch(`/data/${name}.json`, { method: 'HEAD' });
    if (response.ok) names.push(name);
  }
  return names;
}

export { axeViolations, expectAccessible as expectNoAxeViolations } from '../support/axe.js';

/** The element that has focus, looking inside (nested) shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/** Waits for Lit updates of `element` and of every Lit element in its shadow tree. */
export async function settle(element: Element, frames = 2): Promise<void> {
  const all: Element[] = [element];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        all.push(el);
        walk(el.shadowRoot);
      }
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  await Promise.all(all.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete ?? Promise.resolve()));
  for (let i = 0; i < frames; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

/** Waits until `condition` holds (polling per animation frame), or fails after `timeout` ms. */
export async function until(condition: () => boolean, what: string, timeout = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  }
}

/** Every personal value of the contacts in the file: names, e-mail addresses and phone numbers. */
export function contactValues(network: GiaNetwork): string[] {
  const values: string[] = [];
  for (const contact of network.contacts ?? []) {
    if (contact.name) values.push(contact.name);
    for (const channel of contact.channels ?? []) values.push(channel.value);
  }
  return values;
}

/** All text and attribute values in `element`'s shadow tree (nested shadow roots included). */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const walk = (root: ParentNode) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      else if (node instanceof Element) {
        for (const attr of node.attributes) parts.push(attr.value);
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  if (element.shadowRoot) walk(element.shadowRoot);
  return parts.join('\n');
}
