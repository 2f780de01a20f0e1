import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BUILT_IN_URGENT_LINES, deriveUrgentHelp, telHref } from '../../../src/graph/urgent-help.js';
import { minimalNetwork } from './helpers.js';

describe('urgent help: telHref', () => {
  test('turns a written number into a tel: link of digits', () => {
    assert.equal(telHref('112'), 'tel:112');
    assert.equal(telHref('0800-2000'), 'tel:08002000');
    assert.equal(telHref('0800 - 0188'), 'tel:08000188');
    assert.equal(telHref('+31 (0)20 123 45 67'), 'tel:+310201234567');
  });

  test('refuses what is not a phone number', () => {
    for (const value of ['', 'bel ons', 'javascript:alert(1)', '12', '0800-2000 of 112', 42, null, undefined, '1'.repeat(16)]) {
      assert.equal(telHref(value), undefined, String(value));
    }
  });
});

describe('urgent help: deriveUrgentHelp', () => {
  test('without data (loading, error) or without urgentHelp: only 112 and Veilig Thuis 0800-2000', () => {
    for (const network of [undefined, null, 'x', minimalNetwork(), { urgentHelp: [] }, { urgentHelp: { lines: 'nope' } }]) {
      const lines = deriveUrgentHelp(network);
      assert.deepEqual(
        lines.map((l) => [l.builtIn, l.number, l.href]),
        [
          ['emergency', '112', 'tel:112'],
          ['veilig-thuis', '0800-2000', 'tel:08002000'],
        ],
      );
      assert.equal(lines, BUILT_IN_URGENT_LINES);
      for (const line of lines) assert.match(line.source ?? '', /^https:\/\//);
    }
  });

  test("reads the file's urgent help: channels, groups with channels, and a wrapper object", () => {
    const network = {
      ...minimalNetwork(),
      urgentHelp: {
        lines: [
          { label: 'Acuut gevaar', type: 'phone', value: '112', hours: 'altijd', sources: [{ source: 's', url: 'https://example.org/a' }] },
          {
            label: 'Centrum Seksueel Geweld',
            audience: 'everyone',
            channels: [
              { type: 'phone', value: '0800-0188', hours: '24/7' },
              { type: 'website', value: 'https://www.centrumseksueelgeweld.nl' },
            ],
          },
        ],
      },
    };
    const lines = deriveUrgentHelp(network);
    assert.deepEqual(lines, [
      { label: 'Acuut gevaar', number: '112', href: 'tel:112', hours: 'altijd', source: 'https://example.org/a' },
      { label: 'Centrum Seksueel Geweld', number: '0800-0188', href: 'tel:08000188', hours: '24/7', audience: 'everyone' },
    ]);
  });

  test('skips bad entries (no label, no number, not a phone) and duplicates; never throws', () => {
    const network = {
      urgentHelp: [
        null,
        42,
        { type: 'phone', value: '112' },
        { label: 'Mail', type: 'email', value: 'a@example.org' },
        { label: 'Raar', type: 'phone', value: 'javascript:alert(1)' },
        { label: 'Veilig Thuis', type: 'phone', value: '0800-2000' },
        { label: 'Veilig Thuis (dubbel)', type: 'phone', value: '0800 2000' },
      ],
    };
    assert.deepEqual(
      deriveUrgentHelp(network).map((l) => l.label),
      ['Veilig Thuis'],
    );
  });
});
