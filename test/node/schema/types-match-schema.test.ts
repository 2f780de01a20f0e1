// Keeps src/model/types.ts in step with schema/gia-network.schema.json: every object definition in
// the schema has an interface with the same properties, and required properties are not optional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** The part of a JSON Schema definition this test reads. */
interface SchemaDef {
  type?: string;
  properties?: Record<string, SchemaDef>;
  required?: string[];
  items?: SchemaDef;
}

const schema = JSON.parse(readFileSync('schema/gia-network.schema.json', 'utf8')) as SchemaDef & { $defs: Record<string, SchemaDef> };
const source = ts.createSourceFile('types.ts', readFileSync('src/model/types.ts', 'utf8'), ts.ScriptTarget.ES2022, true);

/** interface name -> property name -> optional? */
function readInterfaces(): Map<string, Map<string, boolean>> {
  const result = new Map<string, Map<string, boolean>>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const members = new Map<string, boolean>();
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.name) {
        members.set(member.name.getText(source).replace(/^['"]|['"]$/g, ''), member.questionToken !== undefined);
      }
    }
    result.set(node.name.text, members);
  });
  return result;
}

const interfaces = readInterfaces();

// Schema definition (or root) -> TypeScript interface.
const pairs: Array<[string, SchemaDef | undefined]> = [
  ['GiaNetwork', schema],
  ['Metadata', schema.$defs.metadata],
  ['Channel', schema.$defs.channel],
  ['Address', schema.$defs.address],
  ['AccessRoute', schema.$defs.accessRoute],
  ['Responsibility', schema.$defs.responsibility],
  ['Phase', schema.$defs.phase],
  ['EscalationModel', schema.$defs.escalationModel],
  ['Municipality', schema.$defs.municipality],
  ['Specialism', schema.$defs.specialism],
  ['Organisation', schema.$defs.organisation],
  ['Contact', schema.$defs.contact],
  ['Meeting', schema.$defs.meeting],
  ['Intervention', schema.$defs.intervention],
  ['Relation', schema.$defs.relation],
  ['UrgentHelpLine', schema.$defs.urgentHelpLine],
  ['SourceRef', schema.$defs.sourceRefs?.items],
  ['SourceDocument', schema.$defs.metadata?.properties?.sources?.items],
];

test('every object definition in the schema is paired with an interface here', () => {
  const objectDefs = Object.entries(schema.$defs)
    .filter(([, def]) => def.type === 'object')
    .map(([name]) => name);
  const paired = new Set(pairs.map(([, def]) => def));
  for (const name of objectDefs) {
    assert.ok(paired.has(schema.$defs[name]), `schema $defs.${name} has no TypeScript interface in this test`);
  }
});

for (const [name, definition] of pairs) {
  test(`${name} has the same properties as the schema`, () => {
    const members = interfaces.get(name);
    assert.ok(members, `interface ${name} is missing from src/model/types.ts`);
    assert.ok(definition, `the schema has no definition for ${name}`);
    const properties = Object.keys(definition.properties ?? {}).sort();
    assert.deepEqual([...members.keys()].sort(), properties);
    const required = new Set(definition.required ?? []);
    for (const [property, optional] of members) {
      assert.equal(optional, !required.has(property), `${name}.${property}: optional in TypeScript must mean not required in the schema`);
    }
  });
}
