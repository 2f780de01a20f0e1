import { GiaSearchBox } from './gia-search-box.component.js';

export * from './gia-search-box.component.js';
export default GiaSearchBox;

if (!customElements.get('gia-search-box')) customElements.define('gia-search-box', GiaSearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'gia-search-box': GiaSearchBox;
  }
}
