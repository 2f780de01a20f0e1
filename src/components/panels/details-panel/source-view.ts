/**
 * Where the facts of one entity come from, for the details panel: each source reference resolved to
 * the document title (from metadata.sources) with section and lines, the certainty of its place on the
 * phases and tracks (stated or inferred, with the reasoning), and the review date (its own, else the
 * file's). Pure and defensive (the editor shows partially invalid files).
 */
import type { GiaNetwork } from '../../../model/types.js';
import { objectList } from '../shared/panel-text.js';

export interface SourceLine {
  title: string;
  section?: string;
  lines?: string;
  quote?: string;
  note?: string;
}

export interface PlacementLine {
  /** What is placed: on the phases or on the tracks. */
  what: 'phases' | 'tracks';
  level: 'stated' | 'inferred';
  reasoning?: string;
  sources: SourceLine[];
}

export interface SourceView {
  sources: SourceLine[];
  placements: PlacementLine[];
  /** YYYY-MM-DD: the entity's own review date, else the file's. */
  reviewedAt?: string;
  /** True when reviewedAt is the file's date. */
  fileReviewDate: boolean;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

function sourceLines(refs: unknown, titles: ReadonlyMap<string, string>): SourceLine[] {
  return objectList<Record<string, unknown>>(refs).flatMap((ref) => {
    const id = text(ref.source);
    if (!id) return [];
    const line: SourceLine = { title: titles.get(id) ?? id };
    for (const key of ['section', 'lines', 'quote', 'note'] as const) {
      const value = text(ref[key]);
      if (value) line[key] = value;
    }
    return [line];
  });
}

export function sourceView(network: GiaNetwork | undefined, entity: Record<string, unknown>): SourceView {
  const metadata = (typeof network === 'object' && network !== null ? network.metadata : undefined) as Record<string, unknown> | undefined;
  const titles = new Map<string, string>();
  for (const s of objectList<Record<string, unknown>>(metadata?.sources)) {
    const id = text(s.id);
    if (id) titles.set(id, text(s.title) ?? id);
  }
  const placements: PlacementLine[] = [];
  const certainty = entity.placementCertainty;
  if (typeof certainty === 'object' && certainty !== null) {
    for (const what of ['phases', 'tracks'] as const) {
      const c = (certainty as Record<string, unknown>)[what] as Record<string, unknown> | undefined;
      if (typeof c !== 'object' || c === null || (c.level !== 'stated' && c.level !== 'inferred')) continue;
      const reasoning = text(c.reasoning);
      placements.push({ what, level: c.level, ...(reasoning ? { reasoning } : {}), sources: sourceLines(c.sources, titles) });
    }
  }
  const own = text(entity.reviewedAt);
  const file = text(metadata?.reviewedAt);
  const reviewedAt = own ?? file;
  return { sources: sourceLines(entity.sources, titles), placements, ...(reviewedAt ? { reviewedAt } : {}), fileReviewDate: !own && !!file };
}
