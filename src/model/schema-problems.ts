/**
 * Shape validation: the precompiled (standalone, eval-free) Ajv validator, with its errors turned
 * into Problems in plain Dutch or English.
 */
import validateSchema, { PATTERN_DEFS } from './generated/schema-validator.js';
import { PROPERTY_NAMES } from './generated/property-names.js';
import { describeField, describePointer } from './describe-path.js';
import type { ModelText, ValueType } from '../i18n/model-messages.js';
import type { Problem } from './problem.js';
import { codePointName, isIndex, isRecord, parsePointer, quote, slugify, suggest, valueAt } from './text.js';

interface AjvError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** Dutch (and common English) words editors type for the schema's English field names. */
const FIELD_ALIASES: Readonly<Record<string, string>> = {
  naam: 'name',
  titel: 'title',
  omschrijving: 'description',
  beschrijving: 'description',
  taken: 'tasks',
  bevoegdheden: 'powers',
  toegang: 'access',
  kanalen: 'channels',
  adressen: 'addresses',
  specialismen: 'specialisms',
  fases: 'phases',
  fasen: 'phases',
  gemeenten: 'municipalities',
  gemeentes: 'municipalities',
  organisaties: 'organisations',
  organizations: 'organisations',
  organisatie: 'organisation',
  organization: 'organisation',
  contactpersonen: 'contacts',
  overleggen: 'meetings',
  interventies: 'interventions',
  relaties: 'relations',
  bronnen: 'sources',
  bron: 'source',
  soort: 'type',
  rol: 'role',
  zichtbaarheid: 'visibility',
  volgorde: 'order',
  kleur: 'color',
  colour: 'color',
  leden: 'members',
  deelnemers: 'members',
  voorzitter: 'chair',
  frequentie: 'frequency',
  regio: 'region',
  versie: 'version',
  licentie: 'license',
  licence: 'license',
  beheerder: 'maintainer',
  plaats: 'city',
  stad: 'city',
  straat: 'street',
  postcode: 'postalCode',
  geheim: 'confidential',
  vertrouwelijk: 'confidential',
  van: 'from',
  naar: 'to',
  synoniemen: 'synonyms',
  categorie: 'category',
  doelgroep: 'targetGroup',
  aanbieders: 'providers',
};

const CHANNEL_WORDS = new Set([
  'phone', 'telephone', 'telefoon', 'tel', 'telefoonnummer', 'email', 'e-mail', 'mail', 'emailadres',
  'website', 'url', 'web', 'site', 'homepage', 'chat', 'crisislijn',
]);

/** "/organisations/3/channels/0" → "/organisations/*\/channels/*" (the PROPERTY_NAMES key). */
function patternOf(segments: readonly string[]): string {
  return segments.map((s) => '/' + (isIndex(s) ? '*' : s)).join('');
}

function typeOf(value: unknown): ValueType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string') return 'string';
  return 'object';
}

