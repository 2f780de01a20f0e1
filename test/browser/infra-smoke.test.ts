// Infrastructure smoke test: TypeScript decorators + Lit + chai + mocha in a real Chromium, and the
// repository's data/ folder being reachable over HTTP.
import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { expect } from '@esm-bundle/chai';

@customElement('gia-infra-smoke')
class GiaInfraSmoke extends LitElement {
  @property() greeting = 'Hallo';

  override render() {
    return html`<p>${this.greeting}, netwerk!</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gia-infra-smoke': GiaInfraSmoke;
  }
}

describe('infrastructure (browser)', () => {
  let element: GiaInfraSmoke;

  afterEach(() => element?.remove());

  it('renders a decorated Lit element into its shadow root', async () => {
    element = document.createElement('gia-infra-smoke');
    document.body.append(element);
    await element.updateComplete;
    expect(element).to.be.instanceOf(GiaInfraSmoke);
    expect(element.shadowRoot?.querySelector('p')?.textContent).to.equal('Hallo, netwerk!');

    element.greeting = 'Dag';
    await element.updateComplete;
    expect(element.shadowRoot?.textContent?.trim()).to.equal('Dag, netwerk!');
  });

  it('serves the repository root, so tests can fetch /package.json and /data/*.json', async () => {
    const response = await fetch('/package.json');
    expect(response.ok).to.equal(true);
    const pkg = (await response.json()) as { name: string };
    expect(pkg.name).to.equal('gia-netwerkkaart');
  });
});
