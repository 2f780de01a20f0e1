// English messages of the map component. See localize.ts (Dutch is the fallback).
import type { MessageParams } from './lookup.js';

const n = (p: MessageParams): number => Number(p.count ?? 0);

export default {
  'kind.phase': 'AVE phase',
  'kind.phase.plural': 'AVE phases',
  'kind.organisation': 'organisation',
  'kind.organisation.plural': 'organisations',
  'kind.meeting': 'meeting',
  'kind.meeting.plural': 'meetings',
  'kind.intervention': 'intervention or support',
  'kind.intervention.plural': 'interventions and support',
  'kind.specialism': 'specialism',
  'kind.specialism.plural': 'specialisms',
  'kind.contact': 'contact person',
  'kind.contact.plural': 'contact persons',

  'map.label': 'Network map',
  'map.labelWithTitle': 'Network map: {title}',
  'map.description':
    'Interactive map. Tab into the map and use the arrow keys to move from node to node. Press ? for all keys.',
  'map.totals': (p: MessageParams) => {
    const nodes = Number(p.nodes ?? 0);
    const links = Number(p.links ?? 0);
    return `${nodes} ${nodes === 1 ? 'item' : 'items'} and ${links} ${links === 1 ? 'link' : 'links'} on the map.`;
  },
  'map.loading': 'Loading network map…',
  'map.textHidden': 'Text hidden: it contained personal data.',

  'urgent.label': 'Urgent help',
  'urgent.emergency': 'In acute danger? Call',
  'urgent.emergency.note': '',
  'urgent.veiligThuis': 'Advice or a report? Veilig Thuis:',
  'urgent.veiligThuis.note': 'Free, day and night. Anonymous is fine.',
  'urgent.call': 'Call {number}',
  'urgent.audience.everyone': 'for everyone',
  'urgent.audience.residents': 'for residents',
  'urgent.audience.professionals': 'for professionals',
  'urgent.more': 'More help lines',
  'urgent.free': 'free',
  'urgent.anonymous': 'anonymous is fine',
  'urgent.audience.victims': 'for victims',
  'urgent.audience.concerned': 'for people who are worried',
  'urgent.audience.perpetrators': 'for people who want to stop using violence',
  'quickExit.label': 'Leave this site',
  'quickExit.hint': 'Leave this website at once. Or press Escape 3 times.',
  'mobile.jump': 'To the map or the list',
  'mobile.toMap': 'Show the map',
  'mobile.toList': 'Show the list',
  'filter.noResults': 'Nothing matches the filters.',
  'filter.clear': 'Clear filters',
  'map.nodeName': (p: MessageParams) =>
    [p.label, p.kind, p.phases, p.tracks, n(p) === 0 ? 'no link recorded yet' : `${n(p)} ${n(p) === 1 ? 'link' : 'links'}`]
      .filter(Boolean)
      .join(', '),
  'map.phasesAnd': (p: MessageParams) => {
    const list = (p.names as string[]) ?? [];
    if (list.length === 0) return '';
    if (list.length === 1) return list[0]!;
    return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
  },
  'state.selected': 'selected',
  'state.fictitious': 'fictitious example',
  'state.placementInferred': 'place inferred',
  'state.inChain': 'in the chosen chain',
  'state.status.pilot': 'pilot',
  'state.status.in-preparation': 'in preparation',
  'state.status.ended': 'ended',
  'state.statusAsOf': (p: MessageParams) => `${p.status}, as of ${p.date}`,
  'map.lane': 'Track: {name}',
  'map.unlinked': 'No link recorded yet',
  'map.group.organisation': 'Organisations',
  'map.group.meeting': 'Meetings',
  'map.group.intervention': 'Services and interventions',
  'map.group.specialism': 'Specialisms',
  'map.group.contact': 'Contact persons',
  'map.results': (p: MessageParams) => {
    const count = n(p);
    if (count === 0) return 'Nothing found.';
    return `${count} ${count === 1 ? 'item' : 'items'} found${p.detail ? `: ${p.detail}` : ''}.`;
  },
  'map.selectedAnnounce': '{name} selected.',
  'map.layoutAnnounce': (p: MessageParams) => (p.layout === 'ave' ? 'Arranged by AVE phase.' : 'Network arrangement.'),
  'map.moveOn': 'Moving: use the arrow keys to move {name}, Enter or Escape to stop.',
  'map.moveOnPointer': 'Moving: click on the map where {name} should go, or use the arrow keys; Enter or Escape to stop.',
  'map.moveOff': '{name} is pinned at its new place.',
  'map.paused': 'Motion paused.',
  'map.resumed': 'Motion resumed.',

  'toolbar.label': 'Map controls',
  'toolbar.layout': 'Arrangement',
  'toolbar.layout.force': 'Network',
  'toolbar.layout.ave': 'AVE phases',
  'toolbar.view': 'View',
  'toolbar.view.map': 'Map',
  'toolbar.view.list': 'List',
  'toolbar.zoomIn': 'Zoom in',
  'toolbar.zoomOut': 'Zoom out',
  'toolbar.fit': 'Fit to view',
  'toolbar.reset': 'Reset view',
  'toolbar.pause': 'Pause motion',
  'toolbar.resume': 'Resume motion',
  'legend.heading': 'Legend',
  'toolbar.keys': 'Keys',

  'side.label': 'Filters, help finder and details',
  'side.filters': 'Filters',

  'details.related': 'Linked to',

  'keys.title': 'Keys on the map',
  'action.close': 'Close',
  'keys.tab': 'Tab: into the map (one tab stop) and on',
  'keys.arrows': 'Arrow keys: to the nearest node in that direction',
  'keys.links': '[ and ]: along the links of the current node',
  'keys.homeEnd': 'Home / End: first / last node',
  'keys.select': 'Enter or Space: select the node and show its details',
  'keys.escape': 'Escape: close the details (focus returns to the node)',
  'keys.zoom': '+ / −: zoom in and out; 0: fit to view',
  'keys.pan': 'Shift + arrow keys: pan the map',
  'keys.move': 'm, then arrow keys: move the node; Enter or Escape: done',
  'keys.pause': 'p: pause or resume motion',
  'keys.help': '?: show this list',

  'error.title': 'The network map cannot be shown',
  'error.http': 'The file {src} could not be loaded (HTTP status {status}).',
  'error.http404': 'The file {src} was not found (HTTP status 404).',
  'error.network': 'The file {src} could not be fetched. Check the address and the connection.',
  'error.parse': 'The file {src} is not valid JSON.',
  'error.validation': (p: MessageParams) =>
    `The file ${p.src} does not match the GIA network schema (${n(p)} ${n(p) === 1 ? 'problem' : 'problems'}).`,
  'error.firstProblems': 'First problems:',
  'error.noData': 'No network data was given.',
  'error.more': (p: MessageParams) => `… and ${n(p)} more ${n(p) === 1 ? 'problem' : 'problems'}.`,
};
