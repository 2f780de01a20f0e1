import { createMap, loadData, removeAll } from './helpers.js';
describe('debug', () => {
  afterEach(removeAll);
  it('transform', async () => {
    const map = await createMap({}, (await loadData('zuid-limburg.json'))!);
    const log = (w: string) => console.log(w, JSON.stringify(map.zoomTransform), map.shadowRoot!.querySelector('g.viewport')?.getAttribute('transform'));
    await map.ready; log('ready');
    await map.settled; log('settled');
    await map.updateComplete; log('uc');
    await new Promise((r) => setTimeout(r, 300)); log('later');
  });
});
