import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkNetworkText } from '../../../src/model/index.js';
import { networkFiles, readText } from './helpers.js';

describe('bundled networks validate', () => {
  const files = networkFiles();
  test('finds the datasets and the examples', () => {
    assert.ok(files.includes('data/zuid-limburg.json'));
    assert.ok(files.some((f) => f.startsWith('schema/examples/')));
  });
  for (const file of files) {
    test(file, () => {
      const { network, result } = checkNetworkText(readText(file));
      const shown = result.problems.map((p) => `${p.line}:${p.column} ${p.path} ${p.message}`).join('\n');
      assert.equal(result.valid, true, shown);
      assert.ok(network);
      assert.equal(typeof network.metadata.title, 'string');
    });
    test(`${file} has no privacy warnings`, () => {
      const { result } = checkNetworkText(readText(file));
      const privacy = result.warnings.filter((w) => w.code === 'personal-data-in-text');
      assert.deepEqual(privacy.map((w) => w.message), []);
    });
  }
});
