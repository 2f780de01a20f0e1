/**
 * Whether the host is narrow (at most `NARROW_WIDTH` CSS pixels wide, as the styles' container query): the map's public view is then laid out
 * for a phone (urgent help and the help finder first, the map and list one tap away, filters folded).
 * Measured once on connect (so the first render has the right layout) and kept up to date by a ResizeObserver.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The width (CSS px) below which the phone layout is used; the same as the styles' container query. */
export const NARROW_WIDTH = 640;

/**
 * The width of the content box, as the container query (and the ResizeObserver's contentRect) measures it: a host
 * given padding by the page would otherwise start in one layout and switch a frame later.
 */
function contentWidth(element: HTMLElement): number {
  const style = getComputedStyle(element);
  return element.clientWidth - (parseFloat(style.paddingLeft) || 0) - (parseFloat(style.paddingRight) || 0);
}

export class NarrowController implements ReactiveController {
  /** The host is at most `NARROW_WIDTH` wide. */
  value = false;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Only measured while this holds (the map's public mode). */
    private readonly wanted: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.wanted()) return;
    this.set(contentWidth(this.host));
    // The change is applied in the next frame: switching the layout inside the observer's callback would resize
    // what other observers (the stage's) watch in the same frame ("ResizeObserver loop" errors). The width is the
    // observer's own measure: reading clientWidth in that frame would force a layout of the whole map (tens of
    // ms with a few hundred nodes, in the frame after the first paint).
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      requestAnimationFrame(() => this.set(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private set(width: number): void {
    // A host not laid out yet (width 0) keeps the wide layout until it has a width.
    const narrow = width > 0 && width <= NARROW_WIDTH;
    if (narrow === this.value) return;
    this.value = narrow;
    this.host.requestUpdate();
  }
}
