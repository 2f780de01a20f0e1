#!/usr/bin/env node
// Reads schema/gia-network.schema.json and writes src/model/generated/personal-fields.js: the facts
// the model's privacy and validation code needs from the schema, so there is ONE list of personal
// fields and it comes from the schema's `x-gia-personal` annotations.
//
//   PERSONAL_FIELDS       paths of every property marked `"x-gia-personal": true`
//   CONFIDENTIAL_ARRAYS   paths of arrays whose items carry a boolean `confidential` (addresses)
//   VISIBILITY_ARRAYS     paths of arrays whose items carry a `visibility` that can be "professional"
//   PROPERTY_NAMES        allowed property names per object location (for "did you mean" hints), in its own
//                         file src/model/generated/property-names.js: the map's first chunk loads the privacy
//                         facts before its first paint, the names are only needed by validation and serialising
//
// Paths are arrays of segments from the document root; "*" stands for any array index.
// Run through `npm run build:validator` (after scripts/build-validator.mjs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = resolve(root, process.env.SCHEMA_PATH || 'schema/gia-network.schema.json');
const outDir = join(root, 'src', 'model', 'generated');

if (!existsSync(schemaPath)) {
  console.error(`build:personal-fields: schema niet gevonden / schema not found: ${schemaPath}`);
  process.exit(1);
}

const rawSchema = readFileSync(schemaPath, 'utf8');
const schema = JSON.parse(rawSchema);

/** Resolves a local `#/$defs/...` reference. */
function resolveRef(ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) {
    throw new Error(`build:personal-fields: only local $ref is supported, got ${JSON.stringify(ref)}`);
  }
  let node = schema;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`build:personal-fields: unresolved $ref ${ref}`);
  return node;
}

/** A schema node with its `$ref` followed (sibling keywords win, as in 2020-12 they both apply). */
function deref(node, seen = new Set()) {
  if (!node || typeof node !== 'object' || typeof node.$ref !== 'string') return node;
  if (seen.has(node.$ref)) throw new Error(`build:personal-fields: recursive $ref ${node.$ref} is not supported`);
  seen.add(node.$ref);
  const { $ref, ...rest } = node;
  return { ...deref(resolveRef($ref), seen), ...rest };
}

const personalFields = [];
const confidentialArrays = [];
const visibilityArrays = [];
const propertyNames = {};

const pointer = (segments) => segments.map((s) => '/' + s).join('');

function walk(node, segments, depth) {
  if (depth > 40) throw new Error(`build:personal-fields: schema too deep at ${pointer(segments)}`);
  const schemaNode = deref(node);
  if (!schemaNode || typeof schemaNode !== 'object') return;

  if (schemaNode.properties && typeof schemaNode.properties === 'object') {
    const names = Object.keys(schemaNode.properties);
    const key = pointer(segments);
    propertyNames[key] = [...new Set([...(propertyNames[key] ?? []), ...names])];
    for (const [name, child] of Object.entries(schemaNode.properties)) {
      if (child && typeof child === 'object' && child['x-gia-personal'] === true) {
        personalFields.push([...segments, name]);
      }
      walk(child, [...segments, name], depth + 1);
    }
  }
  if (schemaNode.items && typeof schemaNode.items === 'object') {
    const item = deref(schemaNode.items);
    const itemProps = item?.properties ?? {};
    if (itemProps.confidential && deref(itemProps.confidential)?.type === 'boolean') {
      confidentialArrays.push(segments);
    }
    const visibility = itemProps.visibility ? deref(itemProps.visibility) : undefined;
    if (Array.isArray(visibility?.enum) && visibility.enum.includes('professional')) {
      visibilityArrays.push(segments);
    }
    walk(schemaNode.items, [...segments, '*'], depth + 1);
  }
  // if/then branches refine existing properties; they add no new property names or annotations here.
}

walk(schema, [], 0);

