/**
 * Quick exit ("Snel weg"): one click on the button, or Escape pressed three times within
 * `ESCAPE_WINDOW_MS`, replaces the page by a neutral one with `location.replace`, so Back does not return
 * to it. Used by the map and the list in public mode; it needs no data, so it works while the data loads and
 * in the error state.
 *
 * Every Escape counts, also one that first closes a dialog, the details or a suggestion list: someone who
 * needs to leave fast should not have to think about what has focus. Three quick presses in a row are rare
 * in normal use (one closes one thing); a longer pause starts the count again.
 *
 * Limits (README): the browser's history still holds the page that embedded the map, and earlier visits to
 * it; the controller cannot clear that.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where quick exit goes when the page sets no `quick-exit-url`: a neutral, general news site. */
export const DEFAULT_QUICK_EXIT_URL = 'https://nos.nl/';

/** Escape presses that leave, and the time (ms) they must fall within. */
export const ESCAPE_PRESSES = 3;
export const ESCAPE_WINDOW_MS = 1500;

/**
 * How the page is left. Tests replace `replace` so the test page stays; nothing else should.
 * `location.replace`: the page is replaced in the history, so Back does not return to it. In an iframe the
 * whole (top) page is replaced; where the browser refuses that (a sandboxed frame), the frame's own page.
 */
export const quickExitNavigation = {
  replace: (url: string): void => {
    try {
      (window.top ?? window).location.replace(url);
    } catch {
      window.location.replace(url);
    }
  },
};

/** The target: the page's `quick-exit-url` when it is an http(s) URL, otherwise the default. */
export function quickExitTarget(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return DEFAULT_QUICK_EXIT_URL;
  try {
    const url = new URL(value.trim(), window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : DEFAULT_QUICK_EXIT_URL;
  } catch {
    return DEFAULT_QUICK_EXIT_URL;
  }
}

export interface QuickExitOptions {
  /** Quick exit is on (public mode, not turned off by the page). */
  enabled: () => boolean;
  /** The page's `quick-exit-url` (checked by `quickExitTarget`). */
  target: () => string | undefined;
}

export class QuickExitController implements ReactiveController {
  private presses: number[] = [];

  constructor(
    host: ReactiveControllerHost,
    private readonly options: QuickExitOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Capture on the window: an Escape that a panel handles (and stops) still counts.
    window.addEventListener('keydown', this.onKeyDown, true);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKeyDown, true);
    this.presses = [];
  }

  /** Leaves the page now (the button). */
  readonly leave = (): void => {
    this.presses = [];
    quickExitNavigation.replace(quickExitTarget(this.options.target()));
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.options.enabled()) return;
    const now = event.timeStamp || performance.now();
    this.presses = [...this.presses.filter((t) => now - t <= ESCAPE_WINDOW_MS), now];
    if (this.presses.length >= ESCAPE_PRESSES) this.leave();
  };
}
