/**
 * The shape of the model's message catalogue (parsing, validation, privacy): model.nl.ts and model.en.ts satisfy
 * it, ./model-catalogue.ts registers them with the one lookup (keys `model.<name>`, records flattened to
 * `model.kind.<kind>` and so on), and the model reads them through `modelTexts(lang)`, typed by this interface.
 *
 * Values from the file arrive here already quoted and made safe (see src/model/text.ts), so a template only glues
 * words together.
 */

export interface Where {
  text: string;
  root: boolean;
}

export type EntityKind =
  | 'phase'
  | 'municipality'
  | 'specialism'
  | 'organisation'
  | 'contact'
  | 'meeting'
  | 'intervention'
  | 'track'
  | 'power';

export type DescribedKind = EntityKind | 'relation' | 'source';

export type SubObject =
  | 'channels'
  | 'addresses'
  | 'access'
  | 'sources'
  | 'chair'
  | 'casusregie'
  | 'procesregie'
  | 'operationalResponsibility'
  | 'administrativeResponsibility';

export type ValueType = 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'object' | 'null';

/** A field (or field + item) at a place: "'value' bij kanaal 2 van organisatie 'X'". */
export interface At {
  /** Already quoted field label, e.g. `'tasks'` or `'tasks' (nr. 3)`; absent for the object itself. */
  field?: string;
  where: Where;
}

export interface ModelMessages {
  // Words used to describe places.
  root: string;
  metadata: string;
  maintainer: string;
  escalationModel: string;
  meldcodeStep: string;
  kind: Record<DescribedKind, string>;
  kindWithArticle: Record<EntityKind, string>;
  kindList(p: { kinds: readonly EntityKind[] }): string;
  sub: Record<SubObject, string>;
  numbered(p: { noun: string; n: number }): string;
  of(p: { part: string; whole: string }): string;
  item(p: { field: string; n: number }): string;
  type: Record<ValueType, string>;
  actual: Record<ValueType, string>;

  // Parsing.
  fileEmpty(): string;
  fileWhitespace(): string;
  fileTooLarge(p: { size: string; limit: string }): string;
  bom(): string;
  replacementCharacter(p: { line: number; column: number }): string;
  utf16(): string;
  jsonTrailingComma(p: { line: number; column: number; closer: string }): string;
  jsonMissingComma(p: { line: number; column: number }): string;
  jsonMissingColon(p: { line: number; column: number; key: string }): string;
  jsonMissingValue(p: { line: number; column: number }): string;
  jsonUnquotedKey(p: { line: number; column: number; key: string }): string;
  jsonSingleQuotes(p: { line: number; column: number }): string;
  jsonSmartQuotes(p: { line: number; column: number }): string;
  jsonComment(p: { line: number; column: number }): string;
  jsonUnterminatedString(p: { line: number; column: number }): string;
  jsonControlCharacter(p: { line: number; column: number; char: string }): string;
  jsonInvalidEscape(p: { line: number; column: number; escape: string }): string;
  jsonInvalidNumber(p: { line: number; column: number; text: string }): string;
  jsonInvalidLiteral(p: { line: number; column: number; word: string }): string;
  jsonUnexpectedCharacter(p: { line: number; column: number; char: string; name?: string }): string;
  jsonUnexpectedEnd(p: { line: number; column: number; openLine?: number; closer?: string }): string;
  jsonTrailingContent(p: { line: number; column: number }): string;
  jsonMismatchedBracket(p: { line: number; column: number; found: string; expected: string; openLine: number }): string;
  jsonSyntax(): string;
  jsonDuplicateKey(p: { line: number; column: number; key: string; firstLine: number }): string;

