/**
 * The two national lines a public map must never lack (112 and Veilig Thuis 0800-2000), with the sources they
 * were checked against (../shared/public-channels.md, 2026-12-04): the urgent-help strip shows them for a file
 * without an `urgentHelp` block (urgent-help.ts), and before the data is in. Apart from urgent-help.ts so that the
 * strip's first frame needs only these lines, not the code that reads a file's own lines (a lazy chunk).
 */
import type { Audience } from '../model/types.js';

export interface UrgentHelpChannel {
  /** What the line is for, in the file's language (e.g. "Acuut gevaar"). */
  label: string;
  /** The phone number as written (phone and crisis-line channels only). */
  number?: string;
  /** A safe link: `tel:…` without spaces, `https://…`, or `mailto:…`. */
  href: string;
  hours?: string;
  audience?: Audience;
  /** The channel's own description, e.g. "gratis, anoniem mogelijk". */
  channelLabel?: string;
  free?: boolean;
  anonymous?: boolean;
  /** The URL of the first cited source that has one. */
  sourceUrl?: string;
  /** The id of the organisation on the map this line belongs to. */
  organisation?: string;
  /** True for a built-in national line (the file has no `urgentHelp` block). */
  fallback?: boolean;
}

const SOURCE_112 = 'https://www.scherpenzeel.nl/mishandeling-of-huiselijk-geweld';
const SOURCE_VEILIG_THUIS = 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/';

/** The national lines of ../shared/public-channels.md, for files without an urgentHelp block. */
export const NATIONAL_HELP_LINES: readonly UrgentHelpChannel[] = [
  { label: 'Acuut gevaar', number: '112', href: 'tel:112', hours: 'altijd', audience: 'everyone', sourceUrl: SOURCE_112, fallback: true },
  {
    label: 'Veilig Thuis: advies of een melding',
    number: '0800-2000',
    href: 'tel:08002000',
    hours: '24 uur per dag, 7 dagen per week',
    audience: 'everyone',
    free: true,
    anonymous: true,
    sourceUrl: SOURCE_VEILIG_THUIS,
    fallback: true,
  },
];
