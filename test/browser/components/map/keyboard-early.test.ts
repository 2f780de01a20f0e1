// The keyboard controller and the keys dialog are a lazy chunk (map-keyboard.ts), fetched when the map connects.
// Each test file runs in a page of its own, so in this file the chunk is not in yet when the first map has
// rendered: a key pressed then is claimed at once (no page scroll) and handled once the chunk has arrived.
import { expect } from '@esm-bundle/chai';
import type { GiaNetworkMap } from '../../../../src/components/map/gia-network-map.component.js';
import { keyboardPart } from '../../../../src/components/map/lazy-parts.js';
import { createMap, loadPublicData, removeAll } from './helpers.js';

function keydown(target: EventTarget, key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

describe('gia-network-map: keys pressed before the keyboard chunk is in', () => {
  afterEach(removeAll);

  it('claims a used key at once and handles it when the chunk arrives; other keys pass', async () => {
    // Professional mode: a public map first waits for the public build (another lazy chunk) and draws nothing
    // until it is in, which in a fresh page can take longer than the first render.
    const map: GiaNetworkMap = await createMap({ mode: 'professional' }, (await loadPublicData('zuid-limburg.json'))!);
    await map.updateComplete;
    const surface = map.shadowRoot!.querySelector('svg.surface')!;
    expect(surface, 'the map surface is rendered').to.not.equal(null);
    expect(keyboardPart.value, 'the chunk is still on its way').to.equal(undefined);

    const tab = keydown(surface, 'Tab');
    expect(tab.defaultPrevented, 'Tab is not the map’s').to.equal(false);
    const end = keydown(surface, 'End');
    expect(end.defaultPrevented, 'End is claimed before the chunk is in').to.equal(true);

    await map.ready;
    await map.updateComplete;
    expect(keyboardPart.value, 'the chunk has arrived').to.not.equal(undefined);
    // End went to the last node (nothing is filtered: the graph's last node); it now holds the single tab stop.
    const nodes = map.currentGraph!.nodes;
    expect(nodes.length).to.be.greaterThan(1);
    const stop = map.shadowRoot!.querySelector('svg [tabindex="0"]');
    expect(stop).to.not.equal(null);
    expect(stop!.getAttribute('data-id')).to.equal(nodes[nodes.length - 1]!.id);
  });
});
