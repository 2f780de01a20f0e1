// GiaElement: the first render waits for the catalogue of the element's language.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { GiaElement } from '../../../../src/components/shared/gia-element.js';
import { isLangLoaded, msg } from '../../../../src/i18n/localize.js';

class TestElement extends GiaElement {
  override render() {
    return html`<p>${msg(this.language, 'filter.clear')}</p>`;
  }
}
customElements.define('gia-test-element', TestElement);

describe('GiaElement', () => {
  it('renders in Dutch at once and in English only once the English catalogue is in', async () => {
    const dutch = document.createElement('gia-test-element') as TestElement;
    document.body.append(dutch);
    await dutch.updateComplete;
    expect(dutch.shadowRoot!.textContent).to.equal('Wis filters');

    expect(isLangLoaded('en')).to.equal(false);
    const english = document.createElement('gia-test-element') as TestElement;
    english.lang = 'en-GB';
    document.body.append(english);
    await english.updateComplete;
    expect(isLangLoaded('en')).to.equal(true);
    expect(english.shadowRoot!.textContent).to.equal('Clear filters');
    dutch.remove();
    english.remove();
  });
});
