import { GiaNetworkEditor } from './gia-network-editor.component.js';
import '../map/gia-network-map.js';

export * from './gia-network-editor.component.js';
// The editor's typed events (and their GlobalEventHandlersEventMap entries) for pages that import the editor alone.
export * from '../../events/editor-change.js';
export * from '../../events/editor-save.js';
export default GiaNetworkEditor;

if (!customElements.get('gia-network-editor')) customElements.define('gia-network-editor', GiaNetworkEditor);

declare global {
  interface HTMLElementTagNameMap {
    'gia-network-editor': GiaNetworkEditor;
  }
}
