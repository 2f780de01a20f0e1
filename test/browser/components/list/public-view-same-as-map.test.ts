// The map and the list show the same items for the same broken data in public mode: both strip it with the one
// public view of model/ (stripForPublic), including its fallback for data that stripPersonalData rejects.
import { expect } from '@esm-bundle/chai';
import '../../../../src/components/list/gia-network-list.js';
import type { GiaNetworkList } from '../../../../src/components/list/gia-network-list.component.js';
import type { GiaNetwork } from '../../../../src/model/types.js';
import { contactValues, deepText, loadDataset, settle } from '../../a11y/a11y-fixtures.js';
import { createMap, deepMarkup, removeAll } from '../map/helpers.js';

/**
 * A network a page could pass as `data` that is not a valid file: a function and a symbol in an organisation
 * (which stripPersonalData cannot clone), an organisation without a name, a meeting that is not an object.
 */
function brokenNetwork(network: GiaNetwork): GiaNetwork {
  const broken = network as GiaNetwork & Record<string, unknown>;
  const first = broken.organisations[0] as unknown as Record<string, unknown>;
  first.onClick = () => undefined;
  first.tag = Symbol('tag');
  delete (broken.organisations[1] as unknown as Record<string, unknown>).name;
  (broken.meetings as unknown[] | undefined)?.push('not a meeting');
  return broken;
}

describe('public mode: the map and the list show the same for the same broken data', () => {
  let list: GiaNetworkList | undefined;
  afterEach(() => {
    list?.remove();
    list = undefined;
    removeAll();
  });

  it('lists exactly the items the map draws, and neither shows a personal value', async () => {
    const network = await loadDataset();
    const personal = contactValues(network);
    expect(personal.length).to.be.greaterThan(0);

    const map = await createMap({ mode: 'public' }, brokenNetwork(await loadDataset()));
    await map.ready;
    const drawn = new Set(map.currentGraph!.nodes.map((node) => node.id));
    expect(drawn.size).to.be.greaterThan(20);

    list = document.createElement('gia-network-list');
    list.groupBy = 'organisation';
    list.data = brokenNetwork(await loadDataset());
    document.body.append(list);
    await settle(list);
    const listed = new Set([...list.shadowRoot!.querySelectorAll<HTMLElement>('button[data-id]')].map((b) => b.dataset.id!));

    expect(listed).to.deep.equal(drawn);
    const mapMarkup = deepMarkup(map);
    const listText = deepText(list);
    for (const value of personal) {
      expect(mapMarkup, value).to.not.contain(value);
      expect(listText, value).to.not.contain(value);
    }
  });
});
