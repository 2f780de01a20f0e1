/**
 * The urgent-help strip of public mode: 112 for acute danger, Veilig Thuis for advice or a report (or the
 * network's own urgent lines, graph/urgent-help.ts), each a `tel:` link, and the quick-exit button
 * (quick-exit-controller.ts). It sticks to the top of the element while the page scrolls through it, and
 * needs no data: it shows while the data loads and in the error state.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { UrgentLine } from '../../graph/urgent-help.js';
import { msg, type Lang } from '../../i18n/localize.js';

export interface UrgentStripInput {
  lang: Lang;
  lines: readonly UrgentLine[];
  /** The quick-exit button's action; no button when undefined (turned off by the page). */
  onQuickExit?: () => void;
}

const AUDIENCES = new Set(['everyone', 'residents', 'professionals']);

function lineTemplate(lang: Lang, line: UrgentLine): TemplateResult {
  if (line.builtIn) {
    const key = line.builtIn === 'emergency' ? 'urgent.emergency' : 'urgent.veiligThuis';
    const note = msg(lang, `${key}.note`);
    return html`<li class=${line.builtIn}>
      <span class="what">${msg(lang, key)}</span>
      <a href=${line.href} aria-label=${msg(lang, 'urgent.call', { number: line.number })}>${line.number}</a>
      ${note ? html`<span class="note">${note}</span>` : nothing}
    </li>`;
  }
  const audience = line.audience && AUDIENCES.has(line.audience) ? msg(lang, `urgent.audience.${line.audience}`) : line.audience;
  const note = [line.hours, audience].filter(Boolean).join(' · ');
  return html`<li>
    <span class="what">${line.label}:</span>
    <a href=${line.href} aria-label=${msg(lang, 'urgent.call', { number: line.number })}>${line.number}</a>
    ${note ? html`<span class="note">${note}</span>` : nothing}
  </li>`;
}

export function urgentStripTemplate(input: UrgentStripInput): TemplateResult {
  const { lang } = input;
  return html`<div class="urgent" part="urgent">
    <section class="urgent-lines" aria-label=${msg(lang, 'urgent.label')}>
      <ul>
        ${input.lines.map((line) => lineTemplate(lang, line))}
      </ul>
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
