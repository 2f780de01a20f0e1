// "Wie mag wat?": the chain around a power and the people to turn to in a meldcode step.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork, type GiaNetwork } from '../../../src/model/index.js';
import { chainChoices, chainOrganisations, meldcodeChain, powerChain } from '../../../src/graph/power-chain.js';
import { minimal } from '../model/helpers.js';

/** A small 1.1 network: melding → Verzoek tot Onderzoek → kinderbeschermingsmaatregel, and two meldcode steps. */
function network(): GiaNetwork {
  const n = minimal();
  n.schemaVersion = '1.1';
  const org = (id: string, name: string) => ({ id, name, type: 'other' as const, phases: [], specialisms: [] });
  n.organisations.push(org('gemeente', 'Gemeente'), org('veilig-thuis', 'Veilig Thuis'), org('raad', 'Raad voor de Kinderbescherming'), org('rechter', 'Kinderrechter'));
  n.powers = [
    { id: 'maatregel', name: 'Kinderbeschermingsmaatregel verzoeken', kind: 'request-child-protection-order', requestedBy: { organisations: ['raad'] }, decidedBy: { organisations: ['rechter'] } },
    { id: 'melding', name: 'Melding doen', kind: 'report', holders: { description: 'Elke professional met een meldcode' }, addressedTo: { organisations: ['veilig-thuis'] }, links: [{ power: 'vto', type: 'leads-to' }] },
    {
      id: 'vto',
      name: 'Verzoek tot Onderzoek',
      kind: 'request-investigation',
      requestedBy: { organisations: ['gemeente', 'bestaat-niet'] },
      addressedTo: { organisations: ['raad'] },
      links: [{ power: 'maatregel', type: 'leads-to' }],
      certainty: { level: 'inferred', reasoning: 'Afgeleid uit de beschrijving van het jeugdconsulent.' },
    },
  ];
  n.meldcode = {
    steps: [
      { number: 2, name: 'Collegiale consultatie', turnTo: [{ order: 2, who: 'organisation', organisation: 'veilig-thuis' }, { order: 1, who: 'own-aandachtsfunctionaris' }] },
      { number: 1, name: 'Signalen in kaart brengen' },
    ],
  };
  return n;
}

describe('powerChain', () => {
  test('the chosen power with what leads to it before and what it leads to after, roles in reading order', () => {
    const chain = powerChain(network(), 'vto');
    assert.deepEqual(chain.map((s) => [s.power.id, s.position]), [['melding', 'before'], ['vto', 'chosen'], ['maatregel', 'after']]);
    assert.deepEqual(chain[0]!.roles, [{ role: 'holders', description: 'Elke professional met een meldcode', organisations: [] }, { role: 'addressedTo', organisations: ['veilig-thuis'] }]);
    // Unknown organisation ids are left out; the inferred step says so, with its reasoning.
    assert.deepEqual(chain[1]!.roles.map((r) => [r.role, r.organisations]), [['requestedBy', ['gemeente']], ['addressedTo', ['raad']]]);
    assert.equal(chain[1]!.inferred, true);
    assert.match(chain[1]!.reasoning!, /jeugdconsulent/);
    assert.deepEqual(chain[2]!.roles.map((r) => r.role), ['requestedBy', 'decidedBy']);
    assert.equal(chain[2]!.inferred, false);
  });

  test('"requires" reads as "comes before"; cycles and self-links end', () => {
    const n = network();
    n.powers!.push({ id: 'a', name: 'A', kind: 'other', links: [{ power: 'b', type: 'leads-to' }, { power: 'a', type: 'leads-to' }] }, { id: 'b', name: 'B', kind: 'other', links: [{ power: 'a', type: 'leads-to' }] });
    n.powers!.find((p) => p.id === 'maatregel')!.links = [{ power: 'a', type: 'requires' }];
    const chain = powerChain(n, 'maatregel');
    // Nearer steps stand nearer the chosen one: a and vto right before it, b and melding before those.
    assert.deepEqual(chain.map((s) => s.power.id), ['melding', 'b', 'vto', 'a', 'maatregel']);
    assert.deepEqual(chain.map((s) => s.position), ['before', 'before', 'before', 'before', 'chosen']);
  });

  test('an unknown power or a network without powers gives an empty chain', () => {
    assert.deepEqual(powerChain(network(), 'bestaat-niet'), []);
    assert.deepEqual(powerChain(minimal(), 'vto'), []);
  });

  test('the organisations of the chain, for highlighting', () => {
    assert.deepEqual([...chainOrganisations(network(), { kind: 'power', id: 'vto' })].sort(), ['gemeente', 'raad', 'rechter', 'veilig-thuis']);
    assert.deepEqual([...chainOrganisations(network(), { kind: 'meldcode', step: 2 })], ['veilig-thuis']);
  });

  test('the fixture is a valid 1.1 network (the chain reads real data)', () => {
    const result = validateNetwork(network());
    assert.deepEqual(result.problems.filter((p) => !p.path.includes('/powers/2/requestedBy')).map((p) => `${p.path} ${p.message}`), []);
  });
});

describe('meldcodeChain and chainChoices', () => {
  test('a step lists whom to turn to in order: own aandachtsfunctionaris first, then Veilig Thuis', () => {
    const chain = meldcodeChain(network(), 2)!;
    assert.deepEqual(chain.turnTo.map((e) => e.who), ['own-aandachtsfunctionaris', 'organisation']);
    assert.equal(chain.turnTo[1]!.organisation, 'veilig-thuis');
    assert.equal(meldcodeChain(network(), 5), undefined);
  });

  test('choices: powers in file order, then meldcode steps by number', () => {
    assert.deepEqual(chainChoices(network()).map((c) => (c.kind === 'power' ? c.id : `stap ${c.step}`)), ['maatregel', 'melding', 'vto', 'stap 1', 'stap 2']);
  });
});
