/**
 * The map's view model: (graph, view state) → what the map draws: the filter result, the help finder's
 * result and highlight, the visible nodes and links, the roving tab stop, which nodes and links are in the
 * DOM, the hover/focus emphasis, the accessible names and the label placement. Pure (no Lit, no DOM) and
 * memoised in one cache per map: each part is recomputed only when one of its inputs changed (compared
 * with `===`), so calling it on every update, pointer move or animation frame costs a few comparisons.
 * The label placement (the one costly part that depends on the zoom) is computed only when asked for
 * (`labels`, from a full render), never on a pan frame or a pointer move, and only once the label code (a lazy
 * chunk, map-labels.ts) is in: until then no labels.
 *
 * In the AVE layout the `has-specialism` and `funds` links (issue 15) are drawn only for the nodes in view: the
 * hovered, focused and selected node and the highlighted ones (`quietLinksOf`). At rest they would run from the
 * phase columns and lanes to the groups below (the specialisms; the gemeenten that fund) and cross the whole map;
 * the details panel lists a node's specialisms and funders all the same. The choice is made here, when one of those inputs changes, never on a frame.
 * That code (ave-links.ts) is a lazy chunk, loaded with the AVE layout (`aveKit`): until it is in, the links are
 * those of the force layout.
 */
import type { GiaNetwork, Id } from '../model/types.js';
import { filterGraph, type FilterResult } from '../graph/filter-graph.js';
import type { FilterState } from '../graph/filter-state.js';
import type { HelpResult, HelpQuery } from '../graph/find-help.js';
import { type GraphLink, type GraphNode, type Mode, type NetworkGraph } from '../graph/types.js';
import type { Point } from '../layout/create-simulation.js';
import type { HelpState } from '../view-state/hash-state.js';
import { msg, type Lang } from '../i18n/localize.js';
import { accessibleName } from './accessible-name.js';
import { CANVAS_THRESHOLD } from './canvas-loader.js';
import type { LabelSide } from './label-placement.js';
import { drawnRadius } from './node-shapes.js';

/** What the user has chosen (and what the map knows of its own state) that changes what is drawn. */
export interface MapViewState {
  filter: FilterState;
  /** The help finder's question ("Ik zoek hulp bij…"). */
  help?: HelpState | undefined;
  /** The organisations of the "Wie mag wat?" chain picked (professional mode only; ignored in public mode). */
  chain?: ReadonlySet<Id> | undefined;
  /** The network the help finder searches (in public mode the stripped one). */
  network?: GiaNetwork | undefined;
  mode: Mode;
  /** The help finder (a lazy chunk): until it is in, no help result. */
  findHelp?: ((network: GiaNetwork, graph: NetworkGraph, query: HelpQuery) => HelpResult) | undefined;
  lang: Lang;
  /** The AVE layout: its columns already show the phases, so the in-phase links are not drawn. */
  ave: boolean;
  /** The AVE layout's link code (a lazy chunk, ave-links.ts): until it is in, the links are drawn as in the force layout. */
  aveKit?: AveKit | undefined;
  /** The label code (a lazy chunk, map-labels.ts): until it is in, no labels. */
  labelKit?: LabelKit | undefined;
  selected?: Id | undefined;
  focusedId?: Id | undefined;
  hoverId?: Id | undefined;
  /** A node of the graph has focus (the focused node then has the emphasis and its label first). */
  graphFocused: boolean;
}

/** Where the graph is seen from: the input of the label placement. */
export interface LabelFrame {
  positions: ReadonlyMap<Id, Point>;
  /** Changes whenever the positions do (the layout's version). */
  version: number;
  settled: boolean;
  transform: { x: number; y: number; k: number };
  width: number;
  height: number;
  /** Boxes labels keep clear of (the captions, map-captions.ts), in layout coordinates. */
  obstacles?: ReadonlyArray<{ x0: number; y0: number; x1: number; y1: number }> | undefined;
}

