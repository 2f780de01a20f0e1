/**
 * Form fields generated from the schema facts (src/editor/generated/schema-fields.ts): the schema's Dutch
 * titles are the labels, its descriptions the help texts. References are chosen from lists (select or
 * checkboxes), never typed. Pure render functions; the component passes a context with the data and the
 * callbacks.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { Problem } from '../../model/index.js';
import { SCHEMA_OBJECTS } from '../../editor/generated/schema-fields.js';
import type { SchemaFieldInfo } from '../../editor/schema-field-types.js';
import { referenceOptions, type CollectionKey, type ReferenceOption } from '../../editor/collections.js';
import { referenceTargetsFor } from '../../editor/reference-fields.js';
import { fieldId } from './field-ids.js';
import { GROUP_ORDER, groupOf, isPersonalField } from './field-groups.js';
import { collectionKey, enumKey } from '../../i18n/enum-key.js';
import { dateFieldKind, withoutFormatNote } from '../../editor/date-input.js';
import { renderDateField, type DateEntry } from './date-field.js';

export interface FormContext {
  lang: Lang;
  /** The whole network (reference options come from here). */
  network: unknown;
  /** Problems whose path is exactly this pointer (with `children`: also those inside it). */
  problemsAt(pointer: string, children?: boolean): readonly Problem[];
  /** Sets (or with undefined removes) the value at pointer. `merge`: part of a typing burst. */
  set(pointer: string, value: unknown, merge?: boolean): void;
  /** Changes the id of the item at `pointer` (references follow). */
  renameId(pointer: string, newId: string): void;
  /** Filter text of a long checkbox list. */
  filterOf(pointer: string): string;
  setFilter(pointer: string, text: string): void;
  /** Text typed in a date field that is not (yet) the stored value. */
  dateEntryOf(pointer: string): DateEntry | undefined;
  setDateEntry(pointer: string, entry: DateEntry | undefined): void;
}

const LONG_LIST = 10;

function label(info: SchemaFieldInfo | undefined, field: string): string {
  return info?.title ?? field;
}

function enumLabel(lang: Lang, object: string, field: string, value: string): string {
  const key = enumKey(object, field, value);
  const text = msg(lang, key);
  return text === key ? value : text;
}

/** The help and problem lines under a field, and the ids aria-describedby needs. */
function describe(ctx: FormContext, pointer: string, info: SchemaFieldInfo | undefined, children = false) {
  const problems = ctx.problemsAt(pointer, children);
  const helpId = fieldId(pointer, 'h');
  const errId = fieldId(pointer, 'e');
  const personal = isPersonalField(pointer);
  const ids = [info?.description || personal ? helpId : '', problems.length ? errId : ''].filter(Boolean).join(' ');
  const invalid = problems.some((p) => p.severity === 'error');
  const help =
    info?.description || personal
      ? html`<p class="help" id=${helpId}>
          ${personal ? html`<span class="badge personal">${msg(ctx.lang, 'editor.form.personal')}</span> ` : nothing}${info?.description ?? ''}
        </p>`
      : nothing;
  const errors = problems.length
    ? html`<div class="problems" id=${errId}>
        ${problems.map(
          (p) => html`<p class=${p.severity === 'error' ? 'error' : 'warning'}>
            <span class="problem-kind">${msg(ctx.lang, p.severity === 'error' ? 'editor.problem.error' : 'editor.problem.warning')}</span>
            ${p.message}
          </p>`,
        )}
      </div>`
    : nothing;
  return { ids: ids || undefined, invalid, help, errors };
}

function requiredMark(lang: Lang, required: boolean) {
  return required ? html` <span class="required">(${msg(lang, 'editor.form.required')})</span>` : nothing;
}

function inputType(info: SchemaFieldInfo): string {
  switch (info.format) {
    case 'email':
      return 'email';
    case 'webUrl':
      return 'url';
    case 'phone':
      return 'tel';
    default:
      return 'text';
  }
}

