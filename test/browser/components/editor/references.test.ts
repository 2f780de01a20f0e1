import { expect } from '@esm-bundle/chai';
import { validateNetwork, type GiaNetwork } from '../../../../src/model/index.js';
import { findReferences } from '../../../../src/editor/references.js';
import { $, buttonByText, mountEditor, openItem, settle } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

describe('<gia-network-editor>: references', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('a single-reference picker offers exactly the existing organisations and cannot produce an unknown id', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Contactpersonen', '');
    const select = $<HTMLSelectElement>(editor, 'select[data-pointer="/contacts/0/organisation"]');
    const network = editor.network as GiaNetwork;
    const orgIds = network.organisations.map((o) => o.id);
    const values = [...select.options].map((o) => o.value).filter((v) => v !== '');
    expect(values).to.have.members(orgIds);
    expect(select.value).to.equal(network.contacts![0]!.organisation);
    // Choosing another organisation gives its id.
    select.value = orgIds[3]!;
    select.dispatchEvent(new Event('change'));
    await settle(editor);
    expect((editor.network as GiaNetwork).contacts![0]!.organisation).to.equal(orgIds[3]);
    // A value that is not an option cannot be set: the select falls back to the empty choice.
    select.value = 'bestaat-niet';
    select.dispatchEvent(new Event('change'));
    await settle(editor);
    const after = (editor.network as GiaNetwork).contacts![0]!.organisation;
    expect(after === '' || orgIds.includes(after)).to.equal(true);
    expect(after).to.not.equal('bestaat-niet');
  });

  it('a checkbox list of specialisms only ever holds known ids', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const fieldset = $(editor, 'fieldset[data-pointer="/organisations/0/specialisms"]');
    const boxes = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    const network = editor.network as GiaNetwork;
    expect(boxes.length).to.equal(network.specialisms!.length);
    for (const box of boxes.slice(0, 5)) {
      box.click();
      await settle(editor);
    }
    const known = new Set(network.specialisms!.map((s) => s.id));
    const chosen = (editor.network as GiaNetwork).organisations[0]!.specialisms ?? [];
    expect(chosen.every((id) => known.has(id))).to.equal(true);
    expect(validateNetwork(editor.network).valid).to.equal(true);
  });

  it('shows an unknown id from a broken file next to its list, and unticking removes it', async () => {
    const { loadNetwork } = await import('./editor-fixtures.js');
    const network = await loadNetwork();
    network.organisations[0]!.specialisms = [...(network.organisations[0]!.specialisms ?? []), 'bestaat-niet'];
    editor = await mountEditor({ network });
    editor.runValidation();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const fieldset = $(editor, 'fieldset[data-pointer="/organisations/0/specialisms"]');
    expect(fieldset.textContent).to.match(/Fout/);
    const box = [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].find((b) => /bestaat-niet/.test(b.closest('label')?.textContent ?? ''))!;
    expect(box.checked).to.equal(true);
    box.click();
    await settle(editor);
    editor.runValidation();
    expect((editor.network as GiaNetwork).organisations[0]!.specialisms).to.not.include('bestaat-niet');
    expect(validateNetwork(editor.network).valid).to.equal(true);
  });

  it('lists maintenance warnings that belong to no single field above the form', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    expect($(editor, '.item-problems').textContent).to.match(/aanspreekpunt/);
  });

  it('deleting a referenced organisation asks what to do; cancel changes nothing', async () => {
    editor = await mountEditor();
    const before = JSON.stringify(editor.network);
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    $(editor, '#delete').click();
    await settle(editor);
    const dialog = $<HTMLDialogElement>(editor, 'dialog.editor-dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.textContent).to.match(/verwijzen hiernaar/);
    expect(dialog.textContent).to.match(/wordt ook verwijderd: contactpersoon/);
    buttonByText(editor, 'Annuleren', 'dialog button').click();
    await settle(editor);
    expect(JSON.stringify(editor.network)).to.equal(before);
  });

  it('deleting with "remove references" leaves no dangling reference and a valid file', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    $(editor, '#delete').click();
    await settle(editor);
    $(editor, '#confirm-delete').click();
    await settle(editor);
    const network = editor.network as GiaNetwork;
    expect(network.organisations.some((o) => o.id === 'veilig-thuis-zuid-limburg')).to.equal(false);
    expect(findReferences(network, 'organisations', 'veilig-thuis-zuid-limburg')).to.deep.equal([]);
    expect(validateNetwork(network).valid).to.equal(true);
  });

  it('deleting with "point at another item" moves the references', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Specialismen', 'Huiselijk geweld');
    const id = 'huiselijk-geweld';
    const count = findReferences(editor.network, 'specialisms', id).length;
    expect(count).to.be.greaterThan(0);
    $(editor, '#delete').click();
    await settle(editor);
    const replace = $<HTMLInputElement>(editor, 'dialog input[value="replace"]');
    replace.click();
    await settle(editor);
    const select = $<HTMLSelectElement>(editor, 'dialog #replacement');
    const target = select.options[1]!.value;
    select.value = target;
    select.dispatchEvent(new Event('change'));
    await settle(editor);
    $(editor, '#confirm-delete').click();
    await settle(editor);
    expect(findReferences(editor.network, 'specialisms', id)).to.deep.equal([]);
    expect(findReferences(editor.network, 'specialisms', target).length).to.be.greaterThan(0);
    expect(validateNetwork(editor.network).valid).to.equal(true);
  });

  for (const [label, id, replacement, reason] of [
    ['Dienst Onderzoek', 'veilig-thuis-dienst-onderzoek', 'veilig-thuis-zuid-limburg', /zou naar zichzelf verwijzen/],
    ['Reclassering', 'reclassering', 'openbaar-ministerie', /bestaat al, zou dubbel staan/],
  ] as const) {
    it(`"${label}" replaced by ${replacement}: the dialog lists the relation it drops, and the result validates without self or duplicate relation`, async () => {
      editor = await mountEditor();
      await openItem(editor, 'Organisaties', label);
      $(editor, '#delete').click();
      await settle(editor);
      $<HTMLInputElement>(editor, 'dialog input[value="replace"]').click();
      await settle(editor);
      const select = $<HTMLSelectElement>(editor, 'dialog #replacement');
      select.value = replacement;
      select.dispatchEvent(new Event('change'));
      await settle(editor);
      const dropped = [...editor.shadowRoot!.querySelectorAll('dialog li.dropped')];
      expect(dropped.length).to.equal(1);
      expect(dropped[0]!.textContent).to.match(reason);
      expect(dropped[0]!.textContent).to.match(/wordt verwijderd: relatie/);
      $(editor, '#confirm-delete').click();
      await settle(editor);
      const network = editor.network as GiaNetwork;
      expect(network.organisations.some((o) => o.id === id)).to.equal(false);
      const keys = network.relations!.map((r) => `${r.type} ${r.from} ${r.to}`);
      expect(new Set(keys).size).to.equal(keys.length);
      expect(network.relations!.some((r) => r.from === r.to)).to.equal(false);
      const validation = validateNetwork(network);
      expect(validation.problems).to.deep.equal([]);
      expect(validation.warnings.filter((w) => w.code === 'duplicate-relation')).to.deep.equal([]);
    });
  }

  it('changing an id renames every reference to it', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const count = findReferences(editor.network, 'organisations', 'veilig-thuis-zuid-limburg').length;
    const input = $<HTMLInputElement>(editor, 'input[data-pointer="/organisations/0/id"]');
    input.value = 'vt-zl';
    input.dispatchEvent(new Event('change'));
    await settle(editor);
    expect(findReferences(editor.network, 'organisations', 'vt-zl').length).to.equal(count);
    expect(validateNetwork(editor.network).valid).to.equal(true);
  });
});
