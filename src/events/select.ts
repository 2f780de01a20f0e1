/**
 * `gia-select`: the user selected a node (click, Enter/Space, a search suggestion, a related-node button) or
 * cleared the selection (Escape, close button). Not fired when the `focus` attribute or the URL hash selects.
 */
import type { Id } from '../model/types.js';
import type { NodeKind } from '../graph/types.js';

export interface GiaSelectDetail {
  /** The selected node id, or null when the selection was cleared. */
  readonly id: Id | null;
  readonly kind: NodeKind | null;
  /** The node's display label (never a person's name in public mode). */
  readonly label: string | null;
}

export class GiaSelectEvent extends Event {
  readonly detail: GiaSelectDetail;

  constructor(detail: GiaSelectDetail) {
    super('gia-select', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-select': GiaSelectEvent;
  }
}
