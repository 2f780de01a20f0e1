// Every message key that the code names literally (`msg(lang, 'some.key')`) has a Dutch and an English text in
// the flat catalogues of src/i18n/, so a renamed or removed key shows up here and not as a raw key on screen.
// (The model's and the CLI's texts are typed catalogues: the type checker checks their keys.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const i18n = join(root, 'src', 'i18n');

/** Source files outside src/i18n/, recursively. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return full === i18n || entry.name === 'generated' ? [] : sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

async function catalogueKeys(lang: 'nl' | 'en'): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const name of readdirSync(i18n).filter((file) => file.endsWith(`.${lang}.ts`))) {
    if (name.startsWith('model.') || name.startsWith('cli.')) continue;
    const module = (await import(join(i18n, name))) as { default: Record<string, unknown> };
    for (const key of Object.keys(module.default)) keys.add(key);
  }
  return keys;
}

/** `msg(<lang>, '<key>'` with a literal key: the keys the code asks for by name. */
function usedKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const call = /\bmsg\(\s*[\w.]+(?:\(\))?\s*,\s*'([\w.-]+)'/g;
  for (const file of sources(join(root, 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) used.set(match[1]!, file.slice(root.length));
  }
  return used;
}

test('the code names message keys (the scan finds them)', () => {
  assert.ok(usedKeys().size > 100, `only ${usedKeys().size} keys found: is the pattern still right?`);
});

for (const lang of ['nl', 'en'] as const) {
  test(`every key the code names has a text in ${lang}`, async () => {
    const keys = await catalogueKeys(lang);
    const missing = [...usedKeys()].filter(([key]) => !keys.has(key)).map(([key, file]) => `${key} (${file})`);
    assert.deepEqual(missing, []);
  });
}
