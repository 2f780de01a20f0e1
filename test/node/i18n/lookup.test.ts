import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hasMsg, isLangLoaded, loadLang, msg, registerCatalogue, textsFor } from '../../../src/i18n/lookup.js';

describe('lookup', () => {
  test('falls back to Dutch, then to the key; never to English', () => {
    registerCatalogue('nl', { 'test.a': 'Dutch a', 'test.only-nl': 'alleen nl' });
    registerCatalogue('en', { 'test.a': 'English a', 'test.only-en': 'only en' });
    assert.equal(msg('en', 'test.a'), 'English a');
    assert.equal(msg('en', 'test.only-nl'), 'alleen nl');
    assert.equal(msg('nl', 'test.only-en'), 'test.only-en');
    assert.equal(hasMsg('nl', 'test.only-en'), false);
    assert.equal(msg('nl', 'test.missing'), 'test.missing');
  });

  test('an English loader runs only when English is loaded, once', async () => {
    let calls = 0;
    registerCatalogue('nl', { 'test.lazy': 'lui' });
    registerCatalogue('en', () => {
      calls += 1;
      return Promise.resolve({ default: { 'test.lazy': 'lazy' } });
    });
    assert.equal(msg('nl', 'test.lazy'), 'lui');
    assert.equal(calls, 0);
    assert.equal(isLangLoaded('en'), false);
    await loadLang('en');
    await loadLang('en');
    assert.equal(calls, 1);
    assert.equal(isLangLoaded('en'), true);
    assert.equal(msg('en', 'test.lazy'), 'lazy');
  });


  test('textsFor binds a language and an area prefix', () => {
    registerCatalogue('nl', { 'test.area.hello': 'Hallo {name}' });
    assert.equal(textsFor<'hello'>('nl', 'test.area.')('hello', { name: 'Ann' }), 'Hallo Ann');
  });
});
