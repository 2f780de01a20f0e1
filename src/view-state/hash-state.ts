/**
 * The map's view state in the URL hash, so a view can be bookmarked and shared:
 *
 *   #sel=veilig-thuis&layout=ave&view=list&q=zorg%20en%20veiligheid&kind=organisation,meeting
 *    &spec=mensenhandel,trauma&phase=ave-2&mun=maastricht&help=mensenhandel&help-mun=heerlen&help-phase=ave-3
 *
 * Keys are always written in that order (serializeViewState, serialize-view-state.ts); empty values are left out.
 * The map loads both reading and writing lazily (hash-codec.ts): only a kept, non-empty hash is read. `parseViewState` never throws:
 * unknown keys, malformed escapes, invalid ids and unknown kinds are ignored, and lengths are capped.
 * The hash carries ids only (never names or other personal data).
 */
import type { Id } from '../model/types.js';
import { emptyFilter, isNodeKind, type FilterState } from '../graph/filter-state.js';

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

export function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
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
          // eslint-disable-next-line no-control-regex -- the control characters are what this pattern removes
          const clean = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
          if (clean) state.filter.query = clean;
        }
        break;
      }
      case 'kind':
        state.filter.kinds = parseIdList(raw).filter(isNodeKind);
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
