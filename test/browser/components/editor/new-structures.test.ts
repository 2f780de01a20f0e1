// Issue 16, item 5: the editor's forms for the schema 1.1 structures, generated from the schema as every other
// form: a track and a power are added and filled in through their forms (reference pickers for who decides, the
// track of an organisation and a linked power; the sources inside the legal basis), the result validates, and the
// forms are accessible.
import { expect } from '@esm-bundle/chai';
import { validateNetwork } from '../../../../src/model/index.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';
import { $, buttonByText, expectAccessible, mountEditor, openItem, settle, typeInto } from './editor-fixtures.js';

type Loose = Record<string, unknown>;

/** Ticks the checkbox labelled `label` in the picker at `pointer`. */
async function tick(editor: GiaNetworkEditor, pointer: string, label: string): Promise<void> {
  const picker = $(editor, `fieldset[data-pointer="${pointer}"]`);
  const box = [...picker.querySelectorAll('label')].find((l) => l.textContent.trim() === label)?.querySelector('input');
  if (!box) throw new Error(`no option ${label} in ${pointer}`);
  box.click();
  await settle(editor);
}

async function choose(editor: GiaNetworkEditor, pointer: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(editor, `select[data-pointer="${pointer}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await settle(editor);
}

/** The "add" button of the list field at `pointer`. */
async function addTo(editor: GiaNetworkEditor, pointer: string): Promise<void> {
  const list = $(editor, `fieldset[data-pointer="${pointer}"]`);
  const buttons = [...list.querySelectorAll<HTMLButtonElement>(':scope > button')];
  buttons[buttons.length - 1]!.click();
  await settle(editor);
}

describe('<gia-network-editor>: schema 1.1 structures', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('adds a track, puts an organisation on it with the picker; adds a power with kind, legal basis and its source, who decides and a link; the network validates', async () => {
    editor = await mountEditor();
    // A track.
    buttonByText(editor, /^\s*Sporen/, 'button.nav-item').click();
    await settle(editor);
    $(editor, '#add').click();
    await settle(editor);
    await typeInto(editor, '/escalationModel/tracks/0/name', 'Strafrechtelijk spoor');
    await typeInto(editor, '/escalationModel/tracks/0/label', 'Na een strafbaar feit');
    await choose(editor, '/escalationModel/tracks/0/certainty/level', 'inferred');
    await typeInto(editor, '/escalationModel/tracks/0/certainty/reasoning', 'De bron noemt het spoor niet bij naam.');
    await expectAccessible(editor);
    // The Raad on that track.
    await openItem(editor, 'Organisaties', 'Raad voor de Kinderbescherming');
    const org = (editor.network as { organisations: Loose[] }).organisations.findIndex((o) => o.id === 'raad-voor-de-kinderbescherming');
    await tick(editor, `/organisations/${org}/tracks`, 'Strafrechtelijk spoor');
    // A power.
    buttonByText(editor, /^\s*Bevoegdheden/, 'button.nav-item').click();
    await settle(editor);
    const at = (editor.network as { powers: unknown[] }).powers.length;
    $(editor, '#add').click();
    await settle(editor);
    await typeInto(editor, `/powers/${at}/name`, 'Kinderbeschermingsmaatregel verzoeken');
    await choose(editor, `/powers/${at}/kind`, 'request-child-protection-order');
    await typeInto(editor, `/powers/${at}/legalBasis/law`, 'Burgerlijk Wetboek');
    await addTo(editor, `/powers/${at}/legalBasis/sources`);
    await choose(editor, `/powers/${at}/legalBasis/sources/0/source`, 'zl-uitvoeringsplan-2024-2027');
    await tick(editor, `/powers/${at}/decidedBy/organisations`, 'Raad voor de Kinderbescherming');
    await addTo(editor, `/powers/${at}/links`);
    await choose(editor, `/powers/${at}/links/0/power`, 'verzoek-tot-onderzoek');
    await choose(editor, `/powers/${at}/links/0/type`, 'requires');
    await choose(editor, `/powers/${at}/status/value`, 'pilot');
    await typeInto(editor, `/powers/${at}/status/asOf`, '2025');
    await expectAccessible(editor);

    const network = editor.network as { escalationModel: { tracks: Loose[] }; organisations: Loose[]; powers: Loose[] };
    expect(network.escalationModel.tracks[0]).to.deep.include({ id: 'strafrechtelijk-spoor', name: 'Strafrechtelijk spoor', label: 'Na een strafbaar feit' });
    expect(network.escalationModel.tracks[0]!.certainty).to.deep.equal({ level: 'inferred', reasoning: 'De bron noemt het spoor niet bij naam.' });
    expect(network.organisations[org]!.tracks).to.deep.equal(['strafrechtelijk-spoor']);
    expect(network.powers[at]).to.deep.include({ kind: 'request-child-protection-order', decidedBy: { organisations: ['raad-voor-de-kinderbescherming'] } });
    expect(network.powers[at]!.legalBasis).to.deep.equal({ law: 'Burgerlijk Wetboek', sources: [{ source: 'zl-uitvoeringsplan-2024-2027' }] });
    expect(network.powers[at]!.links).to.deep.equal([{ power: 'verzoek-tot-onderzoek', type: 'requires' }]);
    expect(network.powers[at]!.status).to.deep.equal({ value: 'pilot', asOf: '2025' });
    expect(validateNetwork(network).problems.map((p) => `${p.path} ${p.message}`)).to.deep.equal([]);
  });

  it('the meldcode is a form of its own; its steps are a list named "Stap n"', async () => {
    editor = await mountEditor();
    buttonByText(editor, /^\s*Meldcode\s*$/, 'button.nav-item').click();
    await settle(editor);
    expect($<HTMLInputElement>(editor, 'input[data-pointer="/meldcode/name"]').value).to.equal('Meldcode huiselijk geweld en kindermishandeling');
    expect(editor.shadowRoot!.querySelector('[data-pointer="/meldcode/steps"]')).to.equal(null);
    buttonByText(editor, 'Meldcode-stappen', 'button.link').click();
    await settle(editor);
    expect(buttonByText(editor, /^\s*Stap 2/, 'button.entity')).to.not.equal(undefined);
  });
});
