/**
 * The map's toolbar as a lazy part (map-toolbar.ts with its styles, a chunk of the script-tag bundle): fetched
 * when the map connects. It is drawn in the frame the map shows before its data (inert), or else from the frame
 * after the map's first paint: a map made and given its data in one task draws only the urgent-help strip and
 * the stage in its first frame. Until then the bar is empty and keeps one row's place.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { lazyModule } from '../../util/lazy-module.js';
import { addStyles } from '../shared/add-styles.js';
import type { ToolbarInput } from './map-toolbar.js';

const toolbarPart = lazyModule(() => import('./map-toolbar.js'));

export class ToolbarPart implements ReactiveController {
  private shown = false;
  /** The last template was the empty place kept while the map draws its first frame with data. */
  private held = false;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    // While the place is held for the first frame, `reveal` brings the toolbar: an update now would change nothing
    // and hold up that frame.
    if (!toolbarPart.value) void toolbarPart.load().then((loaded) => loaded && !this.held && this.host.requestUpdate());
  }

  /** Resolves when the toolbar's chunk is in (or failed). */
  loaded(): Promise<unknown> {
    return toolbarPart.load();
  }

  /** After the map's first paint: the toolbar from the next update on. */
  reveal(): void {
    if (this.shown) return;
    this.shown = true;
    this.host.requestUpdate();
  }

  /** The toolbar, or its empty place; `painting`: the map is about to draw its first frame with data. */
  template(input: ToolbarInput, painting: boolean): TemplateResult {
    const chunk = toolbarPart.value;
    if (!painting && chunk) this.shown = true;
    this.held = painting && !this.shown;
    if (!chunk || !this.shown) return html`<div part="toolbar" class="toolbar" inert></div>`;
    if (this.host.renderRoot instanceof ShadowRoot) addStyles(this.host.renderRoot, chunk.toolbarStyles);
    return chunk.toolbarTemplate(input);
  }
}
