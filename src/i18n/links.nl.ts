// Dutch names of the link types (`link.<type>`), shown by the legend: registered with the panels' messages
// (panels-catalogue.ts), so they travel with the panels' chunk and not with the map's first paint.
export default {
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
};