function optionGroups(lang: Lang, options: ReferenceOption[], targets: readonly CollectionKey[], current: unknown) {
  const groups = targets
    .map((t) => ({ t, items: options.filter((o) => o.collection === t) }))
    .filter((g) => g.items.length > 0);
  const render = (o: ReferenceOption) => html`<option value=${o.id} ?selected=${o.id === current}>${o.label}</option>`;
  if (groups.length <= 1) return options.map(render);
  return groups.map(
    (g) => html`<optgroup label=${msg(lang, collectionKey(g.t, true))}>${g.items.map(render)}</optgroup>`,
  );
}

/** One field of an object, by schema facts. */
export function renderField(
  ctx: FormContext,
  object: string,
  field: string,
  value: unknown,
  pointer: string,
  required: boolean,
  isEntityId = false,
): TemplateResult {
  const schemaInfo = SCHEMA_OBJECTS[object]?.fields[field];
  const dateKind = dateFieldKind(schemaInfo);
  // A date field reads more than JJJJ-MM-DD: its help drops that note and says what to type instead.
  const info = dateKind && schemaInfo?.description ? { ...schemaInfo, description: withoutFormatNote(schemaInfo.description) } : schemaInfo;
  const id = fieldId(pointer);
  const d = describe(ctx, pointer, info);
  const title = label(info, field);
  const targets = referenceTargetsFor(object, field);
  const setText = (raw: string, merge = true) => ctx.set(pointer, raw === '' && !required ? undefined : raw, merge);

  if (!info) return html``;

  if (dateKind) {
    return renderDateField({
      lang: ctx.lang,
      pointer,
      kind: dateKind,
      value,
      required,
      label: html`${title}${requiredMark(ctx.lang, required)}`,
      help: d.help,
      errors: d.errors,
      describedBy: d.ids,
      invalid: d.invalid,
      entry: ctx.dateEntryOf(pointer),
      setEntry: (entry) => ctx.setDateEntry(pointer, entry),
      set: (v) => ctx.set(pointer, v),
    });
  }

  // A single reference: a select with exactly the existing items.
  if (targets && info.kind === 'string') {
    const options = referenceOptions(ctx.network, targets);
    const known = options.some((o) => o.id === value);
    return html`<div class="field" data-pointer=${pointer}>
      <label for=${id}>${title}${requiredMark(ctx.lang, required)}</label>
      ${d.help}
      <select
        id=${id}
        data-pointer=${pointer}
        aria-describedby=${d.ids ?? nothing}
        aria-invalid=${d.invalid ? 'true' : 'false'}
        @change=${(e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          ctx.set(pointer, v === '' ? (required ? '' : undefined) : v);
        }}
      >
        <option value="" ?selected=${!known}>${msg(ctx.lang, required ? 'editor.form.choose' : 'editor.form.none')}</option>
        ${optionGroups(ctx.lang, options, targets, value)}
      </select>
      ${d.errors}
    </div>`;
  }

  // A list of references: checkboxes (with a filter when the list is long).
  if (targets && info.kind === 'array') {
    const selected = new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
    const known = referenceOptions(ctx.network, targets);
    // Ids in the file that do not exist are shown (checked), so they can be unticked.
    const unknown = [...selected].filter((v) => !known.some((o) => o.id === v));
    const options = [
      ...known,
      ...unknown.map((v) => ({ id: v, label: msg(ctx.lang, 'editor.form.unknownId', { id: v }), collection: targets[0]! })),
    ];
    const dc = describe(ctx, pointer, info, true);
    const filter = ctx.filterOf(pointer).trim().toLowerCase();
    const shown = filter ? options.filter((o) => o.label.toLowerCase().includes(filter) || selected.has(o.id)) : options;
    const toggle = (optionId: string, on: boolean) => {
      const next = options.map((o) => o.id).filter((oid) => (oid === optionId ? on : selected.has(oid)) && (on || oid !== optionId));
      ctx.set(pointer, next.length === 0 && !required ? undefined : next);
    };
    return html`<fieldset class="field choices" data-pointer=${pointer} aria-describedby=${dc.ids ?? nothing}>
      <legend id=${id} tabindex="-1">${title}${requiredMark(ctx.lang, required)}
        <span class="count">${msg(ctx.lang, 'editor.form.selectedCount', { count: selected.size })}</span></legend>
      ${dc.help}
      ${options.length > LONG_LIST
        ? html`<label class="filter"
            >${msg(ctx.lang, 'editor.form.filter')}
            <input type="search" .value=${live(ctx.filterOf(pointer))} @input=${(e: Event) => ctx.setFilter(pointer, (e.target as HTMLInputElement).value)}
          /></label>`
        : nothing}
      ${options.length === 0 ? html`<p class="empty">${msg(ctx.lang, 'editor.form.noOptions', { what: msg(ctx.lang, collectionKey(targets[0] ?? '', true)) })}</p>` : nothing}
      <ul class="checklist">
        ${shown.map(
          (o) => html`<li>
            <label
              ><input type="checkbox" .checked=${live(selected.has(o.id))} @change=${(e: Event) => toggle(o.id, (e.target as HTMLInputElement).checked)} />
              ${o.label}</label
            >
          </li>`,
        )}
      </ul>
      ${dc.errors}
    </fieldset>`;
  }

  switch (info.kind) {
    case 'enum': {
      const values = info.enum ?? [];
      return html`<div class="field" data-pointer=${pointer}>
        <label for=${id}>${title}${requiredMark(ctx.lang, required)}</label>
        ${d.help}
        <select
          id=${id}
          data-pointer=${pointer}
          aria-describedby=${d.ids ?? nothing}
          aria-invalid=${d.invalid ? 'true' : 'false'}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            ctx.set(pointer, v === '' ? undefined : v);
          }}
        >
          ${required && values.includes(String(value)) ? nothing : html`<option value="" ?selected=${!values.includes(String(value))}>${msg(ctx.lang, required ? 'editor.form.choose' : 'editor.form.none')}</option>`}
          ${values.map((v) => html`<option value=${v} ?selected=${v === value}>${enumLabel(ctx.lang, object, field, v)}</option>`)}
        </select>
        ${d.errors}
      </div>`;
    }
    case 'boolean':
      return html`<div class="field check" data-pointer=${pointer}>
        <input
          type="checkbox"
          id=${id}
          data-pointer=${pointer}
          .checked=${live(value === true)}
          aria-describedby=${d.ids ?? nothing}
          aria-invalid=${d.invalid ? 'true' : 'false'}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            ctx.set(pointer, on ? true : required ? false : undefined);
          }}
        />
        <label for=${id}>${title}</label>
        ${d.help} ${d.errors}
      </div>`;
    case 'integer':
    case 'number':
      return html`<div class="field" data-pointer=${pointer}>
        <label for=${id}>${title}${requiredMark(ctx.lang, required)}</label>
        ${d.help}
        <input
          type="number"
          id=${id}
          data-pointer=${pointer}
          inputmode="numeric"
          .value=${live(typeof value === 'number' ? String(value) : '')}
          aria-describedby=${d.ids ?? nothing}
          aria-invalid=${d.invalid ? 'true' : 'false'}
          @input=${(e: Event) => {
            const raw = (e.target as HTMLInputElement).value;
            ctx.set(pointer, raw === '' ? undefined : Number(raw), true);
          }}
        />
        ${d.errors}
      </div>`;
    case 'object':
      return renderObject(ctx, info.object ?? '', value, pointer, title, d);
    case 'array':
      return renderArray(ctx, object, field, info, value, pointer, title, required, d);
    default: {
      const text = typeof value === 'string' ? value : '';
      const common = {
        id,
        ids: d.ids,
        invalid: d.invalid,
      };
      const control =
        info.format === 'longText'
          ? html`<textarea
              id=${common.id}
              data-pointer=${pointer}
              rows="3"
              .value=${live(text)}
              aria-describedby=${common.ids ?? nothing}
              aria-invalid=${common.invalid ? 'true' : 'false'}
              @input=${(e: Event) => setText((e.target as HTMLTextAreaElement).value)}
            ></textarea>`
          : isEntityId
            ? html`<input
                type="text"
                id=${common.id}
                data-pointer=${pointer}
                spellcheck="false"
                autocomplete="off"
                .value=${live(text)}
                aria-describedby=${common.ids ?? nothing}
                aria-invalid=${common.invalid ? 'true' : 'false'}
                @change=${(e: Event) => ctx.renameId(pointer, (e.target as HTMLInputElement).value.trim())}
              />`
            : html`<input
                type=${inputType(info)}
                id=${common.id}
                data-pointer=${pointer}
                autocomplete="off"
                .value=${live(text)}
                aria-describedby=${common.ids ?? nothing}
                aria-invalid=${common.invalid ? 'true' : 'false'}
                @input=${(e: Event) => setText((e.target as HTMLInputElement).value)}
              />`;
      return html`<div class="field" data-pointer=${pointer}>
        <label for=${id}>${title}${requiredMark(ctx.lang, required)}</label>
        ${d.help} ${control} ${d.errors}
      </div>`;
    }
  }
}

