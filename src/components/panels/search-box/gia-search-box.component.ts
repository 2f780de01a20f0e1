import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { GiaNetwork } from '../../../model/types.js';
import { EMPTY_FILTER, type FilterState } from '../../../graph/filter-state.js';
import type { Mode, NetworkGraph } from '../../../graph/types.js';
import { msg, type Lang } from '../../../i18n/localize.js';
import { themeStyles } from '../../shared/theme.styles.js';
import { GiaElement } from '../../shared/gia-element.js';
import { toMode } from '../../shared/mode.js';
import { requestEvent } from '../../shared/request-event.js';
import { panelStyles } from '../shared/panel.styles.js';
import { kindName } from '../shared/panel-text.js';
import { searchBoxStyles } from './gia-search-box.styles.js';
import { suggestionsFor, type Suggestion } from './suggestions.js';

/**
 * @summary Search over names, synonyms and descriptions (case and accents folded), as an ARIA 1.2
 * combobox with a listbox of suggestions. Arrow keys move through the suggestions, Enter opens the
 * chosen one (or, with none chosen, filters the map on the text), Escape closes the list or clears
 * the field.
 *
 * @event gia-request-select - `{ id }` the user chose a suggestion.
 * @event gia-request-filter - `{ filter }` the user searched (the current `filter` with the new `query`).
 *
 * @csspart base - The search form.
 * @csspart input - The text field.
 * @csspart listbox - The list of suggestions.
 * @csspart option - One suggestion.
 *
 * @cssproperty --gia-color-focus - Focus ring (and every other `--gia-…` theme token).
 */
export class GiaSearchBox extends GiaElement {
  static override styles = [themeStyles, panelStyles, searchBoxStyles];

  @property({ attribute: false }) network?: GiaNetwork;
  @property({ attribute: false }) graph?: NetworkGraph;
  @property({ attribute: false }) override lang: Lang = 'nl';

  @property({ attribute: false }) mode: Mode = 'public';
  /** The current filter; a search keeps its other facets. */
  @property({ attribute: false }) filter?: FilterState;

  @state() private text = '';
  @state() private open = false;
  @state() private active = -1;
  @state() private suggestions: Suggestion[] = [];

  @query('input') private input?: HTMLInputElement;

  /** Focuses the text field. */
  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('filter') && this.filter && typeof this.filter.query === 'string' && this.filter.query !== this.text) {
      this.text = this.filter.query;
      this.open = false;
    }
    if (changed.has('graph') || changed.has('mode') || changed.has('network')) this.refresh(false);
  }

  private refresh(open: boolean): void {
    this.suggestions = suggestionsFor(this.network, this.graph, this.text, toMode(this.mode));
    this.active = -1;
    this.open = open && this.text.trim() !== '';
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.refresh(true);
  }

  private choose(index: number): void {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.text = suggestion.node.label;
    this.open = false;
    this.active = -1;
    this.dispatchEvent(requestEvent('gia-request-select', { id: suggestion.node.id }));
  }

  private submit(): void {
    this.open = false;
    this.active = -1;
    const filter: FilterState = { ...(this.filter ?? EMPTY_FILTER), query: this.text.trim() };
    this.dispatchEvent(requestEvent('gia-request-filter', { filter }));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count === 0) return;
        if (!this.open) {
          this.open = true;
          this.active = 0;
        } else this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count === 0) return;
        if (!this.open) {
          this.open = true;
          this.active = count - 1;
        } else this.active = this.active <= 0 ? count - 1 : this.active - 1;
        break;
      case 'Enter':
        event.preventDefault();
        if (this.open && this.active >= 0) this.choose(this.active);
        else this.submit();
        break;
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          event.stopPropagation();
          this.open = false;
          this.active = -1;
        } else if (this.text !== '') {
          event.preventDefault();
          event.stopPropagation();
          this.clear();
        }
        break;
      default:
        break;
    }
  }

  private clear(): void {
    const hadQuery = (this.filter?.query ?? '') !== '';
    this.text = '';
    this.refresh(false);
    if (hadQuery) this.dispatchEvent(requestEvent('gia-request-filter', { filter: { ...(this.filter ?? EMPTY_FILTER), query: '' } }));
    this.input?.focus();
  }

  private reason(lang: Lang, suggestion: Suggestion): string {
    if (suggestion.matched === 'synonym') {
      return suggestion.synonym !== undefined
        ? msg(lang, 'search.match.synonym', { synonym: suggestion.synonym })
        : msg(lang, 'search.match.synonymPlain');
    }
    if (suggestion.matched === 'topic') return msg(lang, 'search.match.topic');
    if (suggestion.matched === 'description') return msg(lang, 'search.match.description');
    return '';
  }

  override render(): TemplateResult {
    const lang = this.language;
    const expanded = this.open && this.suggestions.length > 0;
    const activeId = expanded && this.active >= 0 ? `option-${this.active}` : undefined;
    const status = this.open ? (this.suggestions.length > 0 ? msg(lang, 'search.count', { count: this.suggestions.length }) : msg(lang, 'search.none', { query: this.text.trim() })) : '';
    /* eslint-disable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events -- the combobox is named by <label for="input">, which the rule does not follow; the options are chosen with the keys of the combobox itself (aria-activedescendant), as the ARIA combobox pattern has it */
    return html`<form part="base" role="search" lang=${lang} @submit=${(e: Event) => { e.preventDefault(); this.submit(); }}>
      <label for="input">${msg(lang, 'search.label')}</label>
      <div class="field">
        <input
          id="input"
          part="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${activeId ?? nothing}
          aria-describedby="hint"
          placeholder=${msg(lang, 'search.placeholder')}
          .value=${this.text}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${() => { this.open = false; this.active = -1; }}
        />
        ${this.text !== ''
          ? html`<button type="button" class="clear" aria-label=${msg(lang, 'search.clear')} @click=${this.clear}><span aria-hidden="true">×</span></button>`
          : nothing}
        <button type="submit" class="primary">${msg(lang, 'search.submit')}</button>
      </div>
      <p id="hint" class="visually-hidden">${msg(lang, 'search.hint')}</p>
      <ul id="listbox" part="listbox" role="listbox" aria-label=${msg(lang, 'search.suggestions')} ?hidden=${!expanded}>
        ${this.suggestions.map((suggestion, index) => {
          const reason = this.reason(lang, suggestion);
          return html`<li
            id="option-${index}"
            part="option"
            role="option"
            data-id=${suggestion.node.id}
            aria-selected=${index === this.active ? 'true' : 'false'}
            @mousedown=${(e: Event) => e.preventDefault()}
            @click=${() => this.choose(index)}
          >
            <span class="label">${suggestion.node.label}</span>
            <span class="meta">${kindName(lang, suggestion.node.kind)}${reason ? html` · <span class="reason">${reason}</span>` : nothing}</span>
          </li>`;
        })}
      </ul>
      <p class="visually-hidden" role="status">${status}</p>
    </form>`;
    /* eslint-enable lit-a11y/accessible-name, lit-a11y/click-events-have-key-events */
  }
}
