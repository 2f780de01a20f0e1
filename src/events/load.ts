/**
 * `gia-load`: the map finished loading and validating the file named by its `src` attribute.
 * Not fired when the page sets the `data` property (the page already knows it did that).
 */
export interface GiaLoadDetail {
  /** The URL as given in the `src` attribute. */
  readonly src: string;
  /** `metadata.title` of the network file. */
  readonly title: string;
  /** `metadata.region` of the network file. */
  readonly region: string;
  /** Nodes and links drawn (after privacy filtering for the current mode). */
  readonly nodeCount: number;
  readonly linkCount: number;
  /** Validation warnings (problems with severity "warning"); errors prevent loading and fire gia-error instead. */
  readonly warningCount: number;
}

export class GiaLoadEvent extends Event {
  readonly detail: GiaLoadDetail;

  constructor(detail: GiaLoadDetail) {
    super('gia-load', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-load': GiaLoadEvent;
  }
}
