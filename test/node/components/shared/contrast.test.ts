// WCAG contrast of the theme: every CONTRAST_PAIRS entry in the light and the dark theme, and the
// phase colours of every dataset in data/ against the background (3:1, WCAG 1.4.11 non-text contrast).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTRAST_PAIRS, TOKENS } from '../../../../src/components/shared/tokens.js';
import { contrastRatio, parseHexColor, relativeLuminance } from './contrast.js';

const THEMES = ['light', 'dark'] as const;

function token(name: string, theme: (typeof THEMES)[number]): string {
  const found = TOKENS.find((t) => t.name === name);
  assert.ok(found, `token ${name} exists`);
  return found[theme];
}

test('relative luminance and contrast ratio follow WCAG 2.2 (known values)', () => {
  assert.equal(relativeLuminance(parseHexColor('#000000')), 0);
  assert.equal(relativeLuminance(parseHexColor('#ffffff')), 1);
  assert.equal(contrastRatio('#000000', '#ffffff'), 21);
  assert.equal(contrastRatio('#ffffff', '#ffffff'), 1);
  // #767676 on white is the classic 4.54:1; #777777 falls just short of 4.5.
  assert.ok(Math.abs(contrastRatio('#767676', '#ffffff') - 4.54) < 0.01);
  assert.ok(contrastRatio('#777777', '#ffffff') < 4.5);
  assert.equal(contrastRatio('#fff', '#000'), 21, 'short hex');
  assert.throws(() => parseHexColor('red'));
});

test('every colour token is a #rrggbb colour in both themes', () => {
  for (const t of TOKENS.filter((t) => t.name.startsWith('color-'))) {
    for (const theme of THEMES) assert.match(t[theme], /^#[0-9a-f]{6}$/i, `${t.name} (${theme})`);
  }
});

test('CONTRAST_PAIRS cover text, links, focus, borders and every node kind', () => {
  const foregrounds = new Set(CONTRAST_PAIRS.map(([fg]) => fg));
  for (const name of ['color-text', 'color-text-muted', 'color-link', 'color-focus', 'color-border', 'color-error', 'color-accent-text']) {
    assert.ok(foregrounds.has(name), name);
  }
  for (const t of TOKENS.filter((t) => t.name.startsWith('color-kind-'))) assert.ok(foregrounds.has(t.name), t.name);
});

for (const theme of THEMES) {
  for (const [fg, bg, minimum] of CONTRAST_PAIRS) {
    test(`${theme}: ${fg} on ${bg} ≥ ${minimum}:1`, () => {
      const ratio = contrastRatio(token(fg, theme), token(bg, theme));
      assert.ok(ratio >= minimum, `${fg} ${token(fg, theme)} on ${bg} ${token(bg, theme)}: ${ratio.toFixed(2)}:1 < ${minimum}:1`);
    });
  }
}

const dataDir = fileURLToPath(new URL('../../../../data/', import.meta.url));
const datasets = readdirSync(dataDir).filter((file) => file.endsWith('.json'));

test('there is at least one dataset to check', () => {
  assert.ok(datasets.length >= 1);
});

for (const file of datasets) {
  test(`${file}: AVE phase colours reach 3:1 against the light background`, () => {
    const network = JSON.parse(readFileSync(dataDir + file, 'utf8')) as { escalationModel?: { phases?: Array<{ id: string; color?: string }> } };
    const background = token('color-background', 'light');
    for (const phase of network.escalationModel?.phases ?? []) {
      if (phase.color === undefined) continue;
      const ratio = contrastRatio(phase.color, background);
      assert.ok(ratio >= 3, `${file} ${phase.id} ${phase.color} on ${background}: ${ratio.toFixed(2)}:1 < 3:1`);
    }
  });
}

// The map draws phases with --gia-color-kind-phase, not with the dataset's `color` (checked: no
// component reads `phase.color` yet). Should it start to, the dark theme needs these to pass too;
// until then this is reported (todo), not enforced.
for (const file of datasets) {
  test(`${file}: AVE phase colours against the dark background (only needed once phase.color is drawn)`, { todo: true }, () => {
    const network = JSON.parse(readFileSync(dataDir + file, 'utf8')) as { escalationModel?: { phases?: Array<{ id: string; color?: string }> } };
    const background = token('color-background', 'dark');
    const failing = (network.escalationModel?.phases ?? [])
      .filter((phase) => phase.color !== undefined && contrastRatio(phase.color, background) < 3)
      .map((phase) => `${phase.id} ${phase.color}: ${contrastRatio(phase.color!, background).toFixed(2)}:1`);
    assert.deepEqual(failing, []);
  });
}
