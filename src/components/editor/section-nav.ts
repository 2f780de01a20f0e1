/** The navigation between the editor's sections: the two single objects, every collection with its size, the problems. */
import { html, nothing } from 'lit';
import { msg, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import type { ValidationResult } from '../../model/index.js';
import { rawItemsOf } from '../../editor/collections.js';
import { LIST_SECTIONS, type EditorSection } from '../../editor/sections.js';
import { capitalize } from './capitalize.js';
import { collectionKey } from '../../i18n/enum-key.js';

export interface SectionNavProps {
  lang: Lang;
  network: unknown;
  validation: ValidationResult;
  section: EditorSection;
  select(section: EditorSection): void;
}

export function renderSectionNav({ lang: l, network, validation, section, select }: SectionNavProps) {
  const sections: { key: EditorSection; label: string; count?: number }[] = [
    { key: 'metadata', label: msg(l, 'editor.section.metadata') },
    { key: 'escalationModel', label: msg(l, 'editor.section.escalationModel') },
    { key: 'meldcode', label: msg(l, 'editor.section.meldcode') },
    ...LIST_SECTIONS.map((k) => ({
      key: k,
      label: capitalize(msg(l, collectionKey(k, true))),
      count: rawItemsOf(network, k).length,
    })),
    { key: 'problems', label: msg(l, 'editor.section.problems'), count: validation.problems.length + validation.warnings.length },
  ];
  return html`<nav class="sections" aria-label=${msg(l, 'editor.nav')}>
    <ul class="plain">
      ${sections.map(
        (s) => html`<li>
          <button type="button" class="nav-item" aria-current=${section === s.key ? 'true' : 'false'} @click=${() => select(s.key)}>
            <span>${s.label}</span>${s.count !== undefined ? html`<span class="count">${s.count}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>
  </nav>`;
}
