import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, type Lang } from '../../i18n/localize.js';
import { GiaElement } from '../shared/gia-element.js';
import { fetchSource } from '../shared/load-network.js';
import '../../i18n/editor-catalogue.js';
import { themeStyles } from '../shared/theme.styles.js';
import { editorStyles } from './gia-network-editor.styles.js';
import { buildPublicVersion, serializeNetwork, type Problem, type ValidationResult } from '../../model/index.js';
import {
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
  insertAt,
  itemLabel,
  listDrafts,
  loadDraft,
  markSaved,
  planDelete,
  rawItemsOf,
  redo,
  redoLabel,
  renameId,
  setAt,
  slugify,
  undo,
  undoLabel,
  type CollectionKey,
  type DraftStore,
  type EditorState,
} from '../../editor/index.js';
import { collectionOfItem, fieldLabel, firstFieldOf, isCollectionSection, itemIndexOf, itemPointerOf, sectionOfPointer, type EditorSection } from '../../editor/sections.js';
import { setNameWithId } from '../../editor/name-id.js';
import { inEditorWords } from '../../editor/editor-messages.js';
import { listLabel } from '../../editor/list-labels.js';
import { problemLookup, problemsNotShown } from '../../editor/problems-at.js';
import { shortcutOf } from '../../editor/shortcuts.js';
import { readOpenInput } from '../../editor/open-input.js';
import { GiaEditorChangeEvent } from '../../events/editor-change.js';
import { GiaEditorSaveEvent } from '../../events/editor-save.js';
import { renderItemForm, type FormContext } from './form-fields.js';
import type { DateEntry } from './date-field.js';
import { downloadText } from './download.js';
import { capitalize } from './capitalize.js';
import { CsvImportController, renderCsvDialog } from './csv-dialog.js';
import { DialogController } from './dialog-controller.js';
import { renderDialogShell } from './dialog-shell.js';
import { renderDeleteDialog, type DeleteDialogState } from './delete-dialog.js';
import { renderSaveDialog, type SaveDialogState } from './save-dialog.js';
import { renderRestoreDialog, type RestoreDialogState } from './restore-dialog.js';
import { renderWelcome } from './welcome-screen.js';
import { renderToolbar } from './editor-toolbar.js';
import { renderSectionNav } from './section-nav.js';
import { renderCollectionList } from './collection-list.js';
import { renderProblemsSection } from './problems-section.js';
import { renderPreviewPane, type PreviewMode } from './preview-pane.js';
import { renderSingleSection } from './single-section.js';
import { renderItemPane, type ProblemAction } from './item-pane.js';
import { ADD_BUTTON, FieldFocusController } from './field-focus-controller.js';
import { DraftAutosaveController } from './draft-autosave-controller.js';
import { DraftConflictController } from './draft-conflict-controller.js';
import { renderDraftConflict } from './draft-conflict.js';
import { ValidationController } from './validation-controller.js';
import { PreviewController } from './preview-controller.js';
import { collectionKey } from '../../i18n/enum-key.js';

type Dialog = DeleteDialogState | SaveDialogState | RestoreDialogState | { kind: 'csv' };

/**
 * @summary Editor for a GIA network file: forms for every kind of item with the schema's Dutch labels, pickers
 * for references, live validation, maintenance warnings, undo/redo, drafts in the browser, CSV import/export,
 * a live preview and download of the full and the public version.
 *
 * @event {GiaEditorChangeEvent} gia-editor-change - The user changed the network (detail: `{ network, valid }`:
 * the network after the change, and whether it passes validation). Not fired when `data` or `src` is set or a
 * file or draft is opened.
 * @event {GiaEditorSaveEvent} gia-editor-save - The user saved and a file was downloaded (detail: `{ fileName, public }`).
 *
 * @csspart toolbar - The bar with file actions.
 * @csspart preview - The live preview beside the form.
 *
 * @cssproperty [--gia-editor-preview-height=36rem] - Height of the live preview.
 */
