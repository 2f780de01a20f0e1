import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SCHEMA_OBJECTS } from '../../../src/editor/generated/schema-fields.js';
import { COLLECTIONS } from '../../../src/editor/collections.js';
import { firstFieldOf } from '../../../src/editor/sections.js';

test('the generated form facts are in step with the schema', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  assert.doesNotThrow(() => execFileSync(process.execPath, ['scripts/build-editor-fields.mjs', '--check'], { cwd: root, stdio: 'pipe' }));
});

test('every collection has a schema object with Dutch labels', () => {
  for (const c of COLLECTIONS) {
    const object = SCHEMA_OBJECTS[c.object];
    assert.ok(object, c.object);
    assert.ok(Object.keys(object.fields).length > 1);
    // Items without an id (relations, meldcode steps) start with their first field.
    assert.equal(object.fields[c.hasId ? 'id' : firstFieldOf(c.key)]?.title !== undefined, true, c.key);
  }
  assert.equal(SCHEMA_OBJECTS.organisation!.fields.name!.title, 'Naam');
});
