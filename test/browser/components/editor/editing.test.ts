import { expect } from '@esm-bundle/chai';
import { serializeNetwork, validateNetwork } from '../../../../src/model/index.js';
import { $, buttonByText, captureDownloads, loadNetwork, mountEditor, openItem, settle, typeInto } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

type Net = Record<string, unknown[]> & { escalationModel: { phases: unknown[] }; metadata: { sources: unknown[] } };

describe('<gia-network-editor>: editing', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('shows the schema titles as labels with help texts tied to the inputs', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const input = $<HTMLInputElement>(editor, 'input[data-pointer="/organisations/0/name"]');
    const label = editor.shadowRoot!.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).to.contain('Naam');
    const help = editor.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]!);
    expect(help?.textContent).to.contain('Volledige naam');
  });

  const kinds: [string, string, string][] = [
    ['Organisaties', '/organisations', 'name'],
    ['Contactpersonen', '/contacts', 'name'],
    ['Specialismen', '/specialisms', 'name'],
    ['Overleggen', '/meetings', 'name'],
    ['Interventies en hulpaanbod', '/interventions', 'name'],
    ['Gemeenten', '/municipalities', 'name'],
    ['AVE-fasen', '/escalationModel/phases', 'name'],
    ['Bronnen', '/metadata/sources', 'title'],
    ['Relaties', '/relations', 'description'],
    // Schema 1.1 (issue 16): tracks, powers and meldcode steps.
    ['Sporen', '/escalationModel/tracks', 'name'],
    ['Bevoegdheden', '/powers', 'name'],
    ['Meldcode-stappen', '/meldcode/steps', 'name'],
  ];
  for (const [section, pointer, field] of kinds) {
    it(`adds and edits an item in "${section}"; the saved file is valid`, async () => {
      editor = await mountEditor();
      buttonByText(editor, new RegExp(`^\\s*${section}`), 'button.nav-item').click();
      await settle(editor);
      const before = (editor.network as Net) && countAt(editor, pointer);
      $(editor, '#add').click();
      await settle(editor);
      expect(countAt(editor, pointer)).to.equal(before + 1);
      await typeInto(editor, `${pointer}/${before}/${field}`, `Testwaarde ${section}`);
      const files = await captureDownloads(async () => {
        $(editor, '#save').click();
        await settle(editor);
        $(editor, '#confirm-save').click();
        await settle(editor);
      });
      expect(files).to.have.length(1);
      expect(files[0]!.name).to.equal('zuid-limburg.json');
      const saved: unknown = JSON.parse(files[0]!.text);
      const result = validateNetwork(saved);
      expect(result.problems.map((p) => p.message)).to.deep.equal([]);
      expect(files[0]!.text).to.contain(`Testwaarde ${section}`);
      // The save keeps the key order of the file as it was opened (issue 18, item 9).
      expect(files[0]!.text).to.equal(serializeNetwork(saved, { keyOrderFrom: await loadNetwork() }));
      expect(editor.dirty).to.equal(false);
    });
  }

  it('edits the file details (metadata) and shows a problem next to a field that becomes invalid', async () => {
    editor = await mountEditor();
    buttonByText(editor, /^\s*Over dit bestand/, 'button.nav-item').click();
    await settle(editor);
    await typeInto(editor, '/metadata/maintainer/email', 'geen-mailadres');
    const input = $<HTMLInputElement>(editor, 'input[data-pointer="/metadata/maintainer/email"]');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => editor.shadowRoot!.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).to.match(/Fout/);
    expect($(editor, '.problems-button').textContent).to.match(/1 fout/);
    // The summary list jumps to the field.
    $(editor, '.problems-button').click();
    await settle(editor);
    buttonByText(editor, /maintainer|e-mail|beheerder/i, '.problem-list button').click();
    await settle(editor);
    await settle(editor);
    const active = editor.shadowRoot!.activeElement as HTMLElement | null;
    expect(active?.getAttribute('data-pointer')).to.equal('/metadata/maintainer/email');
  });

  it('says where a file with a syntax error is broken, in Dutch, and opens nothing', async () => {
    editor = await mountEditor({ network: null });
    expect(editor.openNetwork('{\n  "schemaVersion": "1.0",\n}', 'kapot.json')).to.equal(false);
    await settle(editor);
    const alert = $(editor, '.open-problems');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.match(/regel 2, kolom 25/i);
    expect(alert.textContent).to.match(/komma/);
    expect(editor.network).to.equal(undefined);
  });

  it('starts a new region from the empty template', async () => {
    editor = await mountEditor({ network: null });
    const input = $<HTMLInputElement>(editor, '#new-region');
    input.value = 'Gooi en Vechtstreek';
    input.dispatchEvent(new Event('input'));
    buttonByText(editor, 'Beginnen').click();
    await settle(editor);
    editor.runValidation();
    const network = editor.network as { metadata: { region: string } };
    expect(network.metadata.region).to.equal('Gooi en Vechtstreek');
    expect(validateNetwork(network).valid).to.equal(true);
    expect($<HTMLInputElement>(editor, 'input[data-pointer="/metadata/region"]').value).to.equal('Gooi en Vechtstreek');
  });

  it('keeps an invalid network as it is and only warns when saving', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    await typeInto(editor, '/organisations/0/name', '');
    $(editor, '#save').click();
    await settle(editor);
    const dialog = $(editor, 'dialog.editor-dialog');
    expect(dialog.textContent).to.match(/nog 1 fout/);
    expect(dialog.textContent).to.match(/1 organisatie gewijzigd/);
    expect($(editor, '#confirm-save').textContent).to.contain('Toch opslaan');
  });
});

function countAt(editor: GiaNetworkEditor, pointer: string): number {
  let node: unknown = editor.network;
  for (const s of pointer.split('/').slice(1)) node = (node as Record<string, unknown>)?.[s];
  return Array.isArray(node) ? node.length : 0;
}
