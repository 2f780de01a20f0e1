/**
 * Fitting, zooming and resetting the map's view (the toolbar's and the keyboard's view actions), and the fit
 * that follows new data, a resize or a layout that came to rest while the user has not moved the view.
 * A new search or help result is fitted too (the results, with room for their labels, whatever the user
 * did with the view before): no result is cut off at the edge.
 */
import type { Id } from '../../model/types.js';
import type { Point } from '../../layout/index.js';
import type { MapContext } from './map-context.js';

/** Space (px) kept round the nodes, and the largest zoom, when the view is fitted. */
const FIT_MARGIN = 40;
const FIT_MAX_SCALE = 2;
/** Space (px) kept round search and help results: a node's shape and a two-line label below it. */
const RESULT_FIT_MARGIN = 72;


export class ViewportActions {
  /** The view is fitted (without an event) at the next update that has positions and a measured stage. */
  needsFit = true;
  /**
   * The smallest scale a fit may give (0: none). On a phone the whole network would be dots: the fit then keeps
   * this readable scale round the centre, and the user pans to the rest.
   */
  minFitScale = 0;

  /** The results last fitted (see results()). */
  private fitted: ReadonlySet<Id> | undefined;

  constructor(private readonly ctx: Pick<MapContext, 'layout' | 'zoom' | 'stageSize' | 'settle' | 'mapView'> & { state?: Pick<MapContext['state'], 'filter'> }) {}

  /** The nodes a help question or a search text found (the help result first); undefined without either. */
  results(): ReadonlySet<Id> | undefined {
    const view = this.ctx.mapView();
    if (!view) return undefined;
    if (view.highlighted && view.highlighted.size > 0) return view.highlighted;
    return this.ctx.state?.filter.query.trim() ? view.filter.visible : undefined;
  }

  /** Before an update: fits the view if it needs to and can (and to new search or help results). */
  fitIfNeeded(hasGraph: boolean): void {
    if (!hasGraph || this.ctx.layout.positions.size === 0 || !(this.ctx.stageSize.size.width > 0)) return;
    const results = this.results();
    if (results !== this.fitted) {
      this.fitted = results;
      if (results && results.size > 0) {
        this.needsFit = false;
        this.ctx.zoom.userMoved = false;
        this.fit(true);
        return;
      }
    }
    if (this.needsFit) {
      this.needsFit = false;
      this.fit(true);
    }
  }

  /** Fits the search or help results, else the visible nodes (all nodes when none is visible), on the stage. */
  fit(silent = false): void {
    const results = this.results();
    const ids = results && results.size > 0 ? results : this.ctx.mapView()?.filter.visible;
    const positions = this.ctx.layout.positions;
    const points = ids && ids.size > 0 ? [...ids].map((id) => positions.get(id)).filter((p): p is Point => !!p) : [...positions.values()];
    const { width, height } = this.ctx.stageSize.size;
    const margin = results && results.size > 0 ? RESULT_FIT_MARGIN : FIT_MARGIN;
    const zoom = this.ctx.zoom;
    zoom.fit(points, width, height, margin, FIT_MAX_SCALE, silent);
    const { x, y, k } = zoom.transform;
    if (k > 0 && k < this.minFitScale) {
      const min = this.minFitScale;
      zoom.apply({ k: min, x: width / 2 - ((width / 2 - x) / k) * min, y: height / 2 - ((height / 2 - y) / k) * min }, silent);
    }
  }

  /** "Passend maken": the view follows the layout again. */
  fitByUser(): void {
    this.ctx.zoom.userMoved = false;
    this.fit();
  }

  /** "Herstel": every pinned node free again, the layout runs on, the view fitted. */
  reset(): void {
    const layout = this.ctx.layout;
    this.ctx.zoom.userMoved = false;
    for (const id of [...layout.pinned]) layout.unpin(id);
    this.ctx.settle.start();
    this.fit();
  }

  zoomBy(factor: number): void {
    this.ctx.zoom.zoomBy(factor, this.ctx.stageSize.size.width, this.ctx.stageSize.size.height);
  }

  /** Scrolls the zoom so that the node with this id (or the point `p`) is on the stage. */
  ensureVisible(id: Id, p: Point | undefined = this.ctx.layout.positions.get(id)): void {
    if (p) this.ctx.zoom.ensureVisible(p, this.ctx.stageSize.size.width, this.ctx.stageSize.size.height);
  }
}
