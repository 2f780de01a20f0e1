// Issue 19, item 3: `src` is fetched only from the page's own origin (judged on the parsed URL), unless the page
// opts in with <meta name="gia-allowed-origins">; a redirect to another origin is refused.
import { expect } from '@esm-bundle/chai';
import { allowedOrigins, loadNetwork, sourceUrl } from '../../../../src/components/shared/load-network.js';
import { withFetch } from '../../support/fetch-stub.js';

const HOSTILE = [
  '/\\127.0.0.1:5312/evil.json',
  '/\t/127.0.0.1:5312/evil.json',
  '/\n/127.0.0.1:5312/evil.json',
  '/\t\\127.0.0.1:5312/evil.json',
  '\\\\evil.example/x.json',
  '//evil.example/x.json',
  'https://evil.example/x.json',
  'http://127.0.0.1:5312/evil.json',
  'javascript:alert(1)',
  'data:application/json,{}',
  'http://[::1',
];

describe('data controller: only files of this origin', () => {
  afterEach(() => document.querySelectorAll('meta[name="gia-allowed-origins"]').forEach((m) => m.remove()));

  it('sourceUrl refuses every foreign or odd URL and keeps this origin', () => {
    for (const src of HOSTILE) expect(sourceUrl(src), JSON.stringify(src)).to.equal(undefined);
    expect(sourceUrl('/data/zuid-limburg.json')?.origin).to.equal(location.origin);
    expect(sourceUrl('data/zuid-limburg.json')?.origin).to.equal(location.origin);
    expect(sourceUrl(`${location.origin}/data/zuid-limburg.json`)?.pathname).to.equal('/data/zuid-limburg.json');
  });

  it('loadNetwork never fetches a foreign URL, however it is spelled, and reports a network error', async () => {
    for (const src of HOSTILE) {
      let result: Awaited<ReturnType<typeof loadNetwork>> | undefined;
      const calls = await withFetch(
        () => new Response('{}'),
        async () => {
          result = await loadNetwork(src, 'nl');
        },
      );
      expect(calls, JSON.stringify(src)).to.deep.equal([]);
      expect(result && 'error' in result && result.error.reason).to.equal('network');
    }
  });

  it('the %09 and %0A variants of a page URL are refused too', () => {
    for (const query of ['?src=/%5C127.0.0.1:5312/evil.json', '?src=/%09/127.0.0.1:5312/evil.json', '?src=/%0A/127.0.0.1:5312/evil.json', '?src=//evil.example/x.json']) {
      const src = new URLSearchParams(query).get('src')!;
      expect(sourceUrl(src, location.href, []), query).to.equal(undefined);
    }
  });

  it('still loads a file of this origin', async () => {
    const result = await loadNetwork('/data/zuid-limburg.json', 'nl');
    expect('network' in result).to.equal(true);
  });

  it('refuses a redirect that ends on another origin', async () => {
    let result: Awaited<ReturnType<typeof loadNetwork>> | undefined;
    await withFetch(
      () => {
        const response = new Response('{}', { status: 200 });
        Object.defineProperty(response, 'url', { value: 'https://evil.example/x.json' });
        return response;
      },
      async () => {
        result = await loadNetwork('/data/zuid-limburg.json', 'nl');
      },
    );
    expect(result && 'error' in result && result.error.reason).to.equal('network');
  });

  it('a page opts in to other origins with <meta name="gia-allowed-origins">', async () => {
    const meta = document.createElement('meta');
    meta.name = 'gia-allowed-origins';
    meta.content = 'https://data.example.org/ nonsense https://cdn.example.net';
    document.head.append(meta);
    expect(allowedOrigins()).to.deep.equal(['https://data.example.org', 'https://cdn.example.net']);
    expect(sourceUrl('https://data.example.org/netwerk.json')?.href).to.equal('https://data.example.org/netwerk.json');
    expect(sourceUrl('https://evil.example/x.json')).to.equal(undefined);
    const calls = await withFetch(
      () => new Response('not json'),
      async () => {
        await loadNetwork('https://data.example.org/netwerk.json', 'nl');
      },
    );
    expect(calls).to.deep.equal(['https://data.example.org/netwerk.json']);
  });
});