  // Shape (schema) problems.
  notAnObject(p: { actual: ValueType }): string;
  required(p: At & { field: string }): string;
  unknownProperty(p: At & { field: string; suggestion?: string; channelHint?: boolean; alsoMissing?: boolean }): string;
  wrongType(p: At & { expected: ValueType; actual: ValueType }): string;
  notAllowedValue(p: At & { value: string; allowed: string; suggestion?: string }): string;
  urlNotAllowed(p: At & { value: string }): string;
  urlMissingScheme(p: At & { value: string; suggestion: string }): string;
  urlInvalid(p: At & { value: string }): string;
  emailInvalid(p: At & { value: string; mailto: boolean }): string;
  phoneInvalid(p: At & { value: string }): string;
  dateInvalid(p: At & { value: string }): string;
  dateImpossible(p: At & { value: string }): string;
  yearOrDateInvalid(p: At & { value: string }): string;
  colorInvalid(p: At & { value: string }): string;
  idInvalid(p: At & { value: string; suggestion?: string }): string;
  controlCharacter(p: At & { char: string; position: number }): string;
  invisibleCharacter(p: At & { char: string; position: number }): string;
  urlEncodedControl(p: At & { value: string; code: string }): string;
  emailHiddenHeader(p: At & { value: string; code: string }): string;
  lineBreakInShortText(p: At & { position: number }): string;
  postalCodeInvalid(p: At & { value: string }): string;
  linesInvalid(p: At & { value: string }): string;
  versionInvalid(p: At & { value: string }): string;
  patternMismatch(p: At & { value: string }): string;
  textEmpty(p: At): string;
  textTooLong(p: At & { length: number; max: number }): string;
  tooFewItems(p: At & { min: number }): string;
  tooManyItems(p: At & { count: number; max: number }): string;
  duplicateItem(p: At & { value: string; first: number; second: number }): string;
  numberTooSmall(p: At & { value: number; limit: number }): string;
  numberTooLarge(p: At & { value: number; limit: number }): string;
  schemaOther(p: At & { keyword: string }): string;
  schemaVersionMissing(p: { supported: string }): string;
  schemaVersionUnsupported(p: { value: string; supported: string; readable: readonly string[]; notText: boolean }): string;
  tooDeep(p: At): string;
  tooManyProblems(p: { count: number }): string;

  // References and consistency.
  duplicateId(p: { id: string; first: string; second: string }): string;
  duplicateSourceId(p: { id: string; first: string; second: string }): string;
  unknownReference(p: { owner: string; field: string; id: string; expected: string; suggestion?: string }): string;
  wrongKindReference(p: { owner: string; field: string; id: string; actual: string; expected: string; relationHint: boolean }): string;
  unknownSource(p: { owner: string; id: string; suggestion?: string }): string;
  parentSelf(p: { owner: string }): string;
  parentCycle(p: { chain: string }): string;
  partOfCycle(p: { chain: string }): string;
  duplicatePhaseOrder(p: { phase: string; other: string; order: number }): string;
  relationSelf(p: { relation: string; id: string }): string;
  duplicateMeldcodeStep(p: { step: string; other: string; number: number }): string;
  powerLinkSelf(p: { power: string }): string;
  duplicateRelation(p: { relation: string; other: number }): string;
  personalDataInText(p: At & { contact: string; what: 'name' | 'channel' | 'notes' | 'address' }): string;
  contactIdContainsName(p: { id: string }): string;

  // Migration 1.0 → 1.1.
  migratedVersion(p: { from: string; to: string }): string;
  migratedPhaseCertainty(p: { where: string }): string;
  migratedRelationCertainty(p: { where: string }): string;
}

/** The records of the catalogue, looked up as `<record>.<member>` (e.g. `kind.phase`). */
type RecordKey =
  | `kind.${DescribedKind}`
  | `kindWithArticle.${EntityKind}`
  | `sub.${SubObject}`
  | `type.${ValueType}`
  | `actual.${ValueType}`;

/** Every key of the model's messages (without the `model.` prefix). */
export type ModelKey = Exclude<keyof ModelMessages, 'kind' | 'kindWithArticle' | 'sub' | 'type' | 'actual'> | RecordKey;

type ParamsOf<K> = K extends keyof ModelMessages
  ? ModelMessages[K] extends () => string
    ? []
    : ModelMessages[K] extends (p: infer P) => string
      ? [params: P]
      : []
  : [];

/** The model's messages in one language: `m('required', { field, where })`, `m(`kind.${kind}`)`. */
export type ModelText = <K extends ModelKey>(key: K, ...params: ParamsOf<K>) => string;
