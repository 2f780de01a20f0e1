import { GiaNetworkList } from './gia-network-list.component.js';

export * from './gia-network-list.component.js';
export default GiaNetworkList;

if (!customElements.get('gia-network-list')) customElements.define('gia-network-list', GiaNetworkList);

declare global {
  interface HTMLElementTagNameMap {
    'gia-network-list': GiaNetworkList;
  }
}
