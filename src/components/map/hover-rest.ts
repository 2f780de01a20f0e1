/**
 * Hover emphasis that waits until the pointer rests: a hover change re-renders the emphasis of every node,
 * link and label (a full update), so it is applied only when the pointer has stayed HOVER_REST_MS without a
 * new hover, and not while a pan or zoom runs (`busy`; it is applied when that pauses). A pointer crossing
 * nodes on its way costs nothing per node it passes.
 */
import type { Id } from '../../model/types.js';

/** How long (ms) the pointer must rest before the hover emphasis follows it. */
export const HOVER_REST_MS = 60;

export class HoverRest {
  private timer?: ReturnType<typeof setTimeout> | undefined;
  private next?: { id: Id | undefined } | undefined;

  constructor(
    /** Applies the hover (sets the map's hover state). */
    private readonly apply: (id: Id | undefined) => void,
    /** A pan or zoom is running: wait. */
    private readonly busy: () => boolean,
    private readonly restMs = HOVER_REST_MS,
  ) {}

  /** The pointer is over `id` (undefined: over no node) now; applied once it rests. */
  set(id: Id | undefined): void {
    this.next = { id };
    this.arm();
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.restMs);
  }

  private flush(): void {
    const next = this.next;
    if (!next) return;
    if (this.busy()) return this.arm();
    this.next = undefined;
    this.apply(next.id);
  }
}