function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return true;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Shape problems of `data` (already known to be an object). Skips `schemaVersion` (checked apart). */
export function schemaProblems(data: unknown, m: ModelText): Problem[] {
  const ok = validateSchema(data);
  const errors = (ok ? [] : (validateSchema.errors ?? [])) as AjvError[];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  // Required fields also suggested by an unknown field ("naam" → name) get one message, not two.
  const missing = new Set(
    errors.filter((e) => e.keyword === 'required').map((e) => `${e.instancePath}\u0000${String(e.params.missingProperty)}`),
  );
  const suggestedMissing = new Set<string>();
  /** The missing field of each `required` problem (to drop those an unknown field already explains). */
  const missingField = new Map<Problem, string>();

  for (const error of errors) {
    if (error.instancePath === '/schemaVersion' || error.keyword === 'if') continue;
    if (error.keyword === 'required' && error.instancePath === '' && error.params.missingProperty === 'schemaVersion') continue;
    const problem = toProblem(error);
    const key = `${problem.path}\u0000${problem.code}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems.filter((p) => !suggestedMissing.has(`${p.path}\u0000${missingField.get(p)}`));

  function toProblem(error: AjvError): Problem {
    const path = error.instancePath;
    const value = valueAt(data, parsePointer(path));
    const at = () => describeField(data, path, m);
    const make = (code: string, message: string, p = path): Problem => ({
      path: p,
      code,
      message,
      severity: 'error',
    });
    const params = error.params;
    switch (error.keyword) {
      case 'required': {
        const field = String(params.missingProperty);
        const problem = make('required', m('required', { field, where: describePointer(data, path, m) }));
        missingField.set(problem, field);
        return problem;
      }
      case 'additionalProperties': {
        const field = String(params.additionalProperty);
        const segments = parsePointer(path);
        const allowed = PROPERTY_NAMES[patternOf(segments)] ?? [];
        const suggestion = suggest(field, allowed, FIELD_ALIASES);
        const obj = valueAt(data, segments);
        const alsoMissing =
          suggestion !== undefined && isRecord(obj) && !(suggestion in obj) && missing.has(`${path}\u0000${suggestion}`);
        if (alsoMissing) suggestedMissing.add(`${path}\u0000${suggestion}`);
        const channelHint = allowed.includes('channels') && CHANNEL_WORDS.has(field.toLowerCase());
        return make(
          'unknown-property',
          m('unknownProperty', {
            field: quote(field).slice(1, -1),
            where: describePointer(data, path, m),
            ...(suggestion !== undefined && !channelHint ? { suggestion } : {}),
            channelHint,
            alsoMissing,
          }),
          path + '/' + field.replace(/~/g, '~0').replace(/\//g, '~1'),
        );
      }
      case 'type': {
        const expected = String(params.type).split(',')[0] as ValueType;
        return make('wrong-type', m('wrongType', { ...at(), expected, actual: typeOf(value) }));
      }
      case 'enum':
      case 'const': {
        const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
        const suggestion = typeof value === 'string' ? suggest(value, allowed) : undefined;
        return make(
          'not-allowed-value',
          m('notAllowedValue', {
            ...at(),
            value: quote(value),
            allowed: allowed.map((a) => `'${a}'`).join(', '),
            ...(suggestion !== undefined ? { suggestion } : {}),
          }),
        );
      }
      case 'pattern':
        return patternProblem(error, value, make, at);
      case 'minLength':
        return make('text-empty', m('textEmpty', at()));
      case 'maxLength':
        return make(
          'text-too-long',
          m('textTooLong', { ...at(), length: typeof value === 'string' ? Array.from(value).length : 0, max: Number(params.limit) }),
        );
      case 'minItems':
        return make('too-few-items', m('tooFewItems', { ...at(), min: Number(params.limit) }));
      case 'maxItems':
        return make(
          'too-many-items',
          m('tooManyItems', { ...at(), count: Array.isArray(value) ? value.length : 0, max: Number(params.limit) }),
        );
      case 'uniqueItems': {
        const i = Number(params.i);
        const j = Number(params.j);
        const item: unknown = Array.isArray(value) ? value[j] : undefined;
        return make(
          'duplicate-item',
          m('duplicateItem', { ...at(), value: quote(item), first: Math.min(i, j) + 1, second: Math.max(i, j) + 1 }),
          `${path}/${Math.max(i, j)}`,
        );
      }
      case 'minimum':
      case 'exclusiveMinimum':
        return make('number-too-small', m('numberTooSmall', { ...at(), value: Number(value), limit: Number(params.limit) }));
      case 'maximum':
      case 'exclusiveMaximum':
        return make('number-too-large', m('numberTooLarge', { ...at(), value: Number(value), limit: Number(params.limit) }));
      default:
        return make('schema', m('schemaOther', { ...at(), keyword: error.keyword }));
    }
  }

  function patternProblem(
    error: AjvError,
    value: unknown,
    make: (code: string, message: string) => Problem,
    at: () => { field?: string; where: ReturnType<typeof describePointer> },
  ): Problem {
    const text = typeof value === 'string' ? value : String(value);
    const shown = quote(text);
    // Inlined definitions report "#/$defs/<name>/pattern"; referenced ones (inlineRefs: false) "#/pattern".
    const def =
      /#\/\$defs\/([A-Za-z]+)\/pattern$/.exec(error.schemaPath)?.[1] ??
      (error.schemaPath === '#/pattern' ? PATTERN_DEFS[String(error.params.pattern)] : undefined);
    const segments = parsePointer(error.instancePath);
    const last = segments[segments.length - 1];
    switch (def) {
      case 'id': {
        const suggestion = slugify(text);
        return make('id-invalid', m('idInvalid', { ...at(), value: shown, ...(suggestion ? { suggestion } : {}) }));
      }
      case 'webUrl': {
        const encoded = ENCODED_CONTROL.exec(text);
        if (encoded) return make('url-encoded-control', m('urlEncodedControl', { ...at(), value: shown, code: encoded[0] }));
        const invisible = INVISIBLE.exec(text);
        if (invisible) return invisibleProblem(invisible, make, at, m);
        if (/^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:\/\//i.test(text)) {
          return make('url-not-allowed', m('urlNotAllowed', { ...at(), value: shown }));
        }
        if (/^(www\.|[a-z0-9-]+\.[a-z]{2,})/i.test(text) && !/\s/.test(text)) {
          return make('url-missing-scheme', m('urlMissingScheme', { ...at(), value: shown, suggestion: quote('https://' + text) }));
        }
        return make('url-invalid', m('urlInvalid', { ...at(), value: shown }));
      }
      case 'email': {
        const header = /%[0-9a-f]{2}|[%?&=#/\\]/i.exec(text);
        if (header) return make('email-hidden-header', m('emailHiddenHeader', { ...at(), value: shown, code: header[0] }));
        const invisible = INVISIBLE.exec(text);
        if (invisible) return invisibleProblem(invisible, make, at, m);
        return make('email-invalid', m('emailInvalid', { ...at(), value: shown, mailto: /^mailto:/i.test(text) }));
      }
      case 'phone':
        return make('phone-invalid', m('phoneInvalid', { ...at(), value: shown }));
      case 'date':
        return make('date-invalid', m('dateInvalid', { ...at(), value: shown }));
      case 'color':
        return make('color-invalid', m('colorInvalid', { ...at(), value: shown }));
      case 'shortText':
      case 'longText': {
        // eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
        const bad = /[\u0000-\u001F\u007F\u2028\u2029]/.exec(text);
        const invisible = INVISIBLE.exec(text);
        if (!bad && invisible) return invisibleProblem(invisible, make, at, m);
        const position = bad ? bad.index + 1 : 1;
        const char = bad ? bad[0] : '';
        if (def === 'shortText' && /[\n\r\t\u2028\u2029]/.test(char)) {
          return make('line-break-in-short-text', m('lineBreakInShortText', { ...at(), position }));
        }
        return make('control-character', m('controlCharacter', { ...at(), char: codePointName(char), position }));
      }
    }
    if (last === 'postalCode') return make('postal-code-invalid', m('postalCodeInvalid', { ...at(), value: shown }));
    if (last === 'lines') return make('lines-invalid', m('linesInvalid', { ...at(), value: shown }));
    if (last === 'version') return make('version-invalid', m('versionInvalid', { ...at(), value: shown }));
    if (last === 'date' || last === 'asOf') return make('year-or-date-invalid', m('yearOrDateInvalid', { ...at(), value: shown }));
    return make('pattern', m('patternMismatch', { ...at(), value: shown }));
  }
}

/** Dates that match the pattern but do not exist (2025-02-30). */
export function impossibleDates(data: unknown, m: ModelText): Problem[] {
  const problems: Problem[] = [];
  const check = (value: unknown, path: string) => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDate(value)) {
      problems.push({
        path,
        code: 'date-impossible',
        message: m('dateImpossible', { ...describeField(data, path, m), value: quote(value) }),
        severity: 'error',
      });
    }
  };
  if (!isRecord(data)) return problems;
  const meta = data.metadata;
  if (isRecord(meta)) {
    check(meta.reviewedAt, '/metadata/reviewedAt');
    if (Array.isArray(meta.sources)) meta.sources.forEach((s, i) => isRecord(s) && check(s.date, `/metadata/sources/${i}/date`));
  }
  for (const key of ['specialisms', 'organisations', 'contacts', 'meetings', 'interventions']) {
    const list = data[key];
    if (Array.isArray(list)) list.forEach((item, i) => isRecord(item) && check(item.reviewedAt, `/${key}/${i}/reviewedAt`));
  }
  return problems;
}

/** Zero-width, bidi and other invisible format characters the schema refuses in names, short texts, e-mail and URLs. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C]/;

/** A bidi control is a control character (as hostileTextProblems says); a zero-width character is invisible. */
function invisibleProblem(
  found: RegExpExecArray,
  make: (code: string, message: string) => Problem,
  at: () => { field?: string; where: ReturnType<typeof describePointer> },
  m: ModelText,
): Problem {
  const p = { ...at(), char: codePointName(found[0]), position: found.index + 1 };
  return BIDI.test(found[0]) ? make('control-character', m('controlCharacter', p)) : make('invisible-character', m('invisibleCharacter', p));
}

/** A percent-encoded control character (%0A, %0D, %00, %7F…): in a link it can add lines or headers. */
const ENCODED_CONTROL = /%(?:[01][0-9a-f]|7f)/i;

/** Bidi controls reorder what a reader sees (a name can be made to look like another): refused anywhere. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/** Text the schema's patterns let through but that is unsafe to show: bidi control characters. */
export function hostileTextProblems(data: unknown, m: ModelText): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: string, depth: number) => {
    if (depth > 16 || problems.length > 50) return;
    if (typeof node === 'string') {
      const bad = BIDI.exec(node);
      if (bad) {
        problems.push({
          path,
          code: 'control-character',
          message: m('controlCharacter', { ...describeField(data, path, m), char: codePointName(bad[0]), position: bad.index + 1 }),
          severity: 'error',
        });
      }
    } else if (Array.isArray(node)) {
      node.forEach((v, i) => visit(v, `${path}/${i}`, depth + 1));
    } else if (isRecord(node)) {
      for (const [k, v] of Object.entries(node)) visit(v, `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1);
    }
  };
  visit(data, '', 0);
  return problems;
}
