/**
 * Coalesces canvas repaints: at most one per animation frame, and none when nothing that is drawn has
 * changed since the last paint (the caller describes the drawn state as a key: a list of values compared
 * with `===`).
 */
export class FramePainter {
  private handle?: number;
  private painted: readonly unknown[] = [];

  constructor(
    /** Paints; returns the key of what it drew (undefined: nothing drawn). */
    private readonly paint: () => readonly unknown[] | undefined,
  ) {}

  /** Paints in the next animation frame (once, however often this is called before it). */
  schedule(): void {
    if (this.handle !== undefined) return;
    this.handle = requestAnimationFrame(() => {
      this.handle = undefined;
      this.run();
    });
  }

  /** Schedules a paint only when `key` differs from what was painted last. */
  scheduleIfChanged(key: readonly unknown[]): void {
    if (!sameKey(key, this.painted)) this.schedule();
  }

  /** Paints at once (from inside an animation frame), replacing a scheduled paint. */
  paintNow(): void {
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.handle !== undefined) cancelAnimationFrame(this.handle);
    this.handle = undefined;
  }

  /** Forget the last key (the next scheduleIfChanged paints). */
  invalidate(): void {
    this.painted = [];
  }

  private run(): void {
    this.painted = this.paint() ?? [];
  }
}

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
