// Shared fixtures of the editor tests: mounting <gia-network-editor> with the Zuid-Limburg network and an
// in-memory draft store, reading what was "downloaded", keyboard helpers and axe-core.
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/editor/gia-network-editor.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { MemoryStorage } from '../../../support/memory-storage.js';

/** The in-memory draft store, shared between "page loads" of one test. */
export { MemoryStorage };

let cached: GiaNetwork | undefined;

export async function loadNetwork(): Promise<GiaNetwork> {
  if (!cached) cached = (await (await fetch('/data/zuid-limburg.json')).json()) as GiaNetwork;
  return structuredClone(cached);
}


export async function mountEditor(
  options: { network?: GiaNetwork | null; storage?: MemoryStorage; preview?: boolean; lang?: string } = {},
): Promise<GiaNetworkEditor> {
  const editor = document.createElement('gia-network-editor');
  editor.storage = options.storage ?? new MemoryStorage();
  if (options.preview !== true) editor.noPreview = true;
  if (options.lang) editor.lang = options.lang;
  editor.fileName = 'zuid-limburg.json';
  document.body.append(editor);
  if (options.network !== null) editor.data = options.network ?? (await loadNetwork());
  await settle(editor);
  return editor;
}

export async function settle(editor: GiaNetworkEditor): Promise<void> {
  await editor.updateComplete;
  await new Promise((r) => setTimeout(r, 30));
  await editor.updateComplete;
}

export function root(editor: GiaNetworkEditor): ShadowRoot {
  return editor.shadowRoot!;
}

export function $<T extends Element = HTMLElement>(editor: GiaNetworkEditor, selector: string): T {
  const el = editor.shadowRoot!.querySelector<T>(selector);
  if (!el) throw new Error(`not found: ${selector}`);
  return el;
}

export function buttonByText(editor: GiaNetworkEditor, text: string | RegExp, scope = 'button'): HTMLButtonElement {
  const match = (t: string) => (typeof text === 'string' ? t.trim() === text : text.test(t));
  const button = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>(scope)].find((b) => match(b.textContent ?? ''));
  if (!button) throw new Error(`no button ${String(text)}`);
  return button;
}

/** Opens the item with this label in the list of the current section. */
export async function openItem(editor: GiaNetworkEditor, section: string, label: string): Promise<void> {
  buttonByText(editor, new RegExp(`^\\s*${section}`), 'button.nav-item').click();
  await settle(editor);
  buttonByText(editor, new RegExp(`^\\s*${label.replace(/[()]/g, '\\$&')}`), 'button.entity').click();
  await settle(editor);
}

/** Types into an input the way a user does (sets the value and fires input). */
export async function typeInto(editor: GiaNetworkEditor, pointer: string, value: string): Promise<void> {
  const input = $<HTMLInputElement>(editor, `[data-pointer="${pointer}"]:is(input, textarea)`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(editor);
  editor.runValidation();
  await settle(editor);
}

/** Captures downloads (Blob URLs + anchor clicks) while `action` runs. */
export async function captureDownloads(action: () => Promise<void> | void): Promise<{ name: string; text: string; blob: Blob }[]> {
  const blobs: Blob[] = [];
  const names: string[] = [];
  /* eslint-disable @typescript-eslint/unbound-method -- kept only to be put back unchanged below */
  const originalUrl = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  /* eslint-enable @typescript-eslint/unbound-method */
  URL.createObjectURL = (b: Blob | MediaSource) => {
    blobs.push(b as Blob);
    return `blob:test-${blobs.length}`;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  try {
    await action();
  } finally {
    URL.createObjectURL = originalUrl;
    HTMLAnchorElement.prototype.click = originalClick;
  }
  return Promise.all(blobs.map(async (b, i) => ({ name: names[i] ?? '', text: await b.text(), blob: b })));
}

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Presses Tab (or Shift+Tab) until `predicate` holds for the focused element. */
export async function tabTo(predicate: (el: Element) => boolean, max = 80, back = false): Promise<Element> {
  for (let i = 0; i < max; i++) {
    if (back) await chord('Shift', 'Tab');
    else await sendKeys({ press: 'Tab' });
    const el = deepActive();
    if (el && predicate(el)) return el;
  }
  throw new Error('focus never reached the target');
}

/** Presses keys together, e.g. chord('Control', 'z'). */
export async function chord(...keys: string[]): Promise<void> {
  const last = keys[keys.length - 1]!;
  const modifiers = keys.slice(0, -1);
  for (const key of modifiers) await sendKeys({ down: key });
  await sendKeys({ press: last });
  for (const key of modifiers.reverse()) await sendKeys({ up: key });
}

export { expectAccessible } from '../../support/axe.js';
