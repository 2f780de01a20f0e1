// Dutch messages of the model (parsing, validation, privacy): the fallback language. The shape is ModelMessages
// (./model-messages.ts); registered by ./model-catalogue.ts under `model.`.
import type { At, ModelMessages, Where } from './model-messages.js';

const nlFieldAt = ({ field, where }: At): string =>
  field === undefined ? where.text : `${field} ${where.root ? 'in het bestand' : `bij ${where.text}`}`;
const nlAt = (where: Where) => (where.root ? 'op het hoogste niveau van het bestand' : `bij ${where.text}`);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pos = (p: { line: number; column: number }) => `regel ${p.line}, kolom ${p.column}`;
const nlList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;

const nl: ModelMessages = {
  root: 'het bestand',
  metadata: 'de metadata',
  maintainer: 'de beheerder in de metadata',
  escalationModel: 'het opschalingsmodel',
  meldcodeStep: 'meldcodestap',
  kind: {
    phase: 'fase',
    municipality: 'gemeente',
    specialism: 'specialisme',
    organisation: 'organisatie',
    contact: 'contactpersoon',
    meeting: 'overleg',
    intervention: 'interventie',
    track: 'spoor',
    power: 'bevoegdheid',
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
    track: 'een spoor',
    power: 'een bevoegdheid',
  },
  kindList: ({ kinds }) => nlList(kinds.map((k) => nl.kind[k])),
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
  numbered: ({ noun, n }) => `${noun} ${n}`,
  of: ({ part, whole }) => `${part} van ${whole}`,
  item: ({ field, n }) => `'${field}' (nr. ${n})`,
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
  invisibleCharacter: (p) =>
    `${cap(nlFieldAt(p))} bevat een onzichtbaar teken (${p.char}) op positie ${p.position}. Zo'n teken laat een naam of adres anders lezen dan het eruitziet. Haal het weg.`,
  urlEncodedControl: (p) =>
    `${p.value} is geen veilig webadres (${nlFieldAt(p)}): het bevat een gecodeerd stuurteken (${p.code}), waarmee een link regels of kopregels kan toevoegen. Haal het weg.`,
  emailHiddenHeader: (p) =>
    `${p.value} is geen geldig e-mailadres (${nlFieldAt(p)}): het bevat '${p.code}', waarmee een e-maillink ongemerkt extra ontvangers of tekst kan toevoegen. Schrijf alleen naam@voorbeeld.nl.`,
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
    `schemaVersion ${p.value} wordt niet ondersteund: deze versie van gia-netwerkkaart leest alleen schemaVersion ${nlList(p.readable.map((v) => `"${v}"`))}.` +
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
  duplicateMeldcodeStep: (p) =>
    `${cap(p.step)} heeft nummer ${p.number}, net als ${p.other}. Elke stap van de meldcode staat er één keer in.`,
  migratedVersion: (p) => `schemaVersion "${p.from}" is nu "${p.to}".`,
  migratedPhaseCertainty: (p) =>
    `${cap(p.where)}: de notitie "Fase afgeleid: …" is nu 'placementCertainty.phases' met zekerheid "inferred" (afgeleid) en de redenering.`,
  migratedRelationCertainty: (p) =>
    `${cap(p.where)}: de notitie "Afgeleid: …" is nu 'certainty' met zekerheid "inferred" (afgeleid) en de redenering.`,
  powerLinkSelf: (p) => `${cap(p.power)} verwijst in 'links' naar zichzelf; een verband loopt naar een andere bevoegdheid.`,
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

export default nl;
