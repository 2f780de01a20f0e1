/**
 * The parts of the map that its first paint does not need, each a lazy chunk of the script-tag bundle:
 * - keyboardPart (map-keyboard.ts): the keyboard controller and the keys dialog; fetched when the map connects,
 *   a key pressed before it is in waits for it (keyboard-keys.ts);
 * - errorPart (map-error.ts): the error view and its texts; loaded by the data controller before it reports an error;
 * - fallbacksPart (map-fallbacks.ts): the map's own list and details, used only while the panels' chunk is not in;
 * - labelsPart (render/map-labels.ts): the label placement, text and layer; fetched when the map connects, a map
 *   drawn before it is in shows its labels in the update after it arrives;
 * - helpPart (graph/find-help.ts): "Ik zoek hulp bij…" results, needed only once a help question is set (by the
 *   help finder in the panels, or by the URL hash); fetched with the panels; until it is in, no highlight.
 * - avePart (render/ave-links.ts): the AVE layout's links (the specialism and funding links of the nodes in view,
 *   the receding ones); fetched with the layout forces when the map connects, a map in the AVE layout drawn
 *   before it is in draws its links as in the force layout until the update after it arrives.
 * The panels (panels.ts), the layout forces (layout/layout-forces.ts), the canvas renderer, the English texts and
 * writing the URL hash are lazy as well (see there).
 */
import { lazyModule } from '../../util/lazy-module.js';

export const keyboardPart = lazyModule(() => import('./map-keyboard.js'));
export const errorPart = lazyModule(() => import('./map-error.js'));
export const fallbacksPart = lazyModule(() => import('./map-fallbacks.js'));
export const labelsPart = lazyModule(() => import('../../render/map-labels.js'));
export const helpPart = lazyModule(() => import('../../graph/find-help.js'));
export const avePart = lazyModule(() => import('../../render/ave-links.js'));

export type FallbacksModule = NonNullable<(typeof fallbacksPart)['value']>;
