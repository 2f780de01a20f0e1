import { GiaNetworkMap } from './gia-network-map.component.js';

export * from './gia-network-map.component.js';
export default GiaNetworkMap;

if (!customElements.get('gia-network-map')) customElements.define('gia-network-map', GiaNetworkMap);

declare global {
  interface HTMLElementTagNameMap {
    'gia-network-map': GiaNetworkMap;
  }
}
