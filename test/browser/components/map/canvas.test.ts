import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import { createSyntheticNetwork } from '../../../../src/graph/synthetic-network.js';
import { createMap, removeAll } from './helpers.js';

describe('gia-network-map: canvas path for large networks', () => {
  afterEach(removeAll);

  it('draws 2,000 nodes on a canvas and keeps every node reachable by keyboard', async function () {
    this.timeout(30000);
    const map = await createMap({ 'with-fictitious': '' }, createSyntheticNetwork(2000));
    await map.ready;
    await map.settled;
    const root = map.shadowRoot!;
    expect(root.querySelector('canvas')).to.not.equal(null);
    // Only the keyboard/AT proxy is in the DOM: one focusable node.
    const proxies = root.querySelectorAll('svg [data-id]');
    expect(proxies.length).to.be.at.most(2);
    const proxy = root.querySelector<SVGGElement>('svg [tabindex="0"]')!;
    expect(proxy.getAttribute('aria-label')).to.match(/verbinding/);
    proxy.focus();
    const first = proxy.getAttribute('data-id');
    await sendKeys({ press: 'End' });
    await map.updateComplete;
    const last = (root.activeElement as Element).getAttribute('data-id');
    expect(last).to.equal(map.currentGraph!.nodes[map.currentGraph!.nodes.length - 1]!.id);
    await sendKeys({ press: 'ArrowLeft' });
    await map.updateComplete;
    const moved = (root.activeElement as Element).getAttribute('data-id');
    expect(moved).to.not.equal(null);
    expect(moved).to.not.equal(last);
    expect(map.positions.get(moved!)!.x).to.be.lessThan(map.positions.get(last!)!.x);
    expect(first).to.not.equal(null);
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    expect(map.selectedId).to.equal(moved);
  });
});
