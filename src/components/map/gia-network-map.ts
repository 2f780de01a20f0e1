import { GiaNetworkMap } from './gia-network-map.component.js';
import { publicBuild } from '../shared/model-loader.js';

export * from './gia-network-map.component.js';
export default GiaNetworkMap;

// Lit's development build warns when an update is scheduled from updated(): the map does that on
// purpose once, to draw the nodes right after measuring its stage (see GiaNetworkMap.updated).
GiaNetworkMap.disableWarning?.('change-in-update');
if (!customElements.get('gia-network-map')) customElements.define('gia-network-map', GiaNetworkMap);
// Lit makes a style sheet when a map first connects. Made now, while the module loads: a map created and
// given its data in one task (as a framework renders it) then has less to do before its first paint.
for (const style of GiaNetworkMap.elementStyles) void (style as { styleSheet?: CSSStyleSheet }).styleSheet;
// The public build (stripping personal data: a lazy chunk) is fetched now, so a public map given its data in the
// task that makes it can strip and draw it in that task.
void publicBuild.load();

declare global {
  interface HTMLElementTagNameMap {
    'gia-network-map': GiaNetworkMap;
  }
}
