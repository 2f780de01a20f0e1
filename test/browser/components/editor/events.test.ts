import { expect } from '@esm-bundle/chai';
import { GiaEditorChangeEvent, GiaEditorSaveEvent } from '../../../../src/events/index.js';
import { $, buttonByText, captureDownloads, chord, loadNetwork, MemoryStorage, mountEditor, openItem, settle, typeInto } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

const EDITOR_EVENTS = ['gia-editor-change', 'gia-editor-save'] as const;

/** Collects the editor's events as they reach the document (so they bubble out of the element). */
function record(): { events: Event[]; stop(): void } {
  const events: Event[] = [];
  const listener = (event: Event) => events.push(event);
  for (const name of EDITOR_EVENTS) document.addEventListener(name, listener);
  return { events, stop: () => EDITOR_EVENTS.forEach((name) => document.removeEventListener(name, listener)) };
}

describe('<gia-network-editor>: events', () => {
  let editor: GiaNetworkEditor;
  let recorder: ReturnType<typeof record>;
  beforeEach(() => (recorder = record()));
  afterEach(() => {
    recorder.stop();
    editor?.remove();
  });

  it('gia-editor-change arrives after a user edit with the network and valid: true', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    await typeInto(editor, '/organisations/0/name', 'Veilig Thuis Limburg-Zuid');
    const changes = recorder.events.filter((e) => e.type === 'gia-editor-change');
    expect(changes.length).to.be.greaterThan(0);
    const last = changes[changes.length - 1]!;
    expect(last).to.be.instanceOf(GiaEditorChangeEvent);
    expect(last.bubbles, 'bubbles').to.equal(true);
    expect(last.composed, 'composed').to.equal(true);
    const { detail } = last as GiaEditorChangeEvent;
    expect(Object.keys(detail).sort()).to.deep.equal(['network', 'valid']);
    expect(detail.network).to.equal(editor.network);
    expect((detail.network as { organisations: { name: string }[] }).organisations[0]!.name).to.equal('Veilig Thuis Limburg-Zuid');
    expect(detail.valid).to.equal(true);
  });

  it('gia-editor-change says valid: false when the edit makes the network invalid, and true again after undo', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    await typeInto(editor, '/organisations/0/name', '');
    const broken = recorder.events.filter((e): e is GiaEditorChangeEvent => e.type === 'gia-editor-change').pop()!;
    expect(broken.detail.valid).to.equal(false);
    expect((JSON.parse(JSON.stringify(broken.detail)) as { valid: unknown }).valid, 'the detail serialises with valid').to.equal(false);
    $(editor, '#save').focus();
    await chord('Control', 'z');
    await settle(editor);
    const undone = recorder.events.filter((e): e is GiaEditorChangeEvent => e.type === 'gia-editor-change').pop()!;
    expect(undone).to.not.equal(broken);
    expect(undone.detail.network).to.equal(editor.network);
    expect(undone.detail.valid).to.equal(true);
  });

  it('gia-editor-save arrives after saving, with the file name and which version', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    await typeInto(editor, '/organisations/0/name', 'Veilig Thuis Limburg-Zuid');
    recorder.events.length = 0;
    await captureDownloads(async () => {
      $(editor, '#save').click();
      await settle(editor);
      $(editor, '#confirm-save').click();
      await settle(editor);
      buttonByText(editor, 'Publieke versie opslaan', '.toolbar button').click();
      await settle(editor);
      $(editor, '#confirm-save').click();
      await settle(editor);
    });
    expect(recorder.events.map((e) => e.type)).to.deep.equal(['gia-editor-save', 'gia-editor-save']);
    const [full, publicVersion] = recorder.events as GiaEditorSaveEvent[];
    for (const event of [full!, publicVersion!]) {
      expect(event).to.be.instanceOf(GiaEditorSaveEvent);
      expect(event.bubbles, 'bubbles').to.equal(true);
      expect(event.composed, 'composed').to.equal(true);
    }
    expect(full!.detail).to.deep.equal({ fileName: 'zuid-limburg.json', public: false });
    expect(publicVersion!.detail).to.deep.equal({ fileName: 'zuid-limburg-publiek.json', public: true });
  });

  it('setting properties and attributes from code fires no editor event', async () => {
    const storage = new MemoryStorage();
    editor = await mountEditor({ storage });
    editor.data = await loadNetwork();
    editor.fileName = 'ander-bestand.json';
    editor.reviewMonths = 6;
    editor.noPreview = false;
    editor.lang = 'en';
    editor.setAttribute('review-months', '18');
    editor.setAttribute('no-preview', '');
    await settle(editor);
    editor.src = '/data/zuid-limburg.json';
    await settle(editor);
    await new Promise((r) => setTimeout(r, 300));
    await settle(editor);
    editor.runValidation();
    editor.flushDraft();
    await settle(editor);
    expect(editor.network, 'the file from src is open').to.not.equal(undefined);
    expect(recorder.events.map((e) => e.type)).to.deep.equal([]);
  });
});