export interface MapView {
  filter: FilterResult;
  /** The help finder's result (undefined without a question, or until the help finder is in). */
  help: HelpResult | undefined;
  /** The nodes of the help result and of the "Wie mag wat?" chain. */
  highlighted: ReadonlySet<Id> | undefined;
  /** The nodes of the "Wie mag wat?" chain (professional mode). */
  chain: ReadonlySet<Id> | undefined;
  /** The nodes that pass the filter, in the graph's order. */
  nodes: readonly GraphNode[];
  /** More visible nodes than the SVG path draws well: the map draws on a canvas. */
  useCanvas: boolean;
  /** The node holding the graph's single tab stop. */
  tabStop: Id | undefined;
  /** The nodes in the DOM: all visible ones, or on the canvas path the tab stop and the selected node only. */
  domNodes: readonly GraphNode[];
  /**
   * The links drawn as SVG lines (none on the canvas path). In the AVE layout no `in-phase` links, and the
   * `has-specialism` and `funds` links only of the nodes in view (hovered, focused, selected, highlighted), after the others.
   */
  readonly domLinks: readonly GraphLink[];
  /**
   * The links the canvas draws: those between visible nodes (in the AVE layout the ON_DEMAND_IN_AVE links only of
   * the selected, focused and highlighted nodes: the canvas draws no hover emphasis).
   */
  readonly canvasLinks: readonly GraphLink[];
  /** The hovered (or focused) node and its neighbours, at full strength (SVG path only). */
  emphasis: ReadonlySet<Id> | undefined;
  /**
   * AVE layout, SVG path: the ids of the drawn links that join a node of the groups below (no phase, no track)
   * to the phase columns or the lanes, except those of the selected and the highlighted nodes. Drawn light while
   * nothing is pointed at (`recedingLinks`): at full strength they would cross the whole map.
   */
  receding: ReadonlySet<string> | undefined;
  /** The accessible name of a node (", geselecteerd" for the selected one). */
  name: (node: GraphNode) => string;
  /** Which labels are drawn, and on which side of their node. */
  labels: (frame: LabelFrame) => ReadonlyMap<Id, LabelSide>;
}

/** The AVE layout's link code (ave-links.ts). */
export type AveKit = typeof import('./ave-links.js');

/** What the view model uses of the label code (map-labels.ts). */
export type LabelKit = Pick<typeof import('./map-labels.js'), 'placeLabels' | 'labelOf' | 'labelLines'>;

const NO_LABELS: ReadonlyMap<Id, LabelSide> = new Map();


export type MapViewModel = (graph: NetworkGraph, state: MapViewState) => MapView;

