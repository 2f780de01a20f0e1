// <gia-network-list>: no heading claims an empty group. In public mode a specialism whose only members are
// contact persons (stripped) has no items; it is listed under "… zonder gekoppelde onderdelen" instead of
// as "(Ex-)partnergeweld (0 onderdelen)".
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/list/gia-network-list.js';
import type { GiaNetworkList } from '../../../../src/components/list/gia-network-list.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { loadDataset, settle } from '../../a11y/a11y-fixtures.js';

async function mountList(network: GiaNetwork, attrs: Record<string, string> = {}): Promise<GiaNetworkList> {
  const element = document.createElement('gia-network-list');
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.data = network;
  document.body.append(element);
  await settle(element);
  return element;
}

function groups(element: HTMLElement): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.group')];
}

describe('<gia-network-list> empty groups', () => {
  let network: GiaNetwork;
  let element: GiaNetworkList | undefined;

  before(async () => {
    network = await loadDataset();
  });
  afterEach(() => {
    element?.remove();
    element = undefined;
  });

  it('public mode: no group heading says "0 onderdelen", in any grouping or language', async () => {
    element = await mountList(network);
    for (const lang of ['nl', 'en']) {
      element.lang = lang;
      for (const groupBy of ['specialism', 'organisation', 'phase'] as const) {
        element.groupBy = groupBy;
        await settle(element);
        const all = groups(element);
        expect(all.length, `${lang} ${groupBy}`).to.be.greaterThan(0);
        for (const group of all) {
          const heading = group.querySelector('h3')!.textContent.replace(/\s+/g, ' ');
          expect(heading, `${lang} ${groupBy}`).to.not.match(/\(0 (onderdelen|items)\)/);
          expect(group.querySelectorAll('ul.items > li').length, `${lang} ${groupBy}: ${heading}`).to.be.greaterThan(0);
        }
      }
    }
  });

  it('public mode: a specialism without visible members is still listed, under a heading that says so', async () => {
    element = await mountList(network);
    const root = element.shadowRoot!;
    expect(root.querySelector('.group[data-group="partnergeweld"]'), 'no group of its own').to.equal(null);
    const noMembers = root.querySelector<HTMLElement>('.group[data-group="no-members"]');
    expect(noMembers, 'group of specialisms without members').to.not.equal(null);
    expect(noMembers!.querySelector('h3')!.textContent).to.contain('Specialismen zonder gekoppelde onderdelen');
    expect(noMembers!.querySelector('h3 button'), 'the heading is no selectable node').to.equal(null);
    const item = noMembers!.querySelector<HTMLButtonElement>('button.item[data-id="partnergeweld"]');
    expect(item?.textContent?.trim()).to.equal('(Ex-)partnergeweld');
    // Every item in that group is a specialism that is no heading elsewhere.
    for (const button of noMembers!.querySelectorAll<HTMLButtonElement>('button.item')) {
      expect(button.dataset.kind).to.equal('specialism');
      expect(root.querySelector(`.group[data-group="${button.dataset.id}"]`)).to.equal(null);
    }
  });

  it('professional mode and a kind filter: every specialism listed once, no empty group', async () => {
    element = await mountList(network, { mode: 'professional' });
    element.filter = { specialisms: [], kinds: ['specialism'], phases: [], municipalities: [], query: '' };
    await settle(element);
    const all = groups(element);
    expect(all.map((g) => g.dataset.group)).to.deep.equal(['no-members']);
    const ids = [...all[0]!.querySelectorAll<HTMLButtonElement>('button.item')].map((b) => b.dataset.id);
    expect(new Set(ids)).to.deep.equal(new Set((network.specialisms ?? []).map((s) => s.id)));
    expect(ids.length).to.equal(new Set(ids).size);
  });
});
