/**
 * createSyntheticNetwork: a valid, deterministic, fictitious network of a given size, for tests and
 * the benchmark (bench/). Not part of the library's public entry point.
 *
 * `nodeCount` is the number of nodes of its public-mode graph (phases, specialisms, organisations,
 * meetings, interventions; no contacts), and the graph has about `linksPerNode × nodeCount` links:
 * structural ones (in-phase, has-specialism, provided-by, member-of, next-phase) and relations.
 */
import type {
  GiaNetwork,
  Intervention,
  InterventionType,
  Meeting,
  MeetingType,
  Municipality,
  Organisation,
  OrganisationType,
  Phase,
  Relation,
  RelationType,
  Specialism,
  SpecialismCategory,
} from '../model/types.js';

export interface SyntheticOptions {
  /** Average number of links per node (links ≈ linksPerNode × nodeCount). Default 3. */
  linksPerNode?: number;
  /** Seed of the pseudo-random generator. Default 1. */
  seed?: number;
  /** Number of municipalities. Default 10. */
  municipalities?: number;
}

/** mulberry32: a small, fast, seeded PRNG returning [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORGANISATION_TYPES: OrganisationType[] = ['local-team', 'care', 'veilig-thuis', 'police-justice', 'shelter', 'education', 'municipality', 'youth-protection'];
const MEETING_TYPES: MeetingType[] = ['mda', 'triage', 'case-conference', 'zvh-case-conference', 'learning-network'];
const INTERVENTION_TYPES: InterventionType[] = ['intervention', 'support', 'training', 'programme', 'instrument'];
const CATEGORIES: SpecialismCategory[] = ['violence-form', 'underlying-problem', 'target-group', 'approach', 'expertise'];
const RELATION_TYPES: RelationType[] = ['refers-to', 'collaborates-with', 'escalates-to', 'advises', 'participates-in'];
const WORDS = ['Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Haven', 'Heuvel', 'Dal', 'Beek', 'Veld', 'Brug', 'Poort'];

export function createSyntheticNetwork(nodeCount: number, options: SyntheticOptions = {}): GiaNetwork {
  const total = Math.max(3, Math.floor(nodeCount) || 0);
  const linksPerNode = Math.max(0, options.linksPerNode ?? 3);
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const word = (i: number) => `${WORDS[i % WORDS.length]}${i >= WORDS.length ? ` ${Math.floor(i / WORDS.length) + 1}` : ''}`;

  const phaseCount = Math.min(4, Math.max(1, total - 2));
  const specialismCount = Math.max(1, Math.round(total * 0.06));
  const meetingCount = Math.round(total * 0.08);
  const interventionCount = Math.round(total * 0.16);
  const organisationCount = Math.max(1, total - phaseCount - specialismCount - meetingCount - interventionCount);
  // Keep the exact total when rounding made the parts too large (small networks).
  const overflow = phaseCount + specialismCount + meetingCount + interventionCount + organisationCount - total;
  const interventions = Math.max(0, interventionCount - Math.max(0, overflow));
  const meetingsN = Math.max(0, meetingCount - Math.max(0, overflow - (interventionCount - interventions)));

  let linkBudget = Math.round(total * linksPerNode);
  const spend = () => (linkBudget > 0 ? (linkBudget--, true) : false);

  const phases: Phase[] = Array.from({ length: phaseCount }, (_, i) => ({
    id: `fase-${i + 1}`,
    order: i + 1,
    name: `AVE ${i + 1}`,
    label: `Fase ${i + 1} (synthetisch)`,
  }));
  linkBudget -= Math.max(0, phaseCount - 1); // next-phase links

  const municipalityCount = Math.max(1, options.municipalities ?? 10);
  const municipalities: Municipality[] = Array.from({ length: municipalityCount }, (_, i) => ({
    id: `gemeente-${i + 1}`,
    name: `Gemeente ${word(i)}`,
    ...(i === 0 ? { centrumgemeente: true } : {}),
  }));
  const someMunicipalities = (): string[] | undefined => {
    if (random() < 0.4) return undefined; // whole region
    const count = 1 + Math.floor(random() * 3);
    const set = new Set<string>();
    for (let i = 0; i < count; i++) set.add(pick(municipalities).id);
    return [...set].sort();
  };
  const somePhases = (): string[] | undefined => {
    if (!spend()) return undefined;
    const first = Math.floor(random() * phaseCount);
    const ids = [phases[first]!.id];
    if (first + 1 < phaseCount && random() < 0.3 && spend()) ids.push(phases[first + 1]!.id);
    return ids;
  };

  const specialisms: Specialism[] = Array.from({ length: specialismCount }, (_, i) => ({
    id: `specialisme-${i + 1}`,
    name: `Specialisme ${word(i)}`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    synonyms: [`thema ${i + 1}`],
  }));
  const someSpecialisms = (): string[] | undefined => (spend() ? [pick(specialisms).id] : undefined);

  const organisations: Organisation[] = Array.from({ length: organisationCount }, (_, i) => {
    const municipalitiesOf = someMunicipalities();
    const phasesOf = somePhases();
    const specialismsOf = someSpecialisms();
    return {
      id: `organisatie-${i + 1}`,
      name: `Organisatie ${word(i)} (synthetisch)`,
      type: ORGANISATION_TYPES[i % ORGANISATION_TYPES.length]!,
      ...(municipalitiesOf ? { municipalities: municipalitiesOf } : {}),
      ...(phasesOf ? { phases: phasesOf } : {}),
      ...(specialismsOf ? { specialisms: specialismsOf } : {}),
      access: [{ type: 'direct' as const, audience: ['professionals' as const, 'residents' as const] }],
      fictitious: true,
    };
  });

  const meetings: Meeting[] = Array.from({ length: meetingsN }, (_, i) => {
    const members = new Set<string>();
    for (let k = 0; k < 3 && linkBudget > 0; k++) {
      const member = pick(organisations).id;
      if (!members.has(member) && spend()) members.add(member);
    }
    const phasesOf = somePhases();
    const specialismsOf = someSpecialisms();
    return {
      id: `overleg-${i + 1}`,
      name: `Overleg ${word(i)} (synthetisch)`,
      type: MEETING_TYPES[i % MEETING_TYPES.length]!,
      ...(phasesOf ? { phases: phasesOf } : {}),
      ...(specialismsOf ? { specialisms: specialismsOf } : {}),
      ...(members.size > 0 ? { members: [...members].sort() } : {}),
    };
  });

  const interventionList: Intervention[] = Array.from({ length: interventions }, (_, i) => {
    const provider = spend() ? [pick(organisations).id] : undefined;
    const phasesOf = somePhases();
    const specialismsOf = someSpecialisms();
    return {
      id: `aanbod-${i + 1}`,
      name: `Aanbod ${word(i)} (synthetisch)`,
      type: INTERVENTION_TYPES[i % INTERVENTION_TYPES.length]!,
      ...(provider ? { providers: provider } : {}),
      ...(phasesOf ? { phases: phasesOf } : {}),
      ...(specialismsOf ? { specialisms: specialismsOf } : {}),
      access: [{ type: 'referral' as const }],
    };
  });

  // Relations fill the remaining budget, mostly between entities close in the list (communities).
  const endpoints = [...organisations.map((o) => o.id), ...meetings.map((m) => m.id), ...interventionList.map((x) => x.id)];
  const relations: Relation[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (linkBudget > 0 && endpoints.length > 1 && attempts < total * 50) {
    attempts++;
    const from = Math.floor(random() * endpoints.length);
    const window = Math.max(2, Math.min(endpoints.length - 1, 12));
    const step = 1 + Math.floor(random() * random() * window);
    const to = random() < 0.9 ? (from + step) % endpoints.length : Math.floor(random() * endpoints.length);
    if (to === from) continue;
    const type = pick(RELATION_TYPES);
    const key = `${endpoints[from]}|${type}|${endpoints[to]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({ from: endpoints[from]!, to: endpoints[to]!, type });
    linkBudget--;
  }

  return {
    schemaVersion: '1.0',
    metadata: {
      region: 'Synthetische regio',
      title: `Synthetisch netwerk (${total} knooppunten)`,
      description: 'Verzonnen netwerk voor tests en metingen. Geen echte gegevens.',
      version: '1.0',
      reviewedAt: '2026-01-01',
      maintainer: { role: 'Testbeheer (fictief)', email: 'test@example.org' },
      license: 'CC0-1.0',
      language: 'nl',
      sources: [{ id: 'synthetisch', title: 'Gegenereerd door createSyntheticNetwork' }],
    },
    escalationModel: { name: 'Aanpak Voorkoming Escalatie (AVE)', phases },
    municipalities,
    specialisms,
    organisations,
    meetings,
    interventions: interventionList,
    relations,
  };
}
