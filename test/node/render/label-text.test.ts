import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelLines, LINE_MAX, wrapLabel } from '../../../src/render/label-text.js';
import type { GraphNode } from '../../../src/graph/types.js';

test('short labels stay on one line', () => {
  assert.deepEqual(wrapLabel('Veilig Thuis'), ['Veilig Thuis']);
});

test('longer labels wrap to two about equal lines before anything is cut', () => {
  assert.deepEqual(wrapLabel('Gemeente Rotterdam'), ['Gemeente', 'Rotterdam']);
  const lines = wrapLabel('Casusoverleg huiselijk geweld en kindermishandeling');
  assert.equal(lines.length, 2);
  for (const line of lines) assert.ok(line.length <= LINE_MAX, line);
  assert.ok(lines.join(' ').length > 28, 'more text than one shortened line');
});

test('only text that does not fit on two lines ends in "…"', () => {
  const lines = wrapLabel('E-learning en toolkit huiselijk geweld voor werkgevers en werknemers');
  assert.equal(lines.length, 2);
  assert.ok(lines[1]!.endsWith('…'));
  assert.ok(!wrapLabel('Centrum Seksueel Geweld Limburg').join('').includes('…'));
});

test('labelLines: organisations use their short name, phases their label', () => {
  const base = { phases: [], specialisms: [], municipalities: [], searchText: '', degree: 1, fictitious: false };
  const org = { ...base, id: 'o', kind: 'organisation', label: 'Raad voor de Kinderbescherming', subtitle: 'RvdK' } as GraphNode;
  assert.deepEqual(labelLines(org), ['RvdK']);
  const phase = { ...base, id: 'p', kind: 'phase', label: 'AVE 1' } as GraphNode;
  assert.deepEqual(labelLines(phase), ['AVE 1']);
});
