// Seeded mutations of a real file: parsing never throws, and the scanner agrees with JSON.parse
// about what is valid JSON (so a syntax message is never invented, and never missing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seeded } from '../../support/seeded-random.js';
import { checkNetworkText, locatePointer, parseNetworkText } from '../../../src/model/index.js';
import { scanJson } from '../../../src/model/json-scan.js';
import { readText } from './helpers.js';


const PIECES = ['{', '}', '[', ']', ',', ':', '"', "'", '\\', '\n', ' ', 'x', '0', '-', '.', 'e', 'true', 'null', '//', '\u0001', '“', '\uFEFF'];

test('400 mutated files: no throw, scanner and JSON.parse agree', () => {
  const base = readText('schema/examples/minimal.json');
  const random = seeded(42);
  for (let n = 0; n < 400; n++) {
    let text = base;
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(random() * text.length);
      const kind = random();
      if (kind < 0.4) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      else text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
    }
    let parses = true;
    try {
      JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch {
      parses = false;
    }
    const scan = scanJson(text.replace(/^\uFEFF/, ''));
    assert.equal(scan.error === undefined, parses, `scanner and JSON.parse disagree on mutation ${n}: ${JSON.stringify(text)}`);
    const parsed = parseNetworkText(text);
    if (!parsed.ok) {
      assert.ok(parsed.problems.length > 0);
      for (const p of parsed.problems) assert.ok(p.message.length > 10);
    }
    const { result } = checkNetworkText(text);
    for (const p of result.problems) assert.equal(typeof p.message, 'string');
    locatePointer(text, '/organisations/0/name');
  }
});
