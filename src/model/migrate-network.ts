/**
 * Schema 1.0 → 1.1, as a pure function: the CLI (`gia-netwerkkaart migrate`) and the editor (when it opens a
 * 1.0 file) call this one function, so they can never disagree. Nothing is lost: every value of the 1.0 file
 * is in the result. What changes:
 *   - `schemaVersion` "1.0" → "1.1";
 *   - a source reference of an organisation, meeting or intervention whose note starts with "Fase afgeleid:"
 *     becomes `placementCertainty.phases` (`inferred`, the note as the reasoning, the reference as its source);
 *   - a source reference of a relation whose note starts with "Afgeleid:" becomes the relation's `certainty`.
 * A file of another version (or no object at all) is returned as it is; validation says what is wrong.
 * The input is never changed. Keys keep the file's own order (small diffs); a new key goes right after its
 * neighbour in the schema (`placementCertainty` after `phases`/`tracks`, `certainty` before `sources`).
 */
import type { Lang } from '../i18n/lookup.js';
import { modelTexts } from '../i18n/model-catalogue.js';
import { describePointer } from './describe-path.js';
import { isRecord } from './text.js';
import { SCHEMA_VERSION } from './types.js';

export interface MigrationChange {
  /** JSON pointer of what changed (in the result). */
  path: string;
  code: 'migrated-version' | 'migrated-phase-certainty' | 'migrated-relation-certainty';
  message: string;
}

export interface MigrationResult {
  /** The 1.1 network, or the input itself when there was nothing to migrate. */
  network: unknown;
  /** True when the input was a 1.0 file and the result is 1.1. */
  migrated: boolean;
  changes: MigrationChange[];
}

const PHASE_NOTE = /^\s*Fase afgeleid\s*:\s*/i;
const INFERRED_NOTE = /^\s*Afgeleid\s*:\s*/i;
const PLACED = ['organisations', 'meetings', 'interventions'] as const;

type Json = Record<string, unknown>;

/** A deep copy of JSON data (the input is never changed). */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Splits `sources` into the references with a matching note and the rest. */
function takeNotes(sources: unknown, pattern: RegExp): { taken: Json[]; rest: unknown[] } | undefined {
  if (!Array.isArray(sources)) return undefined;
  const taken: Json[] = [];
  const rest: unknown[] = [];
  for (const ref of sources) {
    if (isRecord(ref) && typeof ref.note === 'string' && pattern.test(ref.note)) taken.push(ref);
    else rest.push(ref);
  }
  return taken.length > 0 ? { taken, rest } : undefined;
}

/** `object` with `key` set to `value`, placed after the first of `after` present (else before `sources`, else last). */
function withKey(object: Json, key: string, value: unknown, after: readonly string[]): Json {
  const keys = Object.keys(object).filter((k) => k !== key);
  const anchor = [...after].reverse().find((k) => keys.includes(k));
  let at = anchor !== undefined ? keys.indexOf(anchor) + 1 : keys.indexOf('sources');
  if (at < 0) at = keys.length;
  keys.splice(at, 0, key);
  const out: Json = {};
  for (const k of keys) {
    Object.defineProperty(out, k, { value: k === key ? value : object[k], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The certainty made from notes: the reasoning is the notes without their prefix, the references without the note. */
function inferredFrom(taken: Json[], pattern: RegExp): Json {
  const reasoning = taken.map((ref) => String(ref.note).replace(pattern, '').trim()).join(' ');
  const sources = taken.map((ref) => {
    const rest: Json = {};
    for (const [key, value] of Object.entries(ref)) if (key !== 'note') rest[key] = value;
    return rest;
  });
  return { level: 'inferred', reasoning, sources };
}

export function migrateNetwork(data: unknown, options: { lang?: Lang } = {}): MigrationResult {
  if (!isRecord(data) || data.schemaVersion !== '1.0') return { network: data, migrated: false, changes: [] };
  const m = modelTexts(options.lang);
  let network: Json;
  try {
    network = copy(data);
  } catch {
    // Nested too deeply to copy: left as it is; validation says what is wrong.
    return { network: data, migrated: false, changes: [] };
  }
  const changes: MigrationChange[] = [];
  network.schemaVersion = SCHEMA_VERSION;
  changes.push({ path: '/schemaVersion', code: 'migrated-version', message: m('migratedVersion', { from: '1.0', to: SCHEMA_VERSION }) });

  for (const key of PLACED) {
    const list = network[key];
    if (!Array.isArray(list)) continue;
    list.forEach((entry: unknown, i) => {
      if (!isRecord(entry) || isRecord(entry.placementCertainty)) return;
      const split = takeNotes(entry.sources, PHASE_NOTE);
      if (!split) return;
      const item = withKey(entry, 'placementCertainty', { phases: inferredFrom(split.taken, PHASE_NOTE) }, ['phases', 'tracks']);
      if (split.rest.length > 0) item.sources = split.rest;
      else delete item.sources;
      list[i] = item;
      const path = `/${key}/${i}`;
      changes.push({
        path: `${path}/placementCertainty/phases`,
        code: 'migrated-phase-certainty',
        message: m('migratedPhaseCertainty', { where: describePointer(network, path, m).text }),
      });
    });
  }

  const relations = network.relations;
  if (Array.isArray(relations)) {
    relations.forEach((entry: unknown, i) => {
      if (!isRecord(entry) || isRecord(entry.certainty)) return;
      const split = takeNotes(entry.sources, INFERRED_NOTE);
      if (!split) return;
      const relation = withKey(entry, 'certainty', inferredFrom(split.taken, INFERRED_NOTE), ['description']);
      if (split.rest.length > 0) relation.sources = split.rest;
      else delete relation.sources;
      relations[i] = relation;
      const path = `/relations/${i}`;
      changes.push({
        path: `${path}/certainty`,
        code: 'migrated-relation-certainty',
        message: m('migratedRelationCertainty', { where: describePointer(network, path, m).text }),
      });
    });
  }
  return { network, migrated: true, changes };
}
