import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/index.js';
import { $, MemoryStorage, buttonByText, chord, loadNetwork, mountEditor, openItem, settle, typeInto } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

describe('<gia-network-editor>: undo, redo and drafts', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('undoes and redoes changes with the buttons and with Ctrl+Z / Ctrl+Y', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const original = (editor.network as GiaNetwork).organisations[0]!.name;
    await typeInto(editor, '/organisations/0/name', 'Eerste');
    await new Promise((r) => setTimeout(r, 1600)); // a new undo step after the typing pause
    await typeInto(editor, '/organisations/0/shortName', 'VT');
    const undoButton = [...editor.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Ongedaan maken')!;
    undoButton.click();
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[0]!.shortName).to.not.equal('VT');
    expect((editor.network as GiaNetwork).organisations[0]!.name).to.equal('Eerste');
    $(editor, 'input[data-pointer="/organisations/0/name"]').focus();
    await chord('Control', 'z');
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[0]!.name).to.equal(original);
    await chord('Control', 'y');
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[0]!.name).to.equal('Eerste');
    await chord('Control', 'Shift', 'Z');
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[0]!.shortName).to.equal('VT');
  });

  it('undoes a delete, references included', async () => {
    editor = await mountEditor();
    const before = JSON.stringify(editor.network);
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    $(editor, '#delete').click();
    await settle(editor);
    $(editor, '#confirm-delete').click();
    await settle(editor);
    expect(JSON.stringify(editor.network)).to.not.equal(before);
    editor.undo();
    await settle(editor);
    expect(JSON.stringify(editor.network)).to.equal(before);
  });

  it('offers to restore the draft after a reload, and restores it', async () => {
    const storage = new MemoryStorage();
    editor = await mountEditor({ storage });
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    await typeInto(editor, '/organisations/0/name', 'Concept naam');
    editor.flushDraft();
    editor.remove();

    // "Reload": a new editor opening the same file with the same storage.
    editor = await mountEditor({ storage, network: await loadNetwork() });
    const dialog = $<HTMLDialogElement>(editor, 'dialog.editor-dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.match(/concept/i);
    expect(dialog.textContent).to.match(/1 organisatie gewijzigd/);
    $(editor, '#restore-draft').click();
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[0]!.name).to.equal('Concept naam');
    expect(editor.dirty).to.equal(true);
  });

  it('says so, and points to "Opslaan", when the draft does not fit in the storage (never "concept bewaard")', async () => {
    const storage = new MemoryStorage();
    editor = await mountEditor({ storage });
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    storage.failWrites = true;
    await typeInto(editor, '/organisations/0/name', 'Te groot');
    editor.flushDraft();
    await settle(editor);
    const state = $(editor, '.toolbar .state').textContent ?? '';
    expect(state).to.match(/past niet in de opslag/);
    expect(state).to.contain('Opslaan');
    expect(state).not.to.match(/concept bewaard/);
    storage.failWrites = false;
    editor.flushDraft();
    await settle(editor);
    expect($(editor, '.toolbar .state').textContent).to.match(/concept bewaard/);
  });

  it('restores from the real localStorage too, and lists drafts on the start screen', async () => {
    localStorage.removeItem('gia-netwerkkaart:draft:zuid-limburg.json');
    editor = document.createElement('gia-network-editor');
    editor.noPreview = true;
    editor.fileName = 'zuid-limburg.json';
    document.body.append(editor);
    editor.data = await loadNetwork();
    await settle(editor);
    buttonByText(editor, /^\s*Over dit bestand/, 'button.nav-item').click();
    await settle(editor);
    await typeInto(editor, '/metadata/version', '2099.9');
    editor.flushDraft();
    editor.remove();
    editor = document.createElement('gia-network-editor');
    editor.noPreview = true;
    document.body.append(editor);
    await settle(editor);
    const draftButton = [...editor.shadowRoot!.querySelectorAll('button')].find((b) => /zuid-limburg\.json \(concept/.test(b.textContent ?? ''));
    expect(draftButton).to.not.equal(undefined);
    draftButton!.click();
    await settle(editor);
    expect((editor.network as GiaNetwork).metadata.version).to.equal('2099.9');
    localStorage.removeItem('gia-netwerkkaart:draft:zuid-limburg.json');
  });

  it('asks before leaving with unsaved changes, not without', async () => {
    editor = await mountEditor();
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).to.equal(false);
    buttonByText(editor, /^\s*Over dit bestand/, 'button.nav-item').click();
    await settle(editor);
    await typeInto(editor, '/metadata/version', '2099.1');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).to.equal(true);
  });
});
