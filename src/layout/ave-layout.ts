/**
 * The AVE layout's part of a simulation (create-simulation.ts), in the lazy chunk of the layout forces
 * (lazy-forces.ts): the bands, lanes and order of the nodes, the slot force (force-ave-bands.ts) with its
 * geometry, the start at the slots, the forces of the AVE layout and the header places of the phase nodes.
 * Made when the AVE layout is first used, so a force-layout map's first paint does not carry it.
 */
import { forceCollide, type Simulation } from 'd3-force';
import type { Id } from '../model/types.js';
import type { NetworkGraph } from '../graph/types.js';
import type { AveBandGeometry } from './ave-band-geometry.js';
import { assignBands, assignLanes, aveGroupOf, aveOrderKeys, avePositions } from './ave-order.js';
import type { LayoutLink, LayoutNode, Point } from './create-simulation.js';
import { forceAveBands, type AveBandsForce } from './force-ave-bands.js';

/** Pull of every node towards its AVE slot (per tick, times alpha): firm, but a layout switch still glides. */
const AVE_PULL = 0.12;

export interface AveLayout {
  /** The AVE geometry (columns, lanes, groups) of the current size: the force's own. */
  geometry(): AveBandGeometry;
  /** Puts every node at its slot, or at its `start` position when it has one. */
  place(start?: ReadonlyMap<Id, Point>): void;
  /** Sets the AVE layout's forces: the slots carry the arrangement, collide resolves what overlaps. */
  configure(simulation: Simulation<LayoutNode, LayoutLink>): void;
  /** Where a phase node is pinned (the top of its column), or undefined for other nodes. */
  header(node: LayoutNode): Point | undefined;
  /** The layout area changed. */
  resize(size: { width: number; height: number }): void;
}

/**
 * The AVE part of a simulation of `nodes` (the simulation's own node objects, in graph order) and `links`.
 * AVE order within a lane: organisations, meetings, interventions (best connected first); in the neutral strip
 * by the mean column of the node's phased neighbours, so a specialism sits under the phases of the organisations
 * that have it. Nodes on a track (schema 1.1) go to their track's lane under the columns; the others without a
 * phase to their group (by kind; the unlinked ones apart) in the neutral strip.
 */
export function aveLayout(graph: NetworkGraph, nodes: LayoutNode[], links: readonly LayoutLink[], size: { width: number; height: number }): AveLayout {
  const bandCount = Math.max(1, assignBands(graph, nodes));
  const laneCount = assignLanes(graph, nodes);
  const orderKey = aveOrderKeys(nodes, links, bandCount);
  const position = avePositions(nodes, links, bandCount);
  const groups = graph.nodes.map(aveGroupOf);
  const bands: AveBandsForce<LayoutNode> = forceAveBands<LayoutNode>()
    .bandCount(bandCount)
    .laneCount(laneCount)
    .slotted((d) => d.kind !== 'phase')
    .order((_d, i) => orderKey[i]!)
    .position((_d, i) => position[i]!)
    .group((_d, i) => groups[i])
    .strength(AVE_PULL)
    .crossStrength(AVE_PULL)
    .neutralXStrength(AVE_PULL)
    .extent({ x0: 0, y0: 0, x1: size.width, y1: size.height });
  bands.initialize(nodes, () => 0.5);
  return {
    geometry: () => bands.geometry(),
    place(start) {
      // Start at the slots: the AVE layout is then (nearly) there from the first frame.
      bands.initialize(nodes, () => 0.5);
      nodes.forEach((node, i) => {
        const given = start?.get(node.id);
        const at = given && Number.isFinite(given.x) && Number.isFinite(given.y) ? given : bands.target(i)!;
        node.x = at.x;
        node.y = at.y;
      });
    },
    configure(simulation) {
      // No link or many-body forces: they pulled nodes out of their slots (towards the strip's specialisms) and
      // cost most of a tick. The bands come after collide: they keep what collide pushes from crossing the top
      // of a node's area (where the lane and group names are).
      simulation
        .force('collide', forceCollide<LayoutNode>((d) => d.radius + 4).strength(0.8).iterations(nodes.length <= 1000 ? 2 : 1))
        .force('bands', bands);
    },
    header(node) {
      if (node.kind !== 'phase' || typeof node.band !== 'number') return undefined;
      const g = bands.geometry();
      return { x: g.columns[node.band]!.cx, y: g.headerY };
    },
    resize(next) {
      bands.extent({ x0: 0, y0: 0, x1: next.width, y1: next.height });
    },
  };
}
