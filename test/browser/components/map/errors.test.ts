import { expect } from '@esm-bundle/chai';
import { createMap, nextEvent, removeAll } from './helpers.js';

interface ErrorEventLike extends Event {
  detail: { reason: string; status?: number; message: string; problems?: Array<{ path: string; message: string }> };
}

async function errorFor(src: string) {
  const map = await createMap({});
  const event = nextEvent<ErrorEventLike>(map, 'gia-error');
  map.setAttribute('src', src);
  const error = await event;
  await map.updateComplete;
  const alert = map.shadowRoot!.querySelector('[role="alert"]') as HTMLElement;
  return { map, error, alert };
}

describe('gia-network-map: error states', () => {
  afterEach(removeAll);

  it('shows the HTTP status in Dutch for a missing file', async () => {
    const { error, alert } = await errorFor('/data/bestaat-niet.json');
    expect(error.detail.reason).to.equal('http');
    expect(error.detail.status).to.equal(404);
    expect(alert.textContent).to.contain('niet gevonden');
    expect(alert.textContent).to.contain('404');
  });

  it('says a non-JSON file is not JSON', async () => {
    const { error, alert } = await errorFor('/test/browser/components/map/fixtures/not-json.txt');
    expect(error.detail.reason).to.equal('parse');
    expect(alert.textContent).to.contain('geen geldig JSON-bestand');
  });

  it('lists the first validation problems with their paths', async () => {
    const { error, alert } = await errorFor('/test/browser/components/map/fixtures/invalid.json');
    expect(error.detail.reason).to.equal('validation');
    expect(error.detail.problems!.length).to.be.greaterThan(0);
    expect(error.detail.problems!.length).to.be.at.most(5);
    expect(alert.textContent).to.contain('voldoet niet');
    expect(alert.textContent).to.contain('/organisations/0');
  });

  it('keeps the page working and recovers when src changes to a good file', async () => {
    const { map } = await errorFor('/data/bestaat-niet.json');
    const loaded = nextEvent(map, 'gia-load');
    map.setAttribute('src', '/data/zuid-limburg.json');
    await loaded;
    await map.ready;
    expect(map.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(map.shadowRoot!.querySelectorAll('svg [data-id]').length).to.be.greaterThan(0);
  });

  it('shows the error in English with lang="en"', async () => {
    const map = await createMap({ lang: 'en' });
    const event = nextEvent<ErrorEventLike>(map, 'gia-error');
    map.setAttribute('src', '/data/bestaat-niet.json');
    await event;
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('not found');
  });
});
