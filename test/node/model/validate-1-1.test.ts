// Schema 1.1: tracks, certainty of a placement, status, powers as data and the meldcode steps, each
// with a good example and bad ones (shape and references), with Dutch messages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validateNetwork, type GiaNetwork, type Problem } from '../../../src/model/index.js';
import { minimal } from './helpers.js';

/** The minimal example in 1.1 with one of each new structure. */
function full(): GiaNetwork {
  const n = minimal();
  n.schemaVersion = '1.1';
  n.escalationModel.tracks = [
    { id: 'strafrechtelijk-spoor', name: 'Strafrechtelijk spoor', order: 2, certainty: { level: 'stated' } },
    { id: 'acuut-spoor', name: 'Acuut spoor', order: 1, certainty: { level: 'inferred', reasoning: 'De bron noemt acute hulp apart.' } },
  ];
  const org = n.organisations[0]!;
  org.tracks = ['acuut-spoor'];
  org.placementCertainty = {
    phases: { level: 'inferred', reasoning: 'De bron noemt de fasen niet.', sources: [{ source: 'voorbeeld', lines: '10-12' }] },
    tracks: { level: 'stated' },
  };
  org.status = { value: 'pilot', asOf: '2024', description: 'Loopt tot eind 2025.' };
  n.meetings![0]!.tracks = ['strafrechtelijk-spoor'];
  n.meetings![0]!.status = { value: 'in-preparation', asOf: '2020-01-01' };
  n.interventions![0]!.tracks = ['acuut-spoor'];
  n.powers = [
    {
      id: 'melding-doen',
      name: 'Melding doen bij het meldpunt',
      kind: 'report',
      legalBasis: { law: 'Wet verplichte meldcode' },
      holders: { description: 'Iedere professional' },
      addressedTo: { organisations: ['meldpunt-voorbeeld'] },
      links: [{ power: 'verzoek-tot-onderzoek', type: 'leads-to' }],
    },
    {
      id: 'verzoek-tot-onderzoek',
      name: 'Verzoek tot Onderzoek',
      kind: 'request-investigation',
      holders: { description: 'Jeugdconsulent van de gemeente', organisations: ['meldpunt-voorbeeld'] },
      requestedBy: { organisations: ['meldpunt-voorbeeld'] },
      decidedBy: { description: 'De Raad voor de Kinderbescherming' },
      certainty: { level: 'stated' },
      status: { value: 'active', asOf: '2025' },
    },
  ];
  n.meldcode = {
    name: 'Meldcode',
    steps: [
      {
        number: 2,
        name: 'Overleg en vraag advies',
        turnTo: [
          { order: 1, who: 'own-aandachtsfunctionaris' },
          { order: 2, who: 'organisation', organisation: 'meldpunt-voorbeeld', sectors: ['wijkteams'] },
        ],
      },
    ],
  };
  return n;
}

function problemsAfter(change: (n: GiaNetwork) => void): Problem[] {
  const n = full();
  change(n);
  return validateNetwork(n).problems;
}

/** Exactly one problem, with this code and path; its message is Dutch and names the place. */
function one(change: (n: GiaNetwork) => void, code: string, path: string, words: RegExp): Problem {
  const problems = problemsAfter(change);
  assert.deepEqual(problems.map((p) => `${p.code} ${p.path}`), [`${code} ${path}`], problems.map((p) => p.message).join('\n'));
  assert.match(problems[0]!.message, words);
  return problems[0]!;
}

