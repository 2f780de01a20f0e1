/**
 * The map's error view (lazy chunk of the script-tag bundle, see lazy-parts.ts): the view of a file that
 * cannot be loaded or is invalid, its styles and its Dutch texts. The data controller loads this chunk
 * before it reports a load error, so the view and its texts are there when the error is shown.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, registerCatalogue, type Lang } from '../../i18n/localize.js';
import errorNl from '../../i18n/error.nl.js';
import type { LoadError } from '../shared/data-controller.js';

registerCatalogue('nl', errorNl);

/** Styles of the error view, added to the map's shadow root when an error is shown. */
export const errorStyles = css`
  .state h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }
  .error {
    border-inline-start: 4px solid var(--_gia-color-error);
  }
  .error h2 {
    color: var(--_gia-color-error);
  }
  .error code {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
`;

export function errorTemplate(lang: Lang, error: LoadError): TemplateResult {
  const more = (error.problemCount ?? 0) - (error.problems?.length ?? 0);
  return html`<div part="error" class="state error" role="alert">
    <h2>${msg(lang, 'error.title')}</h2>
    <p>${error.message}</p>
    ${error.problems && error.problems.length > 0
      ? html`<p>${msg(lang, 'error.firstProblems')}</p>
          <ul>
            ${error.problems.map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
          </ul>
          ${more > 0 ? html`<p>${msg(lang, 'error.more', { count: more })}</p>` : nothing}`
      : nothing}
  </div>`;
}
