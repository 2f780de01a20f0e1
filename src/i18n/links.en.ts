// English names of the link types (`link.<type>`), shown by the legend: registered with the panels' messages
// (panels-catalogue.ts), so they travel with the panels' chunk and not with the map's first paint.
export default {
  'link.refers-to': 'refers to',
  'link.escalates-to': 'escalates to',
  'link.collaborates-with': 'collaborates with',
  'link.part-of': 'is part of',
  'link.participates-in': 'participates in',
  'link.provides': 'provides',
  'link.funds': 'funds',
  'link.advises': 'advises',
  'link.has-specialism': 'has specialism',
  'link.in-phase': 'active in phase',
  'link.member-of': 'member of meeting',
  'link.chairs': 'chairs meeting',
  'link.works-at': 'works at',
  'link.provided-by': 'provided by',
  'link.parent': 'belongs to',
  'link.next-phase': 'next phase',
};
