/**
 * Message catalogues of the model (parsing, validation, privacy) in Dutch and English.
 * Dutch is the default and the fallback: an unknown language gets Dutch, never English.
 *
 * Values from the file arrive here already quoted and made safe (see `text.ts`), so a template
 * only glues words together.
 */

export type Lang = 'nl' | 'en';
export const DEFAULT_LANG: Lang = 'nl';

/** Any value → a supported language; anything unknown falls back to Dutch. */
export function resolveLang(lang: unknown): Lang {
  return lang === 'en' ? 'en' : 'nl';
}

/** Where a problem is: a description of the object, and whether that is the file's top level. */
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
  | 'intervention';

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
interface At {
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
  kind: Record<DescribedKind, string>;
  kindWithArticle: Record<EntityKind, string>;
  kindList(kinds: readonly EntityKind[]): string;
  sub: Record<SubObject, string>;
  numbered(noun: string, n: number): string;
  of(part: string, whole: string): string;
  item(field: string, n: number): string;
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
  schemaVersionUnsupported(p: { value: string; supported: string; notText: boolean }): string;
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
  duplicateRelation(p: { relation: string; other: number }): string;
  personalDataInText(p: At & { contact: string; what: 'name' | 'channel' | 'notes' | 'address' }): string;
  contactIdContainsName(p: { id: string }): string;
}

const nlFieldAt = ({ field, where }: At): string =>
  field === undefined ? where.text : `${field} ${where.root ? 'in het bestand' : `bij ${where.text}`}`;
const enFieldAt = ({ field, where }: At): string =>
  field === undefined ? where.text : `${field} ${where.root ? 'at the top level of the file' : `in ${where.text}`}`;
