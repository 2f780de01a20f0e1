// Dutch messages of the list view `<gia-network-list>` (the fallback language). See localize.ts.
// Kind names come from map.*: `kind.<kind>` and `kind.<kind>.plural`.
import type { MessageParams } from './lookup.js';

const n = (p: MessageParams): number => Number(p.count ?? 0);

export default {
  'list.label': 'Netwerk als lijst',
  'list.labelWithTitle': 'Netwerk als lijst: {title}',
  'list.controls': 'Zoeken, filteren en hulp zoeken',
  'list.details': 'Details',
  'list.groupBy': 'Groeperen op',
  'list.groupBy.specialism': 'Specialisme',
  'list.groupBy.organisation': 'Organisatie',
  'list.groupBy.phase': 'AVE-fase',
  'list.group.noSpecialism': 'Zonder specialisme',
  'list.group.noOrganisation': 'Overige onderdelen',
  'list.group.noPhase': 'Zonder AVE-fase',
  'list.group.noMembers.specialism': 'Specialismen zonder gekoppelde onderdelen',
  'list.group.noMembers.organisation': 'Organisaties zonder gekoppelde onderdelen',
  'list.group.noMembers.phase': 'AVE-fases zonder gekoppelde onderdelen',
  'list.group.count': (p: MessageParams) => `${n(p)} ${n(p) === 1 ? 'onderdeel' : 'onderdelen'}`,
  'list.group.selectHeading': '{name} (details tonen)',
  'list.total': (p: MessageParams) => `Het netwerk heeft ${n(p)} ${n(p) === 1 ? 'onderdeel' : 'onderdelen'}.`,
  'list.found': (p: MessageParams) => {
    const count = n(p);
    if (count === 0) return 'Geen onderdelen gevonden.';
    if (p.single) return `${count} ${p.single} gevonden.`;
    return `${count} ${count === 1 ? 'onderdeel' : 'onderdelen'} gevonden: ${p.detail}.`;
  },
  'list.and': (p: MessageParams) => {
    const items = (p.items as string[]) ?? [];
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
  },
  'list.helpMatch': 'past bij uw hulpvraag',
  'list.inChain': 'in de keten',
  'list.connections': (p: MessageParams) => `${n(p)} ${n(p) === 1 ? 'verbinding' : 'verbindingen'}`,
  'list.loading': 'Netwerk laden…',
  'list.empty': 'Er is geen netwerk om te tonen.',
  'list.errorTitle': 'De lijst kan niet worden getoond',
};
