/**
 * The form of one of the two single objects: the metadata of the file or the escalation model (their lists,
 * sources and phases, have sections of their own, linked from here).
 */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import { SCHEMA_OBJECTS } from '../../editor/generated/schema-fields.js';
import { getAt } from '../../editor/pointer.js';
import type { CollectionKey } from '../../editor/collections.js';
import { renderField, type FormContext } from './form-fields.js';
import { capitalize } from './capitalize.js';
import { collectionKey } from '../../i18n/enum-key.js';

export type SingleSection = 'metadata' | 'escalationModel' | 'meldcode';

export interface SingleSectionProps {
  lang: Lang;
  section: SingleSection;
  network: unknown;
  form: FormContext;
  select(section: CollectionKey): void;
}

export function renderSingleSection({ lang: l, section: s, network, form, select }: SingleSectionProps) {
  const object = SCHEMA_OBJECTS[s]!;
  const value = getAt(network, `/${s}`) as Record<string, unknown> | undefined;
  const list: CollectionKey = s === 'metadata' ? 'sources' : s === 'meldcode' ? 'meldcodeSteps' : 'phases';
  // The lists have sections of their own: the sources of the file, the escalation model's phases and tracks, the meldcode's steps.
  const own: Record<SingleSection, readonly string[]> = { metadata: ['sources'], escalationModel: ['phases', 'tracks'], meldcode: ['steps'] };
  const fields = Object.keys(object.fields).filter((f) => !own[s].includes(f));
  return html`<section class="form" aria-labelledby="form-heading">
    <h2 id="form-heading" tabindex="-1">${msg(l, `editor.section.${s}`)}</h2>
    ${object.description ? html`<p class="help">${object.description}</p>` : nothing}
    ${fields.map((f) => renderField(form, s, f, value?.[f], `/${s}/${f}`, object.required.includes(f)))}
    <p class="help">
      ${msg(l, s === 'metadata' ? 'editor.single.sourcesElsewhere' : s === 'meldcode' ? 'editor.single.stepsElsewhere' : 'editor.single.phasesElsewhere')}
      <button type="button" class="link" @click=${() => select(list)}>${capitalize(msg(l, collectionKey(list, true)))}</button>
      ${s === 'escalationModel'
        ? html`<button type="button" class="link" @click=${() => select('tracks')}>${capitalize(msg(l, collectionKey('tracks', true)))}</button>`
        : nothing}
    </p>
  </section>`;
}
