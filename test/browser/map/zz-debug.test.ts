import { createMap, loadData, removeAll } from './helpers.js';
describe('debug', () => {
  afterEach(removeAll);
  it('transform', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    const log = (w: string) => console.log(w, JSON.stringify(map.zoomTransform), map.shadowRoot!.querySelector('g.viewport')?.getAttribute('transform'));
    await map.settled; log('settled');
    await map.updateComplete; log('uc');
    map.shadowRoot!.querySelector<SVGGElement>('svg [tabindex="0"]')!.focus(); log('focus');
    await map.updateComplete; log('uc2');
  });
});
