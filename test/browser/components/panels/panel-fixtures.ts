// Shared fixtures of the panel tests: the Zuid-Limburg network, its graphs, mounting and axe-core.
import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { deriveGraph } from '../../../../src/graph/derive-graph.js';
import type { Mode, NetworkGraph } from '../../../../src/graph/types.js';

let cached: GiaNetwork | undefined;

/** The Zuid-Limburg network (a fresh deep copy per call, so a test can change it). */
export async function loadNetwork(): Promise<GiaNetwork> {
  if (!cached) {
    const response = await fetch('/data/zuid-limburg.json');
    if (!response.ok) throw new Error(`zuid-limburg.json: HTTP ${response.status}`);
    cached = (await response.json()) as GiaNetwork;
  }
  return structuredClone(cached);
}

export function graphOf(network: GiaNetwork, mode: Mode): NetworkGraph {
  return deriveGraph(network, { mode });
}

/** Every personal value of the contacts in the file: names, e-mail addresses and phone numbers. */
export function contactValues(network: GiaNetwork): string[] {
  const values: string[] = [];
  for (const contact of network.contacts ?? []) {
    if (contact.name) values.push(contact.name);
    for (const channel of contact.channels ?? []) values.push(channel.value);
  }
  expect(values.length).to.be.greaterThan(10);
  return values;
}

interface PanelProps {
  network: GiaNetwork;
  graph: NetworkGraph;
  lang: 'nl' | 'en';
  mode: Mode;
}

/** Creates `tag`, sets its properties, adds it to the page and waits for the first render. */
export async function mount<T extends HTMLElement & { updateComplete: Promise<boolean> }>(
  tag: string,
  props: PanelProps & Record<string, unknown>,
): Promise<T> {
  const element = document.createElement(tag) as T;
  Object.assign(element, props);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

export function shadow(element: HTMLElement): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return root;
}

/** The text a user can see or hear: the shadow root's text plus every attribute value (href, aria-label…). */
export function renderedText(element: HTMLElement): string {
  const root = shadow(element);
  const parts: string[] = [root.textContent ?? ''];
  for (const el of root.querySelectorAll('*')) for (const attr of el.attributes) parts.push(attr.value);
  return parts.join('\n');
}

export { expectAccessible } from '../../support/axe.js';

/** Collects the `name` events fired on (or bubbling out of) `element`. */
export function collect<T>(element: HTMLElement, name: string): T[] {
  const details: T[] = [];
  element.addEventListener(name, (event) => details.push((event as CustomEvent<T>).detail));
  return details;
}
