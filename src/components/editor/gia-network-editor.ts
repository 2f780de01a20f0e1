import { GiaNetworkEditor } from './gia-network-editor.component.js';
import '../map/gia-network-map.js';

export * from './gia-network-editor.component.js';
export default GiaNetworkEditor;

if (!customElements.get('gia-network-editor')) customElements.define('gia-network-editor', GiaNetworkEditor);

declare global {
  interface HTMLElementTagNameMap {
    'gia-network-editor': GiaNetworkEditor;
  }
}
