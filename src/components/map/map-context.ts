/**
 * What the map's controllers share: the host (its public properties), the view state (map-state.ts), the
 * layout, zoom and stage size, the settle tracker, the live region and the view model. The component makes
 * one and hands it to each controller.
 */
import type { ReactiveControllerHost } from 'lit';
import type { GiaNetwork } from '../../model/types.js';
import type { Mode } from '../../graph/types.js';
import type { LayoutKind } from '../../layout/index.js';
import type { MapView } from '../../render/map-view-model.js';
import type { Lang } from '../../i18n/localize.js';
import type { Announcer } from './announcer.js';
import type { LazyForcesLayoutController } from './lazy-forces-layout-controller.js';
import type { MapState } from './map-state.js';
import type { SettleTracker } from './settle-tracker.js';
import type { StageSizeController } from './stage-size-controller.js';
import type { ZoomController } from './zoom-controller.js';

/** The map element as its controllers see it: its public properties and Lit's host API. */
export type MapHost = ReactiveControllerHost &
  HTMLElement & {
    readonly renderRoot: HTMLElement | DocumentFragment;
    src?: string;
    data?: GiaNetwork;
    layout: LayoutKind;
    focusId?: string;
    /** Public mode keeps fictitious entries (a demo; they are marked). */
    withFictitious?: boolean;
  };

export interface MapContext {
  readonly host: MapHost;
  readonly state: MapState;
  readonly layout: LazyForcesLayoutController;
  readonly zoom: ZoomController;
  readonly stageSize: StageSizeController;
  readonly settle: SettleTracker;
  readonly announcer: Announcer;
  lang(): Lang;
  /** `public` unless the mode is exactly `professional`. */
  mode(): Mode;
  /** What is drawn for the current graph and view state (memoised). */
  mapView(): MapView | undefined;
  surface(): SVGSVGElement | undefined;
}
