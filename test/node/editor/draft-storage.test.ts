import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { clearDraft, draftKey, listDrafts, loadDraft, parseDraft, saveDraft, writeDraft } from '../../../src/editor/draft-storage.js';
import { MemoryStorage, zuidLimburg } from './helpers.js';

describe('draft storage', () => {
  test('a draft survives a "reload" (new reader of the same storage), per file', () => {
    const store = new MemoryStorage();
    const network = zuidLimburg();
    const edited = { ...network, metadata: { ...network.metadata, version: 'concept' } };
    assert.equal(saveDraft(store, { fileKey: 'zuid-limburg.json', fileName: 'zuid-limburg.json', current: edited, opened: network }), true);
    saveDraft(store, { fileKey: 'other.json', fileName: 'other.json', current: { x: 1 }, opened: { x: 0 } });
    const restored = loadDraft(store, 'zuid-limburg.json');
    assert.equal((restored?.current as typeof network).metadata.version, 'concept');
    assert.equal((restored?.opened as typeof network).metadata.version, network.metadata.version);
    assert.equal(listDrafts(store).length, 2);
    clearDraft(store, 'zuid-limburg.json');
    assert.equal(loadDraft(store, 'zuid-limburg.json'), undefined);
    assert.ok(loadDraft(store, 'other.json'));
  });
  test('an invalid network is kept as a draft too', () => {
    const store = new MemoryStorage();
    saveDraft(store, { fileKey: 'x', fileName: 'x', current: { organisations: [{ id: 'BAD ID' }] }, opened: {} });
    assert.deepEqual(loadDraft(store, 'x')?.current, { organisations: [{ id: 'BAD ID' }] });
  });
  test('never throws: no storage, full storage, garbage', () => {
    const store = new MemoryStorage();
    store.failWrites = true;
    assert.equal(saveDraft(store, { fileKey: 'x', fileName: 'x', current: {}, opened: {} }), false);
    assert.equal(saveDraft(undefined, { fileKey: 'x', fileName: 'x', current: {}, opened: {} }), false);
    assert.equal(loadDraft(undefined, 'x'), undefined);
    store.failWrites = false;
    store.setItem('gia-netwerkkaart:draft:y', '{not json');
    store.setItem('gia-netwerkkaart:draft:z', '{"v":99}');
    assert.equal(loadDraft(store, 'y'), undefined);
    assert.equal(loadDraft(store, 'z'), undefined);
    assert.deepEqual(listDrafts(store), []);
    const throwing = { getItem() { throw new Error('denied'); }, setItem() { throw new Error('denied'); }, removeItem() { throw new Error('denied'); } };
    assert.equal(loadDraft(throwing, 'x'), undefined);
    assert.doesNotThrow(() => clearDraft(throwing, 'x'));
  });
  test('a full storage is reported as too large, a broken one as unavailable', () => {
    const store = new MemoryStorage();
    const draft = { fileKey: 'groot.json', fileName: 'groot.json', current: { x: 1 }, opened: { x: 0 } };
    assert.equal(writeDraft(store, draft), 'saved');
    store.failWrites = true;
    assert.equal(writeDraft(store, draft), 'too-large');
    assert.equal(saveDraft(store, draft), false);
    const broken = { getItem: () => null, removeItem: () => undefined, setItem: () => { throw new Error('kapot'); } };
    assert.equal(writeDraft(broken, draft), 'unavailable');
    assert.equal(writeDraft(undefined, draft), 'unavailable');
  });

  test('a storage event\'s value is read with parseDraft, under the key draftKey names', () => {
    const store = new MemoryStorage();
    writeDraft(store, { fileKey: 'zuid-limburg.json', fileName: 'zuid-limburg.json', current: { a: 1 }, opened: { a: 0 } });
    const text = store.getItem(draftKey('zuid-limburg.json'));
    assert.deepEqual(parseDraft(text)?.current, { a: 1 });
    assert.equal(parseDraft(text)?.fileName, 'zuid-limburg.json');
    assert.equal(parseDraft(null), undefined);
    assert.equal(parseDraft('{kapot'), undefined);
    assert.equal(parseDraft(JSON.stringify({ v: 2, fileKey: 'x', savedAt: '', current: {} })), undefined);
  });
});
