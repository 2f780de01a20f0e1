/**
 * The urgent-help strip's lines (public mode): who to call in acute danger and for advice or a report. Pure:
 * from a network (or nothing, before the data is in or when it failed) to a list of lines with a `tel:` link.
 *
 * The lines come from the network file's region-level urgent help (`urgentHelp`) when it has any; otherwise
 * from the two built-in lines below, which are national and were checked against public sources.
 */

/** One line of the urgent-help strip. */
export interface UrgentLine {
  /** What the line is for, as the reader sees it (from the data). Empty for built-in lines: the UI words them. */
  label: string;
  /** The number as shown ("0800-2000"). */
  number: string;
  /** The `tel:` link ("tel:08002000"). */
  href: string;
  /** When it can be reached ("24/7"). */
  hours?: string;
  /** For whom. */
  audience?: string;
  /** Where the number was checked (a URL). */
  source?: string;
  /** A built-in line: the UI words it in the reader's language. */
  builtIn?: 'emergency' | 'veilig-thuis';
}

/**
 * The fallback when a file has no urgent help of its own: only these two, never a number from memory.
 * Source: /work/shared/public-channels.md (checked 2026-12-04):
 * - 112: https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld ("In spoedgevallen belt u direct 112")
 * - Veilig Thuis 0800-2000, free, 24/7, can be anonymous:
 *   https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/ ("24 uur per dag gratis bereikbaar op 0800-2000")
 */
export const BUILT_IN_URGENT_LINES: readonly UrgentLine[] = Object.freeze([
  {
    label: '',
    number: '112',
    href: 'tel:112',
    hours: '24/7',
    source: 'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld',
    builtIn: 'emergency',
  },
  {
    label: '',
    number: '0800-2000',
    href: 'tel:08002000',
    hours: '24/7',
    source: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
    builtIn: 'veilig-thuis',
  },
]);

const MAX_LINES = 6;
const MAX_TEXT = 160;

/** The `tel:` link for a phone number as written ("0800-2000", "+31 20 …"); undefined when it is not one. */
export function telHref(number: unknown): string | undefined {
  if (typeof number !== 'string') return undefined;
  const text = number.trim();
  if (!/^\+?[0-9][0-9 ().-]*$/.test(text)) return undefined;
  const digits = text.replace(/[^0-9]/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  return `tel:${text.startsWith('+') ? '+' : ''}${digits}`;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // eslint-disable-next-line no-control-regex -- the control characters are what this pattern removes
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return clean === '' ? undefined : clean.slice(0, MAX_TEXT);
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The URL of an entry's first source: a plain `url`, a `sources[].url`, or a `sources[]` string. */
function sourceOf(entry: Record<string, unknown>): string | undefined {
  const direct = text(entry.url) ?? text(entry.source);
  if (direct && /^https?:\/\//.test(direct)) return direct;
  const sources = Array.isArray(entry.sources) ? entry.sources : [];
  for (const item of sources) {
    const url = typeof item === 'string' ? text(item) : (text(record(item)?.url) ?? text(record(item)?.quote));
    if (url && /^https?:\/\//.test(url)) return url;
  }
  return undefined;
}

/**
 * The phone lines of one urgent-help entry. An entry is a channel (`{ type, value, label?, hours?, audience? }`)
 * or a group with `channels` (its `label`, `hours` and `audience` are the defaults of its channels).
 */
function linesOf(entry: unknown): UrgentLine[] {
  const item = record(entry);
  if (!item) return [];
  const channels = Array.isArray(item.channels) ? item.channels : [item];
  const out: UrgentLine[] = [];
  for (const raw of channels) {
    const channel = record(raw);
    if (!channel) continue;
    const type = channel.type;
    if (type !== undefined && type !== 'phone' && type !== 'crisis-line') continue;
    const number = text(channel.value) ?? text(channel.number);
    const href = telHref(number);
    const label = text(channel.label) ?? text(item.label) ?? text(item.name);
    if (!number || !href || !label) continue;
    const hours = text(channel.hours) ?? text(item.hours);
    const audience = text(channel.audience) ?? text(item.audience);
    const source = sourceOf(channel) ?? sourceOf(item);
    out.push({ label, number, href, ...(hours ? { hours } : {}), ...(audience ? { audience } : {}), ...(source ? { source } : {}) });
  }
  return out;
}

/**
 * The strip's lines for a network: its own `urgentHelp` phone lines (an array, or an object with `lines`,
 * `channels` or `items`), else the built-in 112 and Veilig Thuis. Never throws; bad entries are skipped.
 */
export function deriveUrgentHelp(network: unknown): readonly UrgentLine[] {
  const urgent = record(network)?.urgentHelp;
  const group = record(urgent);
  const inner: unknown = Array.isArray(urgent) ? urgent : (group?.lines ?? group?.channels ?? group?.items);
  const list: readonly unknown[] = Array.isArray(inner) ? (inner as unknown[]) : [];
  const lines: UrgentLine[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    for (const line of linesOf(entry)) {
      if (seen.has(line.href)) continue;
      seen.add(line.href);
      lines.push(line);
    }
  }
  return lines.length > 0 ? lines.slice(0, MAX_LINES) : BUILT_IN_URGENT_LINES;
}
