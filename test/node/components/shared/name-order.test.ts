import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compareNames } from '../../../../src/components/shared/name-order.js';

describe('compareNames', () => {
  test('sorts case and accents folded, as a reader expects', () => {
    const names = ['veilig Thuis', 'Émile-huis', 'GGD Zuid-Limburg', 'Ouderenmishandeling', 'ex-partnerstalking', 'Zorg- en Veiligheidshuis', 'Arrondissement'];
    assert.deepEqual([...names].sort(compareNames), [
      'Arrondissement',
      'Émile-huis',
      'ex-partnerstalking',
      'GGD Zuid-Limburg',
      'Ouderenmishandeling',
      'veilig Thuis',
      'Zorg- en Veiligheidshuis',
    ]);
  });

  test('gives the Dutch collator\'s order for names that differ in more than case', () => {
    const collator = new Intl.Collator('nl');
    const names = ['Mensenhandel', 'MDA++', 'Kindermishandeling', 'Huiselijk geweld', 'AMW', 'Buurtteam 2', 'Buurtteam 10', 'Émile', 'Ede', 'Elsloo'];
    assert.deepEqual([...names].sort(compareNames), [...names].sort((a, b) => collator.compare(a, b)));
  });

  test('breaks ties in the folded text by the text itself (a total, stable order)', () => {
    assert.equal(Math.sign(compareNames('MDA++', 'mda++')), -1);
    assert.equal(Math.sign(compareNames('mda++', 'MDA++')), 1);
    assert.equal(compareNames('MDA++', 'MDA++'), 0);
  });
});