export class GiaNetworkEditor extends GiaElement {
  static override styles = [themeStyles, editorStyles];

  /** URL of a network file to open. */
  @property({ reflect: true }) src?: string;
  /** A network to open (property only). */
  @property({ attribute: false }) data?: unknown;
  /** Name under which drafts of `data` are stored and files are saved. */
  @property({ attribute: 'file-name' }) fileName = 'netwerk.json';
  @property({ reflect: true }) override lang = 'nl';

  /** Entries not reviewed for longer than this many months are listed under Onderhoud. */
  @property({ type: Number, attribute: 'review-months' }) reviewMonths = 12;
  /** Hides the live preview. */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;
  /**
   * Where drafts are kept (default: localStorage). When another tab changes the draft of the same file in this
   * storage (its `storage` event), the editor asks which version to keep instead of overwriting it.
   */
  @property({ attribute: false }) storage: DraftStore | undefined = defaultDraftStore();

  @state() private editor?: EditorState<unknown>;
  @state() private fileKey = '';
  @state() private section: EditorSection = 'organisations';
  @state() private selected: number | null = null;
  @state() private listFilter = '';
  @state() private previewMode: PreviewMode = 'public';
  @state() private openProblems: Problem[] = [];
  @state() private status = '';
  @state() private newRegion = '';
  @state() private openUrl = '';
  @state() private dragging = false;
  /** Filter texts of long checkbox lists, by pointer. */
  private filters = new Map<string, string>();
  /** What was typed in date fields, by pointer (see date-field.ts). */
  private dateEntries = new Map<string, DateEntry>();
  /** Items added in this session whose id still follows their name. */
  private autoIds = new Set<string>();
  /** Problems shown next to a field are recorded here while a form renders (the rest is listed above it). */
  private shownProblems = new Set<Problem>();

  // Focus moves run before the dialog opens (controllers update in the order they are added).
  private readonly fieldFocus = new FieldFocusController(this);
  private readonly dialogs: DialogController<Dialog> = new DialogController(this, { focusPending: () => this.fieldFocus.pending });
  private readonly csv = new CsvImportController(this);
  private readonly checks = new ValidationController(this, {
    edited: () => this.editor,
    lang: () => this.l,
    reviewMonths: () => this.reviewMonths,
  });
  private readonly preview = new PreviewController(this);
  private readonly drafts = new DraftAutosaveController(this, {
    draft: () =>
      this.editor?.dirty ? { fileKey: this.fileKey, fileName: this.fileName, current: this.editor.current, opened: this.editor.opened } : undefined,
    storage: () => this.storage,
    held: () => this.conflicts.other !== undefined,
  });
  private readonly conflicts = new DraftConflictController(this, {
    fileKey: () => (this.editor ? this.fileKey : undefined),
    storage: () => this.storage,
    current: () => this.editor?.current,
    draftRemoved: () => this.drafts.flush(),
  });

  private get l(): Lang {
    return this.language;
  }

  /** The network being edited (may be invalid). */
  get network(): unknown {
    return this.editor?.current;
  }

