// Dutch messages of the map component (the fallback language). See localize.ts.
// Shared words used by every component live here: `kind.<kind>`, `kind.<kind>.plural`, `filter.clear`,
// `filter.noResults`, `state.selected`, `state.fictitious`, `legend.heading`, `details.related`, `action.close` (the
// link types, `link.<type>`, are in links.nl.ts, registered with the panels' and the editor's messages).
import type { MessageParams } from './lookup.js';

const n = (p: MessageParams): number => Number(p.count ?? 0);

export default {
  // Shared: node kinds
  'kind.phase': 'AVE-fase',
  'kind.phase.plural': 'AVE-fases',
  'kind.organisation': 'organisatie',
  'kind.organisation.plural': 'organisaties',
  'kind.meeting': 'overleg',
  'kind.meeting.plural': 'overleggen',
  'kind.intervention': 'interventie of hulpaanbod',
  'kind.intervention.plural': 'interventies en hulpaanbod',
  'kind.specialism': 'specialisme',
  'kind.specialism.plural': 'specialismen',
  'kind.contact': 'contactpersoon',
  'kind.contact.plural': 'contactpersonen',

  // Map: region and states
  'map.label': 'Netwerkkaart',
  'map.labelWithTitle': 'Netwerkkaart: {title}',
  'map.description':
    'Kaart van het netwerk. Ga met Tab naar de kaart. Ga met de pijltjestoetsen van onderdeel naar onderdeel. Druk op ? voor alle toetsen.',
  'map.totals': (p: MessageParams) => {
    const nodes = Number(p.nodes ?? 0);
    const links = Number(p.links ?? 0);
    return `${nodes} ${nodes === 1 ? 'onderdeel' : 'onderdelen'} en ${links} ${links === 1 ? 'verbinding' : 'verbindingen'} op de kaart.`;
  },
  'map.loading': 'Netwerkkaart laden…',
  'map.textHidden': 'Tekst verborgen: er stonden persoonsgegevens in.',

  // Urgent-help strip and quick exit (public mode; shown before the data is in, so part of the first paint)
  'urgent.label': 'Direct hulp',
  'urgent.emergency': 'Acuut gevaar? Bel',
  'urgent.emergency.note': '',
  'urgent.veiligThuis': 'Advies of melden? Veilig Thuis:',
  'urgent.veiligThuis.note': 'Gratis, dag en nacht. Anoniem mag.',
  'urgent.call': 'Bel {number}',
  // The notes of a file's own lines and "Meer hulplijnen" are in urgent.nl.ts (with their lazy chunk).
  'quickExit.label': 'Snel weg',
  'quickExit.hint': 'Verlaat deze website meteen. Of druk 3 keer op Escape.',
  'mobile.jump': 'Naar de kaart of de lijst',
  'mobile.toMap': 'Bekijk de kaart',
  'mobile.toList': 'Bekijk de lijst',
  'filter.noResults': 'Geen onderdelen gevonden die bij de filters passen.',
  'filter.clear': 'Wis filters',
  'map.nodeName': (p: MessageParams) =>
    [p.label, p.kind, p.phases, p.tracks, n(p) === 0 ? 'nog geen verbinding vastgelegd' : `${n(p)} ${n(p) === 1 ? 'verbinding' : 'verbindingen'}`]
      .filter(Boolean)
      .join(', '),
  'map.phasesAnd': (p: MessageParams) => {
    const list = (p.names as string[]) ?? [];
    if (list.length === 0) return '';
    if (list.length === 1) return list[0]!;
    return `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}`;
  },
  'state.selected': 'geselecteerd',
  'state.fictitious': 'fictief voorbeeld',
  'state.placementInferred': 'plaats afgeleid',
  'state.inChain': 'in de gekozen keten',
  'state.status.pilot': 'pilot',
  'state.status.in-preparation': 'in wording',
  'state.status.ended': 'beëindigd',
  'state.statusAsOf': (p: MessageParams) => `${p.status}, per ${p.date}`,
  'map.lane': 'Spoor: {name}',
  'map.unlinked': 'Nog geen verbinding vastgelegd',
  'map.group.organisation': 'Organisaties',
  'map.group.meeting': 'Overleggen',
  'map.group.intervention': 'Aanbod en interventies',
  'map.group.specialism': 'Specialismen',
  'map.group.contact': 'Contactpersonen',
  // The announcements (map.results, …) are in announce.nl.ts (map-announcements.ts, a lazy chunk).

  // Toolbar: its texts are in toolbar.nl.ts (a lazy chunk with the toolbar, map-toolbar.ts)
  'legend.heading': 'Legenda',

  // Side area
  'side.label': 'Filters, hulpzoeker en details',
  'side.filters': 'Filters',

  // Fallback details (when the details panel is not available)
  'details.related': 'Verbonden met',

  // Keyboard help
  'action.close': 'Sluiten',
  // The other keys.* texts (the keys dialog) and the move texts (map.move*) are in keyboard.nl.ts, with the
  // keyboard chunk.

  // Errors: the texts of the error view are in error.nl.ts (a lazy chunk with the view, map-error.ts).
  'error.noData': 'Er zijn geen netwerkgegevens opgegeven.',
};
