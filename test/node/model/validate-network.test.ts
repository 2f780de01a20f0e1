import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork, type GiaNetwork, type Problem } from '../../../src/model/index.js';
import { minimal } from './helpers.js';

function problemsAfter(change: (n: GiaNetwork) => void, lang?: 'nl' | 'en'): Problem[] {
  const network = minimal();
  change(network);
  const result = validateNetwork(network, lang ? { lang } : {});
  assert.equal(result.valid, result.problems.length === 0);
  return result.problems;
}

function only(change: (n: GiaNetwork) => void, code: string, lang?: 'nl' | 'en'): Problem {
  const problems = problemsAfter(change, lang);
  assert.deepEqual(problems.map((p) => p.code), [code], problems.map((p) => p.message).join('\n'));
  return problems[0]!;
}

describe('validateNetwork', () => {
  test('the example is valid', () => {
    const result = validateNetwork(minimal());
    assert.deepEqual(result.problems, []);
    assert.equal(result.valid, true);
  });

  test('not an object', () => {
    for (const value of [null, [], 'x', 3, undefined]) {
      const r = validateNetwork(value);
      assert.equal(r.valid, false);
      assert.equal(r.problems[0]!.code, 'not-an-object');
    }
  });

  test('schemaVersion missing or unsupported gets one clear message', () => {
    const missing = only((n) => delete (n as Partial<GiaNetwork>).schemaVersion, 'schema-version-missing');
    assert.match(missing.message, /"schemaVersion": "1.1"/);
    const other = only((n) => ((n as { schemaVersion: unknown }).schemaVersion = '2.0'), 'schema-version-unsupported');
    assert.match(other.message, /'2.0' wordt niet ondersteund: .* leest alleen schemaVersion "1.0" of "1.1"/);
  });

  test('unknown specialism: names the organisation and suggests the right id', () => {
    const p = only((n) => (n.organisations[0]!.specialisms = ['ouderenmishandelin']), 'unknown-reference');
    assert.equal(p.path, '/organisations/0/specialisms/0');
    assert.equal(
      p.message,
      "Organisatie 'Meldpunt Voorbeeldregio (fictief)' (organisations[0]) verwijst in 'specialisms' naar 'ouderenmishandelin', maar er is geen specialisme met dat id. Bedoelde u 'ouderenmishandeling'?",
    );
  });

  test('the same in English', () => {
    const p = only((n) => (n.organisations[0]!.specialisms = ['ouderenmishandelin']), 'unknown-reference', 'en');
    assert.match(p.message, /^Organisation 'Meldpunt Voorbeeldregio \(fictief\)' \(organisations\[0\]\) refers in 'specialisms'.*Did you mean 'ouderenmishandeling'\?$/);
  });

  test('duplicate ids across kinds', () => {
    const p = only((n) => n.specialisms!.push({ id: 'voorbeeldstad', name: 'Stad', category: 'target-group' }), 'duplicate-id');
    assert.equal(p.path, '/specialisms/1/id');
    assert.match(p.message, /gemeente 'Voorbeeldstad' \(municipalities\[0\]\) en bij specialisme 'Stad'/);
  });

  test('reference of the wrong kind', () => {
    const p = only((n) => (n.contacts![0]!.organisation = 'voorbeeldstad'), 'wrong-kind-reference');
    assert.match(p.message, /dat is een gemeente, geen organisatie/);
  });

  test('unknown source, unknown phase, unknown via', () => {
    only((n) => (n.organisations[0]!.sources = [{ source: 'voorbeld' }]), 'unknown-source');
    only((n) => (n.organisations[0]!.phases = ['ave-9']), 'unknown-reference');
    only((n) => (n.interventions![0]!.access = [{ type: 'referral', via: 'nergens' }]), 'unknown-reference');
  });

  test('parent: itself, and a cycle', () => {
    only((n) => (n.organisations[0]!.parent = 'meldpunt-voorbeeld'), 'parent-self');
    const problems = problemsAfter((n) => {
      n.organisations.push({ id: 'b', name: 'B', type: 'other', parent: 'c' }, { id: 'c', name: 'C', type: 'other', parent: 'b' });
    });
    assert.deepEqual(problems.map((p) => p.code), ['parent-cycle']);
    assert.match(problems[0]!.message, /'b' → 'c' → 'b'/);
  });

  test('part-of cycle through relations', () => {
    const p = only((n) => {
      n.organisations.push({ id: 'b', name: 'B', type: 'other' });
      n.relations!.push({ from: 'b', to: 'meldpunt-voorbeeld', type: 'part-of' }, { from: 'meldpunt-voorbeeld', to: 'b', type: 'part-of' });
    }, 'part-of-cycle');
    assert.match(p.message, /Kring in 'onderdeel van'/);
  });

  test('duplicate phase order, self relation', () => {
    only((n) => (n.escalationModel.phases[1]!.order = 1), 'duplicate-phase-order');
    only((n) => n.relations!.push({ from: 'mda-voorbeeld', to: 'mda-voorbeeld', type: 'collaborates-with' }), 'relation-self');
  });

  test('hostile values are refused', () => {
    only((n) => (n.organisations[0]!.channels![0]!.value = 'javascript:alert(1)'), 'url-not-allowed');
    only((n) => (n.organisations[0]!.channels![0]!.value = 'vbscript:msgbox'), 'url-not-allowed');
    only((n) => (n.organisations[0]!.name = 'x\u0000y'), 'control-character');
    only((n) => (n.organisations[0]!.description = 'abc\u202Edef'), 'control-character');
    only((n) => (n.organisations[0]!.name = 'x'.repeat(10_000)), 'text-too-long');
    only((n) => (n.organisations[0]!.id = 'Meldpunt Voorbeeld'), 'id-invalid');
  });

  test('unknown field gets a suggestion, without a second message for the missing one', () => {
    const p = only((n) => {
      const o = n.organisations[0] as unknown as Record<string, unknown>;
      o.naam = o.name;
      delete o.name;
    }, 'unknown-property');
    assert.match(p.message, /bedoelde u 'name'\? Dat veld is verplicht en ontbreekt nu\./);
  });

  test('impossible date', () => {
    only((n) => (n.metadata.reviewedAt = '2026-02-29'), 'date-impossible');
  });

  test('extra checks run through the hook', () => {
    const result = validateNetwork(minimal(), {
      checks: [(_data, ctx) => [{ path: '/organisations/0', code: 'x', message: ctx.describe('/organisations/0'), severity: 'warning' }]],
    });
    assert.equal(result.valid, true);
    assert.equal(result.warnings[0]!.message, "organisatie 'Meldpunt Voorbeeldregio (fictief)' (organisations[0])");
  });

  test('a flood of problems is capped', () => {
    const result = validateNetwork({ ...minimal(), organisations: Array.from({ length: 500 }, () => ({ id: 'X' })) });
    assert.equal(result.valid, false);
    assert.equal(result.problems.length, 201);
    assert.equal(result.problems.at(-1)!.code, 'too-many-problems');
  });
});
