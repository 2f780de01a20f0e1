// Dutch texts of the map's group captions and the caption of the unlinked row: registered by the caption code
// (render/map-captions.ts, in the lazy label chunk render/map-labels.ts), so a Dutch first paint does not carry them.
// map.lane stays in map.nl.ts (the accessible names use it). The English texts are in map.en.ts, itself a lazy chunk.
export default {
  'map.unlinked': 'Nog geen verbinding vastgelegd',
  'map.group.organisation': 'Organisaties',
  'map.group.meeting': 'Overleggen',
  'map.group.intervention': 'Aanbod en interventies',
  'map.group.specialism': 'Specialismen',
  'map.group.contact': 'Contactpersonen',
};
