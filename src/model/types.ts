/**
 * TypeScript shape of a GIA network file. Mirrors `schema/gia-network.schema.json`
 * (the schema is the source of truth; `test/node/schema/types-match-schema.test.ts` keeps them in step).
 * Nothing here knows about the DOM, d3 or Lit.
 */

export type Id = string;

export interface SourceRef {
  source: Id;
  section?: string;
  lines?: string;
  quote?: string;
  note?: string;
}

export type ChannelType = 'website' | 'phone' | 'crisis-line' | 'email' | 'chat';
/** For whom help or a channel is meant (schema `$defs/helpAudience`). */
export type Audience = 'everyone' | 'residents' | 'professionals' | 'victims' | 'concerned' | 'perpetrators';

export interface Channel {
  type: ChannelType;
  value: string;
  label?: string;
  hours?: string;
  audience?: Audience;
  /** Calling or contacting through this channel costs nothing. */
  free?: boolean;
  /** One can get in touch without giving a name. */
  anonymous?: boolean;
}

export interface Address {
  label?: string;
  street?: string;
  postalCode?: string;
  city: string;
  /** Secret addresses (shelters) are never shown publicly. */
  confidential: boolean;
  hours?: string;
}

export type AccessRouteType =
  | 'direct'
  | 'self-referral'
  | 'referral'
  | 'via-veilig-thuis'
  | 'via-huisarts'
  | 'via-wijkteam'
  | 'via-gemeente'
  | 'via-politie'
  | 'professional-registration'
  | 'other';

export interface AccessRoute {
  type: AccessRouteType;
  audience?: Audience[];
  via?: Id;
  description?: string;
}

/** A national or regional help line the public map always shows (schema `$defs/urgentHelpLine`). */
export interface UrgentHelpLine {
  label: string;
  description?: string;
  channel: Channel;
  /** The organisation on the map this line belongs to. */
  organisation?: Id;
  sources?: SourceRef[];
  reviewedAt?: string;
}

export interface SourceDocument {
  id: Id;
  title: string;
  publisher?: string;
  date?: string;
  url?: string;
  note?: string;
}

export interface Metadata {
  region: string;
  title: string;
  description?: string;
  version: string;
  reviewedAt: string;
  maintainer: { role: string; organisation?: string; email: string };
  license: string;
  language?: 'nl' | 'en';
  sources: SourceDocument[];
}

export interface Responsibility {
  description?: string;
  organisations?: Id[];
}

export interface Phase {
  id: Id;
  order: number;
  name: string;
  label?: string;
  description?: string;
  color?: string;
  casusregie?: Responsibility;
  procesregie?: Responsibility;
  operationalResponsibility?: Responsibility;
  administrativeResponsibility?: Responsibility;
  sources?: SourceRef[];
}

export interface EscalationModel {
  name: string;
  description?: string;
  phases: Phase[];
  sources?: SourceRef[];
}

export interface Municipality {
  id: Id;
  name: string;
  centrumgemeente?: boolean;
  sources?: SourceRef[];
}

export type SpecialismCategory = 'violence-form' | 'underlying-problem' | 'target-group' | 'approach' | 'expertise';

export interface Specialism {
  id: Id;
  name: string;
  description?: string;
  synonyms?: string[];
  category: SpecialismCategory;
  sources?: SourceRef[];
  reviewedAt?: string;
}

export type OrganisationType =
  | 'municipality'
  | 'veilig-thuis'
  | 'police-justice'
  | 'zorg-en-veiligheidshuis'
  | 'youth-protection'
  | 'shelter'
  | 'local-team'
  | 'care'
  | 'education'
  | 'lived-experience'
  | 'knowledge-training'
  | 'governance'
  | 'other';

export interface Organisation {
  id: Id;
  name: string;
  shortName?: string;
  type: OrganisationType;
  parent?: Id;
  municipalities?: Id[];
  description?: string;
  tasks?: string[];
  powers?: string[];
  access?: AccessRoute[];
  channels?: Channel[];
  addresses?: Address[];
  specialisms?: Id[];
  phases?: Id[];
  sources?: SourceRef[];
  reviewedAt?: string;
  fictitious?: boolean;
}

export type ContactRole =
  | 'aandachtsfunctionaris'
  | 'aanspreekpunt'
  | 'network-contact'
  | 'liaison'
  | 'ervaringsdeskundige'
  | 'procesregisseur'
  | 'gedragsdeskundige'
  | 'school-contact'
  | 'other';

export type Visibility = 'public' | 'professional';

export interface Contact {
  id: Id;
  /** Personal data (`x-gia-personal` in the schema). */
  name?: string;
  role: ContactRole;
  roleLabel?: string;
  organisation: Id;
  specialisms?: Id[];
  municipalities?: Id[];
  /** Personal data (`x-gia-personal` in the schema). */
  channels?: Channel[];
  /** Personal data (`x-gia-personal` in the schema). */
  notes?: string;
  visibility: Visibility;
  sources?: SourceRef[];
  reviewedAt?: string;
  fictitious?: boolean;
}

export type MeetingType =
  | 'mda'
  | 'triage'
  | 'case-conference'
  | 'zvh-case-conference'
  | 'triolet'
  | 'learning-network'
  | 'governance'
  | 'other';

export interface Meeting {
  id: Id;
  name: string;
  type: MeetingType;
  description?: string;
  phases?: Id[];
  chair?: Responsibility;
  members?: Id[];
  membersDescription?: string;
  admissionCriteria?: string[];
  frequency?: string;
  access?: AccessRoute[];
  specialisms?: Id[];
  municipalities?: Id[];
  sources?: SourceRef[];
  reviewedAt?: string;
}

export type InterventionType = 'intervention' | 'support' | 'training' | 'programme' | 'instrument';

export interface Intervention {
  id: Id;
  name: string;
  type: InterventionType;
  description?: string;
  providers?: Id[];
  targetGroup?: string;
  specialisms?: Id[];
  phases?: Id[];
  access?: AccessRoute[];
  channels?: Channel[];
  municipalities?: Id[];
  sources?: SourceRef[];
  reviewedAt?: string;
}

export type RelationType =
  | 'refers-to'
  | 'escalates-to'
  | 'collaborates-with'
  | 'part-of'
  | 'participates-in'
  | 'provides'
  | 'funds'
  | 'advises';

export interface Relation {
  from: Id;
  to: Id;
  type: RelationType;
  description?: string;
  sources?: SourceRef[];
}

export interface GiaNetwork {
  $schema?: string;
  schemaVersion: '1.0';
  metadata: Metadata;
  /** Help lines shown first, in this order (112 first). */
  urgentHelp?: UrgentHelpLine[];
  escalationModel: EscalationModel;
  municipalities?: Municipality[];
  specialisms?: Specialism[];
  organisations: Organisation[];
  contacts?: Contact[];
  meetings?: Meeting[];
  interventions?: Intervention[];
  relations?: Relation[];
}

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = '1.0';
