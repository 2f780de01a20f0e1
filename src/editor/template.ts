/**
 * A new, valid network for a region that has no file yet: the four standard AVE phases, one source
 * ("Eigen inventarisatie") and placeholders the editor fills in. Also the defaults for new items.
 */
import type { GiaNetwork } from '../model/types.js';
import { COLLECTION_BY_KEY, itemsOf, uniqueId, type CollectionKey } from './collections.js';
import { todayIso } from './maintenance-checks.js';

export interface TemplateOptions {
  region?: string;
  /** YYYY-MM-DD; default today. */
  today?: string;
}

/** An empty but valid network for a new region. */
export function createEmptyNetwork(options: TemplateOptions = {}): GiaNetwork {
  const region = options.region?.trim() || 'Nieuwe regio';
  const today = options.today ?? todayIso();
  return {
    $schema: '../schema/gia-network.schema.json',
    schemaVersion: '1.0',
    metadata: {
      region,
      title: `Netwerkkaart GIA ${region}`,
      version: `${today.slice(0, 4)}.1`,
      reviewedAt: today,
      maintainer: { role: 'Beheerder netwerkkaart', email: 'netwerkkaart@example.org' },
      license: 'CC-BY-4.0',
      language: 'nl',
      sources: [{ id: 'eigen-inventarisatie', title: 'Eigen inventarisatie van de regio', date: today.slice(0, 4) }],
    },
    escalationModel: {
      name: 'Aanpak Voorkoming Escalatie (AVE)',
      phases: [
        { id: 'ave-1', order: 1, name: 'AVE 1', label: 'Geen problemen of alleen vermoedens', color: '#2e7d4f' },
        { id: 'ave-2', order: 2, name: 'AVE 2', label: 'Er is een vraag of probleem', color: '#8a6d00' },
        { id: 'ave-3', order: 3, name: 'AVE 3', label: 'Complexe problemen op meerdere leefgebieden', color: '#b04a00' },
        { id: 'ave-4', order: 4, name: 'AVE 4', label: 'De situatie escaleert volledig', color: '#a3123a' },
      ],
    },
    municipalities: [],
    specialisms: [],
    organisations: [],
    contacts: [],
    meetings: [],
    interventions: [],
    relations: [],
  };
}

/**
 * A new item for a collection with the required fields filled with sensible defaults. The result may
 * still be invalid (an empty name) — the form shows what to fill in.
 */
export function createItem(network: unknown, collection: CollectionKey, name: string): Record<string, unknown> {
  const id = () => uniqueId(network, name, collection.replace(/s$/, ''));
  switch (collection) {
    case 'organisations':
      return { id: id(), name, type: 'other' };
    case 'contacts': {
      const org = itemsOf(network, 'organisations')[0];
      // A contact's id never carries the person's name (it would end up in links and public ids).
      return {
        id: uniqueId(network, 'contactpersoon'),
        role: 'aandachtsfunctionaris',
        organisation: typeof org?.id === 'string' ? org.id : '',
        visibility: 'professional',
        ...(name ? { name } : {}),
      };
    }
    case 'specialisms':
      return { id: id(), name, category: 'violence-form' };
    case 'meetings':
      return { id: id(), name, type: 'other' };
    case 'interventions':
      return { id: id(), name, type: 'support' };
    case 'municipalities':
      return { id: id(), name };
    case 'phases': {
      const orders = itemsOf(network, 'phases').map((p) => (typeof p.order === 'number' ? p.order : 0));
      return { id: id(), order: Math.max(0, ...orders) + 1, name };
    }
    case 'sources':
      return { id: id(), title: name };
    case 'tracks': {
      const orders = itemsOf(network, 'tracks').map((t) => (typeof t.order === 'number' ? t.order : 0));
      return { id: id(), name, order: Math.max(0, ...orders) + 1 };
    }
    case 'powers':
      return { id: id(), name, kind: 'other' };
    case 'meldcodeSteps': {
      // The first of the five steps the file does not describe yet (5 when all are there: the form says so).
      const used = new Set(itemsOf(network, 'meldcodeSteps').map((s) => s.number));
      return { number: [1, 2, 3, 4, 5].find((n) => !used.has(n)) ?? 5, turnTo: [] };
    }
    case 'relations': {
      const orgs = itemsOf(network, 'organisations');
      return {
        from: typeof orgs[0]?.id === 'string' ? orgs[0].id : '',
        to: typeof orgs[1]?.id === 'string' ? orgs[1].id : typeof orgs[0]?.id === 'string' ? orgs[0].id : '',
        type: 'collaborates-with',
      };
    }
  }
}

/** A copy of an item with a new unique id and "(kopie)" after its name. */
export function duplicateItem(network: unknown, collection: CollectionKey, item: Record<string, unknown>, copyWord = 'kopie'): Record<string, unknown> {
  const copy = structuredClone(item);
  if (COLLECTION_BY_KEY[collection].hasId) {
    const base = typeof item.id === 'string' ? item.id : typeof item.name === 'string' ? item.name : collection;
    copy.id = uniqueId(network, `${base}-${copyWord}`);
  }
  if (collection === 'phases') {
    const orders = itemsOf(network, 'phases').map((p) => (typeof p.order === 'number' ? p.order : 0));
    copy.order = Math.max(0, ...orders) + 1;
  }
  if (typeof copy.name === 'string') copy.name = `${copy.name} (${copyWord})`;
  else if (typeof copy.title === 'string') copy.title = `${copy.title} (${copyWord})`;
  return copy;
}
