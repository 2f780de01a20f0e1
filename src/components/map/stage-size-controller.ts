/**
 * The size of the map's stage (the element the graph is drawn in), in whole CSS pixels: a ResizeController
 * (@lit-labs/observers) keeps it up to date. The first time a stage is rendered with data the host can measure
 * it at once (`measure`) instead of waiting a frame for the observer, so the same task draws the nodes, fitted
 * to the stage. The host updates only when the size changed (not on the observer's first report of a stage
 * already measured): `size` is the controller's `value`.
 */
import type { ReactiveControllerHost } from 'lit';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';

export interface StageSize {
  width: number;
  height: number;
}

/** The host as the ResizeController sees it: the controller asks for updates itself, on a change only. */
function onChangeOnly(host: ReactiveControllerHost): ReactiveControllerHost & Element {
  // Not an element: the controller has no default target (`target: null`), so it never observes its host.
  return <ReactiveControllerHost & Element>{
    addController: (controller) => host.addController(controller),
    removeController: (controller) => host.removeController(controller),
    requestUpdate: () => undefined,
    get updateComplete() {
      return host.updateComplete;
    },
  };
}

export class StageSizeController extends ResizeController<StageSize> {
  /** The current size; `{ 0, 0 }` until the stage has been measured. */
  size: StageSize = { width: 0, height: 0 };
  private measured?: Element;
  private observed?: Element;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The size changed (and the host updates); `first`: the first size with a width. */
    private readonly onChange: (first: boolean) => void,
  ) {
    super(onChangeOnly(host), { target: null, skipInitial: true });
    this.callback = (entries) => {
      const stage = entries[entries.length - 1]?.target;
      if (stage) this.set(stage);
      return this.size;
    };
  }

  /** Whether a size is known or has been asked of the stage (a stage of width 0 counts: it is laid out). */
  get known(): boolean {
    return this.size.width > 0 || this.measured !== undefined;
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
  override observe(stage: Element | undefined): void {
    if (!stage || this.observed === stage) return;
    if (this.observed) this.unobserve(this.observed);
    this.observed = stage;
    super.observe(stage);
  }

  /** Stops observing; the host observes its stage again after it reconnects (updated). */
  override hostDisconnected(): void {
    super.hostDisconnected();
    if (this.observed) this.unobserve(this.observed);
    this.observed = undefined;
  }

  /** Reads the size of `stage`; on a change, updates the host. Returns whether the stage has a width. */
  private set(stage: Element): boolean {
    const rect = stage.getBoundingClientRect();
    const width = Math.round(rect.width);
    const height = Math.round(rect.height);
    if (width !== this.size.width || height !== this.size.height) {
      const first = this.size.width === 0;
      this.value = this.size = { width, height };
      this.onChange(first);
      this.host.requestUpdate();
    }
    return width > 0;
  }
}
