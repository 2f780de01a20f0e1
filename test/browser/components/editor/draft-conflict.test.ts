// Issue 18, item 3: drafts that keep their promise. Two tabs on the same file never overwrite each other's draft
// without a word (the `storage` event shows a conflict with choices, and no choice loses a change), and a draft
// that does not fit in the storage comes with a download of the work.
import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/index.js';
import { draftKey, loadDraft, writeDraft } from '../../../../src/editor/draft-storage.js';
import { $, MemoryStorage, buttonByText, captureDownloads, expectAccessible, loadNetwork, mountEditor, settle, typeInto } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

const FILE = 'zuid-limburg.json';

function version(editor: GiaNetworkEditor): string | undefined {
  return (editor.network as GiaNetwork).metadata.version;
}

function storedVersion(): string | undefined {
  return (loadDraft(localStorage, FILE)?.current as GiaNetwork | undefined)?.metadata.version;
}

function conflict(editor: GiaNetworkEditor): HTMLElement | null {
  return editor.shadowRoot!.querySelector<HTMLElement>('.draft-conflict');
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (condition()) return;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Changes the file's version number the way a user does (section "Over dit bestand"). */
async function setVersion(editor: GiaNetworkEditor, value: string): Promise<void> {
  buttonByText(editor, /^\s*Over dit bestand/, 'button.nav-item').click();
  await settle(editor);
  await typeInto(editor, '/metadata/version', value);
}

/** A second "tab": an editor in a same-origin iframe (its own document and window, the same localStorage). */
async function editorInFrame(network: GiaNetwork): Promise<{ frame: HTMLIFrameElement; editor: GiaNetworkEditor }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><body><script type="module" src="${new URL('/src/components/editor/gia-network-editor.ts', location.href).href}"></script></body></html>`;
  frame.style.cssText = 'width: 1000px; height: 600px';
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  const win = frame.contentWindow!;
  await until(() => !!win.customElements.get('gia-network-editor'), 'the editor in the second tab');
  const editor = frame.contentDocument!.createElement('gia-network-editor');
  editor.noPreview = true;
  editor.fileName = FILE;
  frame.contentDocument!.body.append(editor);
  editor.data = network;
  await settle(editor);
  return { frame, editor };
}

describe('<gia-network-editor>: two tabs on the same file', function () {
  this.timeout(30000);
  let a: GiaNetworkEditor | undefined;
  let frame: HTMLIFrameElement | undefined;
  beforeEach(() => localStorage.removeItem(draftKey(FILE)));
  afterEach(() => {
    a?.remove();
    frame?.remove();
    a = undefined;
    frame = undefined;
    localStorage.removeItem(draftKey(FILE));
  });

  it('both change something: the conflict is shown in each tab and neither change is lost', async () => {
    a = await mountEditor({ storage: localStorage as unknown as MemoryStorage });
    const second = await editorInFrame(await loadNetwork());
    frame = second.frame;
    const b = second.editor;

    // A changes the file and its draft is written; B, still unchanged, hears of it and asks.
    await setVersion(a, '2099.1');
    a.flushDraft();
    expect(storedVersion()).to.equal('2099.1');
    await until(() => conflict(b) !== null, 'the conflict in tab B');
    expect(conflict(b)!.textContent).to.contain('Dit tabblad toont die wijzigingen nog niet');

    // B changes something too before choosing: it does not overwrite A's draft meanwhile, and says so.
    await setVersion(b, '2099.2');
    b.flushDraft();
    await settle(b);
    const message = conflict(b)!;
    expect(message.querySelector('[role="alert"]')?.textContent).to.contain('Dit bestand is ook in een ander tabblad gewijzigd');
    expect(message.textContent).to.contain('Uw wijzigingen in dit tabblad zijn er nog');
    expect(message.textContent).to.contain('vergeleken met deze: gegevens over het bestand gewijzigd');
    expect(storedVersion(), "B keeps A's draft while the choice is open").to.equal('2099.1');
    const state = $(b, '.toolbar .state').textContent ?? '';
    expect(state, 'the toolbar never claims a draft it does not keep').not.to.match(/concept bewaard/);
    expect(state).to.contain('wacht op uw keuze');
    expect(version(b)).to.equal('2099.2');
    expect(version(a)).to.equal('2099.1');

    // B keeps its version: now A is asked, and still has its own.
    buttonByText(b, 'Houd mijn versie').click();
    await settle(b);
    expect(conflict(b)).to.equal(null);
    expect(storedVersion()).to.equal('2099.2');
    await until(() => conflict(a!) !== null, 'the conflict in tab A');
    expect(version(a)).to.equal('2099.1');

    // A downloads its own version first, then takes B's over; Undo brings A's back.
    const files = await captureDownloads(() => $(a!, '#conflict-download').click());
    expect(files.map((f) => f.name)).to.deep.equal(['zuid-limburg-mijn-versie.json']);
    expect((JSON.parse(files[0]!.text) as GiaNetwork).metadata.version).to.equal('2099.1');
    expect(storedVersion(), 'a download does not touch the stored draft').to.equal('2099.2');
    $(a, '#conflict-take').click();
    await settle(a);
    expect(conflict(a)).to.equal(null);
    expect(version(a)).to.equal('2099.2');
    a.undo();
    await settle(a);
    expect(version(a)).to.equal('2099.1');
  });

  it('shows the message from a storage event with another writer\'s draft, accessible, and takes that version over', async () => {
    a = await mountEditor({ storage: localStorage as unknown as MemoryStorage });
    await setVersion(a, '2099.1');
    const theirs = await loadNetwork();
    theirs.metadata.version = '2099.3';
    writeDraft(localStorage, { fileKey: FILE, fileName: FILE, current: theirs, opened: await loadNetwork() });
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(FILE), newValue: localStorage.getItem(draftKey(FILE)), storageArea: localStorage }));
    await settle(a);
    expect(conflict(a)).to.not.equal(null);
    await expectAccessible(conflict(a)!);
    a.flushDraft();
    expect(storedVersion(), 'the other draft stays stored').to.equal('2099.3');
    buttonByText(a, 'Neem de versie van het andere tabblad over').click();
    await settle(a);
    expect(version(a)).to.equal('2099.3');
    a.undo();
    await settle(a);
    expect(version(a), 'the own version is one Undo away').to.equal('2099.1');
  });

  it('asks nothing when the other tab wrote what this tab has, or wrote another file', async () => {
    a = await mountEditor({ storage: localStorage as unknown as MemoryStorage });
    await setVersion(a, '2099.1');
    writeDraft(localStorage, { fileKey: FILE, fileName: FILE, current: a.network, opened: await loadNetwork() });
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(FILE), newValue: localStorage.getItem(draftKey(FILE)), storageArea: localStorage }));
    const other = await loadNetwork();
    other.metadata.version = '1.0';
    window.dispatchEvent(
      new StorageEvent('storage', { key: draftKey('ander.json'), newValue: JSON.stringify({ v: 1, fileKey: 'ander.json', savedAt: '', current: other }), storageArea: localStorage }),
    );
    await settle(a);
    expect(conflict(a)).to.equal(null);
  });

  it('writes its own draft again when the other tab removed the draft (saved or discarded)', async () => {
    a = await mountEditor({ storage: localStorage as unknown as MemoryStorage });
    await setVersion(a, '2099.1');
    a.flushDraft();
    localStorage.removeItem(draftKey(FILE));
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(FILE), oldValue: '{}', newValue: null, storageArea: localStorage }));
    await settle(a);
    expect(storedVersion()).to.equal('2099.1');
  });
});

describe('<gia-network-editor>: a draft that does not fit', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('offers a download of the work, which saves it', async () => {
    const storage = new MemoryStorage();
    editor = await mountEditor({ storage });
    storage.failWrites = true;
    await setVersion(editor, '2099.5');
    editor.flushDraft();
    await settle(editor);
    expect($(editor, '.toolbar .state').textContent).to.match(/past niet in de opslag/);
    const button = $(editor, '#download-work');
    expect(button.textContent?.trim()).to.equal('Download het bestand');
    const files = await captureDownloads(() => button.click());
    await settle(editor);
    expect(files.map((f) => f.name)).to.deep.equal(['zuid-limburg.json']);
    expect((JSON.parse(files[0]!.text) as GiaNetwork).metadata.version).to.equal('2099.5');
    expect(editor.dirty).to.equal(false);
    expect(editor.shadowRoot!.querySelector('#download-work')).to.equal(null);
  });
});