// Every annotation in the file must have been reached from the root: a personal field that the
// walk misses would silently end up in the public build.
const annotationsInFile = (rawSchema.match(/"x-gia-personal"\s*:\s*true/g) ?? []).length;
const annotationsInDefs = countAnnotationsReachable();
if (personalFields.length === 0) {
  console.error('build:personal-fields: geen x-gia-personal velden gevonden / no x-gia-personal fields found');
  process.exit(1);
}
if (annotationsInDefs !== annotationsInFile) {
  console.error(
    `build:personal-fields: ${annotationsInFile} x-gia-personal annotaties in het schema, maar ${annotationsInDefs} bereikbaar vanaf de root / ` +
      'annotations that cannot be reached from the root schema',
  );
  process.exit(1);
}
if (visibilityArrays.length === 0) {
  console.error('build:personal-fields: geen lijst met "visibility" gevonden / no array with "visibility" found');
  process.exit(1);
}
if (confidentialArrays.length === 0) {
  console.error('build:personal-fields: geen lijst met "confidential" gevonden / no array with "confidential" found');
  process.exit(1);
}

/** Distinct annotated property definitions reached by the walk (a $def used twice counts once). */
function countAnnotationsReachable() {
  const reached = new Set();
  const visit = (node, id, depth) => {
    if (depth > 40 || !node || typeof node !== 'object') return;
    if (typeof node.$ref === 'string') visit(resolveRef(node.$ref), node.$ref, depth + 1);
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      if (child && typeof child === 'object' && child['x-gia-personal'] === true) reached.add(`${id}/properties/${name}`);
      visit(child, `${id}/properties/${name}`, depth + 1);
    }
    if (node.items) visit(node.items, `${id}/items`, depth + 1);
  };
  visit(schema, '#', 0);
  return reached.size;
}

const source = relative(root, schemaPath).split(sep).join('/');
const json = (value) => JSON.stringify(value);
const jsonByLine = (record) =>
  '{\n' + Object.entries(record).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}';
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'personal-fields.js'),
  `// GENERATED by scripts/build-personal-fields.mjs from ${source} — do not edit; run \`npm run build:validator\`.
/* eslint-disable */
// Paths are segment arrays from the document root; "*" is any array index.

/** Properties marked \`"x-gia-personal": true\`: removed from every contact in the public build. */
export const PERSONAL_FIELDS = Object.freeze(${json(personalFields)}.map((p) => Object.freeze(p)));

/** Arrays whose items have a boolean \`confidential\`: items with \`confidential: true\` are removed. */
export const CONFIDENTIAL_ARRAYS = Object.freeze(${json(confidentialArrays)}.map((p) => Object.freeze(p)));

/** Arrays whose items have a \`visibility\`: items with visibility "professional" are removed. */
export const VISIBILITY_ARRAYS = Object.freeze(${json(visibilityArrays)}.map((p) => Object.freeze(p)));
`,
);
writeFileSync(
  join(outDir, 'property-names.js'),
  `// GENERATED by scripts/build-personal-fields.mjs from ${source} — do not edit; run \`npm run build:validator\`.
/* eslint-disable */

/** Allowed property names per object location (JSON pointer pattern, "" is the root). */
export const PROPERTY_NAMES = Object.freeze(${jsonByLine(propertyNames)});
`,
);
writeFileSync(
  join(outDir, 'property-names.d.ts'),
  `// GENERATED by scripts/build-personal-fields.mjs — do not edit.
export declare const PROPERTY_NAMES: Readonly<Record<string, readonly string[]>>;
`,
);
writeFileSync(
  join(outDir, 'personal-fields.d.ts'),
  `// GENERATED by scripts/build-personal-fields.mjs — do not edit.
export declare const PERSONAL_FIELDS: ReadonlyArray<ReadonlyArray<string>>;
export declare const CONFIDENTIAL_ARRAYS: ReadonlyArray<ReadonlyArray<string>>;
export declare const VISIBILITY_ARRAYS: ReadonlyArray<ReadonlyArray<string>>;
`,
);
console.log(
  `build:personal-fields: src/model/generated/personal-fields.js (${personalFields.length} persoonlijke velden: ` +
    personalFields.map((p) => p.join('.')).join(', ') +
    ')',
);
