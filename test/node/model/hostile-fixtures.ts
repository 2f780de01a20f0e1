// Hostile copies of personal values (issue 19), shared by the model and CLI tests.
import type { GiaNetwork } from '../../../src/model/index.js';
import { minimal } from './helpers.js';

/** The minimal example with one professional contact whose values the tests copy into public text. */
export function withAnouk(): GiaNetwork {
  const network = minimal();
  network.contacts!.push({
    id: 'af-heerlen',
    name: 'Anouk "Noek" de Vries',
    role: 'aandachtsfunctionaris',
    organisation: 'meldpunt-voorbeeld',
    channels: [
      { type: 'email', value: 'anouk.devries@heerlen.example' },
      { type: 'phone', value: '+31 6 1234 5678' },
    ],
    notes: 'Werkt di en do.\nPrivé: 045 765 4321',
    visibility: 'professional',
  });
  network.contacts!.push({ id: 'jp-heerlen', name: 'Jan\\Piet Jansen', role: 'aandachtsfunctionaris', organisation: 'meldpunt-voorbeeld', visibility: 'professional' });
  return network;
}

/** Each hostile copy of a personal value from issue 19 ("Why" 1 and 2), and what it copies. */
export const VARIANTS: ReadonlyArray<[string, string]> = [
  ['Contact: Anouk "Noek" de Vries.', 'name'],
  ['Vraag naar Jan\\Piet Jansen.', 'name'],
  ['Zie notities:\nWerkt di en do.\nPrivé: 045 765 4321', 'notes'],
  ['Thuis bereikbaar op 045-7654321.', 'notes'],
  ['Mail Anouk.DeVries@Heerlen.example voor advies.', 'channel'],
  ['Mail <a href="mailto:anouk%2Edevries%40heerlen.example">haar</a>.', 'channel'],
  ['Bel 06-12345678.', 'channel'],
  ['Bel 0031 (0)6 12 34 56 78.', 'channel'],
  ['Contactpersoon: A. de Vries.', 'name'],
  ['Contactpersoon: ANOUK DE VRIES.', 'name'],
  ['Contactpersoon: Anouk\u200b de\u00a0Vries.', 'name'],
  ['Opvang aan de geheimstraat 1.', 'address'],
];
