/**
 * The map's view state as one reactive store: every field behaves like a Lit `@state` field of the host (setting
 * a different value, compared with `!==`, asks the host for an update), so the component and its controllers
 * share one set of fields instead of passing getters and setters around.
 */
import type { ReactiveControllerHost } from 'lit';
import type { GiaNetwork, Id } from '../../model/types.js';
import type { NetworkGraph } from '../../graph/types.js';
import { EMPTY_FILTER, cleanFilter, type FilterState } from '../../graph/filter-state.js';
import type { HelpState } from '../../view-state/hash-state.js';
import type { ChainHighlight } from '../../graph/power-chain.js';
import type { MapViewKind } from './map-toolbar.js';

export interface MapState {
  /** The network as given or loaded. */
  network: GiaNetwork | undefined;
  graph: NetworkGraph | undefined;
  /** What the panels and the list get: in public mode the stripped network, so no personal data can reach them. */
  shownNetwork: GiaNetwork | undefined;
  filter: FilterState;
  help: HelpState | undefined;
  /** The "Wie mag wat?" chain picked (professional mode): its organisations are highlighted. */
  chain: ChainHighlight | undefined;
  selected: Id | undefined;
  view: MapViewKind;
  /** The graph's roving tab stop (the node focused last). */
  focusedId: Id | undefined;
  hoverId: Id | undefined;
  /** Focus is on a node of the graph. */
  graphFocused: boolean;
  /** The node being moved ("Verplaats op de kaart", WCAG 2.5.7). */
  movingId: Id | undefined;
  legendOpen: boolean;
}

/** The store of a map's view state, with its initial values; `host` updates when a field changes. */
export function createMapState(host: Pick<ReactiveControllerHost, 'requestUpdate'>): MapState {
  const values: MapState = {
    ...{ network: undefined, graph: undefined, shownNetwork: undefined, filter: cleanFilter(EMPTY_FILTER), help: undefined, chain: undefined },
    ...{ selected: undefined, view: 'map', focusedId: undefined, hoverId: undefined, graphFocused: false },
    ...{ movingId: undefined, legendOpen: false },
  };
  const state = {} as MapState;
  for (const key of Object.keys(values) as (keyof MapState)[]) {
    Object.defineProperty(state, key, {
      enumerable: true,
      get: () => values[key],
      set: (value: never) => {
        if (values[key] === value) return;
        values[key] = value;
        host.requestUpdate();
      },
    });
  }
  return state;
}
