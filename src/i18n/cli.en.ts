// English messages of the CLI (--lang en); registered by ./cli-catalogue.ts under `cli.`.
import type { CliMessages } from './cli-messages.js';

const en: CliMessages = {
  help: `gia-netwerkkaart — check and publish a GIA network map file

Usage:
  gia-netwerkkaart validate <file…>               check one or more network files
  gia-netwerkkaart public <input> -o <output>     write the public version (without personal data
                                                  and invented examples)
  gia-netwerkkaart migrate <input> -o <output>    convert a file of schema version 1.0 to 1.1

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
  helpPublic: `gia-netwerkkaart public <input> -o <output> [--keep-fictitious] [--lang nl|en]

Writes the public version of a network file, for a public website:
  - without contacts whose visibility is 'professional';
  - without contacts' personal data (name, channels, notes);
  - without confidential addresses (confidential: true);
  - without invented examples (fictitious: true).

Options:
  --keep-fictitious   keep invented examples (for a demo only)

The input file is never changed; <output> may not be the same file.
An invalid input file produces no output.

Exit codes: 0 = written, 1 = the input has errors, 2 = wrong usage or a read/write error.
`,
  helpMigrate: `gia-netwerkkaart migrate <input> -o <output> [--lang nl|en]

Converts a network file with "schemaVersion": "1.0" to "1.1". Nothing is lost:
  - schemaVersion becomes "1.1";
  - a source reference with the note "Fase afgeleid: …" becomes 'placementCertainty.phases'
    with certainty "inferred" and the note as the reasoning;
  - a relation's source reference with the note "Afgeleid: …" becomes the relation's 'certainty'.
Each change is listed on a line of its own. Fields keep the file's order.
<output> may be the same file as <input>. An invalid file produces no output.

Exit codes: 0 = written (or already version 1.1), 1 = the input has errors, 2 = wrong usage or a read/write error.
`,
  noCommand: 'Give a command: validate, public or migrate. See gia-netwerkkaart --help.',
  unknownCommand: (p) =>
    `Unknown command ${p.command}.${p.suggestion ? ` Did you mean '${p.suggestion}'?` : ''} Choose validate, public or migrate; see gia-netwerkkaart --help.`,
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
  publicFictitiousDropped: (p) =>
    `Left out ${p.count} fictitious ${p.count === 1 ? 'example' : 'examples'} ("fictitious": true). Use --keep-fictitious for a demo only.`,
  publicFictitiousKept: (p) =>
    `Note: ${p.count} fictitious ${p.count === 1 ? 'example is' : 'examples are'} still in the public version (--keep-fictitious). Use this file for a demo only.`,
  publicNotAFile: (p) =>
    `${p.file} is ${p.kind === 'folder' ? 'a folder' : 'not a regular file (but for example a device or a pipe)'}; the public version is only written to a regular file. Nothing was written. Choose a file name, for example network.public.json.`,
  migrateNoInput: 'Give the input file, for example: gia-netwerkkaart migrate old.json -o new.json',
  migrateNoOutput: 'Give with -o the file for version 1.1, for example: -o new.json (it may be the input file).',
  migrateTooManyInputs: 'Give exactly one input file; each file is converted on its own.',
  migrateCurrent: (p) => `${p.file} already has schemaVersion "${p.version}"; nothing was converted or written.`,
  migrateInvalid: (p) => `${p.file} has errors; nothing was written. Fix the problems above first.`,
  migrateWritten: (p) =>
    `${p.file} written: schemaVersion "${p.from}" converted to "${p.to}" (${p.changes} ${p.changes === 1 ? 'change' : 'changes'}).`,
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

export default en;