function renderObject(
  ctx: FormContext,
  object: string,
  value: unknown,
  pointer: string,
  title: string,
  d: ReturnType<typeof describe>,
): TemplateResult {
  const schema = SCHEMA_OBJECTS[object];
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  return html`<fieldset class="field group" data-pointer=${pointer} aria-describedby=${d.ids ?? nothing}>
    <legend id=${fieldId(pointer)} tabindex="-1">${title}</legend>
    ${d.help} ${d.errors}
    ${Object.keys(schema?.fields ?? {}).map((f) =>
      renderField(ctx, object, f, record[f], `${pointer}/${f}`, schema?.required.includes(f) ?? false),
    )}
  </fieldset>`;
}

/** A new, empty item for an array of objects (required enums get their first value). */
function newObject(object: string): Record<string, unknown> {
  const schema = SCHEMA_OBJECTS[object];
  const item: Record<string, unknown> = {};
  for (const f of schema?.required ?? []) {
    const info = schema?.fields[f];
    if (info?.kind === 'enum') item[f] = info.enum?.[0];
    else if (info?.kind === 'boolean') item[f] = false;
    else item[f] = '';
  }
  return item;
}

function renderArray(
  ctx: FormContext,
  object: string,
  field: string,
  info: SchemaFieldInfo,
  value: unknown,
  pointer: string,
  title: string,
  required: boolean,
  described: ReturnType<typeof describe>,
): TemplateResult {
  let d = described;
  const list = Array.isArray(value) ? value : [];
  const items = info.items;
  const remove = (i: number) => {
    const next = list.filter((_, j) => j !== i);
    ctx.set(pointer, next.length === 0 && !required ? undefined : next);
  };
  // A fixed set of values (e.g. audience): checkboxes.
  if (items?.kind === 'enum') {
    const values = items.enum ?? [];
    d = describe(ctx, pointer, info, true);
    return html`<fieldset class="field choices" data-pointer=${pointer} aria-describedby=${d.ids ?? nothing}>
      <legend id=${fieldId(pointer)} tabindex="-1">${title}</legend>
      ${d.help}
      <ul class="checklist inline">
        ${values.map(
          (v) => html`<li>
            <label
              ><input
                type="checkbox"
                .checked=${live(list.includes(v))}
                @change=${(e: Event) => {
                  const on = (e.target as HTMLInputElement).checked;
                  const next = values.filter((x) => (x === v ? on : list.includes(x)));
                  ctx.set(pointer, next.length ? next : undefined);
                }}
              />
              ${enumLabel(ctx.lang, object, field, v)}</label
            >
          </li>`,
        )}
      </ul>
      ${d.errors}
    </fieldset>`;
  }
  const itemObject = items?.kind === 'object' ? (items.object ?? '') : undefined;
  const itemTitle = itemObject ? (SCHEMA_OBJECTS[itemObject]?.title ?? items?.title ?? title) : (items?.title ?? title);
  // Source references are many and rarely edited: folded away unless something is wrong in them.
  if (field === 'sources' && object !== 'metadata') {
    const hasProblems = ctx.problemsAt(pointer, true).length > 0;
    return html`<details class="fold" ?open=${hasProblems}>
      <summary>${title} (${list.length})</summary>
      ${renderList(ctx, list, itemObject, itemTitle, pointer, title, required, d, remove)}
    </details>`;
  }
  return renderList(ctx, list, itemObject, itemTitle, pointer, title, required, d, remove);
}

