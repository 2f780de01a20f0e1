// Issue 16, item 5: the editor edits the structures of schema 1.1 (tracks, powers, meldcode steps, certainty,
// status) as it edits everything else: new items with valid defaults, pickers for their references, references
// that follow a rename or a delete, and the sources inside them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork } from '../../../src/model/index.js';
import { COLLECTION_BY_KEY, idIndex, itemsOf, referenceOptions } from '../../../src/editor/collections.js';
import { createItem } from '../../../src/editor/template.js';
import { insertAt, setAt } from '../../../src/editor/pointer.js';
import { referenceTargetsFor } from '../../../src/editor/reference-fields.js';
import { deleteWithReferences, findReferences, planDelete, renameId } from '../../../src/editor/references.js';
import { listLabel } from '../../../src/editor/list-labels.js';
import { formatChangeSummary, summarizeChanges } from '../../../src/editor/change-summary.js';
import { LIST_SECTIONS, sectionOfPointer } from '../../../src/editor/sections.js';
import { zuidLimburg } from './helpers.js';

const add = <T>(network: T, key: 'tracks' | 'powers' | 'meldcodeSteps', name: string): T =>
  insertAt(network, COLLECTION_BY_KEY[key].pointer, createItem(network, key, name) as never);

describe('editor: schema 1.1 structures', () => {
  test('tracks, powers and meldcode steps are sections of their own; their fields lead there', () => {
    for (const key of ['tracks', 'powers', 'meldcodeSteps'] as const) assert.ok(LIST_SECTIONS.includes(key), key);
    assert.deepEqual(sectionOfPointer('/escalationModel/tracks/1/name'), { section: 'tracks', index: 1 });
    assert.deepEqual(sectionOfPointer('/powers/0/holders/organisations/0'), { section: 'powers', index: 0 });
    assert.deepEqual(sectionOfPointer('/meldcode/steps/0/turnTo/1/organisation'), { section: 'meldcodeSteps', index: 0 });
    assert.deepEqual(sectionOfPointer('/meldcode/legalBasis/law'), { section: 'meldcode', index: null });
  });

  test('a new track is added and edited, an organisation is put on it (picker, inferred with reasoning), and the file validates', () => {
    let network = zuidLimburg();
    network = add(network, 'tracks', 'Strafrechtelijk spoor');
    const tracks = itemsOf(network, 'tracks');
    assert.equal(tracks.length, 1);
    assert.deepEqual(tracks[0], { id: 'strafrechtelijk-spoor', name: 'Strafrechtelijk spoor', order: 1 });
    network = setAt(network, '/escalationModel/tracks/0/label', 'Na een strafbaar feit');
    network = setAt(network, '/escalationModel/tracks/0/certainty', { level: 'stated', sources: [{ source: 'zl-uitvoeringsplan-2024-2027', lines: '1' }] });
    // The organisation's tracks field is a picker of the tracks.
    assert.deepEqual(referenceTargetsFor('organisation', 'tracks'), ['tracks']);
    assert.deepEqual(
      referenceOptions(network, referenceTargetsFor('organisation', 'tracks')!).map((o) => o.id),
      ['strafrechtelijk-spoor'],
    );
    const org = network.organisations.findIndex((o) => o.id === 'raad-voor-de-kinderbescherming');
    network = setAt(network, `/organisations/${org}/tracks`, ['strafrechtelijk-spoor']);
    network = setAt(network, `/organisations/${org}/placementCertainty/tracks`, { level: 'inferred', reasoning: 'De bron noemt het spoor niet.' });
    network = setAt(network, `/organisations/${org}/status`, { value: 'active', asOf: '2024' });
    const validation = validateNetwork(network);
    assert.deepEqual(validation.problems, []);
    // Renaming the track moves the reference; deleting it takes it off the organisation; both stay valid.
    network = renameId(network, 'tracks', 0, 'strafrecht');
    assert.deepEqual(network.organisations[org]!.tracks, ['strafrecht']);
    assert.equal(idIndex(network).get('strafrecht'), 'tracks');
    assert.equal(validateNetwork(network).valid, true);
    const removed = deleteWithReferences(network, planDelete(network, { collection: 'tracks', index: 0 }));
    assert.equal(findReferences(removed, 'tracks', 'strafrecht').length, 0);
    assert.deepEqual(removed.organisations[org]!.tracks ?? [], []);
    assert.deepEqual(validateNetwork(removed).problems, []);
  });

  test('a new power is added and edited (kind, legal basis, who may, who decides, a link, status); the file validates', () => {
    let network = zuidLimburg();
    const before = network.powers!.length;
    network = add(network, 'powers', 'Huisverbod opleggen');
    const at = before;
    assert.deepEqual(network.powers![at], { id: 'huisverbod-opleggen', name: 'Huisverbod opleggen', kind: 'other' });
    network = setAt(network, `/powers/${at}/kind`, 'impose-restraining-order');
    network = setAt(network, `/powers/${at}/legalBasis`, { law: 'Wet tijdelijk huisverbod', sources: [{ source: 'zl-uitvoeringsplan-2024-2027', lines: '1' }] });
    network = setAt(network, `/powers/${at}/decidedBy`, { description: 'De burgemeester.', organisations: ['gemeente-heerlen'] });
    network = setAt(network, `/powers/${at}/status`, { value: 'pilot', asOf: '2025-01-01' });
    network = setAt(network, `/powers/${at}/certainty`, { level: 'inferred', reasoning: 'Voorbeeld.' });
    // A link from the melding to the new power: its picker offers the powers.
    assert.deepEqual(referenceTargetsFor('powerLink', 'power'), ['powers']);
    const melding = network.powers!.findIndex((p) => p.id === 'melding-bij-veilig-thuis');
    network = insertAt(network, `/powers/${melding}/links`, { power: 'huisverbod-opleggen', type: 'leads-to' });
    assert.deepEqual(validateNetwork(network).problems, []);
    // An invalid edit is caught by the same validator (a status without its date).
    const broken = setAt(network, `/powers/${at}/status`, { value: 'pilot' });
    assert.equal(validateNetwork(broken).valid, false);
    // Deleting the power removes the link to it; the file stays valid.
    const removed = deleteWithReferences(network, planDelete(network, { collection: 'powers', index: at }));
    assert.ok(!JSON.stringify(removed.powers).includes('huisverbod-opleggen'));
    assert.deepEqual(validateNetwork(removed).problems, []);
  });

  test('a new meldcode step takes the first free number; its contacts pick organisations; its list label says "Stap n"', () => {
    let network = zuidLimburg();
    network = add(network, 'meldcodeSteps', '');
    const steps = itemsOf(network, 'meldcodeSteps');
    assert.deepEqual(steps.map((s) => s.number), [2, 1]);
    network = setAt(network, '/meldcode/steps/1/name', 'Breng signalen in kaart');
    network = insertAt(network, '/meldcode/steps/1/turnTo', { order: 1, who: 'organisation', organisation: 'veilig-thuis-zuid-limburg' });
    assert.deepEqual(referenceTargetsFor('meldcodeContact', 'organisation'), ['organisations']);
    assert.equal(listLabel(network, 'meldcodeSteps', itemsOf(network, 'meldcodeSteps')[1], 'nl'), 'Stap 1: Breng signalen in kaart');
    assert.deepEqual(validateNetwork(network).problems, []);
  });

  test('a source used only inside the new structures is found as a reference (a delete or rename follows it)', () => {
    let network = zuidLimburg();
    network = insertAt(network, '/metadata/sources', { id: 'wet', title: 'Wet tijdelijk huisverbod' });
    const at = network.powers!.length;
    network = add(network, 'powers', 'Huisverbod opleggen');
    network = setAt(network, `/powers/${at}/legalBasis`, { law: 'Wth', sources: [{ source: 'wet' }] });
    network = setAt(network, `/powers/${at}/certainty`, { level: 'stated', sources: [{ source: 'wet', lines: '2' }] });
    network = setAt(network, '/meldcode/steps/0/certainty', { level: 'stated', sources: [{ source: 'wet' }] });
    const refs = findReferences(network, 'sources', 'wet').map((r) => r.pointer);
    assert.deepEqual(refs.sort(), [`/meldcode/steps/0/certainty/sources/0/source`, `/powers/${at}/certainty/sources/0/source`, `/powers/${at}/legalBasis/sources/0/source`].sort());
    const sources = itemsOf(network, 'sources');
    const renamed = renameId(network, 'sources', sources.length - 1, 'wth');
    assert.equal(findReferences(renamed, 'sources', 'wth').length, 3);
    assert.deepEqual(validateNetwork(renamed).problems, []);
  });

  test('the change summary counts tracks, powers and meldcode steps; a new track is not an escalation-model change', () => {
    const opened = zuidLimburg();
    let current = add(opened, 'tracks', 'Acuut spoor');
    current = setAt(current, '/powers/0/description', 'Anders.');
    current = add(current, 'meldcodeSteps', '');
    const summary = summarizeChanges(opened, current);
    assert.equal(summary.escalationModelChanged, false);
    assert.equal(formatChangeSummary(summary), '1 spoor toegevoegd, 1 bevoegdheid gewijzigd, 1 meldcode-stap toegevoegd');
  });
});
