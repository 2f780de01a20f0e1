/**
 * What the CLI itself says (help, usage and file errors), in Dutch (default) and English.
 * Values from the user (file names) arrive already made visible.
 */
import type { Lang } from '../model/messages.js';

export interface CliMessages {
  help: string;
  helpValidate: string;
  helpPublic: string;
  noCommand: string;
  unknownCommand(p: { command: string; suggestion?: string }): string;
  unknownOption(p: { option: string; suggestion?: string }): string;
  missingOptionValue(p: { option: string }): string;
  badLang(p: { value: string }): string;
  validateNoFiles: string;
  publicNoInput: string;
  publicNoOutput: string;
  publicTooManyInputs: string;
  publicSameFile(p: { file: string }): string;
  publicInvalid(p: { file: string }): string;
  publicLeak(p: { count: number }): string;
  publicWritten(p: { file: string; contacts: number; fields: number; addresses: number }): string;
  writeFailed(p: { file: string; reason: string }): string;
  notFound(p: { file: string }): string;
  isDirectory(p: { file: string }): string;
  noPermission(p: { file: string }): string;
  readFailed(p: { file: string; reason: string }): string;
  fileValid(p: { file: string; warnings: number }): string;
  fileInvalid(p: { file: string; problems: number }): string;
  warning: string;
  wholeFile: string;
  internalError(p: { message: string }): string;
}

export const nlCli: CliMessages = {
  help: `gia-netwerkkaart — controleer en publiceer een netwerkbestand van de GIA-netwerkkaart

Gebruik:
  gia-netwerkkaart validate <bestand…>            controleer een of meer netwerkbestanden
  gia-netwerkkaart public <invoer> -o <uitvoer>   schrijf de publieke versie (zonder persoonsgegevens)

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
  helpPublic: `gia-netwerkkaart public <invoer> -o <uitvoer> [--lang nl|en]

Schrijft de publieke versie van een netwerkbestand, voor op een openbare website:
  - zonder contactpersonen met zichtbaarheid 'professional';
  - zonder persoonsgegevens van contactpersonen (naam, kanalen, notities);
  - zonder geheime adressen (confidential: true).
Het invoerbestand wordt nooit gewijzigd; <uitvoer> mag niet hetzelfde bestand zijn.
Een ongeldig invoerbestand levert geen uitvoer op.

Afsluitcodes: 0 = geschreven, 1 = invoer bevat fouten, 2 = verkeerd gebruik of lees-/schrijffout.
`,
  noCommand: 'Geef een opdracht: validate of public. Zie gia-netwerkkaart --help.',
  unknownCommand: (p) =>
    `Onbekende opdracht ${p.command}.${p.suggestion ? ` Bedoelde u '${p.suggestion}'?` : ''} Kies validate of public; zie gia-netwerkkaart --help.`,
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

export const enCli: CliMessages = {
  help: `gia-netwerkkaart — check and publish a GIA network map file

Usage:
  gia-netwerkkaart validate <file…>               check one or more network files
  gia-netwerkkaart public <input> -o <output>     write the public version (without personal data)

Options:
  --lang nl|en   language of the messages (default nl)
  -h, --help     this help; more about one command: gia-netwerkkaart validate --help

Exit codes: 0 = fine, 1 = the file has errors, 2 = wrong usage or file not readable.
`,
  helpValidate: `gia-netwerkkaart validate <file…> [--lang nl|en]

Checks each file against the schema (schema/gia-network.schema.json) and checks the references: do
all ids exist, are ids unique, no cycles in 'part of', do the phases exist. Every problem is printed
on a line of its own:

  file:line:column  /json/pointer  message

Warnings (for example a contact's name in a public text) do not make a file invalid. Files larger
than 10 MB are refused.

Exit codes: 0 = all files fine, 1 = at least one file has errors,
2 = wrong usage or a file could not be read.
`,
  helpPublic: `gia-netwerkkaart public <input> -o <output> [--lang nl|en]

Writes the public version of a network file, for a public website:
  - without contacts whose visibility is 'professional';
  - without contacts' personal data (name, channels, notes);
  - without confidential addresses (confidential: true).
The input file is never changed; <output> may not be the same file.
An invalid input file produces no output.

Exit codes: 0 = written, 1 = the input has errors, 2 = wrong usage or a read/write error.
`,
  noCommand: 'Give a command: validate or public. See gia-netwerkkaart --help.',
  unknownCommand: (p) =>
    `Unknown command ${p.command}.${p.suggestion ? ` Did you mean '${p.suggestion}'?` : ''} Choose validate or public; see gia-netwerkkaart --help.`,
  unknownOption: (p) =>
    `Unknown option ${p.option}.${p.suggestion ? ` Did you mean '${p.suggestion}'?` : ''} See gia-netwerkkaart --help.`,
  missingOptionValue: (p) => `${p.option} needs a value. See gia-netwerkkaart --help.`,
  badLang: (p) => `Unknown language ${p.value}: choose --lang nl or --lang en.`,
  validateNoFiles: 'Give at least one file to check, for example: gia-netwerkkaart validate data/zuid-limburg.json',
  publicNoInput: 'Give the input file, for example: gia-netwerkkaart public data/zuid-limburg.json -o zuid-limburg.public.json',
  publicNoOutput: 'Give with -o the file to write the public version to, for example: -o zuid-limburg.public.json',
  publicTooManyInputs: 'Give exactly one input file; the public version is made per file.',
  publicSameFile: (p) =>
    `The output file ${p.file} is the same as the input file. The input file is never overwritten: choose another name, for example ending in .public.json.`,
  publicInvalid: (p) => `${p.file} has errors; the public version was not written. Fix the problems above first.`,
  publicLeak: (p) =>
    `The public version would still contain ${p.count === 1 ? 'one personal value or confidential address' : `${p.count} personal values or confidential addresses`} (see the warnings above); nothing was written. Remove them from the public texts.`,
  publicWritten: (p) =>
    `Public version written to ${p.file}: left out ${p.contacts} professional ${p.contacts === 1 ? 'contact' : 'contacts'}, ${p.fields} personal ${p.fields === 1 ? 'field' : 'fields'} and ${p.addresses} confidential ${p.addresses === 1 ? 'address' : 'addresses'}.`,
  writeFailed: (p) => `Cannot write ${p.file}: ${p.reason}.`,
  notFound: (p) => `File ${p.file} not found. Check the name and the folder.`,
  isDirectory: (p) => `${p.file} is a folder, not a file. Give the network file itself, for example ${p.file}/zuid-limburg.json.`,
  noPermission: (p) => `No permission to read ${p.file}.`,
  readFailed: (p) => `Cannot read ${p.file}: ${p.reason}.`,
  fileValid: (p) => `${p.file}: fine${p.warnings > 0 ? ` (${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'})` : ''}.`,
  fileInvalid: (p) => `${p.file}: ${p.problems} ${p.problems === 1 ? 'error' : 'errors'} found.`,
  warning: 'warning',
  wholeFile: '(whole file)',
  internalError: (p) =>
    `Something went wrong inside gia-netwerkkaart itself (not an error in your file): ${p.message}. Please report this to the gia-netwerkkaart maintainers.`,
};

export function cliMessagesFor(lang: Lang): CliMessages {
  return lang === 'en' ? enCli : nlCli;
}
