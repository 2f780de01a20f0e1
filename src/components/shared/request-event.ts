/**
 * The internal request events: a panel or a list item asks its host (the map or the standalone list) for a
 * change, and the host decides what happens. They bubble and cross shadow roots; the host stops them.
 */
import type { Id } from '../../model/types.js';
import type { FilterState } from '../../graph/filter-state.js';
import type { HelpState } from '../../view-state/hash-state.js';
import type { ChainChoice } from '../../graph/power-chain.js';

/** The detail of each request event. */
export interface GiaRequestDetails {
  /** Select a node (null: clear the selection). */
  'gia-request-select': { id: Id | null };
  /** Apply this filter (search query included). */
  'gia-request-filter': { filter: FilterState };
  /** Set the "Ik zoek hulp bij…" question (null: clear it). */
  'gia-request-help': { help: HelpState | null };
  /** Close the details. */
  'gia-request-close': Record<string, never>;
  /**
   * Show the "Wie mag wat?" chain of a power or a meldcode step (null: none), with the organisations it names
   * (the host highlights them without reading the chain itself).
   */
  'gia-request-chain': { choice: ChainChoice | null; organisations: Id[] };
  /** Start moving a node on the map by keyboard. */
  'gia-request-move': { id: Id };
}

export type GiaRequestName = keyof GiaRequestDetails;

/** A request event as its host receives it (the detail may still be malformed: read it defensively). */
export type GiaRequestEvent<K extends GiaRequestName> = CustomEvent<Partial<GiaRequestDetails[K]> | undefined>;

/** A request event, bubbling and composed. */
export function requestEvent<K extends GiaRequestName>(name: K, detail: GiaRequestDetails[K]): CustomEvent<GiaRequestDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true });
}
