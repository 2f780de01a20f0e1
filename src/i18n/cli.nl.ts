// Dutch messages of the CLI (the default and fallback language); registered by ./cli-catalogue.ts under `cli.`.
import type { CliMessages } from './cli-messages.js';

const nl: CliMessages = {
  help: `gia-netwerkkaart — controleer en publiceer een netwerkbestand van de GIA-netwerkkaart

Gebruik:
  gia-netwerkkaart validate <bestand…>            controleer een of meer netwerkbestanden
  gia-netwerkkaart public <invoer> -o <uitvoer>   schrijf de publieke versie (zonder persoonsgegevens
                                                  en verzonnen voorbeelden)
  gia-netwerkkaart migrate <invoer> -o <uitvoer>  zet een bestand met schemaversie 1.0 om naar 1.1

Opties:
  --lang nl|en   taal van de meldingen (standaard nl)
  -h, --help     deze hulp; meer over één opdracht: gia-netwerkkaart validate --help

Afsluitcodes: 0 = in orde, 1 = het bestand bevat fouten, 2 = verkeerd gebruik of bestand niet leesbaar.
`,
  helpValidate: `gia-netwerkkaart validate <bestand…> [--lang nl|en]

Controleert elk bestand tegen het schema (schema/gia-network.schema.json) en controleert de
verwijzingen: bestaan alle ids, zijn ids uniek, geen kringen in 'onderdeel van', bestaan de fases.
Elk probleem staat op een eigen regel:

  bestand:regel:kolom  /json/pointer  melding

Waarschuwingen (bijvoorbeeld een naam van een contactpersoon in een openbare tekst) maken een bestand
niet ongeldig. Bestanden groter dan 10 MB worden geweigerd.

Afsluitcodes: 0 = alle bestanden in orde, 1 = minstens één bestand bevat fouten,
2 = verkeerd gebruik of een bestand kon niet worden gelezen.
`,
  helpPublic: `gia-netwerkkaart public <invoer> -o <uitvoer> [--keep-fictitious] [--lang nl|en]

Schrijft de publieke versie van een netwerkbestand, voor op een openbare website:
  - zonder contactpersonen met zichtbaarheid 'professional';
  - zonder persoonsgegevens van contactpersonen (naam, kanalen, notities);
  - zonder geheime adressen (confidential: true);
  - zonder verzonnen voorbeelden (fictitious: true).

Opties:
  --keep-fictitious   laat verzonnen voorbeelden staan (alleen voor een demo)

Het invoerbestand wordt nooit gewijzigd; <uitvoer> mag niet hetzelfde bestand zijn.
Een ongeldig invoerbestand levert geen uitvoer op.

Afsluitcodes: 0 = geschreven, 1 = invoer bevat fouten, 2 = verkeerd gebruik of lees-/schrijffout.
`,
  helpMigrate: `gia-netwerkkaart migrate <invoer> -o <uitvoer> [--lang nl|en]

Zet een netwerkbestand met "schemaVersion": "1.0" om naar "1.1". Er gaat niets verloren:
  - schemaVersion wordt "1.1";
  - een bronverwijzing met de notitie "Fase afgeleid: …" wordt 'placementCertainty.phases'
    met zekerheid "inferred" (afgeleid) en de notitie als redenering;
  - een bronverwijzing van een relatie met de notitie "Afgeleid: …" wordt de 'certainty' van de relatie.
Elke wijziging staat op een eigen regel. De volgorde van de velden blijft die van het bestand.
<uitvoer> mag hetzelfde bestand zijn als <invoer>. Een ongeldig bestand levert geen uitvoer op.

Afsluitcodes: 0 = geschreven (of al versie 1.1), 1 = invoer bevat fouten, 2 = verkeerd gebruik of lees-/schrijffout.
`,
  noCommand: 'Geef een opdracht: validate, public of migrate. Zie gia-netwerkkaart --help.',
  unknownCommand: (p) =>
    `Onbekende opdracht ${p.command}.${p.suggestion ? ` Bedoelde u '${p.suggestion}'?` : ''} Kies validate, public of migrate; zie gia-netwerkkaart --help.`,
  unknownOption: (p) =>
    `Onbekende optie ${p.option}.${p.suggestion ? ` Bedoelde u '${p.suggestion}'?` : ''} Zie gia-netwerkkaart --help.`,
  missingOptionValue: (p) => `Na ${p.option} hoort een waarde. Zie gia-netwerkkaart --help.`,
  badLang: (p) => `Onbekende taal ${p.value}: kies --lang nl of --lang en.`,
  validateNoFiles: 'Geef minstens één bestand om te controleren, bijvoorbeeld: gia-netwerkkaart validate data/zuid-limburg.json',
  publicNoInput: 'Geef het invoerbestand, bijvoorbeeld: gia-netwerkkaart public data/zuid-limburg.json -o zuid-limburg.public.json',
  publicNoOutput: 'Geef met -o het bestand waarin de publieke versie komt, bijvoorbeeld: -o zuid-limburg.public.json',
  publicTooManyInputs: 'Geef precies één invoerbestand; de publieke versie wordt per bestand gemaakt.',
  publicSameFile: (p) =>
    `Het uitvoerbestand ${p.file} is hetzelfde als het invoerbestand. Het invoerbestand wordt nooit overschreven: kies een andere naam, bijvoorbeeld met .public.json erachter.`,
  publicInvalid: (p) => `${p.file} bevat fouten; de publieke versie is niet geschreven. Los eerst de bovenstaande problemen op.`,
  publicLeak: (p) =>
    `De publieke versie zou nog ${p.count === 1 ? 'één persoonsgegeven of geheim adres' : `${p.count} persoonsgegevens of geheime adressen`} bevatten (zie de waarschuwingen hierboven); er is niets geschreven. Haal ze uit de openbare teksten.`,
  publicWritten: (p) =>
    `Publieke versie geschreven naar ${p.file}: ${p.contacts} ${p.contacts === 1 ? 'contactpersoon' : 'contactpersonen'} voor professionals, ${p.fields} ${p.fields === 1 ? 'persoonsgegeven' : 'persoonsgegevens'} en ${p.addresses} ${p.addresses === 1 ? 'geheim adres' : 'geheime adressen'} weggelaten.`,
  publicFictitiousDropped: (p) =>
    `${p.count} ${p.count === 1 ? 'fictief voorbeeld' : 'fictieve voorbeelden'} ("fictitious": true) weggelaten. Gebruik --keep-fictitious alleen voor een demo.`,
  publicFictitiousKept: (p) =>
    `Let op: ${p.count} ${p.count === 1 ? 'fictief voorbeeld staat' : 'fictieve voorbeelden staan'} nog in de publieke versie (--keep-fictitious). Gebruik dit bestand alleen voor een demo.`,
  publicNotAFile: (p) =>
    `${p.file} is ${p.kind === 'folder' ? 'een map' : 'geen gewoon bestand (maar bijvoorbeeld een apparaat of een pipe)'}; de publieke versie wordt alleen naar een gewoon bestand geschreven. Er is niets geschreven. Kies een bestandsnaam, bijvoorbeeld netwerk.public.json.`,
  migrateNoInput: 'Geef het invoerbestand, bijvoorbeeld: gia-netwerkkaart migrate oud.json -o nieuw.json',
  migrateNoOutput: 'Geef met -o het bestand waarin de versie 1.1 komt, bijvoorbeeld: -o nieuw.json (dat mag ook het invoerbestand zijn).',
  migrateTooManyInputs: 'Geef precies één invoerbestand; elk bestand wordt apart omgezet.',
  migrateCurrent: (p) => `${p.file} heeft al schemaVersion "${p.version}"; er is niets omgezet en niets geschreven.`,
  migrateInvalid: (p) => `${p.file} bevat fouten; er is niets geschreven. Los eerst de bovenstaande problemen op.`,
  migrateWritten: (p) =>
    `${p.file} geschreven: schemaVersion "${p.from}" is omgezet naar "${p.to}" (${p.changes} ${p.changes === 1 ? 'wijziging' : 'wijzigingen'}).`,
  writeFailed: (p) => `Kan ${p.file} niet schrijven: ${p.reason}.`,
  notFound: (p) => `Bestand ${p.file} niet gevonden. Controleer de naam en de map.`,
  isDirectory: (p) => `${p.file} is een map, geen bestand. Geef het netwerkbestand zelf, bijvoorbeeld ${p.file}/zuid-limburg.json.`,
  noPermission: (p) => `Geen toestemming om ${p.file} te lezen.`,
  readFailed: (p) => `Kan ${p.file} niet lezen: ${p.reason}.`,
  fileValid: (p) =>
    `${p.file}: in orde${p.warnings > 0 ? ` (${p.warnings} ${p.warnings === 1 ? 'waarschuwing' : 'waarschuwingen'})` : ''}.`,
  fileInvalid: (p) => `${p.file}: ${p.problems} ${p.problems === 1 ? 'fout' : 'fouten'} gevonden.`,
  warning: 'waarschuwing',
  wholeFile: '(hele bestand)',
  internalError: (p) =>
    `Er ging iets mis in gia-netwerkkaart zelf (geen fout in uw bestand): ${p.message}. Meld dit alstublieft bij de beheerders van gia-netwerkkaart.`,
};

export default nl;
