/**
 * Two tabs on the same file never overwrite each other's draft without a word. The browser tells every other tab
 * of this origin when a tab writes to localStorage (the `storage` event); when another tab wrote a draft of the
 * file open here and it differs from what this tab has, the controller keeps that draft as `other` until the user
 * chooses (take it over, or keep this tab's version). While a choice is open, this tab does not write its own
 * draft (the other tab's work stays stored). When the other tab removed its draft (it saved the file or threw the
 * draft away), this tab writes its own again at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { draftKey, parseDraft, type Draft, type DraftStore } from '../../editor/draft-storage.js';

export interface DraftConflictOptions {
  /** The key of the file open in this tab (undefined on the start screen). */
  fileKey(): string | undefined;
  /** Where this tab keeps drafts: only events of that storage count. */
  storage(): DraftStore | undefined;
  /** The network as this tab has it now. */
  current(): unknown;
  /** Another tab removed the draft of this file: write this tab's draft (if it has changes) now. */
  draftRemoved(): void;
}

export class DraftConflictController implements ReactiveController {
  /** The other tab's draft, while it differs from this tab's network and the user has not chosen. */
  other?: Draft;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftConflictOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
  }

  /** The user chose (or the file was closed): no conflict is shown any more. */
  resolve(): void {
    if (!this.other) return;
    this.other = undefined;
    this.host.requestUpdate();
  }

  /** Handles a `storage` event (the browser sends them; tests may dispatch their own). */
  readonly onStorage = (event: StorageEvent): void => {
    const fileKey = this.options.fileKey();
    const store = this.options.storage();
    if (fileKey === undefined || !store || event.storageArea !== store) return;
    // Another tab cleared the whole storage: this tab's draft is gone too.
    if (event.key === null) return this.options.draftRemoved();
    if (event.key !== draftKey(fileKey)) return;
    const draft = parseDraft(event.newValue, fileKey);
    if (!draft) {
      this.resolve();
      if (event.newValue === null) this.options.draftRemoved();
      return;
    }
    if (JSON.stringify(draft.current) === JSON.stringify(this.options.current())) {
      this.resolve();
      return;
    }
    this.other = draft;
    this.host.requestUpdate();
  };
}
