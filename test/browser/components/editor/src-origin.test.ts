// Issue 19, item 3, for the editor: its own fetch of `src` goes through the loader's same-origin check
// (fetchSource in data-controller.ts), so `editor.html?src=//evil.example/x.json` and the `/\127.0.0.1` variants
// fetch nothing, and a redirect to another origin is refused.
import { expect } from '@esm-bundle/chai';
import { mountEditor, settle } from './editor-fixtures.js';
import type { GiaNetworkEditor } from '../../../../src/components/editor/gia-network-editor.component.js';
import { withFetch } from '../../support/fetch-stub.js';

const HOSTILE = ['//evil.example/x.json', '/\\127.0.0.1:5312/evil.json', '/\t/127.0.0.1:5312/evil.json', '/\n/127.0.0.1:5312/evil.json', 'https://evil.example/x.json'];

async function openSrc(editor: GiaNetworkEditor, src: string): Promise<void> {
  editor.src = src;
  await settle(editor);
  await new Promise((r) => setTimeout(r, 30));
  await settle(editor);
}

describe('<gia-network-editor>: src only from this origin', () => {
  let editor: GiaNetworkEditor;
  afterEach(() => editor?.remove());

  for (const src of HOSTILE) {
    it(`refuses ${JSON.stringify(src)}: nothing fetched, nothing opened, a message`, async () => {
      editor = await mountEditor({ network: null });
      const calls = await withFetch(
        () => new Response(JSON.stringify({ schemaVersion: '1.0' })),
        () => openSrc(editor, src),
      );
      expect(calls).to.deep.equal([]);
      expect(editor.network).to.equal(undefined);
      expect(editor.shadowRoot!.textContent).to.match(/kon niet worden opgehaald/);
    });
  }

  it('refuses a same-origin URL that redirects to another origin', async () => {
    editor = await mountEditor({ network: null });
    const text = await (await fetch('/data/zuid-limburg.json')).text();
    await withFetch(
      () => {
        const response = new Response(text, { status: 200 });
        Object.defineProperty(response, 'url', { value: 'https://evil.example/x.json' });
        return response;
      },
      () => openSrc(editor, '/data/zuid-limburg.json'),
    );
    expect(editor.network).to.equal(undefined);
  });

  it('opens a file of this origin', async () => {
    editor = await mountEditor({ network: null });
    await openSrc(editor, '/data/zuid-limburg.json');
    await new Promise((r) => setTimeout(r, 200));
    await settle(editor);
    expect((editor.network as { metadata?: unknown } | undefined)?.metadata).to.not.equal(undefined);
  });
});
