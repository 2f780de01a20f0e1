/**
 * Live validation of the network being edited: the command line's validator plus the maintenance checks, in the
 * editor's words (editor-messages.ts),
 * 120 ms after the last change or at once on request. The last result is cached per version of the network,
 * so asking again for the same version (a save dialog, the `valid` of a change event) validates only once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../i18n/localize.js';
import { validateNetwork, type ValidationResult } from '../../model/index.js';
import { maintenanceChecks } from '../../editor/maintenance-checks.js';
import { inEditorWords } from '../../editor/editor-messages.js';

export interface ValidationOptions {
  /** The network being edited, or undefined when none is open. */
  edited(): { readonly current: unknown } | undefined;
  lang(): Lang;
  /** Entries not reviewed for longer than this many months get a maintenance warning. */
  reviewMonths(): number;
}

export const VALIDATION_DELAY_MS = 120;

export class ValidationController implements ReactiveController {
  /** The last result (valid and empty before a network is opened). */
  result: ValidationResult = { valid: true, problems: [], warnings: [] };
  private timer?: ReturnType<typeof setTimeout>;
  private cache?: { network: unknown; lang: Lang; months: number; result: ValidationResult };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ValidationOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Validates after a pause in the changes. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), VALIDATION_DELAY_MS);
  }

  /** Validates now and shows the result. */
  run(): ValidationResult {
    clearTimeout(this.timer);
    const edited = this.options.edited();
    if (!edited) return this.result;
    this.result = this.resultFor(edited.current);
    this.host.requestUpdate();
    return this.result;
  }

  /** The validation of `network` (cached for the last version asked for). */
  resultFor(network: unknown): ValidationResult {
    const lang = this.options.lang();
    const months = this.options.reviewMonths();
    const cache = this.cache;
    if (cache && cache.network === network && cache.lang === lang && cache.months === months) return cache.result;
    const raw = validateNetwork(network, { lang, checks: maintenanceChecks({ maxAgeMonths: months }) });
    // The editor's words: field titles and item names instead of property names and indices.
    const result = { ...raw, problems: raw.problems.map((p) => inEditorWords(p, network, lang)), warnings: raw.warnings.map((p) => inEditorWords(p, network, lang)) };
    this.cache = { network, lang, months, result };
    return result;
  }
}
