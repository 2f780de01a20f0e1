// English messages of the list view `<gia-network-list>`. See localize.ts.
import type { MessageParams } from './lookup.js';

const n = (p: MessageParams): number => Number(p.count ?? 0);

export default {
  'list.label': 'Network as a list',
  'list.labelWithTitle': 'Network as a list: {title}',
  'list.controls': 'Search, filter and find help',
  'list.details': 'Details',
  'list.groupBy': 'Group by',
  'list.groupBy.specialism': 'Specialism',
  'list.groupBy.organisation': 'Organisation',
  'list.groupBy.phase': 'AVE phase',
  'list.group.noSpecialism': 'Without specialism',
  'list.group.noOrganisation': 'Other items',
  'list.group.noPhase': 'Without AVE phase',
  'list.group.noMembers.specialism': 'Specialisms without linked items',
  'list.group.noMembers.organisation': 'Organisations without linked items',
  'list.group.noMembers.phase': 'AVE phases without linked items',
  'list.group.count': (p: MessageParams) => `${n(p)} ${n(p) === 1 ? 'item' : 'items'}`,
  'list.group.selectHeading': '{name} (show details)',
  'list.total': (p: MessageParams) => `The network has ${n(p)} ${n(p) === 1 ? 'item' : 'items'}.`,
  'list.found': (p: MessageParams) => {
    const count = n(p);
    if (count === 0) return 'No items found.';
    if (p.single) return `${count} ${p.single} found.`;
    return `${count} ${count === 1 ? 'item' : 'items'} found: ${p.detail}.`;
  },
  'list.and': (p: MessageParams) => {
    const items = (p.items as string[]) ?? [];
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  },
  'list.helpMatch': 'matches your help question',
  'list.inChain': 'in the chain',
  'list.connections': (p: MessageParams) => `${n(p)} ${n(p) === 1 ? 'connection' : 'connections'}`,
  'list.loading': 'Loading network…',
  'list.empty': 'There is no network to show.',
  'list.errorTitle': 'The list cannot be shown',
};
