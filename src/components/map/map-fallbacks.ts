/**
 * The map's own list and details (lazy chunk of the script-tag bundle, see lazy-parts.ts): shown only while
 * the panels' chunk (the real list and details panel) is not there, e.g. a node chosen before it arrived, or a
 * failed load. The map loads this chunk the first time it needs one of them; its styles come with it.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Id } from '../../model/types.js';
import { NODE_KINDS, type GraphNode } from '../../graph/types.js';
import { msg, type Lang } from '../../i18n/localize.js';

export const fallbackStyles = css`
  .fallback-details h2 {
    font-size: 1.125rem;
    margin: 0 0 0.25rem;
  }
  .fallback-details ul {
    padding-inline-start: 1.2rem;
  }
  .fallback-details li button {
    border: none;
    background: none;
    padding: 0.125rem 0;
    text-align: start;
    text-decoration: underline;
    min-height: 24px;
  }
`;

/** Every visible node as a button, grouped by kind. */
export function fallbackListTemplate(lang: Lang, nodes: readonly GraphNode[], selected: Id | undefined, select: (id: Id) => void): TemplateResult {
  return html`<div part="stage" class="stage list-stage fallback-list">
    ${NODE_KINDS.filter((kind) => nodes.some((n) => n.kind === kind)).map(
      (kind) => html`<h3>${msg(lang, `kind.${kind}.plural`)}</h3>
        <ul>
          ${nodes
            .filter((n) => n.kind === kind)
            .map(
              (n) => html`<li>
                <button type="button" aria-current=${n.id === selected ? 'true' : nothing} @click=${() => select(n.id)}>
                  ${n.label}
                </button>
              </li>`,
            )}
        </ul>`,
    )}
  </div>`;
}

/** The node's name and kind, and its neighbours as buttons. */
export function fallbackDetailsTemplate(
  lang: Lang,
  node: GraphNode,
  neighbours: readonly GraphNode[],
  select: (id: Id | null) => void,
): TemplateResult {
  return html`<section class="fallback-details">
    <h2 tabindex="-1">${node.label}</h2>
    <p>${msg(lang, `kind.${node.kind}`)}</p>
    <h3>${msg(lang, 'details.related')}</h3>
    <ul>
      ${neighbours.map((n) => html`<li><button type="button" @click=${() => select(n.id)}>${n.label}</button></li>`)}
    </ul>
    <button type="button" @click=${() => select(null)}>${msg(lang, 'action.close')}</button>
  </section>`;
}
