// Dutch messages of the map component (the fallback language). See localize.ts.
// Shared words used by every component live here: `kind.<kind>`, `kind.<kind>.plural`, `link.<type>`.
import type { MessageParams } from './localize.js';

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
  // Shared: link types
  'link.refers-to': 'verwijst naar',
  'link.escalates-to': 'schaalt op naar',
  'link.collaborates-with': 'werkt samen met',
  'link.part-of': 'is onderdeel van',
  'link.participates-in': 'neemt deel aan',
  'link.provides': 'biedt aan',
  'link.funds': 'financiert',
  'link.advises': 'adviseert',
  'link.has-specialism': 'heeft specialisme',
  'link.in-phase': 'actief in fase',
  'link.member-of': 'lid van overleg',
  'link.chairs': 'zit overleg voor',
  'link.works-at': 'werkt bij',
  'link.provided-by': 'aangeboden door',
  'link.parent': 'valt onder',
  'link.next-phase': 'volgende fase',

  // Map: region and states
  'map.label': 'Netwerkkaart',
  'map.labelWithTitle': 'Netwerkkaart: {title}',
  'map.description':
    'Interactieve kaart. Tab naar de kaart en gebruik de pijltjestoetsen om van knoop naar knoop te gaan. Druk op ? voor alle toetsen.',
  'map.loading': 'Netwerkkaart laden…',
  'map.empty': 'Er is geen netwerk om te tonen.',
  'map.noResults': 'Geen onderdelen gevonden die bij de filters passen.',
  'map.clearFilters': 'Wis filters',
  'map.nodeName': (p: MessageParams) =>
    [p.label, p.kind, p.phases, `${n(p)} ${n(p) === 1 ? 'verbinding' : 'verbindingen'}`].filter(Boolean).join(', '),
  'map.phasesAnd': (p: MessageParams) => {
    const list = (p.names as string[]) ?? [];
    if (list.length === 0) return '';
    if (list.length === 1) return list[0]!;
    return `${list.slice(0, -1).join(', ')} en ${list[list.length - 1]}`;
  },
  'map.selected': 'geselecteerd',
  'map.pinned': 'vastgezet',
  'map.fictitious': 'fictief voorbeeld',
  'map.results': (p: MessageParams) => {
    const count = n(p);
    if (count === 0) return 'Geen onderdelen gevonden.';
    return `${count} ${count === 1 ? 'onderdeel' : 'onderdelen'} gevonden${p.detail ? `: ${p.detail}` : ''}.`;
  },
  'map.selectedAnnounce': '{name} geselecteerd.',
  'map.layoutAnnounce': (p: MessageParams) => (p.layout === 'ave' ? 'Indeling naar AVE-fase.' : 'Netwerkindeling.'),
  'map.moveOn': 'Verplaatsen: gebruik de pijltjestoetsen om {name} te verplaatsen, Enter of Escape om te stoppen.',
  'map.moveOnPointer': 'Verplaatsen: klik op de kaart waar {name} moet komen, of gebruik de pijltjestoetsen; Enter of Escape om te stoppen.',
  'map.moveOff': '{name} staat vast op de nieuwe plek.',
  'map.paused': 'Beweging gepauzeerd.',
  'map.resumed': 'Beweging hervat.',

  // Toolbar
  'toolbar.label': 'Kaartbediening',
  'toolbar.layout': 'Indeling',
  'toolbar.layout.force': 'Netwerk',
  'toolbar.layout.ave': 'AVE-fases',
  'toolbar.view': 'Weergave',
  'toolbar.view.map': 'Kaart',
  'toolbar.view.list': 'Lijst',
  'toolbar.zoomIn': 'Inzoomen',
  'toolbar.zoomOut': 'Uitzoomen',
  'toolbar.fit': 'Alles in beeld',
  'toolbar.reset': 'Beginweergave',
  'toolbar.pause': 'Beweging pauzeren',
  'toolbar.resume': 'Beweging hervatten',
  'toolbar.legend': 'Legenda',
  'toolbar.keys': 'Toetsen',
  'toolbar.search': 'Zoeken',
  'toolbar.searchPlaceholder': 'Zoek organisatie, specialisme…',

  // Side area
  'side.label': 'Filters, hulpzoeker en details',
  'side.filters': 'Filters',
  'side.help': 'Ik zoek hulp bij…',

  // Fallback details (when the details panel is not available)
  'details.kind': 'Soort',
  'details.neighbours': 'Verbonden met',

  // Keyboard help
  'keys.title': 'Toetsen op de kaart',
  'keys.close': 'Sluiten',
  'keys.tab': 'Tab: naar de kaart (één tabstop) en weer verder',
  'keys.arrows': 'Pijltjestoetsen: naar de dichtstbijzijnde knoop in die richting',
  'keys.links': '[ en ]: langs de verbindingen van de huidige knoop',
  'keys.homeEnd': 'Home / End: eerste / laatste knoop',
  'keys.select': 'Enter of spatie: knoop selecteren en details tonen',
  'keys.escape': 'Escape: details sluiten (focus terug naar de knoop)',
  'keys.zoom': '+ / −: in- en uitzoomen; 0: alles in beeld',
  'keys.pan': 'Shift + pijltjestoetsen: kaart verschuiven',
  'keys.move': 'm, dan pijltjestoetsen: knoop verplaatsen; Enter of Escape: klaar',
  'keys.pause': 'p: beweging pauzeren of hervatten',
  'keys.help': '?: deze lijst tonen',

  // Errors
  'error.title': 'De netwerkkaart kan niet worden getoond',
  'error.http': 'Het bestand {src} kon niet worden geladen (HTTP-status {status}).',
  'error.http404': 'Het bestand {src} is niet gevonden (HTTP-status 404).',
  'error.network': 'Het bestand {src} kon niet worden opgehaald. Controleer het adres en de verbinding.',
  'error.parse': 'Het bestand {src} is geen geldig JSON-bestand.',
  'error.validation': (p: MessageParams) =>
    `Het bestand ${p.src} voldoet niet aan het GIA-netwerkschema (${n(p)} ${n(p) === 1 ? 'probleem' : 'problemen'}).`,
  'error.firstProblems': 'Eerste problemen:',
  'error.noData': 'Er zijn geen netwerkgegevens opgegeven.',
  'error.more': (p: MessageParams) => `… en nog ${n(p)} ${n(p) === 1 ? 'probleem' : 'problemen'}.`,
};
