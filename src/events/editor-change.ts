/**
 * `gia-editor-change`: the user changed the network in `<gia-network-editor>` (a field, adding, duplicating or
 * deleting an item, undo or redo, a CSV import). Not fired when the page sets `data` or `src`, nor when a file
 * or a draft is opened.
 */
export interface GiaEditorChangeDetail {
  /** The network after the change (it may be invalid while the user is still editing). */
  readonly network: unknown;
  /**
   * True when the network passes validation (schema and references; maintenance warnings do not count).
   * Computed when first read, so a listener that does not read it costs nothing.
   */
  readonly valid: boolean;
}

export class GiaEditorChangeEvent extends Event {
  readonly detail: GiaEditorChangeDetail;

  constructor(detail: GiaEditorChangeDetail) {
    super('gia-editor-change', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-editor-change': GiaEditorChangeEvent;
  }
}
