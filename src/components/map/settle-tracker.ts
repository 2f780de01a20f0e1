/**
 * When the map's layout comes to rest: a promise per layout run (`settled`, renewed when a new run starts
 * after the last one settled) and how long the run took, for the `gia-layout-settle` event.
 */
export class SettleTracker {
  /** Resolves when the current layout run has come to rest. */
  settled: Promise<void>;
  private resolve!: () => void;
  private startedAt = 0;
  private done = false;

  constructor() {
    this.settled = this.next();
  }

  /** A layout run starts (new data, another layout, a pinned or unpinned node). */
  start(): void {
    this.startedAt = now();
    if (!this.done) return;
    this.done = false;
    this.settled = this.next();
  }

  /** The layout came to rest: `report` gets the run's duration (ms) once per run, then `settled` resolves. */
  finish(report: (durationMs: number) => void): void {
    if (this.done) return;
    this.done = true;
    report(Math.round(now() - this.startedAt));
    this.resolve();
  }

  private next(): Promise<void> {
    return new Promise((resolve) => (this.resolve = resolve));
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
