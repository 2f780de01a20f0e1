// Issue 18, item 6: one date input that reads "4-12-2026", "04-12-2026" and "2026-12-04", says what it understood,
// refuses impossible dates next to the field, stores ISO, and whose help text matches what it accepts.
import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { GiaNetwork } from '../../../../src/model/index.js';
import { $, expectAccessible, mountEditor, openItem, settle } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

const POINTER = '/organisations/0/reviewedAt';

function field(editor: GiaNetworkEditor): HTMLElement {
  return $(editor, `.field[data-pointer="${POINTER}"]`);
}

function input(editor: GiaNetworkEditor): HTMLInputElement {
  return $<HTMLInputElement>(editor, `input[data-pointer="${POINTER}"]`);
}

function stored(editor: GiaNetworkEditor): unknown {
  return (editor.network as GiaNetwork).organisations[0]!.reviewedAt;
}

/** Types `text` into the empty date field with the keyboard and leaves it with `key` (Tab or Enter). */
async function typeDate(editor: GiaNetworkEditor, text: string, key: 'Tab' | 'Enter' = 'Tab'): Promise<void> {
  const el = input(editor);
  el.focus();
  el.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await sendKeys({ press: key });
  await settle(editor);
}

function describedText(editor: GiaNetworkEditor): string {
  const ids = (input(editor).getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => editor.shadowRoot!.getElementById(id)?.textContent ?? '').join(' ');
}

describe('<gia-network-editor>: the date input', function () {
  this.timeout(20000);
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('stores "04-12-2026" typed in "Laatst gecontroleerd" as 2026-12-04 and shows "4 december 2026"', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    expect(field(editor).querySelector('label')?.textContent).to.contain('Laatst gecontroleerd');
    await typeDate(editor, '04-12-2026');
    expect(stored(editor)).to.equal('2026-12-04');
    expect(field(editor).textContent).to.contain('4 december 2026');
    expect(input(editor).value, 'what the user typed stays').to.equal('04-12-2026');
    expect(input(editor).getAttribute('aria-invalid')).to.equal('false');
    expect(describedText(editor), 'the understood date is part of the description').to.contain('4 december 2026');
  });

  it('reads "4-12-2026" (Enter) and "2026-12-04" the same way', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    await typeDate(editor, '4-12-2026', 'Enter');
    expect(stored(editor)).to.equal('2026-12-04');
    await typeDate(editor, '2025-03-01');
    expect(stored(editor)).to.equal('2025-03-01');
    expect(field(editor).textContent).to.contain('1 maart 2025');
  });

  it('refuses 31-02-2026 with a Dutch message next to the field, and keeps the stored date', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const before = stored(editor);
    await typeDate(editor, '31-02-2026');
    expect(stored(editor)).to.equal(before);
    const feedback = field(editor).querySelector('.date-feedback')!;
    expect(feedback.textContent).to.contain('31 februari 2026 bestaat niet: februari 2026 heeft 28 dagen.');
    expect(feedback.classList.contains('error')).to.equal(true);
    expect(input(editor).getAttribute('aria-invalid')).to.equal('true');
    expect(input(editor).value, 'the typed text stays, to be corrected').to.equal('31-02-2026');
    expect(describedText(editor)).to.contain('bestaat niet');
    // Corrected, it is stored.
    await typeDate(editor, '28-02-2026');
    expect(stored(editor)).to.equal('2026-02-28');
    expect(input(editor).getAttribute('aria-invalid')).to.equal('false');
  });

  it('says nothing wrong while the date is still being typed', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const el = input(editor);
    el.focus();
    el.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '04-1' });
    await settle(editor);
    expect(field(editor).querySelector('.date-feedback.error')).to.equal(null);
  });

  it('is a text field whose help says what to type (no "JJJJ-MM-DD" next to a browser date picker)', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const el = input(editor);
    expect(el.type).to.equal('text');
    expect(el.inputMode).to.equal('numeric');
    const description = describedText(editor);
    expect(description).to.contain('4-12-2026');
    expect(description).to.contain('2026-12-04');
    expect(field(editor).textContent).not.to.contain('JJJJ-MM-DD');
    expect(field(editor).textContent).to.contain('Datum waarop dit onderdeel voor het laatst is nagekeken');
    await expectAccessible(field(editor));
  });

  it('empties the date when the field is emptied', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const el = input(editor);
    el.focus();
    el.select();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Tab' });
    await settle(editor);
    expect(stored(editor)).to.equal(undefined);
  });

  it('follows undo: the field shows the stored date again', async () => {
    editor = await mountEditor();
    await openItem(editor, 'Organisaties', 'Veilig Thuis Zuid-Limburg');
    const before = stored(editor);
    await typeDate(editor, '04-12-2026');
    editor.undo();
    await settle(editor);
    expect(stored(editor)).to.equal(before);
    expect(input(editor).value).to.equal(before ?? '');
  });

  it('in English: "4 December 2026"', async () => {
    editor = await mountEditor({ lang: 'en' });
    buttonInNav(editor, /^\s*Organisations/).click();
    await settle(editor);
    [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.entity')][0]!.click();
    await settle(editor);
    await typeDate(editor, '04-12-2026');
    expect(stored(editor)).to.equal('2026-12-04');
    expect(field(editor).textContent).to.contain('That is 4 December 2026.');
  });
});

function buttonInNav(editor: GiaNetworkEditor, text: RegExp): HTMLButtonElement {
  const button = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.nav-item')].find((b) => text.test(b.textContent ?? ''));
  if (!button) throw new Error(`no nav item ${String(text)}`);
  return button;
}
