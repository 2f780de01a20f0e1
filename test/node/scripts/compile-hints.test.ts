import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { addCompileHints, COMPILE_HINT } from '../../../scripts/compile-hints.mjs';

type File = Parameters<typeof addCompileHints>[0][number];

const chunk = (fileName: string, imports: string[], isEntry = false, extra: Partial<File> = {}): File => ({
  type: 'chunk',
  fileName,
  code: `/* ${fileName} */`,
  isEntry,
  imports,
  ...extra,
});

describe('addCompileHints', () => {
  test('puts the hint on the entries and what they import statically, not on lazy chunks', () => {
    const files = [
      chunk('entry.js', ['chunks/first-paint.js'], true),
      chunk('chunks/first-paint.js', ['chunks/shared.js']),
      chunk('chunks/shared.js', []),
      chunk('chunks/panels.js', ['chunks/first-paint.js']),
    ];
    const hinted = addCompileHints(files);
    assert.deepEqual(hinted.sort(), ['chunks/first-paint.js', 'chunks/shared.js', 'entry.js']);
    for (const file of files) assert.equal(file.code!.startsWith(`${COMPILE_HINT}\n`), hinted.includes(file.fileName), file.fileName);
  });

  test('moves the source maps down one line with the code, and does not add the hint twice', () => {
    const files: File[] = [
      chunk('entry.js', [], true, { map: { mappings: 'AAAA' } }),
      chunk('other.js', [], true),
      { type: 'asset', fileName: 'other.js.map', source: JSON.stringify({ version: 3, mappings: 'AAAA;CAAC' }) },
    ];
    addCompileHints(files);
    addCompileHints(files);
    assert.equal(files[0]!.map!.mappings, ';AAAA');
    assert.equal((JSON.parse(files[2]!.source as string) as { mappings: string }).mappings, ';AAAA;CAAC');
    assert.equal(files[1]!.code!.split(COMPILE_HINT).length, 2);
  });
});
