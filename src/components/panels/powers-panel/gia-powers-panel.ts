import { GiaPowersPanel } from './gia-powers-panel.component.js';

export * from './gia-powers-panel.component.js';
export default GiaPowersPanel;

if (!customElements.get('gia-powers-panel')) customElements.define('gia-powers-panel', GiaPowersPanel);

declare global {
  interface HTMLElementTagNameMap {
    'gia-powers-panel': GiaPowersPanel;
  }
}
