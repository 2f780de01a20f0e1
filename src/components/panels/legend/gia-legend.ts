import { GiaLegend } from './gia-legend.component.js';

export * from './gia-legend.component.js';
export default GiaLegend;

if (!customElements.get('gia-legend')) customElements.define('gia-legend', GiaLegend);

declare global {
  interface HTMLElementTagNameMap {
    'gia-legend': GiaLegend;
  }
}
