import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { afterLangLoaded, msg, toLang, type Lang } from '../../i18n/localize.js';
import '../../i18n/editor-catalogue.js';
import { themeStyles } from '../shared/theme.styles.js';
import { editorStyles } from './gia-network-editor.styles.js';
import {
  parseNetworkText,
  serializeNetwork,
  stripPersonalData,
  validateNetwork,
  type GiaNetwork,
  type Problem,
  type ValidationResult,
} from '../../model/index.js';
import {
  COLLECTIONS,
  COLLECTION_BY_KEY,
  applyChange,
  canRedo,
  canUndo,
  clearDraft,
  createEditorState,
  createEmptyNetwork,
  createItem,
  defaultDraftStore,
  deleteAndReplace,
  deleteWithReferences,
  duplicateItem,
  formatChangeSummary,
  getAt,
  insertAt,
  itemLabel,
  listDrafts,
  loadDraft,
  maintenanceChecks,
  markSaved,
  planDelete,
  rawItemsOf,
  redo,
  redoLabel,
  referenceOptions,
  renameId,
  saveDraft,
  setAt,
  slugify,
  splitPointer,
  summarizeChanges,
  undo,
  undoLabel,
  uniqueId,
  type CollectionKey,
  type DeletePlan,
  type Draft,
  type DraftStore,
  type EditorState,
} from '../../editor/index.js';
import { renderItemForm, renderField, type FormContext } from './form-fields.js';
import { fieldId } from './field-ids.js';
import { downloadText } from './download.js';
import { CsvImportController, renderCsvDialog } from './csv-dialog.js';
import { SCHEMA_OBJECTS } from '../../editor/generated/schema-fields.js';

type Section = 'metadata' | 'escalationModel' | CollectionKey | 'problems';

type Dialog =
  | { kind: 'delete'; collection: CollectionKey; index: number; plan: DeletePlan; strategy: 'remove' | 'replace'; replacement: string }
  | { kind: 'save'; public: boolean }
  | { kind: 'restore'; draft: Draft; network: unknown; fileKey: string; fileName: string }
  | { kind: 'csv' };

const LIST_SECTIONS: readonly CollectionKey[] = [
  'organisations',
  'contacts',
  'specialisms',
  'meetings',
  'interventions',
  'relations',
  'municipalities',
  'phases',
  'sources',
];

/**
 * @summary Editor for a GIA network file: forms for every kind of item with the schema's Dutch labels, pickers
 * for references, live validation, maintenance warnings, undo/redo, drafts in the browser, CSV import/export,
 * a live preview and download of the full and the public version.
 *
 * @event gia-editor-change - The network changed (detail: `{ network, valid }`). User actions only.
 * @event gia-editor-save - A file was downloaded (detail: `{ fileName, public }`).
 *
 * @csspart toolbar - The bar with file actions.
 * @csspart preview - The live preview beside the form.
 *
 * @cssproperty [--gia-editor-preview-height=36rem] - Height of the live preview.
 */
export class GiaNetworkEditor extends LitElement {
  static override styles = [themeStyles, editorStyles];

  /** URL of a network file to open. */
  @property({ reflect: true }) src?: string;
  /** A network to open (property only). */
  @property({ attribute: false }) data?: unknown;
  /** Name under which drafts of `data` are stored and files are saved. */
  @property({ attribute: 'file-name' }) fileName = 'netwerk.json';
  @property({ reflect: true }) override lang = 'nl';

  /** The first render waits for the catalogue of `lang` (English is loaded lazily). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLangLoaded(this.lang, () => super.scheduleUpdate());
  }
  /** Entries not reviewed for longer than this many months are listed under Onderhoud. */
  @property({ type: Number, attribute: 'review-months' }) reviewMonths = 12;
  /** Hides the live preview. */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;
  /** Where drafts are kept (default: localStorage). */
  @property({ attribute: false }) storage: DraftStore | undefined = defaultDraftStore();

  @state() private editor?: EditorState<unknown>;
  @state() private fileKey = '';
  @state() private section: Section = 'organisations';
  @state() private selected: number | null = null;
  @state() private listFilter = '';
  @state() private validation: ValidationResult = { valid: true, problems: [], warnings: [] };
  @state() private previewMode: 'public' | 'professional' = 'public';
  @state() private previewNetwork?: unknown;
  @state() private dialog: Dialog | null = null;
  @state() private openProblems: Problem[] = [];
  @state() private status = '';
  @state() private newRegion = '';
  @state() private openUrl = '';
  @state() private dragging = false;
  private filters = new Map<string, string>();
  private validateTimer?: ReturnType<typeof setTimeout>;
  private previewTimer?: ReturnType<typeof setTimeout>;
  private draftTimer?: ReturnType<typeof setTimeout>;
  private focusAfterRender?: string;
  /** Select the text of the field focused after render (a new item's placeholder name). */
  private selectAfterFocus = false;
  private returnFocus?: HTMLElement;
  /** Items added in this session whose id still follows their name. */
  private autoIds = new Set<string>();
  private readonly csv = new CsvImportController(this);

  private get l(): Lang {
    return toLang(this.lang);
  }

  /** The network being edited (may be invalid). */
  get network(): unknown {
    return this.editor?.current;
  }

