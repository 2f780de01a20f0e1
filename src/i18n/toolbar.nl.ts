// Dutch texts of the map's toolbar: registered by the toolbar chunk (components/map/map-toolbar.ts, loaded by
// toolbar-part.ts), so a Dutch first paint does not carry them. legend.heading stays in map.nl.ts (shared). The
// English texts are in map.en.ts, itself a lazy chunk.
export default {
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
  'toolbar.keys': 'Toetsen',
};
