// English messages of the model (parsing, validation, privacy). The shape is ModelMessages (./model-messages.ts);
// registered by ./model-catalogue.ts under `model.`.
import type { At, ModelMessages, Where } from './model-messages.js';

const enFieldAt = ({ field, where }: At): string =>
  field === undefined ? where.text : `${field} ${where.root ? 'at the top level of the file' : `in ${where.text}`}`;
const enAt = (where: Where) => (where.root ? 'at the top level of the file' : `in ${where.text}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const enPos = (p: { line: number; column: number }) => `line ${p.line}, column ${p.column}`;
const enList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

const en: ModelMessages = {
  root: 'the file',
  metadata: 'the metadata',
  maintainer: 'the maintainer in the metadata',
  escalationModel: 'the escalation model',
  meldcodeStep: 'meldcode step',
  kind: {
    phase: 'phase',
    municipality: 'municipality',
    specialism: 'specialism',
    organisation: 'organisation',
    contact: 'contact',
    meeting: 'meeting',
    intervention: 'intervention',
    track: 'track',
    power: 'power',
    relation: 'relation',
    source: 'source',
  },
  kindWithArticle: {
    phase: 'a phase',
    municipality: 'a municipality',
    specialism: 'a specialism',
    organisation: 'an organisation',
    contact: 'a contact',
    meeting: 'a meeting',
    intervention: 'an intervention',
    track: 'a track',
    power: 'a power',
  },
  kindList: ({ kinds }) => enList(kinds.map((k) => en.kind[k])),
  sub: {
    channels: 'channel',
    addresses: 'address',
    access: 'access route',
    sources: 'source reference',
    chair: 'the chair',
    casusregie: 'the case management (casusregie)',
    procesregie: 'the process management (procesregie)',
    operationalResponsibility: 'the operational responsibility',
    administrativeResponsibility: 'the administrative responsibility',
  },
  numbered: ({ noun, n }) => `${noun} ${n}`,
  of: ({ part, whole }) => `${part} of ${whole}`,
  item: ({ field, n }) => `'${field}' (item ${n})`,
  type: {
    string: 'a text in double quotes',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    array: 'a list [ … ]',
    object: 'an object { … }',
    null: 'null',
  },
  actual: {
    string: 'a text',
    number: 'a number',
    integer: 'a number',
    boolean: 'true/false',
    array: 'a list',
    object: 'an object',
    null: 'null',
  },

  fileEmpty: () => 'The file is empty. A network file is one JSON object that starts with { and ends with }.',
  fileWhitespace: () =>
    'The file contains only spaces and empty lines, no data. A network file is one JSON object that starts with { and ends with }.',
  fileTooLarge: ({ size, limit }) =>
    `The file is too large (${size}); the limit is ${limit}. A network map is much smaller: is this the right file?`,
  bom: () =>
    'The file starts with an invisible BOM character (byte order mark). That is allowed, but preferably save the file as UTF-8 without BOM.',
  replacementCharacter: (p) =>
    `At ${enPos(p)} there is the character �: something there could not be read as UTF-8. Save the file as UTF-8 and check the text.`,
  utf16: () => 'The file seems to be saved as UTF-16 (Unicode). Save it as UTF-8: choose the UTF-8 encoding in your editor\'s "Save as".',
  jsonTrailingComma: (p) =>
    `Superfluous comma at ${enPos(p)}: JSON allows no comma after the last item before ${p.closer}. Remove this comma.`,
  jsonMissingComma: (p) => `A comma is missing before ${enPos(p)}: items of a list or object are separated by commas.`,
  jsonMissingColon: (p) => `A colon (:) should follow the field name ${p.key} at ${enPos(p)}.`,
  jsonMissingValue: (p) => `A value is missing at ${enPos(p)}: a text, number, list or object should follow the colon.`,
  jsonUnquotedKey: (p) =>
    `The field name ${p.key} at ${enPos(p)} is not in double quotes. Write for example "name" instead of name.`,
  jsonSingleQuotes: (p) => `Single quotes (') at ${enPos(p)}: JSON only uses double quotes ("). Replace ' with ".`,
  jsonSmartQuotes: (p) =>
    `Curly quotes (“ ” or ‘ ’) at ${enPos(p)}: JSON only uses straight double quotes ("). This often happens when copying from Word.`,
  jsonComment: (p) => `Comments (// or /* */) at ${enPos(p)} are not allowed in JSON. Remove them.`,
  jsonUnterminatedString: (p) =>
    `The text starting at ${enPos(p)} is not closed with " before the end of the line. Close the text, or write a line break as \\n.`,
  jsonControlCharacter: (p) =>
    `There is an invisible control character (${p.char}) inside a text at ${enPos(p)}. Write a tab as \\t and a line break as \\n, or remove it.`,
  jsonInvalidEscape: (p) =>
    `Invalid escape ${p.escape} at ${enPos(p)}. After \\ only " \\ / b f n r t or u with four hex digits may follow; write a single \\ as \\\\.`,
  jsonInvalidNumber: (p) =>
    `${p.text} at ${enPos(p)} is not a valid JSON number. Write for example 3 or 2.5 (with a point, no leading zeros); put texts in double quotes.`,
  jsonInvalidLiteral: (p) =>
    `Unknown word ${p.word} at ${enPos(p)}. Put text in double quotes ("…"); only true, false and null may go without, in lower case.`,
  jsonUnexpectedCharacter: (p) => `Unexpected character ${p.char}${p.name ? ` (${p.name})` : ''} at ${enPos(p)}.`,
  jsonUnexpectedEnd: (p) =>
    `The file ends unexpectedly (${enPos(p)})` +
    (p.openLine !== undefined && p.closer
      ? `: the part that starts on line ${p.openLine} is not closed with ${p.closer}.`
      : '.'),
  jsonTrailingContent: (p) =>
    `There is more after the end of the data at ${enPos(p)}. A network file is exactly one JSON object; is there a } or ] too many?`,
  jsonMismatchedBracket: (p) =>
    `There is ${p.found} at ${enPos(p)}, but the part that starts on line ${p.openLine} must first be closed with ${p.expected}.`,
  jsonSyntax: () => 'The file is not valid JSON.',
  jsonDuplicateKey: (p) =>
    `The field ${p.key} occurs again in the same object at ${enPos(p)} (first on line ${p.firstLine}); only the last value counts. Remove one of them.`,

  notAnObject: ({ actual }) =>
    `The file must be one JSON object that starts with { and ends with }, but it is ${en.actual[actual]}.`,
  required: (p) => `Required field '${p.field}' is missing ${enAt(p.where)}.`,
  unknownProperty: (p) =>
    `Unknown field '${p.field}' ${enAt(p.where)}` +
    (p.suggestion
      ? `; did you mean '${p.suggestion}'?${p.alsoMissing ? ' That field is required and is missing now.' : ''}`
      : p.channelHint
        ? `. Put website, phone and e-mail in 'channels', for example { "type": "phone", "value": "0800-2000" }.`
        : '.'),
  wrongType: (p) => `${cap(enFieldAt(p))} must be ${en.type[p.expected]}, but is ${en.actual[p.actual]}.`,
  notAllowedValue: (p) =>
    `${p.value} is not an allowed value for ${enFieldAt(p)}. Choose from: ${p.allowed}.` +
    (p.suggestion ? ` Did you mean '${p.suggestion}'?` : ''),
  urlNotAllowed: (p) => `${p.value} is not an allowed web address (${enFieldAt(p)}): use an address that starts with https://.`,
  urlMissingScheme: (p) =>
    `${p.value} is not a complete web address (${enFieldAt(p)}): start with https://, for example ${p.suggestion}.`,
  urlInvalid: (p) =>
    `${p.value} is not a valid web address (${enFieldAt(p)}): a web address starts with https:// and contains no spaces, quotes or < >.`,
  emailInvalid: (p) =>
    `${p.value} is not a valid e-mail address (${enFieldAt(p)}). Write it as name@example.org` +
    (p.mailto ? ', without "mailto:".' : '.'),
  phoneInvalid: (p) =>
    `${p.value} is not a valid phone number (${enFieldAt(p)}). Use only digits, spaces, +, - and parentheses, for example 0800-2000 or +31 43 123 45 67.`,
  dateInvalid: (p) => `${p.value} is not a valid date (${enFieldAt(p)}). Write the date as YYYY-MM-DD, for example 2025-03-01.`,
  dateImpossible: (p) => `The date ${p.value} does not exist (${enFieldAt(p)}). Check day and month.`,
  yearOrDateInvalid: (p) =>
    `${p.value} is not a valid year or date (${enFieldAt(p)}). Write YYYY or YYYY-MM-DD, for example 2024 or 2024-06-30.`,
  colorInvalid: (p) =>
    `${p.value} is not a valid colour (${enFieldAt(p)}). Write a colour as # and six hex characters, for example #1f6f4a.`,
  idInvalid: (p) =>
    `${p.value} is not a valid id (${enFieldAt(p)}). Use only lower-case letters a-z, digits and single hyphens (not at the start or end)` +
    (p.suggestion ? `, for example '${p.suggestion}'.` : '.'),
  controlCharacter: (p) =>
    `${cap(enFieldAt(p))} contains an invisible control character (${p.char}) at position ${p.position}. Remove it.`,
  invisibleCharacter: (p) =>
    `${cap(enFieldAt(p))} contains an invisible character (${p.char}) at position ${p.position}. Such a character makes a name or address read differently from how it looks. Remove it.`,
  urlEncodedControl: (p) =>
    `${p.value} is not a safe web address (${enFieldAt(p)}): it contains an encoded control character (${p.code}) with which a link can add lines or headers. Remove it.`,
  emailHiddenHeader: (p) =>
    `${p.value} is not a valid e-mail address (${enFieldAt(p)}): it contains '${p.code}', with which an e-mail link can silently add recipients or text. Write only name@example.org.`,
  lineBreakInShortText: (p) =>
    `${cap(enFieldAt(p))} contains a line break or tab (at position ${p.position}); this short text must be on one line.`,
  postalCodeInvalid: (p) => `${p.value} is not a valid Dutch postal code (${enFieldAt(p)}). Write for example 6411 AB.`,
  linesInvalid: (p) => `${p.value} is not a valid line reference (${enFieldAt(p)}). Write for example 515-528 or 352, 396.`,
  versionInvalid: (p) =>
    `${p.value} is not a valid version number (${enFieldAt(p)}). Write digits with points, for example 2025.1 or 1.2.0.`,
  patternMismatch: (p) => `${p.value} does not have the right form (${enFieldAt(p)}).`,
  textEmpty: (p) => `${cap(enFieldAt(p))} is empty. Fill it in or leave the field out.`,
  textTooLong: (p) => `${cap(enFieldAt(p))} is too long: ${p.length} characters, at most ${p.max}.`,
  tooFewItems: (p) => `${cap(enFieldAt(p))} must contain at least ${p.min} ${p.min === 1 ? 'item' : 'items'}.`,
  tooManyItems: (p) => `${cap(enFieldAt(p))} contains ${p.count} items; at most ${p.max} are allowed.`,
  duplicateItem: (p) =>
    `${cap(enFieldAt(p))} contains ${p.value} twice (item ${p.first} and item ${p.second}). Remove the duplicate.`,
  numberTooSmall: (p) => `${cap(enFieldAt(p))} is ${p.value}, but must be at least ${p.limit}.`,
  numberTooLarge: (p) => `${cap(enFieldAt(p))} is ${p.value}, but may be at most ${p.limit}.`,
  schemaOther: (p) => `${cap(enFieldAt(p))} does not match the schema (rule '${p.keyword}').`,
  schemaVersionMissing: (p) =>
    `The field 'schemaVersion' is missing. This version of gia-netwerkkaart reads files with "schemaVersion": "${p.supported}"; put that at the top of the file.`,
  schemaVersionUnsupported: (p) =>
    `schemaVersion ${p.value} is not supported: this version of gia-netwerkkaart only reads schemaVersion ${enList(p.readable.map((v) => `"${v}"`))}.` +
    (p.notText
      ? ` Write the version as text in quotes: "schemaVersion": "${p.supported}".`
      : ' Use a file for that version, or a newer version of gia-netwerkkaart.'),
  tooDeep: (p) => `${cap(enFieldAt(p))} is nested too deeply to check. Check the brackets { } and [ ].`,
  tooManyProblems: (p) =>
    `There ${p.count === 1 ? 'is 1 more problem' : `are ${p.count} more problems`} not shown. Fix the ones above first.`,

  duplicateId: (p) =>
    `The id ${p.id} occurs more than once: in ${p.first} and in ${p.second}. Every id must be unique in the whole file.`,
  duplicateSourceId: (p) => `The source id ${p.id} occurs more than once in metadata.sources: in ${p.first} and in ${p.second}.`,
  unknownReference: (p) =>
    `${cap(p.owner)} refers in '${p.field}' to ${p.id}, but there is no ${p.expected} with that id.` +
    (p.suggestion ? ` Did you mean '${p.suggestion}'?` : ''),
  wrongKindReference: (p) =>
    `${cap(p.owner)} refers in '${p.field}' to ${p.id}, but that is ${p.actual}, not ${p.expected}.` +
    (p.relationHint ? " Refer to the municipality's organisation (type 'municipality') instead." : ''),
  unknownSource: (p) =>
    `${cap(p.owner)} refers to source ${p.id}, but it is not listed in metadata.sources.` +
    (p.suggestion ? ` Did you mean '${p.suggestion}'?` : ''),
  parentSelf: (p) => `${cap(p.owner)} names itself as 'parent': an organisation cannot fall under itself.`,
  parentCycle: (p) => `Cycle in 'parent': ${p.chain}. An organisation cannot (through others) fall under itself.`,
  partOfCycle: (p) =>
    `Cycle in 'part of' (relations 'part-of' and 'parent'): ${p.chain}. A part cannot (through other parts) be part of itself.`,
  duplicatePhaseOrder: (p) => `${cap(p.phase)} has order ${p.order}, like ${p.other}. Every phase needs its own order.`,
  relationSelf: (p) => `${cap(p.relation)} connects ${p.id} with itself; a relation runs between two different parts.`,
  duplicateMeldcodeStep: (p) => `${cap(p.step)} has number ${p.number}, like ${p.other}. Each meldcode step occurs once.`,
  migratedVersion: (p) => `schemaVersion "${p.from}" is now "${p.to}".`,
  migratedPhaseCertainty: (p) =>
    `${cap(p.where)}: the note "Fase afgeleid: …" is now 'placementCertainty.phases' with certainty "inferred" and the reasoning.`,
  migratedRelationCertainty: (p) =>
    `${cap(p.where)}: the note "Afgeleid: …" is now 'certainty' with certainty "inferred" and the reasoning.`,
  powerLinkSelf: (p) => `${cap(p.power)} links to itself in 'links'; a link runs to another power.`,
  duplicateRelation: (p) => `${cap(p.relation)} occurs twice in the file (also relation ${p.other}).`,
  personalDataInText: (p) =>
    `${cap(enFieldAt(p))} contains ${
      {
        name: 'the name',
        channel: 'a phone number, e-mail address or web address',
        notes: 'the notes',
        address: 'a confidential address',
      }[p.what]
    } of ${p.contact}. That is personal or confidential and may not appear in the public version, which is only written once it is gone from here. Remove it here.`,
  contactIdContainsName: (p) =>
    `The id ${p.id} of a contact contains (part of) the person's name. Ids also appear in the public version, so the public version gets another id. Prefer an id without a name, for example 'af-veilig-thuis'.`,
};

export default en;
