/**
 * urgentHelpChannels: the help lines the public map always shows (the urgent-help strip), in display order.
 * Pure, never throws. Reads the file's region-level `urgentHelp` block (schema `$defs/urgentHelpLine`); lines
 * whose channel cannot be made into a safe link (`tel:`, `https:`, `http:`, `mailto:`) are left out.
 *
 * A file without an `urgentHelp` block still gets the two national lines a public map must never lack
 * (112 and Veilig Thuis 0800-2000), with the sources they were checked against
 * (../shared/public-channels.md, 2026-12-04). Pass `{ fallback: false }` to get only what the file holds.
 */
import type { Channel, GiaNetwork } from '../model/types.js';
import { NATIONAL_HELP_LINES, type UrgentHelpChannel } from './national-help-lines.js';

export type { UrgentHelpChannel } from './national-help-lines.js';

export interface UrgentHelpOptions {
  /** Use the built-in national lines when the file has no `urgentHelp` block (default true). */
  fallback?: boolean;
}

const PHONE = /^\+?[0-9][0-9 ()-]{1,22}[0-9]$/;
const EMAIL = /^[^\s@<>"(),;:%?&=#/\\]+@[^\s@<>"(),;:%?&=#/\\]+\.[a-zA-Z]{2,}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The safe link of a channel, or undefined. Never throws. */
export function channelHref(channel: Partial<Channel> | undefined): string | undefined {
  const value = text(channel?.value);
  if (value === undefined || value.length > 2000) return undefined;
  switch (channel?.type) {
    case 'phone':
    case 'crisis-line':
      return PHONE.test(value) ? `tel:${value.replace(/[^0-9+]/g, '')}` : undefined;
    case 'email':
      return EMAIL.test(value) ? `mailto:${value}` : undefined;
    case 'website':
    case 'chat': {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password ? url.href : undefined;
      } catch {
        return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** URL of a metadata source by id. */
function sourceUrls(network: unknown): Map<string, string> {
  const urls = new Map<string, string>();
  const meta = isRecord(network) && isRecord(network.metadata) ? network.metadata : {};
  if (Array.isArray(meta.sources)) {
    for (const s of meta.sources as unknown[]) {
      if (isRecord(s) && typeof s.id === 'string' && typeof s.url === 'string') urls.set(s.id, s.url);
    }
  }
  return urls;
}

/** The first cited source of `sources` that has a URL. */
export function firstSourceUrl(sources: unknown, urls: ReadonlyMap<string, string>): string | undefined {
  if (!Array.isArray(sources)) return undefined;
  for (const ref of sources as unknown[]) {
    const url = isRecord(ref) && typeof ref.source === 'string' ? urls.get(ref.source) : undefined;
    if (url !== undefined) return url;
  }
  return undefined;
}

/** The channel fields shared by a help line and any other channel answer. */
export function describeChannel(
  channel: Partial<Channel>,
): Pick<UrgentHelpChannel, 'number' | 'hours' | 'audience' | 'channelLabel' | 'free' | 'anonymous'> {
  const number = channel.type === 'phone' || channel.type === 'crisis-line' ? text(channel.value) : undefined;
  const hours = text(channel.hours);
  const channelLabel = text(channel.label);
  return {
    ...(number !== undefined ? { number } : {}),
    ...(hours !== undefined ? { hours } : {}),
    ...(typeof channel.audience === 'string' ? { audience: channel.audience } : {}),
    ...(channelLabel !== undefined ? { channelLabel } : {}),
    ...(channel.free === true ? { free: true } : {}),
    ...(channel.anonymous === true ? { anonymous: true } : {}),
  };
}

/** The urgent-help lines of `network`, in display order. */
export function urgentHelpChannels(network: GiaNetwork | null | undefined, options: UrgentHelpOptions = {}): UrgentHelpChannel[] {
  const lines = isRecord(network) ? network.urgentHelp : undefined;
  if (!Array.isArray(lines)) return options.fallback === false ? [] : NATIONAL_HELP_LINES.map((line) => ({ ...line }));
  const urls = sourceUrls(network);
  const result: UrgentHelpChannel[] = [];
  for (const line of lines as unknown[]) {
    if (!isRecord(line) || !isRecord(line.channel)) continue;
    const channel = line.channel as Partial<Channel>;
    const href = channelHref(channel);
    const label = text(line.label);
    if (href === undefined || label === undefined) continue;
    const sourceUrl = firstSourceUrl(line.sources, urls);
    const organisation = text(line.organisation);
    result.push({
      label,
      href,
      ...describeChannel(channel),
      ...(sourceUrl !== undefined ? { sourceUrl } : {}),
      ...(organisation !== undefined ? { organisation } : {}),
    });
  }
  return result;
}
