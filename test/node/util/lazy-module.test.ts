import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyModule } from '../../../src/util/lazy-module.js';

describe('lazyModule', () => {
  test('imports once and remembers the module', async () => {
    let calls = 0;
    const lazy = lazyModule(() => Promise.resolve({ n: ++calls }));
    assert.equal(lazy.value, undefined);
    const [a, b] = await Promise.all([lazy.load(), lazy.loadOrThrow()]);
    assert.deepEqual(a, { n: 1 });
    assert.equal(a, b);
    assert.equal(lazy.value, a);
    assert.equal(await lazy.load(), a);
    assert.equal(calls, 1);
  });

  test('a failed import: load gives undefined, loadOrThrow rejects, and the next call tries again', async () => {
    let calls = 0;
    const lazy = lazyModule(() => {
      calls++;
      return calls < 3 ? Promise.reject(new Error(`chunk failed ${calls}`)) : Promise.resolve('module');
    });
    assert.equal(await lazy.load(), undefined);
    await assert.rejects(lazy.loadOrThrow(), /chunk failed 2/);
    assert.equal(lazy.value, undefined);
    assert.equal(await lazy.loadOrThrow(), 'module');
    assert.equal(lazy.value, 'module');
    assert.equal(calls, 3);
  });
});
