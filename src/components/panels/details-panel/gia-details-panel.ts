import { GiaDetailsPanel } from './gia-details-panel.component.js';

export * from './gia-details-panel.component.js';
export default GiaDetailsPanel;

if (!customElements.get('gia-details-panel')) customElements.define('gia-details-panel', GiaDetailsPanel);

declare global {
  interface HTMLElementTagNameMap {
    'gia-details-panel': GiaDetailsPanel;
  }
}
