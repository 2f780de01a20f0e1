// Test helpers for the map: one fixture per test, the data files, deep text of a shadow tree.
import '../../../../src/components/map/gia-network-map.js';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { stripPersonalData } from '../../../../src/model/privacy.js';

const cache = new Map<string, GiaNetwork | null>();

/** A data file from data/ (null when it does not exist yet). */
export async function loadData(name: string): Promise<GiaNetwork | null> {
  if (!cache.has(name)) {
    const response = await fetch(`/data/${name}`);
    cache.set(name, response.ok ? ((await response.json()) as GiaNetwork) : null);
  }
  const value = cache.get(name);
  return value ? structuredClone(value) : null;
}

/**
 * The public version of a data file (what `gia-netwerkkaart public` writes and a municipality publishes): a public
 * map draws it in the task that hands it over. A file with personal values is first checked for copies of them in
 * its texts, a lazy chunk (privacy-copied-text.test.ts).
 */
export async function loadPublicData(name: string): Promise<GiaNetwork | null> {
  const network = await loadData(name);
  return network ? stripPersonalData(network) : null;
}

export function createMap(attributes: Record<string, string> = {}, data?: GiaNetwork): Promise<GiaNetworkMap> {
  const map = document.createElement('gia-network-map');
  if (!('no-hash' in attributes) && !attributes['use-hash']) map.setAttribute('no-hash', '');
  // Public mode keeps nothing in the hash unless the page opts in (with-hash): a test that uses the hash opts in.
  if (attributes['use-hash']) map.setAttribute('with-hash', '');
  for (const [name, value] of Object.entries(attributes)) if (name !== 'use-hash') map.setAttribute(name, value);
  map.style.width = '1000px';
  if (data) map.data = data;
  document.body.append(map);
  return Promise.resolve(map);
}

export function removeAll(): void {
  for (const map of document.querySelectorAll('gia-network-map')) map.remove();
}

/** Every piece of markup and text inside the element, its shadow root and nested shadow roots. */
export function deepMarkup(root: Element | ShadowRoot): string {
  let out = root instanceof Element ? root.outerHTML : root.innerHTML;
  const walker = (node: Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) {
        out += element.shadowRoot.innerHTML;
        walker(element.shadowRoot);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    out += root.shadowRoot.innerHTML;
    walker(root.shadowRoot);
  } else walker(root);
  return out;
}

export function nodeElements(map: GiaNetworkMap): SVGGElement[] {
  return [...map.shadowRoot!.querySelectorAll<SVGGElement>('svg [data-id]')];
}

export function nodeElement(map: GiaNetworkMap, id: string): SVGGElement | null {
  return map.shadowRoot!.querySelector<SVGGElement>(`svg [data-id="${id}"]`);
}

export function nextEvent<T extends Event>(target: EventTarget, name: string, timeout = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as T);
      },
      { once: true },
    );
  });
}

/** Counts events of the given names on `target` until `stop()` is called. */
export function recordEvents(target: EventTarget, names: string[]): { events: Event[]; stop: () => void } {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  for (const name of names) target.addEventListener(name, listener);
  return { events, stop: () => names.forEach((name) => target.removeEventListener(name, listener)) };
}

export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Asks the map's help finder a question (as its form does: a `gia-request-help` event from the side panel) and
 * waits, a bounded number of frames, until `expectHighlighted` (default: any node) is drawn highlighted (the help
 * finder is a lazy chunk) and the map has settled.
 */
export async function requestHelp(map: GiaNetworkMap, help: { specialism: string; municipality?: string }, expectHighlighted?: string): Promise<void> {
  map.shadowRoot!.querySelector('.side')!.dispatchEvent(new CustomEvent('gia-request-help', { detail: { help }, bubbles: true, composed: true }));
  await map.updateComplete;
  await map.settled;
  const selector = expectHighlighted === undefined ? 'svg .nodes .highlighted' : `svg .nodes [data-id="${expectHighlighted}"].highlighted`;
  const highlighted = () => map.shadowRoot!.querySelector(selector);
  for (let i = 0; i < 300 && !highlighted(); i++) await frame();
  for (let i = 0; i < 3; i++) await frame();
  await map.updateComplete;
}
