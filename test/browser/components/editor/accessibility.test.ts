import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { validateNetwork, type GiaNetwork } from '../../../../src/model/index.js';
import {
  $,
  buttonByText,
  captureDownloads,
  chord,
  deepActive,
  expectAccessible,
  mountEditor,
  openItem,
  settle,
  tabTo,
  typeInto,
} from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

describe('<gia-network-editor>: accessibility and keyboard', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  for (const lang of ['nl', 'en']) {
    it(`has no axe violations on the start screen (${lang})`, async () => {
      editor = await mountEditor({ network: null, lang });
      await expectAccessible(editor);
    });

    it(`has no axe violations while editing an organisation and a contact person, with problems shown (${lang})`, async () => {
      editor = await mountEditor({ lang });
      await openItem(editor, lang === 'nl' ? 'Organisaties' : 'Organisations', 'Veilig Thuis Zuid-Limburg');
      await typeInto(editor, '/organisations/0/name', '');
      await expectAccessible(editor);
      await openItem(editor, lang === 'nl' ? 'Contactpersonen' : 'Contact persons', '');
      await expectAccessible(editor);
    });
  }

  it('has no axe violations in the problems list, the delete, save and CSV dialogs', async () => {
    editor = await mountEditor();
    buttonByText(editor, /^\s*Controle en onderhoud/, 'button.nav-item').click();
    await settle(editor);
    await expectAccessible(editor);
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    $(editor, '#delete').click();
    await settle(editor);
    await expectAccessible(editor);
    buttonByText(editor, 'Annuleren', 'dialog button').click();
    await settle(editor);
    $(editor, '#save').click();
    await settle(editor);
    await expectAccessible(editor);
    buttonByText(editor, 'Annuleren', 'dialog button').click();
    await settle(editor);
    buttonByText(editor, 'Spreadsheet (CSV)').click();
    await settle(editor);
    await expectAccessible(editor);
  });

  it('has no axe violations with the live preview', async () => {
    editor = await mountEditor({ preview: true });
    await new Promise((r) => setTimeout(r, 800));
    await expectAccessible(editor);
  });

  it('adds, fills in and saves an organisation with the keyboard only', async () => {
    editor = await mountEditor();
    const before = (editor.network as GiaNetwork).organisations.length;
    const specialism = (editor.network as GiaNetwork).specialisms![0]!;
    document.body.focus();
    await tabTo((el) => el.id === 'add');
    await sendKeys({ press: 'Enter' });
    await settle(editor);
    const nameField = deepActive() as HTMLInputElement;
    expect(nameField.getAttribute('data-pointer')).to.equal(`/organisations/${before}/name`);
    // The placeholder name is selected: typing replaces it.
    await sendKeys({ type: 'Stichting Toetsenbord' });
    await settle(editor);
    // The organisation type: a select, changed with the arrow keys.
    await tabTo((el) => el.getAttribute('data-pointer') === `/organisations/${before}/type`);
    await sendKeys({ press: 'ArrowUp' });
    await settle(editor);
    // A specialism: a checkbox, ticked with the space bar.
    await tabTo((el) => el instanceof HTMLInputElement && el.type === 'checkbox' && el.closest('li')?.textContent?.trim() === specialism.name, 150);
    await sendKeys({ press: 'Space' });
    await settle(editor);
    const org = (editor.network as GiaNetwork).organisations[before]!;
    expect(org.name).to.equal('Stichting Toetsenbord');
    expect(org.id).to.equal('stichting-toetsenbord');
    expect(org.type).to.not.equal('other');
    expect(org.specialisms).to.deep.equal([specialism.id]);
    // Save with Ctrl+S; the dialog's confirm button has focus.
    const files = await captureDownloads(async () => {
      await chord('Control', 's');
      await settle(editor);
      expect(deepActive()?.id).to.equal('confirm-save');
      await sendKeys({ press: 'Enter' });
      await settle(editor);
    });
    expect(files).to.have.length(1);
    const saved = JSON.parse(files[0]!.text) as GiaNetwork;
    expect(saved.organisations[before]!.name).to.equal('Stichting Toetsenbord');
    expect(validateNetwork(saved).valid).to.equal(true);
  });

  it('opens the delete dialog with the keyboard and Escape cancels it', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const before = JSON.stringify(editor.network);
    $(editor, '#form-heading').focus();
    await tabTo((el) => el.id === 'delete', 10);
    await sendKeys({ press: 'Enter' });
    await settle(editor);
    expect($<HTMLDialogElement>(editor, 'dialog').open).to.equal(true);
    expect(deepActive()?.textContent?.trim()).to.equal('Annuleren');
    await sendKeys({ press: 'Escape' });
    await settle(editor);
    expect(editor.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(JSON.stringify(editor.network)).to.equal(before);
    await settle(editor);
    expect(deepActive()?.id, 'focus returns to the button that opened the dialog').to.equal('delete');
  });
});