describe('schema 1.1', () => {
  test('a file with every new structure is valid', () => {
    assert.deepEqual(validateNetwork(full()).problems, []);
  });

  test('a 1.0 file is still read, and an unknown version is refused', () => {
    assert.equal(validateNetwork(minimal()).valid, true);
    const p = problemsAfter((n) => ((n as { schemaVersion: unknown }).schemaVersion = '1.2'));
    assert.equal(p[0]!.code, 'schema-version-unsupported');
  });

  describe('tracks', () => {
    test('a track needs a name', () => {
      one((n) => delete (n.escalationModel.tracks![0] as Partial<{ name: string }>).name, 'required', '/escalationModel/tracks/0', /ontbreekt|verplicht/);
    });
    test('an unknown track is named, with a suggestion', () => {
      const p = one((n) => (n.organisations[0]!.tracks = ['acuut-spor']), 'unknown-reference', '/organisations/0/tracks/0', /geen spoor met dat id/);
      assert.match(p.message, /'acuut-spoor'/);
    });
    test('a phase is not a track', () => {
      one((n) => (n.meetings![0]!.tracks = ['ave-4']), 'wrong-kind-reference', '/meetings/0/tracks/0', /een fase/);
    });
    test('a track id may not repeat another id', () => {
      one((n) => n.escalationModel.tracks!.push({ id: 'ave-1', name: 'Dubbel' }), 'duplicate-id', '/escalationModel/tracks/2/id', /ave-1/);
    });
  });

  describe('certainty', () => {
    test('inferred needs the reasoning', () => {
      one((n) => delete n.organisations[0]!.placementCertainty!.phases!.reasoning, 'required', '/organisations/0/placementCertainty/phases', /reasoning/);
    });
    test('only stated or inferred', () => {
      const p = one(
        (n) => ((n.organisations[0]!.placementCertainty!.tracks as { level: string }).level = 'guessed'),
        'not-allowed-value',
        '/organisations/0/placementCertainty/tracks/level',
        /stated|inferred/,
      );
      assert.doesNotMatch(p.message, /must be/);
    });
    test('a source reference in the certainty must exist', () => {
      one(
        (n) => (n.organisations[0]!.placementCertainty!.phases!.sources = [{ source: 'onbekend' }]),
        'unknown-source',
        '/organisations/0/placementCertainty/phases/sources/0/source',
        /onbekend/,
      );
    });
  });

  describe('status', () => {
    test('a status needs a date', () => {
      one((n) => delete (n.organisations[0]!.status as Partial<{ asOf: string }>).asOf, 'required', '/organisations/0/status', /asOf/);
    });
    test('the date is a year or a date', () => {
      one((n) => (n.organisations[0]!.status!.asOf = '1-1-2024'), 'year-or-date-invalid', '/organisations/0/status/asOf', /1-1-2024/);
    });
    test('only the four values', () => {
      one((n) => ((n.meetings![0]!.status as { value: string }).value = 'gestopt'), 'not-allowed-value', '/meetings/0/status/value', /gestopt|pilot/);
    });
  });

  describe('powers', () => {
    test('a power needs a kind from the list', () => {
      one((n) => ((n.powers![0] as { kind: string }).kind = 'melden'), 'not-allowed-value', '/powers/0/kind', /report/);
    });
    test('who decides must be an organisation on the map', () => {
      one(
        (n) => (n.powers![1]!.decidedBy = { organisations: ['raad'] }),
        'unknown-reference',
        '/powers/1/decidedBy/organisations/0',
        /bevoegdheid 'Verzoek tot Onderzoek'.*'raad'.*geen organisatie/i,
      );
    });
    test('a link points to another power', () => {
      one((n) => (n.powers![0]!.links = [{ power: 'meldpunt-voorbeeld', type: 'leads-to' }]), 'wrong-kind-reference', '/powers/0/links/0/power', /bevoegdheid/);
      one((n) => (n.powers![0]!.links = [{ power: 'melding-doen', type: 'leads-to' }]), 'power-link-self', '/powers/0/links/0/power', /naar zichzelf/);
    });
    test('a legal basis needs the law', () => {
      one((n) => (n.powers![0]!.legalBasis = { article: '2' } as never), 'required', '/powers/0/legalBasis', /law/);
    });
  });

  describe('meldcode', () => {
    test('five steps at most, numbered 1 to 5', () => {
      one((n) => (n.meldcode!.steps[0]!.number = 6), 'number-too-large', '/meldcode/steps/0/number', /5/);
    });
    test('each step once', () => {
      one(
        (n) => n.meldcode!.steps.push({ number: 2 }),
        'duplicate-meldcode-step',
        '/meldcode/steps/1/number',
        /meldcodestap 2 .*Elke stap van de meldcode/i,
      );
    });
    test('"organisation" needs the organisation, and it must exist', () => {
      one((n) => delete n.meldcode!.steps[0]!.turnTo![1]!.organisation, 'required', '/meldcode/steps/0/turnTo/1', /organisation/);
      one(
        (n) => (n.meldcode!.steps[0]!.turnTo![1]!.organisation = 'veilig-thuis'),
        'unknown-reference',
        '/meldcode/steps/0/turnTo/1/organisation',
        /meldcodestap 2.*'veilig-thuis'/i,
      );
    });
  });
});
