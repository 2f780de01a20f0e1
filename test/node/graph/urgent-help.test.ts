import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { urgentHelpChannels } from '../../../src/graph/urgent-help.js';
import { stripForPublic } from '../../../src/model/public-network.js';
import type { GiaNetwork } from '../../../src/model/types.js';
import { dataNetworks, minimalNetwork } from './helpers.js';

describe('urgentHelpChannels', () => {
  test('both datasets: 112 first, then Veilig Thuis 0800-2000, with working tel: links, hours, audience and a source URL', () => {
    const networks = dataNetworks();
    assert.equal(networks.length, 2);
    for (const [name, network] of networks) {
      const lines = urgentHelpChannels(stripForPublic(network));
      assert.ok(lines.length >= 3, name);
      assert.equal(lines[0]!.href, 'tel:112');
      assert.equal(lines[0]!.number, '112');
      assert.equal(lines[1]!.href, 'tel:08002000');
      assert.equal(lines[1]!.hours, '24 uur per dag, 7 dagen per week');
      assert.equal(lines[1]!.anonymous, true);
      assert.equal(lines[1]!.free, true);
      for (const line of lines) {
        assert.match(line.href, /^(tel:\+?[0-9]+|https:\/\/)/, line.label);
        assert.match(line.sourceUrl ?? '', /^https:\/\//, `${line.label} cites a source with a URL`);
        assert.ok(line.audience, line.label);
      }
      const csg = lines.find((line) => line.number === '0800-0188');
      assert.equal(csg?.audience, 'victims');
      assert.equal(csg?.href, 'tel:08000188');
    }
  });

  test('keeps the file order and leaves out lines without a safe link', () => {
    const network = minimalNetwork();
    network.urgentHelp = [
      { label: 'Web', channel: { type: 'website', value: 'javascript:alert(1)' } },
      { label: 'Tweede', channel: { type: 'phone', value: '+31 20 123 45 67', hours: 'werkdagen' } },
      { label: 'Eerste mail', channel: { type: 'email', value: 'hulp@example.org' } },
    ];
    assert.deepEqual(
      urgentHelpChannels(network).map((line) => [line.label, line.href, line.hours]),
      [
        ['Tweede', 'tel:+31201234567', 'werkdagen'],
        ['Eerste mail', 'mailto:hulp@example.org', undefined],
      ],
    );
  });

  test('a file without an urgentHelp block gets 112 and Veilig Thuis, unless the fallback is off', () => {
    const network = minimalNetwork();
    delete network.urgentHelp;
    const lines = urgentHelpChannels(network);
    assert.deepEqual(lines.map((line) => line.href), ['tel:112', 'tel:08002000']);
    assert.ok(lines.every((line) => line.fallback === true && line.sourceUrl?.startsWith('https://')));
    assert.deepEqual(urgentHelpChannels(network, { fallback: false }), []);
    assert.deepEqual(urgentHelpChannels({ ...network, urgentHelp: [] }), []);
  });

  test('never throws on broken input', () => {
    for (const bad of [null, undefined, 42, 'x', { urgentHelp: 'x' }, { urgentHelp: [null, 1, { label: 'x' }, { label: 'y', channel: 'z' }] }]) {
      assert.doesNotThrow(() => urgentHelpChannels(bad as unknown as GiaNetwork));
    }
  });
});
