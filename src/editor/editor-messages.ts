/**
 * Validation messages in the editor's words. The model's messages (src/i18n/model.*.ts) name JSON properties
 * and array indices ("'name' bij organisatie 'politie' (organisations[6])"), which is right for the command line,
 * where the user edits the JSON text. In the editor the same problems are about labelled fields: for the codes
 * below the message uses the schema's field title and the item's name, and says what is wrong with the value
 * ("Naam van organisatie Politie is leeg: vul een naam in"; "… begint met een spatie"; "… mist een @"). Other
 * problems keep the model's message. Pure: no DOM.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import type { Problem } from '../model/index.js';
import { COLLECTIONS, itemLabel } from './collections.js';
import { SCHEMA_OBJECTS } from './generated/schema-fields.js';
import { getAt, splitPointer } from './pointer.js';
import type { SchemaFieldInfo } from './schema-field-types.js';
import { collectionKey } from '../i18n/enum-key.js';

/** The schema's description of the field at `pointer` (walking objects and arrays from the file's root). */
export function schemaFieldAt(pointer: string): SchemaFieldInfo | undefined {
  let object: string | undefined = 'network';
  let info: SchemaFieldInfo | undefined;
  for (const segment of splitPointer(pointer)) {
    if (/^\d+$/.test(segment) && info?.kind === 'array') {
      info = info.items;
      object = info?.object;
      continue;
    }
    info = object ? SCHEMA_OBJECTS[object]?.fields[segment] : undefined;
    if (!info) return undefined;
    object = info.object;
  }
  return info;
}

/** "organisatie Politie" for a pointer inside an item of a collection; undefined elsewhere. */
function itemWords(network: unknown, pointer: string, lang: Lang): string | undefined {
  for (const c of COLLECTIONS) {
    if (!pointer.startsWith(c.pointer + '/')) continue;
    const index = splitPointer(pointer.slice(c.pointer.length))[0];
    if (index === undefined || !/^\d+$/.test(index)) continue;
    const item = getAt(network, `${c.pointer}/${index}`);
    const name = c.key === 'contacts' ? '' : itemLabel(item);
    return `${msg(lang, collectionKey(c.key))}${name ? ` ${name}` : ''}`;
  }
  return undefined;
}

/**
 * Where the field at `pointer` is, in words: its item ("organisatie Politie"), with the part of the item or file it
 * is in when that is not the item itself ("kanaal 1 van contactpersoon", "beheerder").
 */
function placeWords(network: unknown, pointer: string, lang: Lang): string | undefined {
  const segments = splitPointer(pointer);
  const item = itemWords(network, pointer, lang);
  const parentSegments = segments.slice(0, -1);
  const parentPointer = '/' + parentSegments.join('/');
  const isItem = COLLECTIONS.some((c) => new RegExp(`^${c.pointer}/\\d+$`).test(parentPointer));
  if (isItem || parentSegments.length === 0) return item;
  const last = parentSegments[parentSegments.length - 1]!;
  const numbered = /^\d+$/.test(last);
  const title = schemaFieldAt(parentPointer)?.title ?? (numbered ? schemaFieldAt('/' + parentSegments.slice(0, -1).join('/'))?.title : undefined);
  if (!title) return item;
  const part = `${title.toLowerCase()}${numbered ? ` ${Number(last) + 1}` : ''}`;
  return item ? msg(lang, 'editor.problem.fieldOf', { field: part, where: item }) : part;
}

/** What is wrong with an e-mail address, in words; undefined when nothing specific can be said. */
function emailFault(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value !== value.trimStart()) return 'leadingSpace';
  if (value !== value.trimEnd()) return 'trailingSpace';
  if (/\s/.test(value)) return 'space';
  if (!value.includes('@')) return 'noAt';
  if ((value.match(/@/g) ?? []).length > 1) return 'twoAt';
  if (!/@[^@]+\.[^@.]+$/.test(value)) return 'noDomain';
  return undefined;
}

/** The problem with a message in the editor's words (the same object when there is nothing better to say). */
export function inEditorWords(problem: Problem, network: unknown, lang: Lang): Problem {
  const info = schemaFieldAt(problem.path);
  const title = info?.title;
  if (!title) return problem;
  const where = placeWords(network, problem.path, lang);
  const field = where ? msg(lang, 'editor.problem.fieldOf', { field: title, where }) : title;
  switch (problem.code) {
    case 'text-empty':
      return { ...problem, message: msg(lang, 'editor.problem.empty', { field, title: title.toLowerCase() }) };
    case 'email-invalid': {
      const fault = emailFault(getAt(network, problem.path));
      return fault ? { ...problem, message: msg(lang, `editor.problem.email.${fault}`, { field }) } : problem;
    }
    default:
      return problem;
  }
}