const nlAt = (where: Where) => (where.root ? 'op het hoogste niveau van het bestand' : `bij ${where.text}`);
const enAt = (where: Where) => (where.root ? 'at the top level of the file' : `in ${where.text}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pos = (p: { line: number; column: number }) => `regel ${p.line}, kolom ${p.column}`;
const enPos = (p: { line: number; column: number }) => `line ${p.line}, column ${p.column}`;
const nlList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
const enList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;

export const nl: ModelMessages = {
  root: 'het bestand',
  metadata: 'de metadata',
  maintainer: 'de beheerder in de metadata',
  escalationModel: 'het opschalingsmodel',
  kind: {
    phase: 'fase',
    municipality: 'gemeente',
    specialism: 'specialisme',
    organisation: 'organisatie',
    contact: 'contactpersoon',
    meeting: 'overleg',
    intervention: 'interventie',
    relation: 'relatie',
    source: 'bron',
  },
  kindWithArticle: {
    phase: 'een fase',
    municipality: 'een gemeente',
    specialism: 'een specialisme',
    organisation: 'een organisatie',
    contact: 'een contactpersoon',
    meeting: 'een overleg',
    intervention: 'een interventie',
  },
  kindList: (kinds) => nlList(kinds.map((k) => nl.kind[k])),
  sub: {
    channels: 'kanaal',
    addresses: 'adres',
    access: 'toegangsroute',
    sources: 'bronverwijzing',
    chair: 'de voorzitter',
    casusregie: 'de casusregie',
    procesregie: 'de procesregie',
    operationalResponsibility: 'de operationele verantwoordelijkheid',
    administrativeResponsibility: 'de bestuurlijke verantwoordelijkheid',
  },
  numbered: (noun, n) => `${noun} ${n}`,
  of: (part, whole) => `${part} van ${whole}`,
  item: (field, n) => `'${field}' (nr. ${n})`,
  type: {
    string: 'een tekst tussen aanhalingstekens',
    number: 'een getal',
    integer: 'een geheel getal',
    boolean: 'true of false',
    array: 'een lijst [ … ]',
    object: 'een object { … }',
    null: 'null',
  },
  actual: {
    string: 'een tekst',
    number: 'een getal',
    integer: 'een getal',
    boolean: 'true/false',
    array: 'een lijst',
    object: 'een object',
    null: 'null',
  },

  fileEmpty: () => 'Het bestand is leeg. Een netwerkbestand is één JSON-object dat begint met { en eindigt met }.',
  fileWhitespace: () =>
    'Het bestand bevat alleen spaties en lege regels, geen gegevens. Een netwerkbestand is één JSON-object dat begint met { en eindigt met }.',
  fileTooLarge: ({ size, limit }) =>
    `Het bestand is te groot (${size}); de grens is ${limit}. Een netwerkkaart is veel kleiner: is dit wel het goede bestand?`,
  bom: () =>
    'Het bestand begint met een onzichtbaar BOM-teken (byte order mark). Dat is toegestaan, maar sla het bestand bij voorkeur op als UTF-8 zonder BOM.',
  replacementCharacter: (p) =>
    `Op ${pos(p)} staat het teken �: daar stond iets dat niet als UTF-8 gelezen kon worden. Sla het bestand op als UTF-8 en controleer de tekst.`,
  utf16: () =>
    'Het bestand lijkt als UTF-16 (Unicode) opgeslagen. Sla het op als UTF-8: kies in uw editor bij "Opslaan als" de codering UTF-8.',
  jsonTrailingComma: (p) =>
    `Overbodige komma op ${pos(p)}: na het laatste onderdeel vóór ${p.closer} mag in JSON geen komma staan. Haal deze komma weg.`,
  jsonMissingComma: (p) =>
    `Er ontbreekt een komma vóór ${pos(p)}: tussen twee onderdelen van een lijst of object hoort een komma.`,
  jsonMissingColon: (p) => `Na de veldnaam ${p.key} hoort een dubbele punt (:) op ${pos(p)}.`,
  jsonMissingValue: (p) => `Er ontbreekt een waarde op ${pos(p)}: na de dubbele punt hoort een tekst, getal, lijst of object.`,
  jsonUnquotedKey: (p) =>
    `De veldnaam ${p.key} op ${pos(p)} staat niet tussen dubbele aanhalingstekens. Schrijf bijvoorbeeld "name" in plaats van name.`,
  jsonSingleQuotes: (p) =>
    `Enkele aanhalingstekens (') op ${pos(p)}: JSON gebruikt alleen dubbele aanhalingstekens ("). Vervang ' door ".`,
  jsonSmartQuotes: (p) =>
    `Gekrulde aanhalingstekens (“ ” of ‘ ’) op ${pos(p)}: JSON gebruikt alleen rechte dubbele aanhalingstekens ("). Dit gebeurt vaak bij kopiëren uit Word.`,
  jsonComment: (p) => `Commentaar (// of /* */) op ${pos(p)} is in JSON niet toegestaan. Haal het weg.`,
  jsonUnterminatedString: (p) =>
    `De tekst die op ${pos(p)} begint, wordt niet afgesloten met " vóór het einde van de regel. Sluit de tekst af, of schrijf een regeleinde als \\n.`,
  jsonControlCharacter: (p) =>
    `Op ${pos(p)} staat een onzichtbaar stuurteken (${p.char}) binnen een tekst. Schrijf een tab als \\t en een regeleinde als \\n, of haal het teken weg.`,
  jsonInvalidEscape: (p) =>
    `Ongeldige escape ${p.escape} op ${pos(p)}. Na \\ mag alleen " \\ / b f n r t of u met vier hexadecimale cijfers komen; schrijf een losse \\ als \\\\.`,
  jsonInvalidNumber: (p) =>
    `${p.text} op ${pos(p)} is geen geldig JSON-getal. Schrijf bijvoorbeeld 3 of 2.5 (met een punt, zonder voorloopnullen); zet teksten tussen dubbele aanhalingstekens.`,
  jsonInvalidLiteral: (p) =>
    `Onbekend woord ${p.word} op ${pos(p)}. Zet tekst tussen dubbele aanhalingstekens ("…"); alleen true, false en null mogen zonder, in kleine letters.`,
  jsonUnexpectedCharacter: (p) =>
    `Onverwacht teken ${p.char}${p.name ? ` (${p.name})` : ''} op ${pos(p)}.`,
  jsonUnexpectedEnd: (p) =>
    `Het bestand houdt onverwacht op (${pos(p)})` +
    (p.openLine !== undefined && p.closer
      ? `: het onderdeel dat op regel ${p.openLine} begint, is niet afgesloten met ${p.closer}.`
      : '.'),
  jsonTrailingContent: (p) =>
    `Na het einde van de gegevens staat nog meer op ${pos(p)}. Een netwerkbestand is precies één JSON-object; staat er misschien een } of ] te veel?`,
  jsonMismatchedBracket: (p) =>
    `Op ${pos(p)} staat ${p.found}, maar het onderdeel dat op regel ${p.openLine} begint, moet eerst worden afgesloten met ${p.expected}.`,
  jsonSyntax: () => 'Het bestand is geen geldige JSON.',
  jsonDuplicateKey: (p) =>
    `Het veld ${p.key} staat op ${pos(p)} nog een keer in hetzelfde object (eerder op regel ${p.firstLine}); alleen de laatste waarde telt. Haal één van beide weg.`,

  notAnObject: ({ actual }) =>
    `Het bestand moet één JSON-object zijn dat begint met { en eindigt met }, maar het is ${nl.actual[actual]}.`,
  required: (p) => `Verplicht veld '${p.field}' ontbreekt ${nlAt(p.where)}.`,
  unknownProperty: (p) =>
    `Onbekend veld '${p.field}' ${nlAt(p.where)}` +
    (p.suggestion
      ? `; bedoelde u '${p.suggestion}'?${p.alsoMissing ? ` Dat veld is verplicht en ontbreekt nu.` : ''}`
      : p.channelHint
        ? `. Zet website, telefoon en e-mail in 'channels', bijvoorbeeld { "type": "phone", "value": "0800-2000" }.`
        : '.'),
  wrongType: (p) => `${cap(nlFieldAt(p))} moet ${nl.type[p.expected]} zijn, maar is ${nl.actual[p.actual]}.`,
  notAllowedValue: (p) =>
    `${p.value} is geen toegestane waarde voor ${nlFieldAt(p)}. Kies uit: ${p.allowed}.` +
    (p.suggestion ? ` Bedoelde u '${p.suggestion}'?` : ''),
  urlNotAllowed: (p) =>
    `${p.value} is geen toegestaan webadres (${nlFieldAt(p)}): gebruik een adres dat begint met https://.`,
  urlMissingScheme: (p) =>
    `${p.value} is geen volledig webadres (${nlFieldAt(p)}): begin met https://, bijvoorbeeld ${p.suggestion}.`,
  urlInvalid: (p) =>
    `${p.value} is geen geldig webadres (${nlFieldAt(p)}): een webadres begint met https:// en bevat geen spaties, aanhalingstekens of < >.`,
  emailInvalid: (p) =>
    `${p.value} is geen geldig e-mailadres (${nlFieldAt(p)}). Schrijf het als naam@voorbeeld.nl` +
    (p.mailto ? ', zonder "mailto:".' : '.'),
  phoneInvalid: (p) =>
    `${p.value} is geen geldig telefoonnummer (${nlFieldAt(p)}). Gebruik alleen cijfers, spaties, +, - en haakjes, bijvoorbeeld 0800-2000 of +31 43 123 45 67.`,
  dateInvalid: (p) =>
    `${p.value} is geen geldige datum (${nlFieldAt(p)}). Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2025-03-01.`,
  dateImpossible: (p) => `De datum ${p.value} bestaat niet (${nlFieldAt(p)}). Controleer dag en maand.`,
  yearOrDateInvalid: (p) =>
    `${p.value} is geen geldig jaar of geldige datum (${nlFieldAt(p)}). Schrijf JJJJ of JJJJ-MM-DD, bijvoorbeeld 2024 of 2024-06-30.`,
  colorInvalid: (p) =>
    `${p.value} is geen geldige kleur (${nlFieldAt(p)}). Schrijf een kleur als # met zes hexadecimale tekens, bijvoorbeeld #1f6f4a.`,
  idInvalid: (p) =>
    `${p.value} is geen geldig id (${nlFieldAt(p)}). Gebruik alleen kleine letters a-z, cijfers en losse koppeltekens (niet aan het begin of eind)` +
    (p.suggestion ? `, bijvoorbeeld '${p.suggestion}'.` : '.'),
  controlCharacter: (p) =>
    `${cap(nlFieldAt(p))} bevat een onzichtbaar stuurteken (${p.char}) op positie ${p.position}. Haal het weg.`,
  lineBreakInShortText: (p) =>
    `${cap(nlFieldAt(p))} bevat een regeleinde of tab (op positie ${p.position}); deze korte tekst moet op één regel staan.`,
  postalCodeInvalid: (p) => `${p.value} is geen geldige postcode (${nlFieldAt(p)}). Schrijf bijvoorbeeld 6411 AB.`,
  linesInvalid: (p) =>
    `${p.value} is geen geldige aanduiding van regels (${nlFieldAt(p)}). Schrijf bijvoorbeeld 515-528 of 352, 396.`,
  versionInvalid: (p) =>
    `${p.value} is geen geldig versienummer (${nlFieldAt(p)}). Schrijf cijfers met punten, bijvoorbeeld 2025.1 of 1.2.0.`,
  patternMismatch: (p) => `${p.value} heeft niet de juiste vorm (${nlFieldAt(p)}).`,
  textEmpty: (p) => `${cap(nlFieldAt(p))} is leeg. Vul iets in of laat het veld weg.`,
  textTooLong: (p) => `${cap(nlFieldAt(p))} is te lang: ${p.length} tekens, hoogstens ${p.max}.`,
  tooFewItems: (p) =>
    `${cap(nlFieldAt(p))} moet minstens ${p.min} ${p.min === 1 ? 'onderdeel' : 'onderdelen'} bevatten.`,
  tooManyItems: (p) => `${cap(nlFieldAt(p))} bevat ${p.count} onderdelen; hoogstens ${p.max} is toegestaan.`,
  duplicateItem: (p) =>
    `${cap(nlFieldAt(p))} bevat ${p.value} twee keer (nr. ${p.first} en nr. ${p.second}). Haal de dubbele weg.`,
  numberTooSmall: (p) => `${cap(nlFieldAt(p))} is ${p.value}, maar moet minstens ${p.limit} zijn.`,
  numberTooLarge: (p) => `${cap(nlFieldAt(p))} is ${p.value}, maar mag hoogstens ${p.limit} zijn.`,
  schemaOther: (p) => `${cap(nlFieldAt(p))} voldoet niet aan het schema (regel '${p.keyword}').`,
  schemaVersionMissing: (p) =>
    `Het veld 'schemaVersion' ontbreekt. Deze versie van gia-netwerkkaart leest bestanden met "schemaVersion": "${p.supported}"; zet dat bovenaan het bestand.`,
  schemaVersionUnsupported: (p) =>
    `schemaVersion ${p.value} wordt niet ondersteund: deze versie van gia-netwerkkaart leest alleen schemaVersion "${p.supported}".` +
    (p.notText
      ? ` Schrijf de versie als tekst tussen aanhalingstekens: "schemaVersion": "${p.supported}".`
      : ' Gebruik een bestand voor die versie, of een nieuwere versie van gia-netwerkkaart.'),
  tooDeep: (p) => `${cap(nlFieldAt(p))} is te diep genest om te controleren. Controleer de haakjes { } en [ ].`,
  tooManyProblems: (p) =>
    `Er ${p.count === 1 ? 'is nog 1 probleem' : `zijn nog ${p.count} problemen`} die niet getoond worden. Los eerst de bovenstaande op.`,

  duplicateId: (p) =>
    `Het id ${p.id} komt meer dan één keer voor: bij ${p.first} en bij ${p.second}. Elk id moet uniek zijn in het hele bestand.`,
  duplicateSourceId: (p) =>
    `Het bron-id ${p.id} komt meer dan één keer voor in metadata.sources: bij ${p.first} en bij ${p.second}.`,
  unknownReference: (p) =>
    `${cap(p.owner)} verwijst in '${p.field}' naar ${p.id}, maar er is geen ${p.expected} met dat id.` +
    (p.suggestion ? ` Bedoelde u '${p.suggestion}'?` : ''),
  wrongKindReference: (p) =>
    `${cap(p.owner)} verwijst in '${p.field}' naar ${p.id}, maar dat is ${p.actual}, geen ${p.expected}.` +
    (p.relationHint ? " Verwijs naar de organisatie van de gemeente (type 'municipality')." : ''),
  unknownSource: (p) =>
    `${cap(p.owner)} verwijst naar bron ${p.id}, maar die staat niet in metadata.sources.` +
    (p.suggestion ? ` Bedoelde u '${p.suggestion}'?` : ''),
  parentSelf: (p) => `${cap(p.owner)} noemt zichzelf als 'parent': een organisatie kan niet onder zichzelf vallen.`,
  parentCycle: (p) =>
    `Kring in 'parent': ${p.chain}. Een organisatie kan niet (via andere organisaties) onder zichzelf vallen.`,
  partOfCycle: (p) =>
    `Kring in 'onderdeel van' (relaties 'part-of' en 'parent'): ${p.chain}. Een onderdeel kan niet (via andere onderdelen) deel van zichzelf zijn.`,
  duplicatePhaseOrder: (p) =>
    `${cap(p.phase)} heeft volgorde ${p.order}, net als ${p.other}. Elke fase heeft een eigen volgorde.`,
  relationSelf: (p) =>
    `${cap(p.relation)} verbindt ${p.id} met zichzelf; een relatie loopt tussen twee verschillende onderdelen.`,
  duplicateRelation: (p) => `${cap(p.relation)} staat dubbel in het bestand (ook relatie nr. ${p.other}).`,
  personalDataInText: (p) =>
    `${cap(nlFieldAt(p))} bevat ${
      {
        name: 'de naam',
        channel: 'een telefoonnummer, e-mailadres of webadres',
        notes: 'de notities',
        address: 'een geheim adres',
      }[p.what]
    } van ${p.contact}. Dat is een persoonsgegeven of geheim en mag niet in de publieke versie staan; die wordt pas gemaakt als het hier weg is. Haal het hier weg.`,
  contactIdContainsName: (p) =>
    `Het id ${p.id} van een contactpersoon bevat (een deel van) de naam van de persoon. Ids staan ook in de publieke versie; de publieke versie krijgt daarom een ander id. Kies liever een id zonder naam, bijvoorbeeld 'af-veilig-thuis'.`,
};

export const en: ModelMessages = {
  root: 'the file',
  metadata: 'the metadata',
  maintainer: 'the maintainer in the metadata',
  escalationModel: 'the escalation model',
  kind: {
    phase: 'phase',
    municipality: 'municipality',
    specialism: 'specialism',
    organisation: 'organisation',
    contact: 'contact',
    meeting: 'meeting',
    intervention: 'intervention',
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
  },
  kindList: (kinds) => enList(kinds.map((k) => en.kind[k])),
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
  numbered: (noun, n) => `${noun} ${n}`,
  of: (part, whole) => `${part} of ${whole}`,
  item: (field, n) => `'${field}' (item ${n})`,
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
    `schemaVersion ${p.value} is not supported: this version of gia-netwerkkaart only reads schemaVersion "${p.supported}".` +
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

const catalogues: Record<Lang, ModelMessages> = { nl, en };

/** The catalogue for a language (Dutch for anything unknown). */
export function messagesFor(lang: unknown): ModelMessages {
  return catalogues[resolveLang(lang)];
}
