/**
 * Command-line arguments → a small structure. Usage mistakes throw KnownError (exit code 2).
 */
import type { Lang } from '../i18n/lookup.js';
import { makeVisible, suggest } from '../model/text.js';
import { cliTexts } from '../i18n/cli-catalogue.js';
import { KnownError, EXIT } from './known-error.js';

export interface CliArgs {
  command?: 'validate' | 'public' | 'migrate';
  files: string[];
  output?: string;
  /** `public`: keep entries marked fictitious (demo use). */
  keepFictitious: boolean;
  help: boolean;
  lang: Lang;
}

const COMMANDS: Readonly<Record<string, 'validate' | 'public' | 'migrate'>> = {
  validate: 'validate',
  valideer: 'validate',
  controleer: 'validate',
  check: 'validate',
  public: 'public',
  publiek: 'public',
  publiceer: 'public',
  migrate: 'migrate',
  omzetten: 'migrate',
};
/** Words people try, for the "did you mean" hint. */
const COMMAND_ALIASES: Readonly<Record<string, string>> = {
  publish: 'public',
  publiceren: 'public',
  valideren: 'validate',
  controleren: 'validate',
  verify: 'validate',
  lint: 'validate',
  upgrade: 'migrate',
  migreer: 'migrate',
  migreren: 'migrate',
  convert: 'migrate',
};
const OPTIONS = ['--lang', '--help', '--output', '--keep-fictitious', '-h', '-o'];

/** The language asked for, read before anything else so that every message uses it. */
export function detectLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && argv[i + 1] === 'en') return 'en';
    if (a === '--lang=en') return 'en';
  }
  return 'nl';
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const lang = detectLang(argv);
  const t = cliTexts(lang);
  const args: CliArgs = { files: [], keepFictitious: false, help: false, lang };
  const positional: string[] = [];
  let onlyPositional = false;

  const valueOf = (option: string, inline: string | undefined, i: number): [string, number] => {
    if (inline !== undefined) {
      if (inline === '') throw new KnownError(t('missingOptionValue', { option }), EXIT.usage);
      return [inline, i];
    }
    const next = argv[i + 1];
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      throw new KnownError(t('missingOptionValue', { option }), EXIT.usage);
    }
    return [next, i + 1];
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (onlyPositional || !a.startsWith('-') || a === '-') {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositional = true;
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    if (name === '-h' || name === '--help') {
      args.help = true;
    } else if (name === '--lang') {
      const [value, next] = valueOf(name, inline, i);
      i = next;
      if (value !== 'nl' && value !== 'en') throw new KnownError(t('badLang', { value: `'${makeVisible(value)}'` }), EXIT.usage);
    } else if (name === '--keep-fictitious' && inline === undefined) {
      args.keepFictitious = true;
    } else if (name === '-o' || name === '--output') {
      const [value, next] = valueOf(name, inline, i);
      i = next;
      args.output = value;
    } else {
      const suggestion = suggest(name, OPTIONS);
      throw new KnownError(
        t('unknownOption', { option: `'${makeVisible(name)}'`, ...(suggestion ? { suggestion } : {}) }),
        EXIT.usage,
      );
    }
  }

  const [command, ...files] = positional;
  if (command !== undefined) {
    const known = COMMANDS[command.toLowerCase()];
    if (!known) {
      const suggestion = suggest(command, Object.keys(COMMANDS), COMMAND_ALIASES);
      throw new KnownError(
        t('unknownCommand', {
          command: `'${makeVisible(command)}'`,
          ...(suggestion ? { suggestion: COMMANDS[suggestion] } : {}),
        }),
        EXIT.usage,
      );
    }
    args.command = known;
  }
  args.files = files;
  return args;
}
