import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  collectionOfItem,
  fieldLabel,
  firstFieldOf,
  isCollectionSection,
  itemIndexOf,
  itemPointerOf,
  sectionOfPointer,
} from '../../../src/editor/sections.js';

describe('editor sections', () => {
  test('finds the item a pointer is inside, also for collections nested in an object', () => {
    assert.equal(itemPointerOf('/organisations/3/channels/0/value'), '/organisations/3');
    assert.equal(itemPointerOf('/metadata/sources/2/title'), '/metadata/sources/2');
    assert.equal(itemPointerOf('/escalationModel/phases/1'), '/escalationModel/phases/1');
    assert.equal(itemPointerOf('/organisations'), undefined);
    assert.equal(itemPointerOf('/organisations/x/name'), undefined);
    assert.equal(itemPointerOf('/metadata/title'), undefined);
  });

  test('names the collection and index of an item pointer', () => {
    assert.equal(collectionOfItem('/metadata/sources/2'), 'sources');
    assert.equal(collectionOfItem('/relations/10'), 'relations');
    assert.equal(collectionOfItem('/relations/10/from'), undefined);
    assert.equal(itemIndexOf('/relations/10'), 10);
  });

  test('a problem leads to its item, to a single object, or to a collection list', () => {
    assert.deepEqual(sectionOfPointer('/contacts/4/organisation'), { section: 'contacts', index: 4 });
    assert.deepEqual(sectionOfPointer('/escalationModel/phases/0/name'), { section: 'phases', index: 0 });
    assert.deepEqual(sectionOfPointer('/metadata/region'), { section: 'metadata', index: null });
    assert.deepEqual(sectionOfPointer('/escalationModel'), { section: 'escalationModel', index: null });
    assert.deepEqual(sectionOfPointer('/relations'), { section: 'relations', index: null });
    assert.equal(sectionOfPointer(''), undefined);
    assert.equal(sectionOfPointer('/schemaVersion'), undefined);
  });

  test('the first field of a new item and the label of a field', () => {
    assert.equal(firstFieldOf('relations'), 'from');
    assert.equal(firstFieldOf('sources'), 'title');
    assert.equal(firstFieldOf('contacts'), 'name');
    assert.equal(firstFieldOf('organisations'), 'name');
    assert.equal(fieldLabel('/organisations/0/name'), 'name');
    assert.equal(fieldLabel('/a/b~1c'), 'b/c');
    assert.equal(fieldLabel(''), '');
  });

  test('tells collections from the other sections', () => {
    assert.equal(isCollectionSection('meetings'), true);
    assert.equal(isCollectionSection('metadata'), false);
    assert.equal(isCollectionSection('problems'), false);
  });
});
