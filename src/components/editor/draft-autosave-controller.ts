/**
 * Keeps a draft of the network in the browser's storage: 400 ms after the last change, at once when the editor
 * leaves the page, and when the page is closed with unsaved changes (the browser then asks the user first).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { writeDraft, type Draft, type DraftStore, type DraftWriteResult } from '../../editor/draft-storage.js';

export interface DraftAutosaveOptions {
  /** The draft to keep, or undefined when there are no unsaved changes. */
  draft(): Pick<Draft, 'fileKey' | 'fileName' | 'current' | 'opened'> | undefined;
  /** Where drafts are kept. */
  storage(): DraftStore | undefined;
  /** True while writing must wait (another tab's draft of the same file is there and the user has not chosen). */
  held?(): boolean;
}

export const DRAFT_DELAY_MS = 400;

export class DraftAutosaveController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  /** What the last write did (undefined before the first): the toolbar only says "concept bewaard" after 'saved'. */
  status?: DraftWriteResult;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftAutosaveOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    this.flush();
  }

  /** Writes the draft after a pause in the changes. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), DRAFT_DELAY_MS);
  }

  /** Writes the draft now. */
  flush(): void {
    clearTimeout(this.timer);
    const draft = this.options.draft();
    if (!draft || this.options.held?.()) return;
    const status = writeDraft(this.options.storage(), draft);
    if (status !== this.status) {
      this.status = status;
      this.host.requestUpdate();
    }
  }

  private onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.options.draft()) return;
    this.flush();
    event.preventDefault();
    event.returnValue = '';
  };
}