  /** True when there are changes that are not saved to a file. */
  get dirty(): boolean {
    return this.editor?.dirty ?? false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    clearTimeout(this.validateTimer);
    clearTimeout(this.previewTimer);
    this.flushDraft();
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.dirty) return;
    this.flushDraft();
    event.preventDefault();
    event.returnValue = '';
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) this.openNetwork(this.data, this.fileName, this.fileName);
    if (changed.has('src') && this.src) void this.openFromUrl(this.src);
  }

  protected override updated(): void {
    if (this.focusAfterRender) {
      const pointer = this.focusAfterRender;
      this.focusAfterRender = undefined;
      this.focusPointer(pointer);
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog.editor-dialog');
    if (dialog && !dialog.open) {
      const active = this.shadowRoot?.activeElement;
      this.returnFocus = active instanceof HTMLElement && !dialog.contains(active) ? active : undefined;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[autofocus]')?.focus();
    }
  }

  // ---- Opening -------------------------------------------------------------------------------------------

  /** Opens a network (object or JSON text). A stored draft for the same file is offered first. */
  openNetwork(input: unknown, fileKey: string, fileName: string = fileKey): boolean {
    let value = input;
    if (typeof input === 'string') {
      const parsed = parseNetworkText(input, { lang: this.l });
      if (!parsed.ok) {
        this.openProblems = parsed.problems;
        this.announce(msg(this.l, 'editor.open.failed', { name: fileName }));
        return false;
      }
      value = parsed.value;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      this.openProblems = [{ path: '', code: 'not-object', severity: 'error', message: msg(this.l, 'editor.open.notNetwork') }];
      return false;
    }
    this.openProblems = [];
    const draft = loadDraft(this.storage, fileKey);
    if (draft && JSON.stringify(draft.current) !== JSON.stringify(value)) {
      this.dialog = { kind: 'restore', draft, network: value, fileKey, fileName };
      return true;
    }
    this.start(value, value, fileKey, fileName);
    return true;
  }

  private start(current: unknown, opened: unknown, fileKey: string, fileName: string): void {
    this.editor = createEditorState(current, opened);
    this.fileKey = fileKey;
    this.fileName = fileName;
    this.section = 'organisations';
    this.selected = null;
    this.autoIds.clear();
    this.previewNetwork = current;
    this.runValidation();
    this.announce(msg(this.l, 'editor.open.done', { name: fileName }));
  }

  private async openFromUrl(url: string): Promise<void> {
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(String(response.status));
      const text = await response.text();
      const name = url.split('/').pop()?.split('?')[0] || 'netwerk.json';
      this.openNetwork(text, url, name);
    } catch {
      this.openProblems = [{ path: '', code: 'fetch', severity: 'error', message: msg(this.l, 'editor.open.fetchFailed', { url }) }];
    }
  }

  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const text = await file.text();
    this.openNetwork(text, file.name, file.name);
  }

  private startNew(): void {
    const region = this.newRegion.trim() || msg(this.l, 'editor.welcome.regionDefault');
    const network = createEmptyNetwork({ region });
    const fileName = `${slugify(region) || 'nieuwe-regio'}.json`;
    this.start(network, network, fileName, fileName);
    this.section = 'metadata';
  }

  // ---- Changing ------------------------------------------------------------------------------------------

  private change(update: (network: unknown) => unknown, label: string, mergeKey?: string): void {
    if (!this.editor) return;
    const next = applyChange(this.editor, update, label, { mergeKey });
    if (next === this.editor) return;
    this.editor = next;
    this.afterChange();
  }

  private afterChange(): void {
    clearTimeout(this.validateTimer);
    this.validateTimer = setTimeout(() => this.runValidation(), 120);
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => (this.previewNetwork = this.editor?.current), 700);
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), 400);
    this.dispatchEvent(
      new CustomEvent('gia-editor-change', { detail: { network: this.editor?.current }, bubbles: true, composed: true }),
    );
  }

  /** Writes the draft now (normally debounced). */
  flushDraft(): void {
    clearTimeout(this.draftTimer);
    if (!this.editor || !this.editor.dirty) return;
    saveDraft(this.storage, { fileKey: this.fileKey, fileName: this.fileName, current: this.editor.current, opened: this.editor.opened });
  }

  /** Validates now (normally debounced after each change). */
  runValidation(): ValidationResult {
    clearTimeout(this.validateTimer);
    if (!this.editor) return this.validation;
    this.validation = validateNetwork(this.editor.current, {
      lang: this.l,
      checks: maintenanceChecks({ maxAgeMonths: this.reviewMonths }),
    });
    return this.validation;
  }

  undo(): void {
    if (!this.editor || !canUndo(this.editor)) return;
    const label = undoLabel(this.editor);
    this.editor = undo(this.editor);
    this.clampSelection();
    this.afterChange();
    this.announce(msg(this.l, 'editor.undone', { what: label ?? '' }));
  }

  redo(): void {
    if (!this.editor || !canRedo(this.editor)) return;
    const label = redoLabel(this.editor);
    this.editor = redo(this.editor);
    this.clampSelection();
    this.afterChange();
    this.announce(msg(this.l, 'editor.redone', { what: label ?? '' }));
  }

  private clampSelection(): void {
    if (this.selected === null || !this.isCollection(this.section)) return;
    const length = rawItemsOf(this.network, this.section).length;
    if (this.selected >= length) this.selected = length > 0 ? length - 1 : null;
  }

  private isCollection(section: Section): section is CollectionKey {
    return section in COLLECTION_BY_KEY;
  }

  /** Problems shown next to a field are recorded here while a form renders (the rest is listed above it). */
  private shownProblems = new Set<Problem>();

  private formContext(): FormContext {
    const all = [...this.validation.problems, ...this.validation.warnings];
    const byPath = new Map<string, Problem[]>();
    for (const p of all) {
      if (!byPath.has(p.path)) byPath.set(p.path, []);
      byPath.get(p.path)!.push(p);
    }
    const shown = this.shownProblems;
    return {
      lang: this.l,
      network: this.network,
      problemsAt: (pointer, children) => {
        const found = children ? all.filter((p) => p.path === pointer || p.path.startsWith(pointer + '/')) : (byPath.get(pointer) ?? []);
        for (const p of found) shown.add(p);
        return found;
      },
      set: (pointer, value, merge) => this.setField(pointer, value, merge),
      renameId: (pointer, newId) => this.renameAt(pointer, newId),
      filterOf: (pointer) => this.filters.get(pointer) ?? '',
      setFilter: (pointer, text) => {
        this.filters.set(pointer, text);
        this.requestUpdate();
      },
    };
  }

  private fieldLabel(pointer: string): string {
    const segments = splitPointer(pointer);
    return segments[segments.length - 1] ?? '';
  }

  private setField(pointer: string, value: unknown, merge = false): void {
    const segments = splitPointer(pointer);
    const itemPointer = this.itemPointerOf(pointer);
    // A new item's id follows its name until the user sets the id.
    if (itemPointer && this.autoIds.has(itemPointer) && segments[segments.length - 1] === 'name' && pointer === `${itemPointer}/name`) {
      const collection = this.collectionOf(itemPointer);
      const index = Number(splitPointer(itemPointer).pop());
      this.change(
        (n) => {
          const named = setAt(n, pointer, value);
          const withoutSelf = setAt(named, `${itemPointer}/id`, '');
          const id = uniqueId(withoutSelf, typeof value === 'string' ? value : '', collection ? collection.replace(/s$/, '') : 'nieuw');
          return collection ? renameId(named, collection, index, id) : named;
        },
        msg(this.l, 'editor.change.field', { field: this.fieldLabel(pointer) }),
        merge ? pointer : undefined,
      );
      return;
    }
    this.change((n) => setAt(n, pointer, value), msg(this.l, 'editor.change.field', { field: this.fieldLabel(pointer) }), merge ? pointer : undefined);
  }

  private renameAt(pointer: string, newId: string): void {
    const itemPointer = this.itemPointerOf(pointer);
    const collection = itemPointer ? this.collectionOf(itemPointer) : undefined;
    if (!itemPointer || !collection) return this.setField(pointer, newId);
    this.autoIds.delete(itemPointer);
    const index = Number(splitPointer(itemPointer).pop());
    this.change((n) => renameId(n, collection, index, newId), msg(this.l, 'editor.change.id'));
  }

  /** "/organisations/3" for any pointer inside that item. */
  private itemPointerOf(pointer: string): string | undefined {
    for (const c of COLLECTIONS) {
      if (pointer.startsWith(c.pointer + '/')) {
        const index = splitPointer(pointer.slice(c.pointer.length))[0];
        if (index !== undefined && /^\d+$/.test(index)) return `${c.pointer}/${index}`;
      }
    }
    return undefined;
  }

  private collectionOf(itemPointer: string): CollectionKey | undefined {
    return COLLECTIONS.find((c) => itemPointer.startsWith(c.pointer + '/') && /^\/\d+$/.test(itemPointer.slice(c.pointer.length)))?.key;
  }

  // ---- Items ---------------------------------------------------------------------------------------------

  private addItem(collection: CollectionKey): void {
    const info = COLLECTION_BY_KEY[collection];
    const name = collection === 'contacts' || collection === 'relations' ? '' : msg(this.l, `editor.new.${collection}`);
    const item = createItem(this.network, collection, name);
    const index = rawItemsOf(this.network, collection).length;
    this.change((n) => insertAt(n, info.pointer, item), msg(this.l, 'editor.change.added', { what: msg(this.l, `editor.collection.${collection}`) }));
    if (info.hasId) this.autoIds.add(`${info.pointer}/${index}`);
    this.selected = index;
    this.selectAfterFocus = true;
    const first = collection === 'relations' ? 'from' : collection === 'contacts' ? 'name' : collection === 'sources' ? 'title' : 'name';
    this.focusAfterRender = `${info.pointer}/${index}/${first}`;
  }

  private duplicate(collection: CollectionKey, index: number): void {
    const info = COLLECTION_BY_KEY[collection];
    const item = rawItemsOf(this.network, collection)[index];
    if (!item || typeof item !== 'object') return;
    const copy = duplicateItem(this.network, collection, item as Record<string, unknown>, msg(this.l, 'editor.copyWord'));
    const at = rawItemsOf(this.network, collection).length;
    this.change((n) => insertAt(n, info.pointer, copy), msg(this.l, 'editor.change.duplicated', { what: itemLabel(item) }));
    this.selected = at;
    this.focusAfterRender = `${info.pointer}/${at}/${info.hasId && collection !== 'sources' ? 'name' : 'from'}`;
  }

  private askDelete(collection: CollectionKey, index: number): void {
    const plan = planDelete(this.network, { collection, index });
    this.dialog = { kind: 'delete', collection, index, plan, strategy: 'remove', replacement: '' };
  }

  private confirmDelete(): void {
    const d = this.dialog;
    if (!d || d.kind !== 'delete') return;
    const label = itemLabel(rawItemsOf(this.network, d.collection)[d.index]);
    if (d.strategy === 'replace' && d.replacement) {
      this.change((n) => deleteAndReplace(n, { collection: d.collection, index: d.index }, d.replacement), msg(this.l, 'editor.change.deleted', { what: label }));
    } else {
      this.change((n) => deleteWithReferences(n, d.plan), msg(this.l, 'editor.change.deleted', { what: label }));
    }
    this.autoIds.clear();
    this.closeDialog();
    this.selected = null;
    this.announce(msg(this.l, 'editor.deleted', { what: label }));
    this.focusAfterRender = '#add';
  }

  private closeDialog(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('dialog.editor-dialog')?.close();
    this.dialog = null;
    // Focus goes back to the button that opened the dialog (unless the action moves it elsewhere).
    const back = this.returnFocus;
    this.returnFocus = undefined;
    if (back) void this.updateComplete.then(() => {
      if (!this.focusAfterRender && back.isConnected) back.focus();
    });
  }

  // ---- Saving --------------------------------------------------------------------------------------------

  private save(publicVersion: boolean): void {
    if (!this.editor) return;
    let network = this.editor.current;
    if (publicVersion) {
      try {
        network = stripPersonalData(network as GiaNetwork);
      } catch {
        this.announce(msg(this.l, 'editor.save.publicFailed'));
        return;
      }
    }
    const base = this.fileName.replace(/\.json$/i, '');
    const fileName = publicVersion ? `${base}-publiek.json` : `${base}.json`;
    downloadText(serializeNetwork(network), fileName);
    if (!publicVersion) {
      this.editor = markSaved(this.editor);
      clearDraft(this.storage, this.fileKey);
    }
    this.closeDialog();
    this.announce(msg(this.l, 'editor.save.done', { name: fileName }));
    this.dispatchEvent(new CustomEvent('gia-editor-save', { detail: { fileName, public: publicVersion }, bubbles: true, composed: true }));
  }

  // ---- Navigation ----------------------------------------------------------------------------------------

  private select(section: Section, index: number | null = null): void {
    this.section = section;
    this.selected = index;
    this.listFilter = '';
  }

  /** Shows the field a problem is about and moves focus to it. */
  goToProblem(problem: Problem): void {
    const segments = splitPointer(problem.path);
    const itemPointer = this.itemPointerOf(problem.path);
    const collection = itemPointer ? this.collectionOf(itemPointer) : undefined;
    if (collection && itemPointer) {
      this.select(collection, Number(splitPointer(itemPointer).pop()));
    } else if (segments[0] === 'metadata') this.select('metadata');
    else if (segments[0] === 'escalationModel') this.select('escalationModel');
    else if (segments[0] && segments[0] in COLLECTION_BY_KEY) this.select(segments[0] as CollectionKey);
    this.focusAfterRender = problem.path || '/';
  }

  private focusPointer(pointer: string): void {
    if (pointer === '#add') {
      this.renderRoot.querySelector<HTMLElement>('#add')?.focus();
      return;
    }
    // The field itself, or the nearest enclosing one that is rendered.
    let segments = splitPointer(pointer);
    while (segments.length > 0) {
      const p = '/' + segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(fieldId(p))}`);
      if (target) {
        for (let el = target.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
        target.scrollIntoView({ block: 'center' });
        target.focus();
        if (this.selectAfterFocus && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) target.select();
        this.selectAfterFocus = false;
        return;
      }
      segments = segments.slice(0, -1);
    }
    this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus();
  }

  private announce(text: string): void {
    this.status = '';
    requestAnimationFrame(() => (this.status = text));
  }

  private onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || this.dialog) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.undo();
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      this.redo();
    } else if (key === 's') {
      event.preventDefault();
      this.dialog = { kind: 'save', public: false };
    }
  };

  // ---- Rendering -----------------------------------------------------------------------------------------

  override render() {
    return html`<div class="editor" @keydown=${this.onKeyDown}>
      ${this.editor ? this.renderEditor() : this.renderWelcome()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private renderWelcome() {
    const l = this.l;
    const drafts = listDrafts(this.storage);
    return html`<div
      class="welcome ${this.dragging ? 'dragging' : ''}"
      @dragover=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = true;
      }}
      @dragleave=${() => (this.dragging = false)}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        this.dragging = false;
        void this.openFile(e.dataTransfer?.files[0]);
      }}
    >
      <h2>${msg(l, 'editor.welcome.title')}</h2>
      <p>${msg(l, 'editor.welcome.intro')}</p>
      ${this.openProblems.length
        ? html`<div class="open-problems" role="alert">
            <p><strong>${msg(l, 'editor.open.problemsTitle')}</strong></p>
            <ul>
              ${this.openProblems.map((p) => html`<li>${p.line && !p.message.includes(String(p.line)) ? msg(l, 'editor.open.at', { line: p.line, column: p.column ?? 1 }) : ''} ${p.message}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="welcome-grid">
        <section class="card" aria-labelledby="w-open">
          <h3 id="w-open">${msg(l, 'editor.welcome.openTitle')}</h3>
          <label class="file-button">
            <input type="file" accept=".json,application/json" @change=${(e: Event) => void this.openFile((e.target as HTMLInputElement).files?.[0])} />
            ${msg(l, 'editor.welcome.chooseFile')}
          </label>
          <p class="help">${msg(l, 'editor.welcome.drop')}</p>
          <form
            class="url-form"
            @submit=${(e: Event) => {
              e.preventDefault();
              if (this.openUrl.trim()) void this.openFromUrl(this.openUrl.trim());
            }}
          >
            <label for="open-url">${msg(l, 'editor.welcome.url')}</label>
            <div class="row">
              <input id="open-url" type="url" .value=${this.openUrl} @input=${(e: Event) => (this.openUrl = (e.target as HTMLInputElement).value)} />
              <button type="submit">${msg(l, 'editor.welcome.openUrl')}</button>
            </div>
          </form>
        </section>
        <section class="card" aria-labelledby="w-new">
          <h3 id="w-new">${msg(l, 'editor.welcome.newTitle')}</h3>
          <p class="help">${msg(l, 'editor.welcome.newHelp')}</p>
          <form
            @submit=${(e: Event) => {
              e.preventDefault();
              this.startNew();
            }}
          >
            <label for="new-region">${msg(l, 'editor.welcome.region')}</label>
            <div class="row">
              <input id="new-region" type="text" .value=${this.newRegion} @input=${(e: Event) => (this.newRegion = (e.target as HTMLInputElement).value)} />
              <button type="submit">${msg(l, 'editor.welcome.start')}</button>
            </div>
          </form>
        </section>
        ${drafts.length
          ? html`<section class="card" aria-labelledby="w-drafts">
              <h3 id="w-drafts">${msg(l, 'editor.welcome.draftsTitle')}</h3>
              <ul class="plain">
                ${drafts.map(
                  (d) => html`<li>
                    <button type="button" class="secondary" @click=${() => this.start(d.current, d.opened, d.fileKey, d.fileName)}>
                      ${msg(l, 'editor.welcome.continueDraft', { name: d.fileName, date: new Date(d.savedAt).toLocaleString(l === 'en' ? 'en-GB' : 'nl-NL') })}
                    </button>
                  </li>`,
                )}
              </ul>
            </section>`
          : nothing}
      </div>
    </div>`;
  }

  private renderToolbar() {
    const l = this.l;
    const e = this.editor!;
    const errors = this.validation.problems.length;
    return html`<div class="toolbar" part="toolbar" role="toolbar" aria-label=${msg(l, 'editor.toolbar')}>
      <div class="title">
        <strong>${this.fileName}</strong>
        <span class="state ${e.dirty ? 'dirty' : ''}">${msg(l, e.dirty ? 'editor.state.dirty' : 'editor.state.saved')}</span>
      </div>
      <button type="button" class="secondary" ?disabled=${!canUndo(e)} @click=${() => this.undo()} title=${msg(l, 'editor.action.undoKey')}>
        ${msg(l, 'editor.action.undo')}
      </button>
      <button type="button" class="secondary" ?disabled=${!canRedo(e)} @click=${() => this.redo()} title=${msg(l, 'editor.action.redoKey')}>
        ${msg(l, 'editor.action.redo')}
      </button>
      <button type="button" class="secondary" @click=${() => (this.dialog = { kind: 'csv' })}>${msg(l, 'editor.action.csv')}</button>
      <button type="button" class="secondary" @click=${() => (this.dialog = { kind: 'save', public: true })}>${msg(l, 'editor.action.savePublic')}</button>
      <button type="button" id="save" @click=${() => (this.dialog = { kind: 'save', public: false })}>${msg(l, 'editor.action.save')}</button>
      <button type="button" class="problems-button ${errors ? 'has-errors' : ''}" @click=${() => this.select('problems')}>
        ${errors ? msg(l, 'editor.problems.count', { count: errors }) : msg(l, 'editor.problems.none')}
      </button>
    </div>`;
  }

  private renderNav() {
    const l = this.l;
    const sections: { key: Section; label: string; count?: number }[] = [
      { key: 'metadata', label: msg(l, 'editor.section.metadata') },
      { key: 'escalationModel', label: msg(l, 'editor.section.escalationModel') },
      ...LIST_SECTIONS.map((k) => ({
        key: k as Section,
        label: capitalize(msg(l, `editor.collection.${k}.plural`)),
        count: rawItemsOf(this.network, k).length,
      })),
      { key: 'problems', label: msg(l, 'editor.section.problems'), count: this.validation.problems.length + this.validation.warnings.length },
    ];
    return html`<nav class="sections" aria-label=${msg(l, 'editor.nav')}>
      <ul class="plain">
        ${sections.map(
          (s) => html`<li>
            <button
              type="button"
              class="nav-item"
              aria-current=${this.section === s.key ? 'true' : 'false'}
              @click=${() => this.select(s.key)}
            >
              <span>${s.label}</span>${s.count !== undefined ? html`<span class="count">${s.count}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderEditor() {
    return html`${this.renderToolbar()}
      <div class="layout ${this.noPreview ? 'no-preview' : ''}">
        ${this.renderNav()}
        <main class="work">${this.renderSection()}</main>
        ${this.noPreview ? nothing : this.renderPreview()}
      </div>`;
  }

  private renderSection() {
    const s = this.section;
    if (s === 'problems') return this.renderProblems();
    if (s === 'metadata' || s === 'escalationModel') return this.renderSingle(s);
    return this.renderCollection(s);
  }

  private renderSingle(s: 'metadata' | 'escalationModel') {
    const ctx = this.formContext();
    const object = SCHEMA_OBJECTS[s]!;
    const value = getAt(this.network, `/${s}`) as Record<string, unknown> | undefined;
    const fields = Object.keys(object.fields).filter((f) => !(s === 'metadata' && f === 'sources') && !(s === 'escalationModel' && f === 'phases'));
    return html`<section class="form" aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${msg(this.l, `editor.section.${s}`)}</h2>
      ${object.description ? html`<p class="help">${object.description}</p>` : nothing}
      ${fields.map((f) => renderField(ctx, s, f, value?.[f], `/${s}/${f}`, object.required.includes(f)))}
      <p class="help">
        ${msg(this.l, s === 'metadata' ? 'editor.single.sourcesElsewhere' : 'editor.single.phasesElsewhere')}
        <button type="button" class="link" @click=${() => this.select(s === 'metadata' ? 'sources' : 'phases')}>
          ${capitalize(msg(this.l, s === 'metadata' ? 'editor.collection.sources.plural' : 'editor.collection.phases.plural'))}
        </button>
      </p>
    </section>`;
  }

  private problemCount(pointer: string): { errors: number; warnings: number } {
    const inside = (p: Problem) => p.path === pointer || p.path.startsWith(pointer + '/');
    return { errors: this.validation.problems.filter(inside).length, warnings: this.validation.warnings.filter(inside).length };
  }

  private renderCollection(key: CollectionKey) {
    const l = this.l;
    const info = COLLECTION_BY_KEY[key];
    const items = rawItemsOf(this.network, key);
    const filter = this.listFilter.trim().toLowerCase();
    const entries = items
      .map((item, index) => ({ item, index, label: this.listLabel(key, item) }))
      .filter((e) => !filter || e.label.toLowerCase().includes(filter));
    const selected = this.selected !== null ? items[this.selected] : undefined;
    const plural = msg(l, `editor.collection.${key}.plural`);
    return html`<div class="collection">
      <section class="list-pane" aria-labelledby="list-heading">
        <h2 id="list-heading">${capitalize(plural)}</h2>
        <div class="list-tools">
          <label for="list-filter" class="visually-hidden">${msg(l, 'editor.list.filter', { what: plural })}</label>
          <input
            id="list-filter"
            type="search"
            placeholder=${msg(l, 'editor.list.filter', { what: plural })}
            .value=${this.listFilter}
            @input=${(e: Event) => (this.listFilter = (e.target as HTMLInputElement).value)}
          />
          <button type="button" id="add" @click=${() => this.addItem(key)}>
            ${msg(l, 'editor.list.add', { what: msg(l, `editor.collection.${key}`) })}
          </button>
        </div>
        ${items.length === 0 ? html`<p class="empty">${msg(l, 'editor.list.empty', { what: plural })}</p>` : nothing}
        <ul class="plain entity-list">
          ${entries.map(({ index, label }) => {
            const counts = this.problemCount(`${info.pointer}/${index}`);
            return html`<li>
              <button
                type="button"
                class="entity"
                aria-current=${this.selected === index ? 'true' : 'false'}
                @click=${() => {
                  this.selected = index;
                }}
              >
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
      </section>
      <section class="form" aria-labelledby="form-heading">
        ${selected !== undefined && this.selected !== null
          ? this.renderItem(key, this.selected, selected)
          : html`<h2 id="form-heading" tabindex="-1" class="visually-hidden">${capitalize(plural)}</h2>
              <p class="hint">${msg(l, 'editor.list.choose', { what: msg(l, `editor.collection.${key}`) })}</p>`}
      </section>
    </div>`;
  }

  private labelCache?: { network: unknown; labels: Map<string, string>; orgs: Map<string, string> };

  /** Names by id (all node kinds, and organisations alone), computed once per version of the network. */
  private labels(): { labels: Map<string, string>; orgs: Map<string, string> } {
    if (this.labelCache?.network !== this.network) {
      const all = referenceOptions(this.network, ['organisations', 'meetings', 'interventions', 'contacts', 'specialisms', 'phases', 'municipalities']);
      this.labelCache = {
        network: this.network,
        labels: new Map(all.map((o) => [o.id, o.label])),
        orgs: new Map(all.filter((o) => o.collection === 'organisations').map((o) => [o.id, o.label])),
      };
    }
    return this.labelCache!;
  }

  private listLabel(key: CollectionKey, item: unknown): string {
    if (key === 'relations' && item && typeof item === 'object') {
      const r = item as { from?: string; to?: string; type?: string };
      const { labels } = this.labels();
      const name = (id?: string) => (id ? (labels.get(id) ?? id) : '?');
      return `${name(r.from)} — ${msg(this.l, `editor.enum.relation.type.${r.type}`)} — ${name(r.to)}`;
    }
    if (key === 'contacts' && item && typeof item === 'object') {
      const c = item as { name?: string; roleLabel?: string; role?: string; organisation?: string };
      const org = c.organisation ? this.labels().orgs.get(c.organisation) : undefined;
      const role = c.roleLabel ?? (c.role ? msg(this.l, `editor.enum.contact.role.${c.role}`) : '');
      return [c.name ?? role, org].filter(Boolean).join(' — ');
    }
    return itemLabel(item);
  }

  private renderItem(key: CollectionKey, index: number, item: unknown) {
    const l = this.l;
    const info = COLLECTION_BY_KEY[key];
    const pointer = `${info.pointer}/${index}`;
    const label = this.listLabel(key, item) || msg(l, 'editor.list.unnamed');
    return html`<div class="item-header">
        <h2 id="form-heading" tabindex="-1">${label}</h2>
        <div class="item-actions">
          ${info.hasId
            ? html`<button type="button" class="secondary" @click=${() => this.duplicate(key, index)}>${msg(l, 'editor.action.duplicate')}</button>`
            : nothing}
          <button type="button" class="danger" id="delete" @click=${() => this.askDelete(key, index)}>${msg(l, 'editor.action.delete')}</button>
        </div>
      </div>
      <p class="kind-line">${capitalize(msg(l, `editor.collection.${key}`))}</p>
      ${this.renderFormWithRest(pointer, () => renderItemForm(this.formContext(), info.object, item, pointer, info.hasId))}`;
  }

  /** Renders a form, then lists above it the problems inside `pointer` that no field showed. */
  private renderFormWithRest(pointer: string, form: () => unknown) {
    this.shownProblems = new Set();
    const body = form();
    const inside = (p: Problem) => p.path === pointer || p.path.startsWith(pointer + '/');
    const rest = [...this.validation.problems, ...this.validation.warnings].filter((p) => inside(p) && !this.shownProblems.has(p));
    return html`${rest.length
        ? html`<div class="item-problems" role="group" aria-label=${msg(this.l, 'editor.form.itemProblems')}>
            ${rest.map((p) => html`<p class=${p.severity === 'error' ? 'error' : 'warning'}>
              <span class="problem-kind">${msg(this.l, p.severity === 'error' ? 'editor.problem.error' : 'editor.problem.warning')}</span> ${p.message}
            </p>`)}
          </div>`
        : nothing}${body}`;
  }

  private renderProblems() {
    const l = this.l;
    const { problems, warnings } = this.validation;
    const list = (items: Problem[], kind: 'error' | 'warning') =>
      html`<ul class="plain problem-list">
        ${items.map(
          (p) => html`<li class=${kind}>
            <button type="button" class="link" @click=${() => this.goToProblem(p)}>${p.message}</button>
          </li>`,
        )}
      </ul>`;
    return html`<section class="form problems-section" aria-labelledby="form-heading">
      <h2 id="form-heading" tabindex="-1">${msg(l, 'editor.section.problems')}</h2>
      <p>${problems.length ? msg(l, 'editor.problems.intro', { count: problems.length }) : msg(l, 'editor.problems.valid')}</p>
      ${problems.length ? html`<h3>${msg(l, 'editor.problems.errors')}</h3>${list(problems, 'error')}` : nothing}
      <h3>${msg(l, 'editor.problems.maintenance')}</h3>
      <div class="field">
        <label for="review-months">${msg(l, 'editor.problems.period')}</label>
        <select
          id="review-months"
          @change=${(e: Event) => {
            this.reviewMonths = Number((e.target as HTMLSelectElement).value);
            this.runValidation();
          }}
        >
          ${[6, 12, 18, 24].map((m) => html`<option value=${m} ?selected=${m === this.reviewMonths}>${msg(l, 'editor.problems.months', { count: m })}</option>`)}
        </select>
      </div>
      ${warnings.length ? list(warnings, 'warning') : html`<p>${msg(l, 'editor.problems.noWarnings')}</p>`}
    </section>`;
  }

  private renderPreview() {
    const l = this.l;
    let data = this.previewNetwork as GiaNetwork | undefined;
    if (data && this.previewMode === 'public') {
      try {
        data = stripPersonalData(data);
      } catch {
        /* an invalid network: the map strips in public mode itself */
      }
    }
    return html`<aside class="preview" part="preview" aria-labelledby="preview-heading">
      <div class="preview-head">
        <h2 id="preview-heading">${msg(l, 'editor.preview.title')}</h2>
        <fieldset class="segmented">
          <legend class="visually-hidden">${msg(l, 'editor.preview.mode')}</legend>
          ${(['public', 'professional'] as const).map(
            (m) => html`<label
              ><input type="radio" name="preview-mode" value=${m} .checked=${this.previewMode === m} @change=${() => (this.previewMode = m)} />
              ${msg(l, `editor.preview.${m}`)}</label
            >`,
          )}
        </fieldset>
      </div>
      ${customElements.get('gia-network-map')
        ? html`<gia-network-map class="map" .data=${data} mode=${this.previewMode} lang=${l} no-hash></gia-network-map>`
        : html`<p class="help">${msg(l, 'editor.preview.unavailable')}</p>`}
    </aside>`;
  }

  // ---- Dialogs -------------------------------------------------------------------------------------------

  private renderDialog() {
    const d = this.dialog;
    if (!d) return nothing;
    const l = this.l;
    const cancel = () => this.closeDialog();
    const shell = (title: string, body: unknown, actions: unknown) => html`<dialog
      class="editor-dialog"
      aria-labelledby="dialog-title"
      @cancel=${(e: Event) => {
        e.preventDefault();
        cancel();
      }}
    >
      <h2 id="dialog-title">${title}</h2>
      ${body}
      <div class="dialog-actions">${actions}</div>
    </dialog>`;

    if (d.kind === 'delete') {
      const items = rawItemsOf(this.network, d.collection);
      const label = this.listLabel(d.collection, items[d.index]);
      const extra = d.plan.deletes.slice(1);
      const refs = d.plan.references;
      const hasRefs = extra.length > 0 || refs.length > 0;
      const replacements = COLLECTION_BY_KEY[d.collection].hasId
        ? referenceOptions(this.network, [d.collection]).filter((o) => o.id !== (items[d.index] as { id?: string })?.id)
        : [];
      return shell(
        msg(l, 'editor.delete.title', { what: label }),
        html`${hasRefs
          ? html`<p>${msg(l, 'editor.delete.hasReferences', { count: extra.length + refs.length })}</p>
              <div class="ref-list" tabindex="0" role="region" aria-label=${msg(l, 'editor.delete.listLabel')}>
                <ul>
                  ${extra.map((x) => {
                    const name = this.listLabel(x.collection, getAt(this.network, x.pointer)) || x.label;
                    return html`<li>${msg(l, 'editor.delete.alsoDeleted', { what: `${msg(l, `editor.collection.${x.collection}`)} ${name ? `“${name}”` : ''}` })}</li>`;
                  })}
                  ${refs.map((r) => html`<li>${msg(l, 'editor.delete.referenceFrom', { what: r.holderLabel || r.holderPointer, field: r.field.pattern.filter((s) => s !== '*').slice(-1)[0] ?? '' })}</li>`)}
                </ul>
              </div>
              <fieldset class="choices">
                <legend>${msg(l, 'editor.delete.strategy')}</legend>
                <label
                  ><input type="radio" name="strategy" value="remove" .checked=${d.strategy === 'remove'} @change=${() => (this.dialog = { ...d, strategy: 'remove' })} />
                  ${msg(l, 'editor.delete.remove')}</label
                >
                ${replacements.length
                  ? html`<label
                        ><input type="radio" name="strategy" value="replace" .checked=${d.strategy === 'replace'} @change=${() => (this.dialog = { ...d, strategy: 'replace', replacement: d.replacement || replacements[0]!.id })} />
                        ${msg(l, 'editor.delete.replace')}</label
                      >
                      ${d.strategy === 'replace'
                        ? html`<label for="replacement">${msg(l, 'editor.delete.replaceWith')}</label>
                            <select id="replacement" @change=${(e: Event) => (this.dialog = { ...d, replacement: (e.target as HTMLSelectElement).value })}>
                              ${replacements.map((o) => html`<option value=${o.id} ?selected=${o.id === d.replacement}>${o.label}</option>`)}
                            </select>`
                        : nothing}`
                  : nothing}
              </fieldset>`
          : html`<p>${msg(l, 'editor.delete.noReferences')}</p>`}
        <p class="help">${msg(l, 'editor.delete.undoHint')}</p>`,
        html`<button type="button" class="secondary" autofocus @click=${cancel}>${msg(l, 'editor.action.cancel')}</button>
          <button type="button" class="danger" id="confirm-delete" @click=${() => this.confirmDelete()}>${msg(l, 'editor.action.delete')}</button>`,
      );
    }

    if (d.kind === 'save') {
      const summary = formatChangeSummary(summarizeChanges(this.editor?.opened, this.editor?.current), l);
      const validation = this.runValidation();
      const errors = validation.problems;
      return shell(
        msg(l, d.public ? 'editor.save.publicTitle' : 'editor.save.title'),
        html`<p><strong>${msg(l, 'editor.save.changes')}</strong> ${summary}</p>
          ${d.public ? html`<p>${msg(l, 'editor.save.publicExplain')}</p>` : nothing}
          ${errors.length
            ? html`<div class="warning-box" role="alert">
                <p><strong>${msg(l, 'editor.save.invalid', { count: errors.length })}</strong></p>
                <ul>
                  ${errors.slice(0, 5).map((p) => html`<li>${p.message}</li>`)}
                </ul>
                ${errors.length > 5 ? html`<p>${msg(l, 'editor.save.more', { count: errors.length - 5 })}</p>` : nothing}
              </div>`
            : html`<p>${msg(l, 'editor.save.valid')}</p>`}`,
        html`<button type="button" class="secondary" @click=${cancel}>${msg(l, 'editor.action.cancel')}</button>
          <button type="button" id="confirm-save" autofocus @click=${() => this.save(d.public)}>
            ${msg(l, errors.length ? 'editor.save.anyway' : d.public ? 'editor.action.savePublic' : 'editor.action.download')}
          </button>`,
      );
    }

    if (d.kind === 'restore') {
      return shell(
        msg(l, 'editor.restore.title'),
        html`<p>${msg(l, 'editor.restore.text', { name: d.fileName, date: new Date(d.draft.savedAt).toLocaleString(l === 'en' ? 'en-GB' : 'nl-NL') })}</p>
          <p>${formatChangeSummary(summarizeChanges(d.network, d.draft.current), l)}</p>`,
        html`<button
            type="button"
            class="secondary"
            @click=${() => {
              clearDraft(this.storage, d.fileKey);
              this.closeDialog();
              this.start(d.network, d.network, d.fileKey, d.fileName);
            }}
          >
            ${msg(l, 'editor.restore.discard')}
          </button>
          <button
            type="button"
            id="restore-draft"
            autofocus
            @click=${() => {
              this.closeDialog();
              this.start(d.draft.current, d.network, d.fileKey, d.fileName);
              this.editor = { ...this.editor!, dirty: true };
            }}
          >
            ${msg(l, 'editor.restore.continue')}
          </button>`,
      );
    }

    return shell(msg(l, 'editor.csv.title'), renderCsvDialog(this.csv, l, this.network), this.csv.renderActions(l, cancel, (apply) => {
      this.change(apply, msg(l, 'editor.change.imported'));
      this.closeDialog();
    }));
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
