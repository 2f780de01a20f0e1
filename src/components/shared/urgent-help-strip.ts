/**
 * The urgent-help strip of public mode: 112 for acute danger, Veilig Thuis for advice or a report (or the
 * network's own urgent-help lines, graph/urgent-help.ts; the others one tap away under "Meer hulplijnen"; what
 * only a file's own lines need is a lazy chunk, urgent-help-own-lines.ts), each a `tel:` link, and the quick-exit button
 * (quick-exit-controller.ts). It sticks to the top of the element while the page scrolls through it, and
 * needs no data: it shows while the data loads and in the error state.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { UrgentHelpChannel } from '../../graph/national-help-lines.js';
import { msg, type Lang } from '../../i18n/localize.js';

export interface UrgentStripInput {
  lang: Lang;
  /** The lines in display order (graph/urgent-help.ts `urgentHelpChannels`: the file's, or 112 and Veilig Thuis). */
  lines: readonly UrgentHelpChannel[];
  /** The quick-exit button's action; no button when undefined (turned off by the page). */
  onQuickExit?: () => void;
  /**
   * The parts for a file's own lines (urgent-help-own-lines.ts `urgentStripExtras`, a lazy chunk); without them
   * only the lines the strip words itself (112, Veilig Thuis) are complete, and no "Meer hulplijnen".
   */
  extras?: UrgentStripExtras | undefined;
}

/** How many phone lines stay in view; the rest (other lines, websites) are one tap away under "Meer hulplijnen". */
const SHOWN_PHONE_LINES = 2;

/** The national numbers the strip words itself (in the reader's language, short): by their `tel:` link. */
const WORDED: Readonly<Record<string, string>> = { 'tel:112': 'urgent.emergency', 'tel:08002000': 'urgent.veiligThuis' };

/**
 * The parts of the strip that only a file's own lines need (urgent-help-own-lines.ts, a lazy chunk): the note
 * under a line the strip does not word itself, and the "Meer hulplijnen" fold.
 */
export interface UrgentStripExtras {
  noteOf(lang: Lang, line: UrgentHelpChannel): string;
  more(lang: Lang, lines: readonly TemplateResult[]): TemplateResult;
}

function lineTemplate(lang: Lang, line: UrgentHelpChannel, extras: UrgentStripExtras | undefined): TemplateResult {
  const worded = WORDED[line.href];
  const phone = line.href.startsWith('tel:') && line.number !== undefined;
  const what = worded ? msg(lang, worded) : `${line.label}:`;
  const note = worded ? msg(lang, `${worded}.note`) : (extras?.noteOf(lang, line) ?? '');
  const external = line.href.startsWith('http');
  const linkText = phone ? line.number! : line.href.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
  return html`<li>
    <span class="what">${what}</span>
    <a
      href=${line.href}
      aria-label=${phone ? msg(lang, 'urgent.call', { number: line.number! }) : nothing}
      rel=${external ? 'noopener noreferrer' : nothing}
      >${linkText}</a
    >
    ${note ? html`<span class="note">${note}</span>` : nothing}
  </li>`;
}

export function urgentStripTemplate(input: UrgentStripInput): TemplateResult {
  const { lang, extras } = input;
  const phones = input.lines.filter((line) => line.href.startsWith('tel:')).slice(0, SHOWN_PHONE_LINES);
  const more = input.lines.filter((line) => !phones.includes(line));
  return html`<div class="urgent" part="urgent">
    <section class="urgent-lines" aria-label=${msg(lang, 'urgent.label')}>
      <ul>
        ${phones.map((line) => lineTemplate(lang, line, extras))}
      </ul>
      ${more.length > 0 && extras ? extras.more(lang, more.map((line) => lineTemplate(lang, line, extras))) : nothing}
    </section>
    ${input.onQuickExit
      ? html`<button type="button" class="quick-exit" part="quick-exit" title=${msg(lang, 'quickExit.hint')} @click=${input.onQuickExit}>
          ${msg(lang, 'quickExit.label')}<span class="visually-hidden">: ${msg(lang, 'quickExit.hint')}</span>
        </button>`
      : nothing}
  </div>`;
}

export const urgentStripStyles = css`
  .urgent {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.375rem 0.5rem;
    background: var(--_gia-color-surface);
    border-block-end: 2px solid var(--_gia-color-error);
    min-width: 0;
  }
  .urgent-lines {
    flex: 1 1 auto;
    min-width: 0;
  }
  .urgent ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.125rem 1.25rem;
  }
  .urgent li {
    overflow-wrap: anywhere;
  }
  .urgent .what {
    font-weight: 600;
  }
  .urgent a {
    display: inline-block;
    min-height: 24px;
    font-weight: 700;
    font-size: 1.0625rem;
    color: var(--_gia-color-link);
    padding-inline: 0.125rem;
  }
  .urgent a:focus-visible,
  .urgent .quick-exit:focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  .urgent .more > summary {
    cursor: pointer;
    min-height: 24px;
    font-size: 0.875rem;
    color: var(--_gia-color-link);
  }
  .urgent .more > summary:focus-visible {
    outline: 2px solid var(--_gia-color-focus);
    outline-offset: 2px;
  }
  .urgent .more ul {
    flex-direction: column;
    padding-block: 0.25rem;
  }
  .urgent .note {
    color: var(--_gia-color-text-muted);
    font-size: 0.875rem;
  }
  .urgent .quick-exit {
    flex: 0 0 auto;
    align-self: flex-start;
    font: inherit;
    font-weight: 700;
    min-height: 2.5rem;
    min-width: 2.5rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
    color: var(--_gia-color-accent-text);
    background: var(--_gia-color-accent);
    border: 1px solid var(--_gia-color-accent);
    border-radius: var(--_gia-radius);
  }
  @media (forced-colors: active) {
    .urgent {
      border-block-end-color: CanvasText;
    }
    .urgent .quick-exit {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
  @media print {
    .urgent .quick-exit {
      display: none;
    }
  }
`;
