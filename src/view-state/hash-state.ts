/**
 * The map's view state in the URL hash, so a view can be bookmarked and shared:
 *
 *   #sel=veilig-thuis&layout=ave&view=list&q=zorg%20en%20veiligheid&kind=organisation,meeting
 *    &spec=mensenhandel,trauma&phase=ave-2&mun=maastricht&help=mensenhandel&help-mun=heerlen&help-phase=ave-3
 *
 * Keys are always written in that order; empty values are left out. `parseViewState` never throws:
 * unknown keys, malformed escapes, invalid ids and unknown kinds are ignored, and lengths are capped.
 * The hash carries ids only (never names or other personal data).
 */
import type { Id } from '../model/types.js';
import type { FilterState } from '../graph/filter-graph.js';
import { NODE_KINDS, type NodeKind } from '../graph/types.js';

export type ViewLayout = 'force' | 'ave';
export type ViewMode = 'map' | 'list';

export interface HelpState {
  specialism: Id;
  municipality?: Id;
  phase?: Id;
}

export interface ViewState {
  selected?: Id;
  layout?: ViewLayout;
  view?: ViewMode;
  filter: FilterState;
  help?: HelpState;
}

/** Longest hash that is read at all (longer input is cut off here). */
export const MAX_HASH_LENGTH = 4000;
/** Longest search query kept. */
export const MAX_QUERY_LENGTH = 200;
/** Most ids kept per list. */
export const MAX_LIST_ITEMS = 50;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;
const KINDS: ReadonlySet<string> = new Set(NODE_KINDS);

function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** Encodes a value for the hash; keeps ',' readable inside lists of ids (ids never contain one). */
function encode(value: string): string {
  return encodeURIComponent(value);
}

function encodeList(values: readonly string[]): string {
  return values.map(encode).join(',');
}

function emptyFilter(): FilterState {
  return { specialisms: [], kinds: [], phases: [], municipalities: [], query: '' };
}

/** The hash for a view state, starting with '#', or '' when everything is at its default. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') parts.push(`${key}=${value}`);
  };
  const ids = (values: readonly string[] | undefined) =>
    values ? [...new Set(values.filter((v) => typeof v === 'string' && isId(v)))].slice(0, MAX_LIST_ITEMS) : [];
  const filter = state.filter ?? emptyFilter();

  if (typeof state.selected === 'string' && isId(state.selected)) put('sel', encode(state.selected));
  if (state.layout === 'force' || state.layout === 'ave') put('layout', state.layout);
  if (state.view === 'map' || state.view === 'list') put('view', state.view);
  const query = typeof filter.query === 'string' ? filter.query.trim().slice(0, MAX_QUERY_LENGTH) : '';
  put('q', query === '' ? undefined : encode(query));
  put('kind', encodeList((filter.kinds ?? []).filter((k) => KINDS.has(k)).filter((k, i, all) => all.indexOf(k) === i)));
  put('spec', encodeList(ids(filter.specialisms)));
  put('phase', encodeList(ids(filter.phases)));
  put('mun', encodeList(ids(filter.municipalities)));
  if (state.help && typeof state.help.specialism === 'string' && isId(state.help.specialism)) {
    put('help', encode(state.help.specialism));
    if (typeof state.help.municipality === 'string' && isId(state.help.municipality)) put('help-mun', encode(state.help.municipality));
    if (typeof state.help.phase === 'string' && isId(state.help.phase)) put('help-phase', encode(state.help.phase));
  }
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

function parseIdList(raw: string): Id[] {
  const out: Id[] = [];
  for (const piece of raw.split(',')) {
    const value = decode(piece)?.trim();
    if (value && isId(value) && !out.includes(value)) out.push(value);
    if (out.length >= MAX_LIST_ITEMS) break;
  }
  return out;
}

function parseId(raw: string): Id | undefined {
  const value = decode(raw)?.trim();
  return value && isId(value) ? value : undefined;
}

/** Reads a view state from a location hash ('#…' or without '#'). Never throws. */
export function parseViewState(hash: unknown): ViewState {
  const state: ViewState = { filter: emptyFilter() };
  if (typeof hash !== 'string') return state;
  let text = hash.slice(0, MAX_HASH_LENGTH);
  if (text.startsWith('#')) text = text.slice(1);
  const help: Partial<HelpState> = {};
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    switch (key) {
      case 'sel': {
        const id = parseId(raw);
        if (id) state.selected = id;
        break;
      }
      case 'layout':
        if (raw === 'force' || raw === 'ave') state.layout = raw;
        break;
      case 'view':
        if (raw === 'map' || raw === 'list') state.view = raw;
        break;
      case 'q': {
        const value = decode(raw);
        if (value !== undefined) {
          // No control characters in a query; keep it short.
          const clean = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
          if (clean) state.filter.query = clean;
        }
        break;
      }
      case 'kind':
        state.filter.kinds = parseIdList(raw).filter((k): k is NodeKind => KINDS.has(k));
        break;
      case 'spec':
        state.filter.specialisms = parseIdList(raw);
        break;
      case 'phase':
        state.filter.phases = parseIdList(raw);
        break;
      case 'mun':
        state.filter.municipalities = parseIdList(raw);
        break;
      case 'help': {
        const id = parseId(raw);
        if (id) help.specialism = id;
        break;
      }
      case 'help-mun': {
        const id = parseId(raw);
        if (id) help.municipality = id;
        break;
      }
      case 'help-phase': {
        const id = parseId(raw);
        if (id) help.phase = id;
        break;
      }
      default:
        break; // unknown keys are ignored
    }
  }
  if (help.specialism) state.help = help as HelpState;
  return state;
}
