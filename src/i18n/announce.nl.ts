// Dutch texts of what the map says in its live region: registered by its announcement texts (a lazy chunk,
// components/map/map-announcements.ts, loaded by announcer.ts once the user has done something), so a Dutch first
// paint does not carry them. The English texts are in map.en.ts, itself a lazy chunk.
import type { MessageParams } from './lookup.js';

const n = (p: MessageParams): number => Number(p.count ?? 0);

export default {
  'map.results': (p: MessageParams) => {
    const count = n(p);
    if (count === 0) return 'Geen onderdelen gevonden.';
    return `${count} ${count === 1 ? 'onderdeel' : 'onderdelen'} gevonden${p.detail ? `: ${p.detail}` : ''}.`;
  },
  'map.selectedAnnounce': '{name} geselecteerd.',
  'map.layoutAnnounce': (p: MessageParams) => (p.layout === 'ave' ? 'Indeling naar AVE-fase.' : 'Netwerkindeling.'),
  'map.paused': 'Beweging gepauzeerd.',
  'map.resumed': 'Beweging hervat.',
};
