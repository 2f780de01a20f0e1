/**
 * The list pane of a collection: a filter, the add button and every item (with a badge for its errors or
 * warnings); the form of the selected item is rendered beside it by the component.
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { ValidationResult } from '../../model/index.js';
import { COLLECTION_BY_KEY, rawItemsOf, type CollectionKey } from '../../editor/collections.js';
import { listLabel } from '../../editor/list-labels.js';
import { problemCount } from '../../editor/problems-at.js';
import { capitalize } from './capitalize.js';
import { collectionKey } from '../../i18n/enum-key.js';

export interface CollectionListProps {
  lang: Lang;
  collection: CollectionKey;
  network: unknown;
  validation: ValidationResult;
  selected: number | null;
  select(index: number): void;
  filter: string;
  setFilter(text: string): void;
  add(): void;
}

export function renderCollectionList(p: CollectionListProps) {
  const { lang: l, collection: key } = p;
  const pointer = COLLECTION_BY_KEY[key].pointer;
  const items = rawItemsOf(p.network, key);
  const filter = p.filter.trim().toLowerCase();
  const entries = items
    .map((item, index) => ({ index, label: listLabel(p.network, key, item, l) }))
    .filter((e) => !filter || e.label.toLowerCase().includes(filter));
  const plural = msg(l, collectionKey(key, true));
  return html`<section class="list-pane" aria-labelledby="list-heading">
    <h2 id="list-heading">${capitalize(plural)}</h2>
    <div class="list-tools">
      <label for="list-filter" class="visually-hidden">${msg(l, 'editor.list.filter', { what: plural })}</label>
      <input
        id="list-filter"
        type="search"
        placeholder=${msg(l, 'editor.list.filter', { what: plural })}
        .value=${p.filter}
        @input=${(e: Event) => p.setFilter((e.target as HTMLInputElement).value)}
      />
      <button type="button" id="add" @click=${p.add}>${msg(l, 'editor.list.add', { what: msg(l, collectionKey(key)) })}</button>
    </div>
    ${items.length === 0 ? html`<p class="empty">${msg(l, 'editor.list.empty', { what: plural })}</p>` : nothing}
    <ul class="plain entity-list">
      ${entries.map(({ index, label }) => {
        const counts = problemCount(p.validation, `${pointer}/${index}`);
        return html`<li>
          <button type="button" class="entity" aria-current=${p.selected === index ? 'true' : 'false'} @click=${() => p.select(index)}>
            <span class="entity-label">${label || msg(l, 'editor.list.unnamed')}</span>
            ${counts.errors
              ? html`<span class="badge error-badge">${msg(l, 'editor.list.errors', { count: counts.errors })}</span>`
              : counts.warnings
                ? html`<span class="badge warning-badge">${msg(l, 'editor.list.warnings', { count: counts.warnings })}</span>`
                : nothing}
          </button>
        </li>`;
      })}
    </ul>
  </section>`;
}
