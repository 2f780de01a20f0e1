// Dutch texts of the map's keyboard chunk (components/map/map-keyboard.ts), registered by it, so a Dutch first
// paint does not carry them: the keys dialog (the list shown by ? or the "Toetsen" button) and the announcements
// of moving a node without dragging (m and the arrow keys, or "Verplaats op de kaart" and a click). action.close
// stays in map.nl.ts (the map's own details use "Sluiten"); the English texts are in map.en.ts, itself a lazy chunk.
export default {
  'keys.title': 'Toetsen op de kaart',
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
  // Moving a node (the map loads this chunk before it announces these).
  'map.moveOn': 'Verplaatsen: gebruik de pijltjestoetsen om {name} te verplaatsen, Enter of Escape om te stoppen.',
  'map.moveOnPointer': 'Verplaatsen: klik op de kaart waar {name} moet komen, of gebruik de pijltjestoetsen; Enter of Escape om te stoppen.',
  'map.moveOff': '{name} staat vast op de nieuwe plek.',
};
