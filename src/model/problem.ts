/**
 * What validation and parsing report. Messages are plain Dutch (or English) for editors; `code`
 * is a stable English key for programs and tests.
 */
import type { Lang } from '../i18n/lookup.js';

export type Severity = 'error' | 'warning';

export interface Problem {
  /** JSON pointer (RFC 6901) to the value the problem is about; "" is the whole file. */
  path: string;
  /** Stable machine-readable key, e.g. `required`, `unknown-reference`, `json-trailing-comma`. */
  code: string;
  /** The message for the editor, in the requested language. */
  message: string;
  severity: Severity;
  /** 1-based line in the original text (only parse problems, which know their position). */
  line?: number;
  /** 1-based column in the original text (UTF-16 code units, as editors count). */
  column?: number;
}

export interface ValidationResult {
  /** True when there are no errors (warnings do not make a network invalid). */
  valid: boolean;
  /** The errors. */
  problems: Problem[];
  /** Things an editor should look at that do not make the file invalid. */
  warnings: Problem[];
}

/** Extra check run after the built-in ones (the editor adds its warnings through this hook). */
export type NetworkCheck = (data: unknown, context: CheckContext) => Problem[];

export interface CheckContext {
  lang: Lang;
  /** "organisatie 'Veilig Thuis'" etc. for a JSON pointer into `data`. */
  describe(path: string): string;
}
