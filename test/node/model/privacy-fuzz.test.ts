// Issue 19, item 7: a seeded generator of hostile networks (personal values copied into public texts in other
// spellings, JSON-hostile characters, invisible characters, foreign URLs). For every case: no throw, work linear in
// the size (counted, not timed), and a public version that either is refused (a warning names the copy) or holds
// no personal value at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { seeded } from '../../support/seeded-random.js';
import { listPersonalValues, serializeNetwork, stripPersonalData, validateNetwork, type GiaNetwork } from '../../../src/model/index.js';
import { createPersonalIndex, findPersonalPlaces } from '../../../src/model/personal-index.js';
import { phoneKey } from '../../../src/model/match-text.js';
import { sourceUrl } from '../../../src/components/shared/load-network.js';
import { minimal } from './helpers.js';


const GIVEN = ['Anouk', 'Jan', 'Piet', 'Zoë', 'Özlem', 'Mohammed', 'Eva', 'Sanne'];
const SURNAME = ['de Vries', 'Jansen', 'van der Berg', "D'Angelo", 'Bakker', 'El Amrani'];
const NOISE = ['"', '\\', '\n', '\t', '\u200b', '\u00a0', '<b>', '&amp;', '%', '{', '}', '\u202e', '😀', 'ﬁ'];
const FILLER = ['Bel voor advies.', 'Zie de website.', 'Open op werkdagen.', 'Meldpunt', 'Hulp bij geweld', 'nummer 0800-2000'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** One way of writing a personal value in a public text, or undefined for a text without a copy. */
function copyOf(random: Random, name: string, email: string, phone: string): string | undefined {
  const [given, ...rest] = name.split(' ');
  const choice = Math.floor(random() * 9);
  switch (choice) {
    case 0:
      return name;
    case 1:
      return name.toUpperCase();
    case 2:
      return `${given![0]}. ${rest.join(' ')}`;
    case 3:
      return email.toUpperCase();
    case 4:
      return `mailto:${encodeURIComponent(email)}`;
    case 5:
      return '0' + phoneKey(phone)!.replace(/^(\d)(\d{4})/, '$1-$2 ');
    case 6:
      return name.replace(' ', pick(random, [' \n', '  ', '\u00a0', ' \u200b']));
    default:
      return undefined;
  }
}

function hostileNetwork(random: Random): { network: GiaNetwork; copied: boolean } {
  const network = minimal();
  const name = `${pick(random, GIVEN)} ${pick(random, SURNAME)}`;
  const email = `${name.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}.${Math.floor(random() * 1000)}@gemeente.example`;
  const phone = `+31 6 ${String(10000000 + Math.floor(random() * 89999999))}`;
  network.contacts!.push({
    id: `af-${Math.floor(random() * 1e6)}`,
    name,
    role: 'aandachtsfunctionaris',
    organisation: 'meldpunt-voorbeeld',
    channels: [
      { type: 'email', value: email },
      { type: 'phone', value: phone },
    ],
    visibility: random() < 0.5 ? 'professional' : 'public',
  });
  let copied = false;
  const text = () => {
    const parts: string[] = [pick(random, FILLER)];
    for (let i = 0; i < 3; i++) {
      if (random() < 0.3) parts.push(pick(random, NOISE));
      if (random() < 0.25) {
        const copy = copyOf(random, name, email, phone);
        if (copy !== undefined) {
          parts.push(copy);
          copied = true;
        }
      }
      parts.push(pick(random, FILLER));
    }
    return parts.join(' ');
  };
  network.organisations[0]!.description = text();
  network.organisations[0]!.tasks = [text(), text()];
  network.meetings![0]!.admissionCriteria = [text()];
  if (random() < 0.2) network.organisations[0]!.channels = [{ type: 'website', value: `https://example.org/?q=${encodeURIComponent(text())}` }];
  return { network, copied };
}

test('2000 hostile networks: no throw, linear work, and a public version that is refused or clean', () => {
  const random = seeded(19);
  let refused = 0;
  for (let n = 0; n < 2000; n++) {
    const { network, copied } = hostileNetwork(random);
    const result = validateNetwork(network);
    const warned = result.warnings.some((w) => w.code === 'personal-data-in-text');
    const pub = stripPersonalData(network);
    const index = createPersonalIndex(network);
    const leaks = findPersonalPlaces(index, pub);
    const size = JSON.stringify(network).length;
    assert.ok(index.operations <= 20 * size, `case ${n}: ${index.operations} operations for ${size} characters`);
    if (copied) assert.ok(warned && leaks.length > 0, `case ${n}: a copy went unnoticed: ${JSON.stringify([network.contacts![1], network.organisations[0]!.description, network.organisations[0]!.tasks, network.meetings![0]!.admissionCriteria, network.organisations[0]!.channels])}`);
    if (leaks.length > 0) {
      refused++;
      continue;
    }
    // Written: no personal value in the public text, in any case.
    const out = serializeNetwork(pub).toLowerCase();
    for (const value of listPersonalValues(network)) assert.ok(!out.includes(value.toLowerCase()), `case ${n}: ${value} in the public text`);
    const digits = JSON.stringify(pub).replace(/\D/g, '');
    const key = phoneKey(network.contacts![1]!.channels![1]!.value)!;
    assert.ok(!digits.includes(key), `case ${n}: phone ${key} in the public text`);
  }
  assert.ok(refused > 200 && refused < 2000, `${refused} of 2000 refused: the generator makes both kinds`);
});

test('2000 hostile src values: never another origin', () => {
  const random = seeded(5312);
  const pieces = ['/', '\\', '\t', '\n', '\r', '%09', '%0A', '%2F', '%5C', 'evil.example', '127.0.0.1:5312', ':', '@', 'http:', 'https:', '//', '.', '..', 'x.json', ' ', '?', '#', 'data:', 'javascript:', 'kaart.example'];
  for (let n = 0; n < 2000; n++) {
    let src = '';
    const length = 1 + Math.floor(random() * 8);
    for (let i = 0; i < length; i++) src += pick(random, pieces);
    const url = sourceUrl(src, 'https://kaart.example/demo/embed.html', []);
    assert.ok(url === undefined || url.origin === 'https://kaart.example', `${JSON.stringify(src)} → ${url?.href}`);
  }
});
