/**
 * network + mode → the network the map shows (in public mode stripped of personal data first, and, when the
 * network holds personal values, every text that repeats one hidden: shared/model-loader.ts) and its graph.
 * Public mode waits for the public build (a lazy chunk that is in before the data as a rule); the first graph of a
 * map with a view in the URL hash waits for the hash to be read (`waitFor`).
 * A small network is built at once, in the caller's task. A large one (more than ONE_TASK_NODES nodes or
 * ONE_TASK_RELATIONS relations) is stripped, turned into a graph step by step and shown in tasks of their own,
 * so no main-thread task grows long; meanwhile `building` is true (the map shows its loading state). A newer build, or `cancel`, drops
 * the steps of an older one.
 */
import type { ReactiveControllerHost } from 'lit';
import type { GiaNetwork } from '../../model/types.js';
import { deriveGraph, deriveGraphSteps } from '../../graph/derive-graph.js';
import { estimateNodeCount, relationCount } from '../../graph/network-size.js';
import type { Mode, NetworkGraph } from '../../graph/types.js';
import { ONE_TASK_NODES } from './layout-controller.js';
import type { PublicBuildOptions } from '../../model/privacy.js';
import { publicBuild, publicNetwork } from '../shared/model-loader.js';
import type { Lang } from '../../i18n/localize.js';
import { nextTask } from '../../util/next-task.js';

/**
 * Up to this many relations (and ONE_TASK_NODES nodes) a network is built in one task: a file with many more (e.g.
 * the same pairs repeated thousands of times) is built in steps, its relations RELATIONS_PER_STEP at a time.
 */
export const ONE_TASK_RELATIONS = 2000;

/** Shows a built graph; `sameTask`: it was built in the task of `build` (not over the next tasks). */
export type ShowGraph = (input: GiaNetwork, graph: NetworkGraph, sameTask: boolean) => void;

export class GraphBuildController {
  private token = 0;
  private buildingFlag = false;

  /** `host` updates when `building` changes. */
  constructor(private readonly host: ReactiveControllerHost) {}

  /** A large network is being turned into a graph over the next tasks. */
  get building(): boolean {
    return this.buildingFlag;
  }

  /**
   * Builds the graph of `network` in `mode` and shows it, after `waitFor` when given (it never rejects). Returns
   * false when the build goes on over the next tasks (the caller drops what it shows until `show` is called).
   */
  build(network: GiaNetwork, mode: Mode, options: PublicBuildOptions, show: ShowGraph, lang: Lang = 'nl', waitFor?: Promise<unknown>): boolean {
    const token = this.cancel();
    if (waitFor) {
      // Something the shown graph needs first (the URL hash's view, read by a lazy chunk): the build starts once
      // it is in; meanwhile nothing is shown (`building`).
      this.setBuilding(true);
      void waitFor.then(() => {
        if (token !== this.token) return;
        this.setBuilding(false);
        this.build(network, mode, options, (input, graph) => show(input, graph, false), lang);
      });
      return false;
    }
    const build = publicBuild.value;
    if (mode === 'public' && !build) {
      // The public build (a lazy chunk, fetched when the map's module loads) is not in yet: nothing is shown
      // until it is; then the build starts again (in public mode without it: an empty network).
      this.setBuilding(true);
      void publicBuild.load().then((loaded) => {
        if (token !== this.token) return;
        this.setBuilding(false);
        if (loaded) this.build(network, mode, options, (input, graph) => show(input, graph, false), lang);
        else show({} as GiaNetwork, deriveGraph({} as GiaNetwork, { mode }), false);
      });
      return false;
    }
    if (mode === 'public' && build?.hasPersonalValues(network)) {
      // A file with personal values in a public map (e.g. the professional file): its texts are checked against
      // those values (a lazy chunk) before anything is shown; only the public version goes on.
      this.setBuilding(true);
      void publicNetwork(network, lang, options).then((shown) => {
        if (token !== this.token) return;
        this.setBuilding(false);
        this.build(shown, mode, options, (input, graph) => show(input, graph, false), lang);
      });
      return false;
    }
    const small = estimateNodeCount(network, mode) <= ONE_TASK_NODES && relationCount(network) <= ONE_TASK_RELATIONS;
    if (small || typeof setTimeout !== 'function') {
      const input = mode === 'public' && build ? build.stripForPublic(network, options) : network;
      show(input, deriveGraph(input, { mode }), true);
      return true;
    }
    this.setBuilding(true);
    const step = (run: () => void) => void nextTask(() => token === this.token && run());
    step(() => {
      const input = mode === 'public' && build ? build.stripForPublic(network, options) : network;
      const derive = deriveGraphSteps(input, { mode });
      const next = () =>
        step(() => {
          const result = derive.next();
          if (!result.done) return next();
          step(() => {
            this.setBuilding(false);
            show(input, result.value, false);
          });
        });
      next();
    });
    return false;
  }

  /** Drops a build that is going on; returns the token of the next build. */
  cancel(): number {
    this.setBuilding(false);
    return ++this.token;
  }

  private setBuilding(building: boolean): void {
    if (building === this.buildingFlag) return;
    this.buildingFlag = building;
    this.host.requestUpdate();
  }
}
