import { expect } from '@esm-bundle/chai';
import type { GiaNetwork } from '../../../../src/model/index.js';
import { $, buttonByText, chord, deepActive, mountEditor, openItem, settle, typeInto } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

describe('<gia-network-editor>: one-click fixes and shortcuts from the page body', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('"heeft nog geen aandachtsfunctionaris" offers "Voeg aandachtsfunctionaris toe", which adds one at that organisation', async () => {
    editor = await mountEditor();
    const network = editor.network as GiaNetwork;
    const withAf = new Set(network.contacts!.filter((c) => c.role === 'aandachtsfunctionaris').map((c) => c.organisation));
    const org = network.organisations.find((o) => !withAf.has(o.id) && o.type !== 'municipality')!;
    await openItem(editor, 'Organisaties', org.name);
    const warning = [...editor.shadowRoot!.querySelectorAll('.item-problems p')].find((p) => /geen aandachtsfunctionaris/.test(p.textContent ?? ''))!;
    expect(warning, 'the warning is shown').to.not.equal(undefined);
    const before = network.contacts!.length;
    buttonByText(editor, 'Voeg aandachtsfunctionaris toe', '.item-problems button').click();
    await settle(editor);
    await new Promise((r) => setTimeout(r, 50));
    const contacts = (editor.network as GiaNetwork).contacts!;
    expect(contacts.length).to.equal(before + 1);
    const added = contacts[contacts.length - 1]!;
    expect(added.role).to.equal('aandachtsfunctionaris');
    expect(added.organisation).to.equal(org.id);
    expect(deepActive()?.getAttribute('data-pointer')).to.equal(`/contacts/${before}/name`);
    // The warning is gone once the new contact exists.
    expect(editor.runValidation().warnings.some((w) => w.code === 'missing-aandachtsfunctionaris' && w.path === `/organisations/${network.organisations.indexOf(org)}`)).to.equal(false);
  });

  it('the same button is in "Controle en onderhoud"', async () => {
    editor = await mountEditor();
    buttonByText(editor, /^\s*Controle en onderhoud/, 'button.nav-item').click();
    await settle(editor);
    expect(buttonByText(editor, 'Voeg aandachtsfunctionaris toe', '.problems-section button')).to.not.equal(undefined);
  });

  it('Ctrl+Z undoes when focus fell to the page body, but not while another element of the page has focus', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Politie');
    const index = (editor.network as GiaNetwork).organisations.findIndex((o) => o.id === 'politie');
    await typeInto(editor, `/organisations/${index}/description`, 'Nieuwe tekst');
    // Focus falls to the body.
    (deepActive() as HTMLElement | null)?.blur();
    expect(document.activeElement).to.equal(document.body);
    await chord('Control', 'z');
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[index]!.description).to.not.equal('Nieuwe tekst');
    // Keys typed in another field of the page are that field's own.
    await chord('Control', 'y');
    await settle(editor);
    expect((editor.network as GiaNetwork).organisations[index]!.description).to.equal('Nieuwe tekst');
    const other = document.createElement('input');
    document.body.append(other);
    other.focus();
    await chord('Control', 'z');
    await settle(editor);
    other.remove();
    expect((editor.network as GiaNetwork).organisations[index]!.description).to.equal('Nieuwe tekst');
    expect($(editor, '.toolbar')).to.not.equal(null);
  });
});
