/**
 * `gia-editor-save`: the user saved in `<gia-network-editor>` and the file was offered as a download (the full
 * file with **Opslaan**, the public version with **Publieke versie opslaan**).
 */
export interface GiaEditorSaveDetail {
  /** The name of the downloaded file (`…-publiek.json` for the public version). */
  readonly fileName: string;
  /** True for the public version (personal data stripped), false for the full file. */
  readonly public: boolean;
}

export class GiaEditorSaveEvent extends Event {
  readonly detail: GiaEditorSaveDetail;

  constructor(detail: GiaEditorSaveDetail) {
    super('gia-editor-save', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-editor-save': GiaEditorSaveEvent;
  }
}
