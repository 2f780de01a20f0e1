import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_LIST_ITEMS, MAX_QUERY_LENGTH, parseViewState, type ViewState } from '../../../src/view-state/hash-state.js';
import { serializeViewState } from '../../../src/view-state/serialize-view-state.js';
import { seededRandom } from '../../../src/graph/synthetic-network.js';

const empty = () => ({ specialisms: [], kinds: [], phases: [], municipalities: [], query: '' });

describe('serializeViewState', () => {
  test('stable key order, URL-encoded, defaults left out', () => {
    const hash = serializeViewState({
      help: { specialism: 'mensenhandel', phase: 'ave-3' },
      filter: { query: 'zorg & veiligheid', specialisms: ['mensenhandel', 'trauma'], phases: ['ave-2'], kinds: ['organisation'], municipalities: [] },
      layout: 'ave',
      selected: 'veilig-thuis',
    });
    assert.equal(
      hash,
      '#sel=veilig-thuis&layout=ave&q=zorg%20%26%20veiligheid&kind=organisation&spec=mensenhandel,trauma&phase=ave-2&help=mensenhandel&help-phase=ave-3',
    );
    assert.equal(serializeViewState({ filter: empty() }), '');
  });

  test('invalid ids and kinds are left out', () => {
    const hash = serializeViewState({
      selected: 'Niet Geldig',
      filter: { ...empty(), specialisms: ['ok', 'NOK', 'x&y=z'], kinds: ['organisation', 'bogus' as never] },
    });
    assert.equal(hash, '#kind=organisation&spec=ok');
  });
});

describe('parseViewState', () => {
  test('round trip', () => {
    const states: ViewState[] = [
      { filter: empty() },
      { selected: 'veilig-thuis', layout: 'force', view: 'list', filter: empty() },
      {
        layout: 'ave',
        view: 'map',
        filter: { specialisms: ['a', 'b-2'], kinds: ['meeting', 'contact'], phases: ['ave-1'], municipalities: ['heerlen', 'maastricht'], query: 'Zorg- en Veiligheidshuis 100% "echt"' },
        help: { specialism: 'mensenhandel', municipality: 'heerlen', phase: 'ave-2' },
      },
      { filter: { ...empty(), query: 'ë & ü = ? # / +' }, help: { specialism: 'x' } },
    ];
    for (const state of states) assert.deepEqual(parseViewState(serializeViewState(state)), state);
  });

  test('accepts a hash with or without #, and + as a space', () => {
    assert.deepEqual(parseViewState('sel=a&q=twee+woorden').filter.query, 'twee woorden');
    assert.equal(parseViewState('#sel=a').selected, 'a');
  });

  test('unknown keys, bad values and garbage are ignored', () => {
    const state = parseViewState('#foo=bar&sel=&layout=grid&view=3d&kind=organisation,alien&spec=%E0%A4%A&q=%&&=x&phase=AVE-1,ave-2&help-mun=heerlen');
    assert.deepEqual(state, { filter: { ...empty(), kinds: ['organisation'], phases: ['ave-2'] } });
  });

  test('lengths are capped', () => {
    const many = Array.from({ length: 500 }, (_, i) => `s${i}`).join(',');
    const state = parseViewState(`#q=${'a'.repeat(5000)}&spec=${many}`);
    assert.equal(state.filter.query.length, MAX_QUERY_LENGTH);
    assert.equal(state.filter.specialisms.length, 0, 'spec falls beyond the 4,000-character cut-off');
    const short = parseViewState(`#spec=${many}`);
    assert.equal(short.filter.specialisms.length, MAX_LIST_ITEMS);
    assert.equal(parseViewState(`#sel=${'a'.repeat(81)}`).selected, undefined);
  });

  test('never throws, whatever it gets', () => {
    const random = seededRandom(42);
    const alphabet = '#&=,%+ -_abcAVE019ëß\u0000\uffff\ud800/?';
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const length = Math.floor(random() * 80);
      for (let k = 0; k < length; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      const state = parseViewState(s);
      assert.ok(Array.isArray(state.filter.specialisms));
      // Whatever was parsed serialises and parses back to the same state.
      assert.deepEqual(parseViewState(serializeViewState(state)), state);
    }
    for (const junk of [undefined, null, 42, {}, [], '#', '&&&', '=']) assert.doesNotThrow(() => parseViewState(junk));
  });
});
