// WCAG 2.2.2 / 2.3.3 support: with prefers-reduced-motion the map shows a layout computed before it is
// shown, and nothing moves afterwards; the pause control (p) stops motion otherwise.
import { expect } from '@esm-bundle/chai';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/components/map/gia-network-map.js';
import type { GiaNetworkMap } from '../../../src/components/map/gia-network-map.component.js';
import { loadDataset, settle } from './a11y-fixtures.js';

function positions(map: GiaNetworkMap): Map<string, string> {
  return new Map(
    [...map.shadowRoot!.querySelectorAll<SVGGElement>('svg g[data-id]')].map((g) => [g.dataset.id!, g.getAttribute('transform') ?? '']),
  );
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Zuid-Limburg map, 1000 px wide, after its first paint. */
async function mountMap(): Promise<GiaNetworkMap> {
  const element = document.createElement('gia-network-map');
  element.setAttribute('no-hash', '');
  element.style.width = '1000px';
  element.data = await loadDataset();
  document.body.append(element);
  await element.ready;
  return element;
}

describe('motion', function () {
  this.timeout(20000);
  let map: GiaNetworkMap | undefined;
  afterEach(async () => {
    map?.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('prefers-reduced-motion: the first painted layout is the final one (no animation)', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    map = await mountMap();
    await settle(map);
    const first = positions(map);
    expect(first.size).to.be.greaterThan(20);
    await wait(600);
    await settle(map);
    expect(positions(map)).to.deep.equal(first);
  });

  /** Switches to the AVE layout; the positions 3 frames after the switch and once it has come to rest. */
  async function switchToAve(): Promise<{ afterSwitch: ReturnType<typeof positions>; atRest: ReturnType<typeof positions> }> {
    map = await mountMap();
    map.layout = 'ave';
    await settle(map, 3);
    const afterSwitch = positions(map);
    await wait(600);
    await settle(map);
    return { afterSwitch, atRest: positions(map) };
  }

  it('switching layout under reduced motion jumps straight to the new layout', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const { afterSwitch, atRest } = await switchToAve();
    expect(atRest).to.deep.equal(afterSwitch);
  });

  it('without reduced motion the layout switch animates (so the tests above can fail)', async () => {
    const { afterSwitch, atRest } = await switchToAve();
    expect(atRest).to.not.deep.equal(afterSwitch);
  });
});
