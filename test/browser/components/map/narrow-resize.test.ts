// The phone layout follows the width of the element after it is on the page (narrow-controller.ts: the
// ResizeObserver's own measure, applied in the next frame), both ways.
import { expect } from '@esm-bundle/chai';
import { createMap, frame, loadData, removeAll } from './helpers.js';

async function until(done: () => boolean): Promise<boolean> {
  const start = performance.now();
  while (!done() && performance.now() - start < 3000) await frame();
  return done();
}

describe('gia-network-map: the phone layout follows a resize', () => {
  afterEach(() => removeAll());

  it('switches to the phone layout at 400 px wide and back at 1000 px', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    await map.ready;
    const narrow = () => map.shadowRoot!.querySelector('.narrow') !== null;
    expect(narrow(), 'wide at 1000 px').to.equal(false);
    map.style.width = '400px';
    expect(await until(narrow), 'the phone layout at 400 px').to.equal(true);
    expect(map.shadowRoot!.querySelector('.jump'), 'with "Bekijk de kaart / de lijst"').to.not.equal(null);
    map.style.width = '1000px';
    expect(await until(() => !narrow()), 'the wide layout again at 1000 px').to.equal(true);
  });

  it('measures the content box from the start: a host with padding is laid out for a phone in its first render', async () => {
    const map = document.createElement('gia-network-map');
    map.setAttribute('no-hash', '');
    // 660 px wide with 20 px padding each side: a content box of 620 px, within the phone width (640).
    Object.assign(map.style, { boxSizing: 'border-box', width: '660px', padding: '0 20px' });
    map.data = (await loadData('zuid-limburg.json'))!;
    document.body.append(map);
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('.narrow'), 'the phone layout in the first render').to.not.equal(null);
    await frame();
    await frame();
    expect(map.shadowRoot!.querySelector('.narrow'), 'and after the observer has measured').to.not.equal(null);
  });
});
