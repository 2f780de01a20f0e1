import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { enumKey } from '../../../src/i18n/enum-key.js';
import { hasMsg, msg } from '../../../src/i18n/localize.js';
import '../../../src/i18n/editor-catalogue.js';
import { SCHEMA_OBJECTS } from '../../../src/editor/generated/schema-fields.js';

describe('enumKey', () => {
  test('shared lists use one key per value; other fields keep their editor key', () => {
    assert.equal(enumKey('organisation', 'type', 'care'), 'orgType.care');
    assert.equal(enumKey('relation', 'type', 'funds'), 'link.funds');
    assert.equal(enumKey('contact', 'visibility', 'public'), 'editor.enum.contact.visibility.public');
    assert.equal(msg('nl', enumKey('organisation', 'type', 'care')), 'Zorg en hulpverlening');
  });

  test('every enum value of the schema the editor offers has a Dutch text', () => {
    const missing: string[] = [];
    for (const [object, info] of Object.entries(SCHEMA_OBJECTS)) {
      for (const [field, fieldInfo] of Object.entries(info.fields)) {
        if (`${object}.${field}` === 'network.schemaVersion') continue; // a version number, shown as it is
        for (const value of fieldInfo.enum ?? []) if (!hasMsg('nl', enumKey(object, field, value))) missing.push(`${object}.${field}.${value}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
