// English texts of the "Wie mag wat?" panel (gia-powers-panel).
import type { Catalogue, MessageParams } from './lookup.js';

export default {
  'powers.heading': 'Who may do what?',
  'powers.intro': 'Choose a power or a step of the reporting code. You see who may do what and who decides, and on the map which organisations take part.',
  'powers.choose': 'Power or reporting-code step',
  'powers.none': 'Choose…',
  'powers.groupPowers': 'Powers',
  'powers.groupMeldcode': 'Reporting code (meldcode)',
  'powers.meldcodeStep': 'Step {number}{name}',
  'powers.empty': 'This file does not describe any powers or reporting-code steps yet.',
  'powers.role.holders': 'Who may do this',
  'powers.role.requestedBy': 'Who may ask for it',
  'powers.role.addressedTo': 'Addressed to',
  'powers.role.decidedBy': 'Who decides',
  'powers.position.before': 'Before',
  'powers.position.chosen': 'Chosen',
  'powers.position.after': 'After',
  'powers.legalBasis': 'Legal basis: {law}{article}',
  'powers.inferred': 'Inferred',
  'powers.inferredLong': 'Inferred by the editors, not the source’s own words: {reasoning}',
  'powers.turnTo': 'Whom to turn to, in this order',
  'powers.who.own-aandachtsfunctionaris': 'Your own designated officer (aandachtsfunctionaris)',
  'powers.who.other': 'Other',
  'powers.sectors': 'For: {sectors}',
  'powers.noRoles': 'The source does not say here who may do this or who decides.',
  'powers.onMap': ({ count }: MessageParams) => (count === 1 ? '1 organisation highlighted on the map.' : `${count} organisations highlighted on the map.`),
} satisfies Catalogue;