  /** True when there are changes that are not saved to a file. */
  get dirty(): boolean {
    return this.editor?.dirty ?? false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) this.openNetwork(this.data, this.fileName, this.fileName);
    if (changed.has('src') && this.src) void this.openFromUrl(this.src);
  }

  // ---- Opening -------------------------------------------------------------------------------------------

  /** Opens a network (object or JSON text). A stored draft for the same file is offered first. */
  openNetwork(input: unknown, fileKey: string, fileName: string = fileKey): boolean {
    const read = readOpenInput(input, this.l);
    this.openProblems = read.ok ? [] : read.problems;
    if (!read.ok) {
      if (read.unreadable) this.announce(msg(this.l, 'editor.open.failed', { name: fileName }));
      return false;
    }
    const draft = loadDraft(this.storage, fileKey);
    if (draft && JSON.stringify(draft.current) !== JSON.stringify(read.value)) {
      this.dialogs.show({ kind: 'restore', draft, network: read.value, fileKey, fileName });
      return true;
    }
    this.start(read.value, read.value, fileKey, fileName);
    return true;
  }

  private start(current: unknown, opened: unknown, fileKey: string, fileName: string): void {
    this.editor = createEditorState(current, opened);
    this.fileKey = fileKey;
    this.fileName = fileName;
    this.section = 'organisations';
    this.selected = null;
    this.autoIds.clear();
    this.dateEntries.clear();
    this.conflicts.resolve();
    this.preview.show(current);
    this.runValidation();
    GiaNetworkEditor.active = this;
    this.announce(msg(this.l, 'editor.open.done', { name: fileName }));
  }

  private async openFromUrl(url: string): Promise<void> {
    try {
      // The same check as the map and the list: same origin (or one the page allows), no redirect elsewhere.
      const response = await fetchSource(url);
      if (!response?.ok) throw new Error(String(response?.status ?? 'blocked'));
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
    this.checks.schedule();
    this.preview.schedule(() => this.editor?.current);
    this.drafts.schedule();
    const network = this.editor?.current;
    const checks = this.checks;
    this.dispatchEvent(
      new GiaEditorChangeEvent({
        network,
        get valid() {
          return checks.resultFor(network).valid;
        },
      }),
    );
  }

  /** Writes the draft now (normally debounced). */
  flushDraft(): void {
    this.drafts.flush();
  }

  /** Validates now (normally debounced after each change). */
  runValidation(): ValidationResult {
    return this.checks.run();
  }

  /** Undoes the last change, as Ctrl+Z does (so it fires `gia-editor-change`). */
  undo(): void {
    if (!this.editor || !canUndo(this.editor)) return;
    const label = undoLabel(this.editor);
    this.editor = undo(this.editor);
    this.clampSelection();
    this.afterChange();
    this.announce(msg(this.l, 'editor.undone', { what: label ?? '' }));
  }

  /** Redoes the change undone last, as Ctrl+Y does (so it fires `gia-editor-change`). */
  redo(): void {
    if (!this.editor || !canRedo(this.editor)) return;
    const label = redoLabel(this.editor);
    this.editor = redo(this.editor);
    this.clampSelection();
    this.afterChange();
    this.announce(msg(this.l, 'editor.redone', { what: label ?? '' }));
  }

  private clampSelection(): void {
    if (this.selected === null || !isCollectionSection(this.section)) return;
    const length = rawItemsOf(this.network, this.section).length;
    if (this.selected >= length) this.selected = length > 0 ? length - 1 : null;
  }

  private formContext(): FormContext {
    const problemsAt = problemLookup(this.checks.result);
    const shown = this.shownProblems;
    return {
      lang: this.l,
      network: this.network,
      problemsAt: (pointer, children) => {
        const found = problemsAt(pointer, children);
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
      dateEntryOf: (pointer) => this.dateEntries.get(pointer),
      setDateEntry: (pointer, entry) => {
        if (entry) this.dateEntries.set(pointer, entry);
        else this.dateEntries.delete(pointer);
        this.requestUpdate();
      },
    };
  }

  private setField(pointer: string, value: unknown, merge = false): void {
    const itemPointer = itemPointerOf(pointer);
    const label = msg(this.l, 'editor.change.field', { field: fieldLabel(pointer) });
    // A new item's id follows its name until the user sets the id.
    const followsName = itemPointer && this.autoIds.has(itemPointer) && pointer === `${itemPointer}/name`;
    this.change((n) => (followsName ? setNameWithId(n, itemPointer, pointer, value) : setAt(n, pointer, value)), label, merge ? pointer : undefined);
  }

  private renameAt(pointer: string, newId: string): void {
    const itemPointer = itemPointerOf(pointer);
    const collection = itemPointer ? collectionOfItem(itemPointer) : undefined;
    if (!itemPointer || !collection) return this.setField(pointer, newId);
    this.autoIds.delete(itemPointer);
    this.change((n) => renameId(n, collection, itemIndexOf(itemPointer), newId), msg(this.l, 'editor.change.id'));
  }

  // ---- Items ---------------------------------------------------------------------------------------------

  private addItem(collection: CollectionKey): void {
    const info = COLLECTION_BY_KEY[collection];
    const name = collection === 'contacts' || collection === 'relations' || collection === 'meldcodeSteps' ? '' : msg(this.l, `editor.new.${collection}`);
    const item = createItem(this.network, collection, name);
    const index = rawItemsOf(this.network, collection).length;
    this.change((n) => insertAt(n, info.pointer, item), msg(this.l, 'editor.change.added', { what: msg(this.l, collectionKey(collection)) }));
    if (info.hasId) this.autoIds.add(`${info.pointer}/${index}`);
    this.selected = index;
    this.fieldFocus.request(`${info.pointer}/${index}/${firstFieldOf(collection)}`, true);
  }

  private duplicate(collection: CollectionKey, index: number): void {
    const info = COLLECTION_BY_KEY[collection];
    const item = rawItemsOf(this.network, collection)[index];
    if (!item || typeof item !== 'object') return;
    const copy = duplicateItem(this.network, collection, item as Record<string, unknown>, msg(this.l, 'editor.copyWord'));
    const at = rawItemsOf(this.network, collection).length;
    this.change((n) => insertAt(n, info.pointer, copy), msg(this.l, 'editor.change.duplicated', { what: itemLabel(item) }));
    this.selected = at;
    this.fieldFocus.request(`${info.pointer}/${at}/${firstFieldOf(collection)}`);
  }

  /** The one-click fix of a maintenance warning: a missing aandachtsfunctionaris or aanspreekpunt gets a new contact. */
  private problemAction(problem: Problem): ProblemAction | undefined {
    const role = problem.code === 'missing-aandachtsfunctionaris' ? 'aandachtsfunctionaris' : problem.code === 'missing-aanspreekpunt' ? 'aanspreekpunt' : undefined;
    const match = /^\/organisations\/(\d+)$/.exec(problem.path);
    if (!role || !match) return undefined;
    const org = rawItemsOf(this.network, 'organisations')[Number(match[1])] as { id?: unknown } | undefined;
    if (typeof org?.id !== 'string') return undefined;
    const organisation = org.id;
    return { label: msg(this.l, `editor.action.addContact.${role}`), run: () => this.addContactFor(organisation, role) };
  }

  /** Adds a contact person with `role` at the organisation `organisation` and opens it at its name. */
  private addContactFor(organisation: string, role: string): void {
    const info = COLLECTION_BY_KEY.contacts;
    const item = { ...createItem(this.network, 'contacts', ''), role, organisation };
    const index = rawItemsOf(this.network, 'contacts').length;
    this.change((n) => insertAt(n, info.pointer, item), msg(this.l, 'editor.change.added', { what: msg(this.l, collectionKey('contacts')) }));
    this.select('contacts', index);
    this.checks.run();
    this.fieldFocus.request(`${info.pointer}/${index}/${firstFieldOf('contacts')}`, true);
  }

  private askDelete(collection: CollectionKey, index: number): void {
    const plan = planDelete(this.network, { collection, index });
    this.dialogs.show({ kind: 'delete', collection, index, plan, strategy: 'remove', replacement: '' });
  }

  private confirmDelete(): void {
    const d = this.dialogs.current;
    if (!d || d.kind !== 'delete') return;
    const label = itemLabel(rawItemsOf(this.network, d.collection)[d.index]);
    if (d.strategy === 'replace' && d.replacement) {
      this.change((n) => deleteAndReplace(n, { collection: d.collection, index: d.index }, d.replacement), msg(this.l, 'editor.change.deleted', { what: label }));
    } else {
      this.change((n) => deleteWithReferences(n, d.plan), msg(this.l, 'editor.change.deleted', { what: label }));
    }
    this.autoIds.clear();
    this.dialogs.close();
    this.selected = null;
    this.announce(msg(this.l, 'editor.deleted', { what: label }));
    this.fieldFocus.request(ADD_BUTTON);
  }

  // ---- Saving --------------------------------------------------------------------------------------------

  /** Opens the save dialog; the public one with the model's public build of the network as it is now. */
  private askSave(publicVersion: boolean): void {
    if (!this.editor) return;
    const network = this.editor.current;
    const built = publicVersion ? buildPublicVersion(network, { lang: this.l }) : undefined;
    const build = built && !built.ok ? { ...built, problems: built.problems.map((p) => inEditorWords(p, network, this.l)) } : built;
    this.dialogs.show({ kind: 'save', public: publicVersion, build });
  }

  private save(publicVersion: boolean): void {
    if (!this.editor) return;
    let text: string;
    if (publicVersion) {
      // The same build as `gia-netwerkkaart public`: nothing is downloaded when it refuses.
      const build = buildPublicVersion(this.editor.current, { lang: this.l });
      if (!build.ok) {
        this.dialogs.show({ kind: 'save', public: true, build });
        this.announce(msg(this.l, 'editor.save.publicFailed'));
        return;
      }
      text = build.text;
    } else {
      // The opened file's key order: untouched entries come back as they were (no reordering diff).
      text = serializeNetwork(this.editor.current, { keyOrderFrom: this.editor.opened });
    }
    const base = this.fileName.replace(/\.json$/i, '');
    const fileName = publicVersion ? `${base}-publiek.json` : `${base}.json`;
    downloadText(text, fileName);
    if (!publicVersion) {
      this.editor = markSaved(this.editor);
      clearDraft(this.storage, this.fileKey);
    }
    this.dialogs.close();
    this.announce(msg(this.l, 'editor.save.done', { name: fileName }));
    this.dispatchEvent(new GiaEditorSaveEvent({ fileName, public: publicVersion }));
  }

  /** Another tab's draft of this file replaces this tab's network (one undoable step). */
  private takeOtherTabVersion(): void {
    const other = this.conflicts.other;
    if (!other) return;
    this.conflicts.resolve();
    this.change(() => other.current, msg(this.l, 'editor.change.takeOver'));
    this.announce(msg(this.l, 'editor.conflict.tookTheirs'));
  }

  /** This tab's version stays and becomes the stored draft (the other tab is then asked the same). */
  private keepThisTabVersion(): void {
    this.conflicts.resolve();
    this.drafts.flush();
    this.announce(msg(this.l, 'editor.conflict.keptMine'));
  }

  /** Downloads this tab's version as it is, without marking it saved or touching the stored draft. */
  private downloadThisTabVersion(): void {
    if (!this.editor) return;
    const fileName = `${this.fileName.replace(/\.json$/i, '')}-mijn-versie.json`;
    downloadText(serializeNetwork(this.editor.current, { keyOrderFrom: this.editor.opened }), fileName);
    this.announce(msg(this.l, 'editor.save.done', { name: fileName }));
  }

  // ---- Navigation ----------------------------------------------------------------------------------------

  private select(section: EditorSection, index: number | null = null): void {
    this.section = section;
    this.selected = index;
    this.listFilter = '';
  }

  /** Shows the field a problem is about and moves focus to it. */
  goToProblem(problem: Problem): void {
    const target = sectionOfPointer(problem.path);
    if (target) this.select(target.section, target.index);
    this.fieldFocus.request(problem.path || '/');
  }

  private announce(text: string): void {
    this.status = '';
    requestAnimationFrame(() => (this.status = text));
  }

  /** The editor the user worked in last: the one that gets Ctrl+Z when focus fell to the page body. */
  private static active?: GiaNetworkEditor;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeyDown);
    this.addEventListener('focusin', this.onFocusIn);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeyDown);
    this.removeEventListener('focusin', this.onFocusIn);
    if (GiaNetworkEditor.active === this) GiaNetworkEditor.active = undefined;
  }

  private onFocusIn = () => {
    GiaNetworkEditor.active = this;
  };

  /**
   * Shortcuts typed while focus is on the page body (after the focused button disappeared, or a click on the
   * page): only for the editor the user worked in last, never for keys typed in another element of the page.
   */
  private onDocumentKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.composedPath().includes(this)) return;
    const focused = document.activeElement;
    if (focused !== null && focused !== document.body && focused !== document.documentElement) return;
    if (GiaNetworkEditor.active !== this || !this.editor) return;
    this.onKeyDown(event);
  };

  private onKeyDown = (event: KeyboardEvent) => {
    if (this.dialogs.current) return;
    const shortcut = shortcutOf(event);
    if (!shortcut) return;
    event.preventDefault();
    if (shortcut === 'undo') this.undo();
    else if (shortcut === 'redo') this.redo();
    else this.askSave(false);
  };

  // ---- Rendering -----------------------------------------------------------------------------------------

  override render() {
    return html`<div class="editor" @keydown=${this.onKeyDown}>
      ${this.editor ? this.renderEditor(this.editor) : this.renderWelcomeScreen()}
      <div class="visually-hidden" role="status" aria-live="polite">${this.status}</div>
      ${this.renderDialog()}
    </div>`;
  }

  private renderWelcomeScreen() {
    return renderWelcome({
      lang: this.l,
      drafts: listDrafts(this.storage),
      openProblems: this.openProblems,
      dragging: this.dragging,
      setDragging: (dragging) => (this.dragging = dragging),
      openUrl: this.openUrl,
      setOpenUrl: (url) => (this.openUrl = url),
      newRegion: this.newRegion,
      setNewRegion: (region) => (this.newRegion = region),
      openFile: (file) => void this.openFile(file),
      openFromUrl: (url) => void this.openFromUrl(url),
      startNew: () => this.startNew(),
      continueDraft: (d) => this.start(d.current, d.opened, d.fileKey, d.fileName),
    });
  }

  private renderEditor(e: EditorState<unknown>) {
    const l = this.l;
    const validation = this.checks.result;
    return html`${renderToolbar({
        lang: l,
        fileName: this.fileName,
        dirty: e.dirty,
        draftStatus: this.conflicts.other ? 'held' : this.drafts.status,
        canUndo: canUndo(e),
        canRedo: canRedo(e),
        errors: validation.problems.length,
        undo: () => this.undo(),
        redo: () => this.redo(),
        openCsv: () => this.dialogs.show({ kind: 'csv' }),
        save: (publicVersion) => this.askSave(publicVersion),
        download: () => this.save(false),
        showProblems: () => this.select('problems'),
      })}
      ${this.conflicts.other
        ? renderDraftConflict({
            lang: l,
            fileName: this.fileName,
            other: this.conflicts.other,
            current: e.current,
            dirty: e.dirty,
            takeTheirs: () => this.takeOtherTabVersion(),
            keepMine: () => this.keepThisTabVersion(),
            downloadMine: () => this.downloadThisTabVersion(),
          })
        : nothing}
      <div class="layout ${this.noPreview ? 'no-preview' : ''}">
        ${renderSectionNav({ lang: l, network: this.network, validation, section: this.section, select: (s) => this.select(s) })}
        <main class="work">${this.renderSection()}</main>
        ${this.noPreview
          ? nothing
          : renderPreviewPane({ lang: l, network: this.preview.network, mode: this.previewMode, setMode: (m) => (this.previewMode = m) })}
      </div>`;
  }

  private renderSection() {
    const s = this.section;
    if (s === 'problems') {
      return renderProblemsSection({
        lang: this.l,
        validation: this.checks.result,
        reviewMonths: this.reviewMonths,
        setReviewMonths: (months) => {
          this.reviewMonths = months;
          this.runValidation();
        },
        goToProblem: (p) => this.goToProblem(p),
        problemAction: (p) => this.problemAction(p),
      });
    }
    if (s === 'metadata' || s === 'escalationModel' || s === 'meldcode') {
      return renderSingleSection({ lang: this.l, section: s, network: this.network, form: this.formContext(), select: (c) => this.select(c) });
    }
    return this.renderCollection(s);
  }

  private renderCollection(key: CollectionKey) {
    const l = this.l;
    const selected = this.selected !== null ? rawItemsOf(this.network, key)[this.selected] : undefined;
    const plural = msg(l, collectionKey(key, true));
    return html`<div class="collection">
      ${renderCollectionList({
        lang: l,
        collection: key,
        network: this.network,
        validation: this.checks.result,
        selected: this.selected,
        select: (index) => (this.selected = index),
        filter: this.listFilter,
        setFilter: (text) => (this.listFilter = text),
        add: () => this.addItem(key),
      })}
      <section class="form" aria-labelledby="form-heading">
        ${selected !== undefined && this.selected !== null
          ? this.renderItem(key, this.selected, selected)
          : html`<h2 id="form-heading" tabindex="-1" class="visually-hidden">${capitalize(plural)}</h2>
              <p class="hint">${msg(l, 'editor.list.choose', { what: msg(l, collectionKey(key)) })}</p>`}
      </section>
    </div>`;
  }

  private renderItem(key: CollectionKey, index: number, item: unknown) {
    const info = COLLECTION_BY_KEY[key];
    const pointer = `${info.pointer}/${index}`;
    // The form first, so that the problems its fields show are known; the rest is listed above it.
    this.shownProblems = new Set();
    const form = renderItemForm(this.formContext(), info.object, item, pointer, info.hasId);
    return renderItemPane({
      lang: this.l,
      collection: key,
      label: listLabel(this.network, key, item, this.l),
      canDuplicate: info.hasId,
      otherProblems: problemsNotShown(this.checks.result, pointer, this.shownProblems),
      form,
      duplicate: () => this.duplicate(key, index),
      askDelete: () => this.askDelete(key, index),
      problemAction: (p) => this.problemAction(p),
    });
  }

  // ---- Dialogs -------------------------------------------------------------------------------------------

  private renderDialog() {
    const d = this.dialogs.current;
    if (!d) return nothing;
    const lang = this.l;
    const cancel = () => this.dialogs.close();
    switch (d.kind) {
      case 'delete':
        return renderDeleteDialog({ lang, network: this.network, dialog: d, update: (next) => this.dialogs.show(next), cancel, confirm: () => this.confirmDelete() });
      case 'save':
        return renderSaveDialog({
          lang,
          dialog: d,
          opened: this.editor?.opened,
          current: this.editor?.current,
          validation: this.runValidation(),
          cancel,
          save: (publicVersion) => this.save(publicVersion),
          goToProblem: (p) => {
            this.dialogs.close();
            this.goToProblem(p);
          },
        });
      case 'restore':
        return renderRestoreDialog({
          lang,
          dialog: d,
          cancel,
          discard: () => {
            clearDraft(this.storage, d.fileKey);
            this.dialogs.close();
            this.start(d.network, d.network, d.fileKey, d.fileName);
          },
          resume: () => {
            this.dialogs.close();
            this.start(d.draft.current, d.network, d.fileKey, d.fileName);
            this.editor = { ...this.editor!, dirty: true };
          },
        });
      case 'csv': {
        // Closing the dialog stops a preview that is still running.
        const close = () => {
          this.csv.stop();
          cancel();
        };
        return renderDialogShell(
          msg(lang, 'editor.csv.title'),
          renderCsvDialog(this.csv, lang, this.network),
          this.csv.renderActions(lang, close, (apply) => {
            this.change(apply, msg(lang, 'editor.change.imported'));
            this.dialogs.close();
          }),
          close,
        );
      }
    }
  }
}
