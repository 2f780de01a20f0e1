import { GiaFilterPanel } from './gia-filter-panel.component.js';

export * from './gia-filter-panel.component.js';
export default GiaFilterPanel;

if (!customElements.get('gia-filter-panel')) customElements.define('gia-filter-panel', GiaFilterPanel);

declare global {
  interface HTMLElementTagNameMap {
    'gia-filter-panel': GiaFilterPanel;
  }
}
