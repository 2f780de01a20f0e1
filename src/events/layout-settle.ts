/**
 * `gia-layout-settle`: the layout came to rest after loading from `src` or after a user action (layout switch,
 * dragging a node). Not fired after the page sets `data` or `layout` programmatically.
 */
export interface GiaLayoutSettleDetail {
  readonly layout: 'force' | 'ave';
  readonly nodeCount: number;
  /** Milliseconds from the start of the layout run until it settled. */
  readonly durationMs: number;
}

export class GiaLayoutSettleEvent extends Event {
  readonly detail: GiaLayoutSettleDetail;

  constructor(detail: GiaLayoutSettleDetail) {
    super('gia-layout-settle', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-layout-settle': GiaLayoutSettleEvent;
  }
}
