// Dutch texts of the "Wie mag wat?" panel (gia-powers-panel).
import type { Catalogue, MessageParams } from './lookup.js';

export default {
  'powers.heading': 'Wie mag wat?',
  'powers.intro': 'Kies een bevoegdheid of een stap van de meldcode. U ziet wie wat mag en wie beslist, en op de kaart welke organisaties meedoen.',
  'powers.choose': 'Bevoegdheid of meldcode-stap',
  'powers.none': 'Kies…',
  'powers.groupPowers': 'Bevoegdheden',
  'powers.groupMeldcode': 'Meldcode',
  'powers.meldcodeStep': 'Stap {number}{name}',
  'powers.empty': 'Dit bestand beschrijft nog geen bevoegdheden of stappen van de meldcode.',
  'powers.role.holders': 'Wie mag dit',
  'powers.role.requestedBy': 'Wie mag erom vragen',
  'powers.role.addressedTo': 'Bij wie',
  'powers.role.decidedBy': 'Wie beslist',
  'powers.position.before': 'Daarvoor',
  'powers.position.chosen': 'Gekozen',
  'powers.position.after': 'Daarna',
  'powers.legalBasis': 'Wettelijke basis: {law}{article}',
  'powers.inferred': 'Afgeleid',
  'powers.inferredLong': 'Afgeleid door de redactie, niet letterlijk uit de bron: {reasoning}',
  'powers.turnTo': 'Bij wie u terechtkunt, in deze volgorde',
  'powers.who.own-aandachtsfunctionaris': 'Uw eigen aandachtsfunctionaris',
  'powers.who.other': 'Anders',
  'powers.sectors': 'Voor: {sectors}',
  'powers.noRoles': 'De bron zegt hier niet wie dit mag of beslist.',
  'powers.onMap': ({ count }: MessageParams) => (count === 1 ? '1 organisatie gemarkeerd op de kaart.' : `${count} organisaties gemarkeerd op de kaart.`),
} satisfies Catalogue;
