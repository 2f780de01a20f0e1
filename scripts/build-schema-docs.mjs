#!/usr/bin/env node
// Writes docs/schema.md, the Dutch reference of schema/gia-network.schema.json, from the schema's own
// titles and descriptions, so the documentation never drifts from the contract.
// `node scripts/build-schema-docs.mjs --check` exits 1 when docs/schema.md is out of date.
import { readFileSync, writeFileSync } from 'node:fs';

const schema = JSON.parse(readFileSync(new URL('../schema/gia-network.schema.json', import.meta.url), 'utf8'));

const resolve = (node) => (node?.$ref ? { ...resolve(lookup(node.$ref)), ...withoutRef(node) } : node ?? {});
const lookup = (ref) => ref.replace(/^#\//, '').split('/').reduce((at, key) => at[key], schema);
const withoutRef = ({ $ref, ...rest }) => rest;
const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

function typeOf(node) {
  const n = resolve(node);
  if (n.enum) return n.enum.map((v) => `\`${v}\``).join(', ');
  if (n.type === 'array') {
    const item = node.items ?? n.items;
    if (item?.$ref) return `lijst van ${refName(item.$ref)}`;
    return `lijst van ${typeOf(item)}`;
  }
  if (node.$ref && resolve(node).type === 'object') return refName(node.$ref);
  return { string: 'tekst', integer: 'geheel getal', boolean: 'ja/nee (true/false)', object: 'object' }[n.type] ?? n.type ?? '';
}
const refName = (ref) => `[${ref.split('/').pop()}](#${ref.split('/').pop().toLowerCase()})`;

function table(objectNode) {
  const node = resolve(objectNode);
  const required = new Set(node.required ?? []);
  const rows = Object.entries(node.properties ?? {}).map(([key, prop]) => {
    const p = resolve(prop);
    const flags = [required.has(key) ? 'verplicht' : '', p['x-gia-personal'] || prop['x-gia-personal'] ? '**persoonsgegeven**' : ''].filter(Boolean).join(', ');
    return `| \`${key}\` | ${cell(prop.title ?? p.title)} | ${cell(typeOf(prop))} | ${flags} | ${cell(prop.description ?? p.description)} |`;
  });
  return ['| veld | naam | soort | | uitleg |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const parts = [
  `# Het netwerkbestand (schema ${schema.$id.split(':').pop()})`,
  '',
  '<!-- Gemaakt door scripts/build-schema-docs.mjs uit schema/gia-network.schema.json. Niet met de hand wijzigen. -->',
  '',
  schema.description,
  '',
  `Schema-id: \`${schema.$id}\`. Velden met **persoonsgegeven** (\`"x-gia-personal": true\` in het schema) komen nooit in de publieke versie (\`gia-netwerkkaart public\`), net als contactpersonen met zichtbaarheid \`professional\` en adressen met \`"confidential": true\`.`,
  '',
  '## Het bestand als geheel',
  '',
  table(schema),
];
for (const [name, def] of Object.entries(schema.$defs)) {
  if (resolve(def).type !== 'object') continue;
  parts.push('', `## ${name}`, '', [def.title, def.description].filter(Boolean).join(': '), '', table(def));
}
parts.push('');
const text = parts.join('\n');
const target = new URL('../docs/schema.md', import.meta.url);

if (process.argv.includes('--check')) {
  const current = (() => { try { return readFileSync(target, 'utf8'); } catch { return ''; } })();
  if (current !== text) {
    console.error('docs/schema.md is verouderd: voer `node scripts/build-schema-docs.mjs` uit. / is out of date.');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
