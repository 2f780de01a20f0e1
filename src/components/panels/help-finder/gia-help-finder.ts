import { GiaHelpFinder } from './gia-help-finder.component.js';

export * from './gia-help-finder.component.js';
export default GiaHelpFinder;

if (!customElements.get('gia-help-finder')) customElements.define('gia-help-finder', GiaHelpFinder);

declare global {
  interface HTMLElementTagNameMap {
    'gia-help-finder': GiaHelpFinder;
  }
}
