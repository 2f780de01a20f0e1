/**
 * `gia-error`: loading the file named by the `src` attribute failed. The map shows the same message in Dutch
 * (or English with lang="en") and the page around it keeps working.
 */
export type GiaErrorReason =
  /** The server answered with an HTTP error (404, 500, ...): see `status`. */
  | 'http'
  /** The request itself failed (offline, blocked, bad URL). */
  | 'network'
  /** The answer was not valid JSON. */
  | 'parse'
  /** The JSON does not match the GIA network schema or its references: see `problems`. */
  | 'validation';

export interface GiaErrorProblem {
  /** JSON Pointer-like path into the file, e.g. `/organisations/3/phases/0`. */
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface GiaErrorDetail {
  readonly src: string;
  readonly reason: GiaErrorReason;
  /** The message shown to the user (localized). */
  readonly message: string;
  /** HTTP status code when `reason` is `http`. */
  readonly status?: number;
  /** The first validation problems (errors only) when `reason` is `validation`. */
  readonly problems?: readonly GiaErrorProblem[];
}

export class GiaErrorEvent extends Event {
  readonly detail: GiaErrorDetail;

  constructor(detail: GiaErrorDetail) {
    super('gia-error', { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gia-error': GiaErrorEvent;
  }
}
