/**
 * The size of the map's stage (the element the graph is drawn in), in whole CSS pixels. A ResizeObserver keeps
 * it up to date. The first time a stage is rendered with data the host can measure it at once (`measure`)
 * instead of waiting a frame for the observer, so the same task draws the nodes, fitted to the stage.
 *
 * Not @lit-labs/observers' ResizeController: that one was tried (it does the same job) and costs 0.87 KB gzip in
 * the first-paint bundle (it brings lit's async-directive), more than the 40 KB budget leaves; this controller
 * is the part of it the map needs, plus the measurement at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface StageSize {
  width: number;
  height: number;
}

export class StageSizeController implements ReactiveController {
  /** The current size; `{ 0, 0 }` until the stage has been measured. */
  size: StageSize = { width: 0, height: 0 };
  private measured?: Element;
  private observed?: Element;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The size changed (and the host updates); `first`: the first size with a width. */
    private readonly onChange: (first: boolean) => void,
  ) {
    host.addController(this);
  }

  /** Whether a size is known or has been asked of the stage (a stage of width 0 counts: it is laid out). */
  get known(): boolean {
    return this.size.width > 0 || this.measured !== undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  /**
   * Measures `stage` at once (this forces a layout), when its size is not known and it was not measured before.
   * Returns whether it measured. A stage that is still 0 wide asks for another update.
   */
  measure(stage: Element): boolean {
    if (this.size.width > 0 || this.measured === stage) return false;
    this.measured = stage;
    if (!this.set(stage)) this.host.requestUpdate();
    this.observe(stage);
    return true;
  }

  /** Keeps the size of `stage` (the rendered stage element; a new one after the list view) up to date. */
  observe(stage: Element | undefined): void {
    if (!stage || this.observed === stage) return;
    this.observer?.disconnect();
    this.observed = stage;
    this.observer = new ResizeObserver(() => this.set(stage));
    this.observer.observe(stage);
  }

  /** Reads the size of `stage`; on a change, updates the host. Returns whether the stage has a width. */
  private set(stage: Element): boolean {
    const rect = stage.getBoundingClientRect();
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    if (width !== this.size.width || height !== this.size.height) {
      const first = this.size.width === 0;
      this.size = { width, height };
      this.onChange(first);
      this.host.requestUpdate();
    }
    return width > 0;
  }
}