/** A view model with a cache of its own (one per map). */
export function createMapViewModel(): MapViewModel {
  const cache = new Map<string, { deps: readonly unknown[]; value: unknown }>();
  /** The cached value of `part` while its inputs are the same. */
  const part = <T>(name: string, deps: readonly unknown[], compute: () => T): T => {
    const hit = cache.get(name);
    if (hit && hit.deps.length === deps.length && hit.deps.every((d, i) => d === deps[i])) return hit.value as T;
    const value = compute();
    cache.set(name, { deps, value });
    return value;
  };

  return (graph, state) => {
    const filter = part('filter', [graph, state.filter], () => filterGraph(graph, state.filter));
    const visible = filter.visible;
    const { help: query, network, mode, findHelp } = state;
    const help = part('help', [graph, query, network, mode, findHelp], () =>
      query && network && findHelp ? findHelp(network, graph, { ...query, mode }) : undefined,
    );
    const chain = mode === 'professional' && state.chain && state.chain.size > 0 ? state.chain : undefined;
    const highlighted = part('highlighted', [help, chain], () => {
      const found = help ? [...help.contacts, ...help.organisations, ...help.meetings, ...help.interventions].map((i) => i.id) : [];
      return help || chain ? new Set([...found, ...(chain ?? [])]) : undefined;
    });
    const nodes = part('nodes', [graph, visible], () => graph.nodes.filter((n) => visible.has(n.id)));
    const useCanvas = filter.total > CANVAS_THRESHOLD;
    const shown = (id: Id | undefined): id is Id => id !== undefined && visible.has(id) && graph.byId.has(id);
    const { selected, focusedId, hoverId, graphFocused } = state;
    const tabStop = shown(focusedId) ? focusedId : shown(selected) ? selected : nodes[0]?.id;
    const domNodes = useCanvas
      ? part('domNodes', [nodes, tabStop, selected], () => nodes.filter((n) => n.id === tabStop || n.id === selected))
      : nodes;
    const center = hoverId ?? (graphFocused ? focusedId : undefined);
    const emphasis = useCanvas
      ? undefined
      : part('emphasis', [graph, center], () => (center ? new Set([center, ...(graph.neighbours.get(center) ?? [])]) : undefined));
    const names = part('names', [graph, state.lang], () => new Map<Id, string>());
    const lang = state.lang;
    const name = part('name', [names, selected, chain], () => (node: GraphNode) => {
      let text = names.get(node.id);
      if (text === undefined) names.set(node.id, (text = accessibleName(lang, graph, node)));
      if (chain?.has(node.id)) text = `${text}, ${msg(lang, 'state.inChain')}`;
      return node.id === selected ? `${text}, ${msg(lang, 'state.selected')}` : text;
    });
    const first = [selected, hoverId, graphFocused ? tabStop : undefined];
    const ave = state.ave ? state.aveKit : undefined;
    const focused = graphFocused ? focusedId : undefined;
    const aveLinks = () => part('aveLinks', [graph, visible], () => ave!.splitAveLinks(graph, visible));
    /** `others` with the quiet links of the nodes in view after them (the same array when there are none). */
    const withQuiet = (others: readonly GraphLink[], ids: ReadonlyArray<Id | undefined>) => {
      const quiet = ave!.quietLinksOf(aveLinks(), [...ids, ...(highlighted ?? [])]);
      return quiet.length === 0 ? others : [...others, ...quiet];
    };
    return {
      filter,
      help,
      highlighted,
      chain,
      nodes,
      useCanvas,
      tabStop,
      domNodes,
      get domLinks() {
        if (useCanvas) return [];
        if (!ave) return part('domLinks', [graph, visible], () => graph.links.filter((l) => visible.has(l.source) && visible.has(l.target)));
        const others = part('aveDomOthers', [aveLinks()], () => aveLinks().others.filter((l) => l.type !== 'in-phase'));
        return part('aveDomLinks', [others, highlighted, selected, hoverId, focused], () => withQuiet(others, [selected, hoverId, focused]));
      },
      get canvasLinks() {
        if (!ave) return part('canvasLinks', [graph, visible], () => graph.links.filter((l) => visible.has(l.source) && visible.has(l.target)));
        const others = aveLinks().others;
        return part('aveCanvasLinks', [others, highlighted, selected, focused], () => withQuiet(others, [selected, focused]));
      },
      emphasis,
      get receding() {
        if (useCanvas || !ave) return undefined;
        const links = this.domLinks;
        return part('receding', [links, selected, highlighted], () => ave.recedingLinks(graph, links, [selected, ...(highlighted ?? [])]));
      },
      name,
      labels: (frame) => {
        const kit = state.labelKit;
        if (!kit) return NO_LABELS;
        const { x, y, k } = frame.transform;
        const deps = [kit, graph, domNodes, emphasis, highlighted, ...first, frame.positions, frame.version, frame.settled, x, y, k, frame.width, frame.height, frame.obstacles];
        return part('labels', deps, () =>
          kit.placeLabels({
            nodes: domNodes,
            positions: frame.positions,
            scale: k,
            fontSize: 12,
            text: kit.labelOf,
            lines: kit.labelLines,
            radius: drawnRadius,
            first,
            highlighted,
            preferred: emphasis,
            obstacles: frame.obstacles,
            bounds: { x0: -x + 2, y0: -y + 2, x1: frame.width - x - 2, y1: frame.height - y - 2 },
          }),
        );
      },
    };
  };
}
