import { GiaNetworkMap } from './gia-network-map.component.js';

export * from './gia-network-map.component.js';
export default GiaNetworkMap;

// Lit's development build warns when an update is scheduled from updated(): the map does that on
// purpose once, to draw the nodes right after measuring its stage (see GiaNetworkMap.updated).
GiaNetworkMap.disableWarning?.('change-in-update');
if (!customElements.get('gia-network-map')) customElements.define('gia-network-map', GiaNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'gia-network-map': GiaNetworkMap;
  }
}
