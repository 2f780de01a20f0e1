/**
 * Writing the view state into the URL hash (the format is described in hash-state.ts). The map loads it lazily
 * together with reading (hash-codec.ts, hash-controller.ts).
 */
import { EMPTY_FILTER, isNodeKind } from '../graph/filter-state.js';
import { isId, MAX_LIST_ITEMS, MAX_QUERY_LENGTH, type ViewState } from './hash-state.js';

/** Encodes a value for the hash; keeps ',' readable inside lists of ids (ids never contain one). */
function encode(value: string): string {
  return encodeURIComponent(value);
}

function encodeList(values: readonly string[]): string {
  return values.map(encode).join(',');
}

/** The hash for a view state, starting with '#', or '' when everything is at its default. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') parts.push(`${key}=${value}`);
  };
  const ids = (values: readonly string[] | undefined) =>
    values ? [...new Set(values.filter((v) => typeof v === 'string' && isId(v)))].slice(0, MAX_LIST_ITEMS) : [];
  const filter = state.filter ?? EMPTY_FILTER;

  if (typeof state.selected === 'string' && isId(state.selected)) put('sel', encode(state.selected));
  if (state.layout === 'force' || state.layout === 'ave') put('layout', state.layout);
  if (state.view === 'map' || state.view === 'list') put('view', state.view);
  const query = typeof filter.query === 'string' ? filter.query.trim().slice(0, MAX_QUERY_LENGTH) : '';
  put('q', query === '' ? undefined : encode(query));
  put('kind', encodeList((filter.kinds ?? []).filter(isNodeKind).filter((k, i, all) => all.indexOf(k) === i)));
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
