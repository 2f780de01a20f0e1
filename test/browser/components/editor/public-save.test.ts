import { expect } from '@esm-bundle/chai';
import { buildPublicVersion, countPersonalData, type GiaNetwork } from '../../../../src/model/index.js';
import { $, buttonByText, captureDownloads, deepActive, expectAccessible, loadNetwork, mountEditor, openItem, settle, typeInto } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

/** Opens "Publieke versie opslaan" and returns what was downloaded meanwhile (nothing, when it refuses). */
async function openPublicSave(editor: GiaNetworkEditor) {
  return captureDownloads(async () => {
    buttonByText(editor, 'Publieke versie opslaan', '.toolbar button').click();
    await settle(editor);
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#confirm-save')?.click();
    await settle(editor);
  });
}

describe('<gia-network-editor>: the public version is the CLI\'s public build', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('a person\'s name and e-mail in an organisation\'s description: refused like `public`, each problem goes to its field', async () => {
    editor = await mountEditor();
    const network = editor.network as GiaNetwork;
    const contact = network.contacts!.find((c) => c.name && c.channels?.some((ch) => ch.type === 'email'))!;
    const email = contact.channels!.find((ch) => ch.type === 'email')!.value;
    const index = network.organisations.findIndex((o) => o.id === 'politie');
    await openItem(editor, 'Organisaties', 'Politie');
    await typeInto(editor, `/organisations/${index}/description`, `Vraag het aan ${contact.name}, ${email}.`);
    // The CLI's build refuses this network.
    const cli = buildPublicVersion(editor.network);
    expect(cli.ok).to.equal(false);
    const files = await openPublicSave(editor);
    expect(files, 'nothing is downloaded').to.have.length(0);
    const dialog = $<HTMLDialogElement>(editor, 'dialog.editor-dialog');
    expect(dialog.textContent).to.match(/niet opgeslagen/);
    expect(dialog.textContent).to.not.match(/in orde/);
    expect(editor.shadowRoot!.querySelector('#confirm-save'), 'no save button').to.equal(null);
    expect(dialog.textContent).to.not.match(/Toch opslaan/);
    const problems = [...dialog.querySelectorAll<HTMLButtonElement>('.public-refused button')];
    expect(problems.length).to.be.greaterThan(0);
    await expectAccessible(editor);
    problems[0]!.click();
    await settle(editor);
    await new Promise((r) => setTimeout(r, 50));
    expect(editor.shadowRoot!.querySelector('dialog.editor-dialog[open]')).to.equal(null);
    expect(deepActive()?.getAttribute('data-pointer')).to.equal(`/organisations/${index}/description`);
  });

  it('an empty required name: refused, no "Toch opslaan", the error goes to the name field', async () => {
    editor = await mountEditor();
    const index = (editor.network as GiaNetwork).organisations.findIndex((o) => o.id === 'politie');
    await openItem(editor, 'Organisaties', 'Politie');
    await typeInto(editor, `/organisations/${index}/name`, '');
    expect(buildPublicVersion(editor.network).ok).to.equal(false);
    const files = await openPublicSave(editor);
    expect(files).to.have.length(0);
    const dialog = $<HTMLDialogElement>(editor, 'dialog.editor-dialog');
    expect(dialog.textContent).to.not.match(/Toch opslaan/);
    const problem = [...dialog.querySelectorAll<HTMLButtonElement>('.public-refused button')].find((b) => /leeg/.test(b.textContent ?? ''));
    expect(problem, 'the empty name is listed').to.not.equal(undefined);
    expect(problem!.textContent.trim(), 'in the editor\'s words').to.match(/^Naam van organisatie \S+ is leeg: vul een naam in\.$/);
    problem!.click();
    await settle(editor);
    await new Promise((r) => setTimeout(r, 50));
    expect(deepActive()?.getAttribute('data-pointer')).to.equal(`/organisations/${index}/name`);
  });

  it('a clean network: the dialog says what the public version leaves out, and the download is the CLI\'s text', async () => {
    const network = await loadNetwork();
    editor = await mountEditor({ network });
    const counts = countPersonalData(network);
    buttonByText(editor, 'Publieke versie opslaan', '.toolbar button').click();
    await settle(editor);
    const removed = $(editor, 'dialog .public-removed').textContent;
    expect(removed).to.include(`${counts.hiddenItems} contactpersonen en gegevens voor professionals`);
    expect(removed).to.include(`${counts.personalFields} persoonsgegevens`);
    const files = await captureDownloads(async () => {
      $(editor, '#confirm-save').click();
      await settle(editor);
    });
    const cli = buildPublicVersion(network);
    expect(cli.ok).to.equal(true);
    expect(files[0]!.text).to.equal(cli.ok ? cli.text : '');
  });
});
