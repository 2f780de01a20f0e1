import { expect } from '@esm-bundle/chai';
import { sendKeys } from '@web/test-runner-commands';
import type { GiaFilterChangeEvent, GiaLayoutSettleEvent, GiaSelectEvent } from '../../../../src/events/index.js';
import { createMap, frame, loadData, nodeElement, recordEvents, removeAll } from './helpers.js';

describe('gia-network-map: events', () => {
  afterEach(removeAll);

  it('fires nothing when properties and attributes are set from code', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    const recorder = recordEvents(map, ['gia-select', 'gia-filter-change', 'gia-load', 'gia-error']);
    await map.ready;
    map.selectedId = network.organisations[1]!.id;
    map.setAttribute('focus', network.organisations[2]!.id);
    map.setAttribute('layout', 'ave');
    map.setAttribute('lang', 'en');
    map.setAttribute('mode', 'professional');
    await map.updateComplete;
    await frame();
    recorder.stop();
    expect(recorder.events.map((e) => e.type)).to.deep.equal([]);
  });

  it('fires gia-select when the user clicks a node, with id, kind and label', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const id = network.organisations[0]!.id;
    const recorder = recordEvents(map, ['gia-select']);
    const element = nodeElement(map, id)!;
    const box = element.querySelector('.shape')!.getBoundingClientRect();
    const init = { bubbles: true, composed: true, button: 0, pointerId: 1, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
    element.dispatchEvent(new PointerEvent('pointerdown', init));
    element.dispatchEvent(new PointerEvent('pointerup', init));
    await map.updateComplete;
    recorder.stop();
    expect(recorder.events).to.have.length(1);
    const detail = (recorder.events[0] as GiaSelectEvent).detail;
    expect(detail.id).to.equal(id);
    expect(detail.kind).to.equal('organisation');
    expect(map.selectedId).to.equal(id);
  });

  it('fires gia-select with null when the user closes the details with Escape', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const id = network.organisations[0]!.id;
    nodeElement(map, id)!.focus();
    await sendKeys({ press: 'Enter' });
    await map.updateComplete;
    const recorder = recordEvents(map, ['gia-select']);
    await sendKeys({ press: 'Escape' });
    await map.updateComplete;
    recorder.stop();
    expect(recorder.events.map((e) => (e as GiaSelectEvent).detail.id)).to.deep.equal([null]);
  });

  it('fires gia-filter-change when the user asks for a filter (internal request event)', async () => {
    const network = (await loadData('zuid-limburg.json'))!;
    const map = await createMap({}, network);
    await map.ready;
    const recorder = recordEvents(map, ['gia-filter-change']);
    const side = map.shadowRoot!.querySelector('.side')!;
    side.dispatchEvent(
      new CustomEvent('gia-request-filter', {
        bubbles: true,
        composed: true,
        detail: { filter: { specialisms: [], kinds: ['organisation'], phases: [], municipalities: [], query: '' } },
      }),
    );
    await map.updateComplete;
    recorder.stop();
    expect(recorder.events).to.have.length(1);
    const detail = (recorder.events[0] as GiaFilterChangeEvent).detail;
    expect(detail.visibleCount).to.equal(network.organisations.length);
    expect(map.shadowRoot!.querySelectorAll('svg [data-id]').length).to.equal(network.organisations.length);
    // The live region announces the result.
    await new Promise((r) => setTimeout(r, 50));
    expect(map.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(`${network.organisations.length} organisaties`);
  });

  it('fires gia-layout-settle when the layout comes to rest', async () => {
    const map = await createMap({});
    const settle = new Promise<GiaLayoutSettleEvent>((resolve) => map.addEventListener('gia-layout-settle', resolve, { once: true }));
    map.data = (await loadData('zuid-limburg.json'))!;
    const event = await settle;
    expect(event.detail.layout).to.equal('force');
    expect(event.detail.nodeCount).to.be.greaterThan(0);
  });
});