function renderList(
  ctx: FormContext,
  list: unknown[],
  itemObject: string | undefined,
  itemTitle: string,
  pointer: string,
  title: string,
  required: boolean,
  d: ReturnType<typeof describe>,
  remove: (i: number) => void,
): TemplateResult {
  return html`<fieldset class="field list" data-pointer=${pointer} aria-describedby=${d.ids ?? nothing}>
    <legend id=${fieldId(pointer)} tabindex="-1">${title}${requiredMark(ctx.lang, required)}</legend>
    ${d.help} ${d.errors}
    ${list.length === 0 ? html`<p class="empty">${msg(ctx.lang, 'editor.form.emptyList')}</p>` : nothing}
    <ol class="items">
      ${list.map((item, i) => {
        const itemPointer = `${pointer}/${i}`;
        const number = msg(ctx.lang, 'editor.form.itemNumber', { what: itemTitle, n: i + 1 });
        const removeButton = html`<button type="button" class="small secondary" @click=${() => remove(i)} aria-label=${msg(ctx.lang, 'editor.form.removeItem', { what: number })}>
          ${msg(ctx.lang, 'editor.action.remove')}
        </button>`;
        if (itemObject) {
          const schema = SCHEMA_OBJECTS[itemObject];
          const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
          const problems = ctx.problemsAt(itemPointer);
          return html`<li class="item">
            <fieldset class="group" data-pointer=${itemPointer}>
              <legend id=${fieldId(itemPointer)} tabindex="-1">${number}</legend>
              ${problems.map((p) => html`<p class=${p.severity === 'error' ? 'error' : 'warning'}>${p.message}</p>`)}
              ${Object.keys(schema?.fields ?? {}).map((f) =>
                renderField(ctx, itemObject, f, record[f], `${itemPointer}/${f}`, schema?.required.includes(f) ?? false),
              )}
              ${removeButton}
            </fieldset>
          </li>`;
        }
        const itemId = fieldId(itemPointer);
        const problems = ctx.problemsAt(itemPointer);
        const errId = fieldId(itemPointer, 'e');
        return html`<li class="item text-item" data-pointer=${itemPointer}>
          <label for=${itemId} class="visually-hidden">${number}</label>
          <textarea
            id=${itemId}
            data-pointer=${itemPointer}
            rows="2"
            .value=${live(typeof item === 'string' ? item : '')}
            aria-describedby=${problems.length ? errId : nothing}
            aria-invalid=${problems.some((p) => p.severity === 'error') ? 'true' : 'false'}
            @input=${(e: Event) => ctx.set(itemPointer, (e.target as HTMLTextAreaElement).value, true)}
          ></textarea>
          ${removeButton}
          ${problems.length ? html`<div class="problems" id=${errId}>${problems.map((p) => html`<p class="error">${p.message}</p>`)}</div>` : nothing}
        </li>`;
      })}
    </ol>
    <button
      type="button"
      class="small"
      @click=${() => ctx.set(pointer, [...list, itemObject ? newObject(itemObject) : ''])}
    >
      ${msg(ctx.lang, 'editor.form.addItem', { what: itemTitle.toLowerCase() })}
    </button>
  </fieldset>`;
}

/** All fields of an item, in titled sections. */
export function renderItemForm(ctx: FormContext, object: string, item: unknown, pointer: string, hasId: boolean): TemplateResult {
  const schema = SCHEMA_OBJECTS[object];
  const record = item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
  const fields = Object.keys(schema?.fields ?? {});
  return html`${GROUP_ORDER.map((group) => {
    const inGroup = fields.filter((f) => groupOf(f) === group);
    if (inGroup.length === 0) return nothing;
    return html`<section class="form-section" aria-labelledby=${fieldId(pointer, 'g' + group)}>
      <h3 id=${fieldId(pointer, 'g' + group)}>${msg(ctx.lang, `editor.group.${group}`)}</h3>
      ${inGroup.map((f) =>
        renderField(ctx, object, f, record[f], `${pointer}/${f}`, schema?.required.includes(f) ?? false, hasId && f === 'id'),
      )}
    </section>`;
  })}`;
}
