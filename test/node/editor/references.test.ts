import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork } from '../../../src/model/index.js';
import { idIndex, referenceOptions } from '../../../src/editor/collections.js';
import { deleteAndReplace, deleteWithReferences, findReferences, planDelete, planReplace, renameId } from '../../../src/editor/references.js';
import { zuidLimburg } from './helpers.js';

describe('references', () => {
  test('finds every place that refers to an organisation', () => {
    const network = zuidLimburg();
    const refs = findReferences(network, 'organisations', 'veilig-thuis-zuid-limburg');
    assert.ok(refs.length > 3);
    for (const ref of refs) assert.ok(ref.pointer.startsWith('/'));
    assert.ok(refs.some((r) => r.pointer.startsWith('/contacts/')), 'a contact works there');
    assert.ok(refs.some((r) => r.pointer.startsWith('/relations/')), 'relations point at it');
  });

  test('deleting a referenced organisation removes it, its contacts, its relations and the references; the file stays valid', () => {
    const network = zuidLimburg();
    const index = network.organisations.findIndex((o) => o.id === 'veilig-thuis-zuid-limburg');
    const plan = planDelete(network, { collection: 'organisations', index });
    assert.ok(plan.deletes.some((d) => d.collection === 'contacts'), 'its contact persons go too');
    assert.ok(plan.deletes.some((d) => d.collection === 'relations'), 'its relations go too');
    const result = deleteWithReferences(network, plan);
    assert.equal(result.organisations.length, network.organisations.length - 1);
    assert.equal(findReferences(result, 'organisations', 'veilig-thuis-zuid-limburg').length, 0);
    assert.ok(!JSON.stringify(result).includes('"veilig-thuis-zuid-limburg"'));
    const validation = validateNetwork(result);
    assert.deepEqual(validation.problems, []);
    assert.equal(validation.valid, true);
  });

  test('deleting a specialism removes it from every list; a source removes the source references', () => {
    const network = zuidLimburg();
    const index = network.specialisms!.findIndex((s) => s.id === 'huiselijk-geweld');
    const result = deleteWithReferences(network, planDelete(network, { collection: 'specialisms', index }));
    assert.equal(findReferences(result, 'specialisms', 'huiselijk-geweld').length, 0);
    assert.equal(validateNetwork(result).valid, true);
  });

  test('delete with replacement points references at another item', () => {
    const network = zuidLimburg();
    const from = network.organisations.findIndex((o) => o.id === 'veilig-thuis-zuid-limburg');
    const other = network.organisations.find((o) => o.id !== 'veilig-thuis-zuid-limburg' && o.type !== 'municipality')!.id;
    const before = findReferences(network, 'organisations', other).length;
    const moved = findReferences(network, 'organisations', 'veilig-thuis-zuid-limburg').length;
    const result = deleteAndReplace(network, { collection: 'organisations', index: from }, other);
    assert.equal(findReferences(result, 'organisations', 'veilig-thuis-zuid-limburg').length, 0);
    assert.ok(findReferences(result, 'organisations', other).length > before);
    assert.ok(findReferences(result, 'organisations', other).length <= before + moved);
  });

  test('renaming an id renames the references', () => {
    const network = zuidLimburg();
    const index = network.organisations.findIndex((o) => o.id === 'veilig-thuis-zuid-limburg');
    const count = findReferences(network, 'organisations', 'veilig-thuis-zuid-limburg').length;
    const result = renameId(network, 'organisations', index, 'veilig-thuis-zl');
    assert.equal(result.organisations[index]!.id, 'veilig-thuis-zl');
    assert.equal(findReferences(result, 'organisations', 'veilig-thuis-zl').length, count);
    assert.equal(validateNetwork(result).valid, true);
  });

  test('reference options are exactly the existing ids of the target collections', () => {
    const network = zuidLimburg();
    const ids = idIndex(network);
    for (const target of ['organisations', 'municipalities', 'specialisms', 'phases'] as const) {
      const options = referenceOptions(network, [target]);
      assert.ok(options.length > 0);
      for (const option of options) assert.equal(ids.get(option.id), target);
    }
    assert.deepEqual(referenceOptions({ organisations: 'garbage' }, ['organisations']), []);
  });
});

describe('delete and point references elsewhere', () => {
  const indexOf = (network: ReturnType<typeof zuidLimburg>, id: string) => network.organisations.findIndex((o) => o.id === id);

  test('"Dienst Onderzoek" replaced by Veilig Thuis: the part-of relation would point at itself, so it is dropped and listed', () => {
    const network = zuidLimburg();
    const target = { collection: 'organisations' as const, index: indexOf(network, 'veilig-thuis-dienst-onderzoek') };
    const dropped = planReplace(network, target, 'veilig-thuis-zuid-limburg');
    assert.deepEqual(dropped.map((d) => d.reason), ['self']);
    const relation = network.relations![Number(dropped[0]!.pointer.split('/')[2])]!;
    assert.equal(relation.type, 'part-of');
    const result = deleteAndReplace(network, target, 'veilig-thuis-zuid-limburg');
    assert.ok(!result.relations!.some((r) => r.from === r.to), 'no self-relation');
    assert.equal(result.relations!.length, network.relations!.length - 1);
    const validation = validateNetwork(result);
    assert.deepEqual(validation.problems, []);
    assert.ok(!validation.warnings.some((w) => w.code === 'duplicate-relation'));
  });

  test('Reclassering replaced by Openbaar Ministerie: the relation that would repeat one of the OM is dropped and listed', () => {
    const network = zuidLimburg();
    const target = { collection: 'organisations' as const, index: indexOf(network, 'reclassering') };
    const dropped = planReplace(network, target, 'openbaar-ministerie');
    assert.deepEqual(dropped.map((d) => d.reason), ['duplicate']);
    const result = deleteAndReplace(network, target, 'openbaar-ministerie');
    const keys = result.relations!.map((r) => `${r.type} ${r.from} ${r.to}`);
    assert.equal(new Set(keys).size, keys.length, 'no duplicate relation');
    assert.ok(keys.includes('participates-in openbaar-ministerie regionaal-netwerk-zorg-en-straf'), 'the existing relation stays');
    const validation = validateNetwork(result);
    assert.deepEqual(validation.problems, []);
    assert.ok(!validation.warnings.some((w) => w.code === 'duplicate-relation'));
  });

  test('an organisation whose parent would become itself loses the parent', () => {
    const network = zuidLimburg();
    const dienst = network.organisations[indexOf(network, 'veilig-thuis-dienst-onderzoek')]!;
    dienst.parent = 'reclassering';
    const target = { collection: 'organisations' as const, index: indexOf(network, 'reclassering') };
    const dropped = planReplace(network, target, 'veilig-thuis-dienst-onderzoek');
    assert.ok(dropped.some((d) => d.pointer.endsWith('/parent') && d.reason === 'self'));
    const result = deleteAndReplace(network, target, 'veilig-thuis-dienst-onderzoek');
    assert.equal(result.organisations.find((o) => o.id === 'veilig-thuis-dienst-onderzoek')!.parent, undefined);
    assert.deepEqual(validateNetwork(result).problems, []);
  });
});
