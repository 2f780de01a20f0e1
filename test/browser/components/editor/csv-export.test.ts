import { expect } from '@esm-bundle/chai';
import { listPersonalValues, validateNetwork, type GiaNetwork } from '../../../../src/model/index.js';
import { csvRows } from '../../../../src/editor/csv-export.js';
import { serializeCsv } from '../../../../src/editor/csv.js';
import { $, buttonByText, captureDownloads, expectAccessible, loadNetwork, mountEditor, settle } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';

async function chooseCsv(editor: GiaNetworkEditor, text: string | Uint8Array<ArrayBuffer>, entity: 'organisations' | 'contacts', wait = true): Promise<void> {
  buttonByText(editor, 'Spreadsheet (CSV)').click();
  await settle(editor);
  const radio = $<HTMLInputElement>(editor, `dialog input[name="csv-entity"][value="${entity}"]`);
  radio.click();
  await settle(editor);
  const input = $<HTMLInputElement>(editor, 'dialog input[type=file]');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], 'lijst.csv', { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  if (!wait) return;
  await new Promise((r) => setTimeout(r, 50));
  await settle(editor);
}

describe('<gia-network-editor>: spreadsheets and the public version', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  it('imports a well-formed contact list after showing the mapping and preview', async () => {
    editor = await mountEditor();
    const before = (editor.network as GiaNetwork).contacts!.length;
    const csv =
      '\uFEFFNaam;Rol;Organisatie;E-mail\r\n' +
      'Fatima Voorbeeld;Aandachtsfunctionaris;Veilig Thuis Zuid-Limburg;f@example.org\r\n' +
      'Jan Voorbeeld;Aanspreekpunt;Politie;\r\n';
    await chooseCsv(editor, csv, 'contacts');
    const mapping = [...editor.shadowRoot!.querySelectorAll<HTMLSelectElement>('dialog .mapping select')].map((s) => s.value);
    expect(mapping).to.deep.equal(['name', 'role', 'organisation', 'email']);
    expect($(editor, 'dialog').textContent).to.match(/2 nieuw, 0 bijgewerkt, 0 rijen met fouten/);
    expect((editor.network as GiaNetwork).contacts!.length, 'nothing before confirming').to.equal(before);
    $(editor, '#confirm-import').click();
    await settle(editor);
    const after = editor.network as GiaNetwork;
    expect(after.contacts!.length).to.equal(before + 2);
    expect(validateNetwork(after).valid).to.equal(true);
    editor.undo();
    await settle(editor);
    expect((editor.network as GiaNetwork).contacts!.length).to.equal(before);
  });

  it('reads a Windows-1252 file (Excel\'s CSV) with "één" and "€" right and says which character set it used', async () => {
    editor = await mountEditor();
    const text = 'Naam;Omschrijving\r\nStichting één;Budget € 534.000\r\n';
    const cp1252 = Uint8Array.from([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0))));
    await chooseCsv(editor, cp1252, 'organisations');
    const dialog = $(editor, 'dialog');
    expect(dialog.textContent).to.contain('Tekenset: Windows-1252');
    expect(dialog.textContent).to.contain('Stichting één');
    expect(editor.shadowRoot!.querySelector('dialog .csv-replacements')).to.equal(null);
    $(editor, '#confirm-import').click();
    await settle(editor);
    const added = (editor.network as GiaNetwork).organisations.find((o) => o.name === 'Stichting één');
    expect(added?.description).to.equal('Budget € 534.000');
  });

  it('shows errors per row for a broken file and imports nothing', async () => {
    editor = await mountEditor();
    const before = JSON.stringify(editor.network);
    const csv = 'naam,soort,website\nGoede Stichting,Opvang,https://example.org\nFoute Stichting,Bakkerij,geen-url\n';
    await chooseCsv(editor, csv, 'organisations');
    const dialog = $(editor, 'dialog');
    expect(dialog.textContent).to.match(/1 rij met fouten/);
    const errorRow = $(editor, 'dialog tr.row-error');
    expect(errorRow.textContent).to.contain('3');
    expect(errorRow.textContent).to.match(/"Bakkerij" is geen bekende waarde/);
    expect(errorRow.textContent).to.match(/geen-url/);
    await expectAccessible(editor);
    const confirm = $(editor, '#confirm-import');
    expect(confirm.getAttribute('aria-disabled')).to.equal('true');
    confirm.click();
    await settle(editor);
    expect(JSON.stringify(editor.network)).to.equal(before);
  });

  it('an export with 2 rows edited: "2 bijgewerkt", the rest unchanged, and the changes field by field', async () => {
    editor = await mountEditor();
    const network = editor.network as GiaNetwork;
    const rows = csvRows(network, 'organisations');
    const col = (name: string) => rows[0]!.indexOf(name);
    const row = (id: string) => rows.find((r) => r[col('Id')] === id)!;
    row('politie')[col('Omschrijving')] = '';
    row('raad-voor-de-kinderbescherming')[col('Telefoon')] = '088 123 45 67';
    await chooseCsv(editor, serializeCsv(rows), 'organisations');
    expect($(editor, 'dialog').textContent).to.match(new RegExp(`0 nieuw, 2 bijgewerkt, ${network.organisations.length - 2} ongewijzigd, 0 rijen met fouten`));
    const changes = [...editor.shadowRoot!.querySelectorAll('dialog .csv-changes li')].map((li) => li.textContent.trim());
    expect(changes).to.have.length(2);
    expect(changes).to.include('Telefoon: leeg → "088 123 45 67"');
    expect(changes.find((c) => c.startsWith('Omschrijving'))).to.match(/^Omschrijving: ".+" → leeg gemaakt$/);
    expect(editor.shadowRoot!.querySelectorAll('dialog tr.row-unchanged')).to.have.length(network.organisations.length - 2);
    await expectAccessible(editor);
    $(editor, '#confirm-import').click();
    await settle(editor);
    const after = editor.network as GiaNetwork;
    expect(after.organisations.find((o) => o.id === 'politie')!.description).to.equal(undefined);
    expect(after.organisations.find((o) => o.id === 'raad-voor-de-kinderbescherming')!.channels).to.deep.equal([{ type: 'phone', value: '088 123 45 67' }]);
  });

  it('a large file shows its progress, and closing the dialog (Escape) stops the preview', async () => {
    editor = await mountEditor();
    const before = editor.network;
    const lines = ['Naam;Soort organisatie'];
    for (let i = 0; i < 20_000; i++) lines.push(`Stichting Voorbeeld ${i};Opvang`);
    await chooseCsv(editor, lines.join('\r\n'), 'organisations', false);
    const progress = () => editor.shadowRoot!.querySelector('dialog .csv-progress');
    // Between the preview's tasks the page renders (a timer would wait: scheduler.yield goes first).
    for (let i = 0; i < 500 && !progress()?.textContent; i++) await new Promise((r) => requestAnimationFrame(r));
    expect(progress()?.textContent).to.match(/Het bestand wordt gelezen|Voorbeeld wordt gemaakt: \d+ van 20000 rijen gelezen/);
    // Escape (the dialog's cancel event) closes it.
    $(editor, 'dialog').dispatchEvent(new Event('cancel', { cancelable: true }));
    await settle(editor);
    await new Promise((r) => setTimeout(r, 300));
    expect(editor.network).to.equal(before);
    buttonByText(editor, 'Spreadsheet (CSV)').click();
    await settle(editor);
    expect(editor.shadowRoot!.querySelector('dialog #csv-preview'), 'no half-made preview').to.equal(null);
    expect($(editor, 'dialog').textContent).not.to.contain('lijst.csv');
  });

  it('exports organisations as CSV that Excel opens (BOM, semicolons, Dutch headers)', async () => {
    editor = await mountEditor();
    buttonByText(editor, 'Spreadsheet (CSV)').click();
    await settle(editor);
    const files = await captureDownloads(() => buttonByText(editor, /Organisaties downloaden als CSV/).click());
    expect(files[0]!.name).to.equal('organisaties.csv');
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(files[0]!.text.startsWith('Id;Naam;Korte naam;Soort organisatie')).to.equal(true);
  });

  it('"Publieke versie opslaan" writes a valid file without any personal data', async () => {
    const network = await loadNetwork();
    const personal = listPersonalValues(network);
    expect(personal.length).to.be.greaterThan(10);
    editor = await mountEditor({ network });
    const files = await captureDownloads(async () => {
      buttonByText(editor, 'Publieke versie opslaan').click();
      await settle(editor);
      $(editor, '#confirm-save').click();
      await settle(editor);
    });
    expect(files).to.have.length(1);
    expect(files[0]!.name).to.equal('zuid-limburg-publiek.json');
    const text = files[0]!.text;
    for (const value of personal) expect(text.includes(JSON.stringify(value).slice(1, -1)), value).to.equal(false);
    expect(validateNetwork(JSON.parse(text)).valid).to.equal(true);
    expect(editor.dirty, 'the public version is not the working file').to.equal(false);
  });
});
