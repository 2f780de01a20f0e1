/**
 * The delete dialog: what else goes with the item (its contact persons, its relations) and which items refer to
 * it, with the choice to remove those references or point them at another item of the same kind.
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import { COLLECTION_BY_KEY, rawItemsOf, referenceOptions, type CollectionKey } from '../../editor/collections.js';
import { getAt } from '../../editor/pointer.js';
import { planReplace, type DeletePlan } from '../../editor/references.js';
import { listLabel } from '../../editor/list-labels.js';
import { renderDialogShell } from './dialog-shell.js';
import { capitalize } from './capitalize.js';
import { collectionKey } from '../../i18n/enum-key.js';

export interface DeleteDialogState {
  kind: 'delete';
  collection: CollectionKey;
  index: number;
  plan: DeletePlan;
  strategy: 'remove' | 'replace';
  replacement: string;
}

export interface DeleteDialogProps {
  lang: Lang;
  network: unknown;
  dialog: DeleteDialogState;
  /** The user changed the strategy or the replacement. */
  update(dialog: DeleteDialogState): void;
  cancel(): void;
  confirm(): void;
}

export function renderDeleteDialog({ lang: l, network, dialog: d, update, cancel, confirm }: DeleteDialogProps) {
  const items = rawItemsOf(network, d.collection);
  const label = listLabel(network, d.collection, items[d.index], l);
  const extra = d.plan.deletes.slice(1);
  const refs = d.plan.references;
  const hasRefs = extra.length > 0 || refs.length > 0;
  const replacements = COLLECTION_BY_KEY[d.collection].hasId
    ? referenceOptions(network, [d.collection]).filter((o) => o.id !== (items[d.index] as { id?: string })?.id)
    : [];
  const replacing = d.strategy === 'replace' && d.replacement !== '';
  // When references move, relations that would point at themselves or repeat another are dropped: say which.
  const dropped = replacing ? planReplace(network, { collection: d.collection, index: d.index }, d.replacement) : [];
  const droppedAt = new Map(dropped.map((x) => [x.pointer, x]));
  const target = replacements.find((o) => o.id === d.replacement)?.label ?? d.replacement;
  const itemName = (collection: CollectionKey, pointer: string, fallback: string) => {
    const name = listLabel(network, collection, getAt(network, pointer), l) || fallback;
    return `${msg(l, collectionKey(collection))} ${name ? `“${name}”` : ''}`;
  };
  const droppedLine = (x: { reason: 'self' | 'duplicate' }, what: string) =>
    msg(l, x.reason === 'self' ? 'editor.delete.droppedSelf' : 'editor.delete.droppedDuplicate', { what });
  return renderDialogShell(
    msg(l, 'editor.delete.title', { what: label }),
    html`${hasRefs
      ? html`<p>${msg(l, 'editor.delete.hasReferences', { count: extra.length + refs.length })}</p>
          <div class="ref-list" tabindex="0" role="region" aria-label=${msg(l, 'editor.delete.listLabel')}>
            <ul>
              ${extra.map((x) => {
                const what = itemName(x.collection, x.pointer, x.label);
                const drop = droppedAt.get(x.pointer);
                if (drop) return html`<li class="dropped">${droppedLine(drop, what)}</li>`;
                return html`<li>${replacing ? msg(l, 'editor.delete.movedTo', { what: capitalize(what), target }) : msg(l, 'editor.delete.alsoDeleted', { what })}</li>`;
              })}
              ${refs.map((r) => html`<li>${msg(l, 'editor.delete.referenceFrom', { what: r.holderLabel || r.holderPointer, field: r.field.pattern.filter((s) => s !== '*').slice(-1)[0] ?? '' })}</li>`)}
              ${dropped
                .filter((x) => x.pointer.endsWith('/parent'))
                .map((x) => html`<li class="dropped">${droppedLine(x, `${msg(l, 'editor.delete.parentOf', { what: x.label })}`)}</li>`)}
            </ul>
          </div>
          <fieldset class="choices">
            <legend>${msg(l, 'editor.delete.strategy')}</legend>
            <label
              ><input type="radio" name="strategy" value="remove" .checked=${d.strategy === 'remove'} @change=${() => update({ ...d, strategy: 'remove' })} />
              ${msg(l, 'editor.delete.remove')}</label
            >
            ${replacements.length
              ? html`<label
                    ><input type="radio" name="strategy" value="replace" .checked=${d.strategy === 'replace'} @change=${() => update({ ...d, strategy: 'replace', replacement: d.replacement || replacements[0]!.id })} />
                    ${msg(l, 'editor.delete.replace')}</label
                  >
                  ${d.strategy === 'replace'
                    ? html`<label for="replacement">${msg(l, 'editor.delete.replaceWith')}</label>
                        <select id="replacement" @change=${(e: Event) => update({ ...d, replacement: (e.target as HTMLSelectElement).value })}>
                          ${replacements.map((o) => html`<option value=${o.id} ?selected=${o.id === d.replacement}>${o.label}</option>`)}
                        </select>`
                    : nothing}`
              : nothing}
          </fieldset>`
      : html`<p>${msg(l, 'editor.delete.noReferences')}</p>`}
    <p class="help">${msg(l, 'editor.delete.undoHint')}</p>`,
    html`<button type="button" class="secondary" autofocus @click=${cancel}>${msg(l, 'editor.action.cancel')}</button>
      <button type="button" class="danger" id="confirm-delete" @click=${confirm}>${msg(l, 'editor.action.delete')}</button>`,
    cancel,
  );
}
