/**
 * The columns of the editor's CSV import and export, one table for both: the fields of organisations and contact
 * persons a spreadsheet can hold, what kind of value each is, and the header texts that map to it. The export
 * writes every column of this table, so whatever the import accepts can be exported and read back.
 */
import { msg, type Lang } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { normalizeText } from '../graph/normalize-text.js';
import type { ChannelType } from '../model/types.js';
import type { CollectionKey } from './collections.js';

export type CsvEntity = 'organisations' | 'contacts';

export interface CsvColumn {
  field: string;
  required?: boolean;
  /** Header texts (besides the field name and the Dutch column name) that map to this field. */
  aliases: readonly string[];
  kind: 'text' | 'id' | 'enum' | 'refs' | 'ref' | 'channel' | 'date';
  /** For enums: schema object + field; for refs: the target collection; for channels: the channel type. */
  enumOf?: { object: string; field: string };
  target?: CollectionKey;
  channel?: ChannelType;
}

export const CSV_COLUMNS: Readonly<Record<CsvEntity, readonly CsvColumn[]>> = {
  organisations: [
    { field: 'id', kind: 'id', aliases: ['sleutel', 'code'] },
    { field: 'name', kind: 'text', required: true, aliases: ['naam', 'organisatie', 'organisation', 'naam organisatie'] },
    { field: 'shortName', kind: 'text', aliases: ['afkorting', 'korte naam', 'short name'] },
    { field: 'type', kind: 'enum', enumOf: { object: 'organisation', field: 'type' }, aliases: ['soort', 'type organisatie', 'soort organisatie'] },
    { field: 'parent', kind: 'ref', target: 'organisations', aliases: ['onderdeel van', 'hoort bij', 'part of'] },
    { field: 'description', kind: 'text', aliases: ['omschrijving', 'beschrijving'] },
    { field: 'municipalities', kind: 'refs', target: 'municipalities', aliases: ['gemeenten', 'werkgebied', 'gemeente'] },
    { field: 'specialisms', kind: 'refs', target: 'specialisms', aliases: ['specialismen', 'specialisme', 'expertise'] },
    { field: 'phases', kind: 'refs', target: 'phases', aliases: ['ave fasen', 'ave fase', 'fasen', 'fase', 'opschalingsfasen'] },
    { field: 'website', kind: 'channel', channel: 'website', aliases: ['website', 'webadres', 'url', 'site'] },
    { field: 'phone', kind: 'channel', channel: 'phone', aliases: ['telefoon', 'telefoonnummer', 'tel', 'phone'] },
    { field: 'email', kind: 'channel', channel: 'email', aliases: ['e-mail', 'email', 'mail', 'e-mailadres'] },
    { field: 'reviewedAt', kind: 'date', aliases: ['gecontroleerd', 'laatst gecontroleerd', 'controledatum'] },
  ],
  contacts: [
    { field: 'id', kind: 'id', aliases: ['sleutel', 'code'] },
    { field: 'name', kind: 'text', aliases: ['naam', 'persoon', 'naam contactpersoon'] },
    { field: 'role', kind: 'enum', required: true, enumOf: { object: 'contact', field: 'role' }, aliases: ['rol'] },
    { field: 'roleLabel', kind: 'text', aliases: ['functie', 'functienaam'] },
    { field: 'organisation', kind: 'ref', required: true, target: 'organisations', aliases: ['organisatie', 'werkgever'] },
    { field: 'email', kind: 'channel', channel: 'email', aliases: ['e-mail', 'email', 'mail', 'e-mailadres'] },
    { field: 'phone', kind: 'channel', channel: 'phone', aliases: ['telefoon', 'telefoonnummer', 'tel', 'mobiel'] },
    { field: 'visibility', kind: 'enum', enumOf: { object: 'contact', field: 'visibility' }, aliases: ['zichtbaarheid', 'zichtbaar'] },
    { field: 'specialisms', kind: 'refs', target: 'specialisms', aliases: ['specialismen', 'specialisme'] },
    { field: 'municipalities', kind: 'refs', target: 'municipalities', aliases: ['gemeenten', 'werkgebied', 'gemeente'] },
    { field: 'notes', kind: 'text', aliases: ['notities', 'opmerkingen', 'toelichting'] },
    { field: 'reviewedAt', kind: 'date', aliases: ['gecontroleerd', 'laatst gecontroleerd', 'controledatum'] },
  ],
};

/** The Dutch (or English) name of a column's field, as shown in the mapping, the export header and in errors. */
export function columnLabel(entity: CsvEntity, field: string, lang: Lang = 'nl'): string {
  if (entity === 'contacts' && field === 'name') return msg(lang, 'editor.csv.column.name');
  return msg(lang, `editor.csv.column.${field}`);
}

/** For each CSV column, the field it fills (or null: ignored). */
export type ColumnMapping = (string | null)[];

/** Guesses the mapping from the header row (field names, Dutch names and common synonyms). */
export function guessMapping(entity: CsvEntity, header: readonly string[], lang: Lang = 'nl'): ColumnMapping {
  const used = new Set<string>();
  return header.map((cell) => {
    const h = normalizeText(cell);
    const column = CSV_COLUMNS[entity].find(
      (c) =>
        !used.has(c.field) &&
        (normalizeText(c.field) === h ||
          normalizeText(columnLabel(entity, c.field, lang)) === h ||
          normalizeText(columnLabel(entity, c.field, 'nl')) === h ||
          c.aliases.some((a) => normalizeText(a) === h)),
    );
    if (!column) return null;
    used.add(column.field);
    return column.field;
  });
}
