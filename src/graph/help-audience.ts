/**
 * "Voor wie" in the help finder: which help fits an audience, and the channels to show it. Pure, never throws.
 *
 * An item's audiences are those of its access routes and its own channels (schema `$defs/helpAudience`).
 * For an inwoner (victims, concerned, perpetrators) an item fits exactly when it names that audience, in
 * general when it names `residents` or `everyone`, and not at all when it is only for professionals. For a
 * professional it fits when it names `professionals` or `everyone`. An item that names no audience fits
 * "unknown" (shown last): the data does not say it is not for you.
 */
import type { Audience, Channel, GiaNetwork, Id } from '../model/types.js';
import { channelHref, describeChannel, urgentHelpChannels, type UrgentHelpChannel } from './urgent-help.js';

/** The "voor wie" choices of the help finder. */
export type HelpAudience = 'victims' | 'concerned' | 'perpetrators' | 'professionals';

export const HELP_AUDIENCES: readonly HelpAudience[] = ['victims', 'concerned', 'perpetrators', 'professionals'];

/** A way to reach an item, ready to show. */
export interface HelpChannel {
  type: Channel['type'];
  /** As written: the number, address or URL. */
  value: string;
  href: string;
  number?: string;
  hours?: string;
  audience?: Audience;
  channelLabel?: string;
  free?: boolean;
  anonymous?: boolean;
  /** The organisation whose channel this is, when it is not the item's own. */
  via?: Id;
}

export function isHelpAudience(value: unknown): value is HelpAudience {
  return typeof value === 'string' && (HELP_AUDIENCES as readonly string[]).includes(value);
}

const EXACT = 0;
const GENERAL = 1;
const UNKNOWN = 2;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether one named audience admits `wanted`: 0 exact, 1 general, undefined not. */
function admits(named: string, wanted: HelpAudience): number | undefined {
  if (named === wanted) return EXACT;
  if (named === 'everyone') return GENERAL;
  if (named === 'residents' && wanted !== 'professionals') return GENERAL;
  return undefined;
}

/** The best fit of a set of named audiences (empty: unknown). */
function bestFit(named: readonly string[], wanted: HelpAudience): number | undefined {
  if (named.length === 0) return UNKNOWN;
  let best: number | undefined;
  for (const a of named) {
    const fit = admits(a, wanted);
    if (fit !== undefined && (best === undefined || fit < best)) best = fit;
  }
  return best;
}

/** How well an item fits `wanted` (0 exact, 1 general, 2 unknown), or undefined when it is only for others. */
export function audienceFit(access: readonly unknown[], channels: unknown, wanted: HelpAudience | undefined): number | undefined {
  if (wanted === undefined) return GENERAL;
  const named: string[] = [];
  for (const route of access) {
    if (isRecord(route) && Array.isArray(route.audience)) for (const a of route.audience as unknown[]) if (typeof a === 'string') named.push(a);
  }
  if (Array.isArray(channels)) {
    for (const c of channels as unknown[]) if (isRecord(c) && typeof c.audience === 'string') named.push(c.audience);
  }
  return bestFit(named, wanted);
}

/** The channels of a list that can be shown to `wanted` (a channel without audience is for everyone). */
function shownChannels(channels: unknown, wanted: HelpAudience | undefined, via?: Id): HelpChannel[] {
  if (!Array.isArray(channels)) return [];
  const out: HelpChannel[] = [];
  for (const c of channels as unknown[]) {
    if (!isRecord(c)) continue;
    const channel = c as Partial<Channel>;
    const href = channelHref(channel);
    if (href === undefined || typeof channel.value !== 'string' || channel.type === undefined) continue;
    if (wanted !== undefined && typeof channel.audience === 'string' && admits(channel.audience, wanted) === undefined) continue;
    out.push({ type: channel.type, value: channel.value.trim(), href, ...describeChannel(channel), ...(via !== undefined ? { via } : {}) });
  }
  return out;
}

/** An item's channels: its own, else those of its organisations (each marked with `via`). */
export function channelsFor(
  _id: Id,
  own: unknown,
  organisations: readonly Id[],
  channelsOf: (id: Id) => unknown,
  wanted: HelpAudience | undefined,
): HelpChannel[] {
  const mine = shownChannels(own, wanted);
  if (mine.length > 0) return mine;
  return organisations.flatMap((org) => shownChannels(channelsOf(org), wanted, org));
}

/** The Veilig Thuis lines of the urgent-help block (its phone first), or the built-in 0800-2000. */
export function veiligThuisLines(network: GiaNetwork): UrgentHelpChannel[] {
  const lines = urgentHelpChannels(network);
  const vtIds = new Set(
    (Array.isArray(network?.organisations) ? (network.organisations as unknown[]) : [])
      .filter((o): o is { id: string; type: string } => isRecord(o) && o.type === 'veilig-thuis' && typeof o.id === 'string')
      .map((o) => o.id),
  );
  const vt = lines.filter((line) => (line.organisation !== undefined && vtIds.has(line.organisation)) || line.number?.replace(/[^0-9]/g, '') === '08002000');
  if (vt.length > 0) return vt.sort((a, b) => (a.number !== undefined ? 0 : 1) - (b.number !== undefined ? 0 : 1));
  return urgentHelpChannels({} as GiaNetwork).filter((line) => line.href === 'tel:08002000');
}
