/**
 * What the map says in its live region (pure: an announcement in, its text out). One action, one voice: the
 * map speaks for filter changes (the filter panel inside it has no live region of its own), the help finder
 * speaks for its own question (the map does not repeat it). Its Dutch texts (announce.nl.ts) come with it; the move texts come with the
 * keyboard chunk (i18n/keyboard.*.ts): the caller waits for it before asking for them.
 */
import type { FilterResult } from '../../graph/filter-graph.js';
import { NODE_KINDS } from '../../graph/types.js';
import type { LayoutKind } from '../../layout/index.js';
import { msg, registerCatalogue, type Lang } from '../../i18n/localize.js';
import announceNl from '../../i18n/announce.nl.js';

registerCatalogue('nl', announceNl);

export type Announcement =
  /** The filter changed: how many nodes are shown, by kind (every kind, AVE phases too: the parts add up to the total). */
  | { kind: 'filter'; result: Pick<FilterResult, 'total' | 'counts'> }
  | { kind: 'selected'; name: string }
  | { kind: 'layout'; layout: LayoutKind }
  /** Motion paused (true) or resumed (false). */
  | { kind: 'paused'; paused: boolean }
  /** A node is being moved (`map.moveOn`, `map.moveOnPointer`) or was placed (`map.moveOff`). */
  | { kind: 'move'; key: 'map.moveOn' | 'map.moveOnPointer' | 'map.moveOff'; name: string };

export function announcementText(lang: Lang, announcement: Announcement): string {
  switch (announcement.kind) {
    case 'filter': {
      const { total, counts } = announcement.result;
      const parts = NODE_KINDS.filter((k) => counts[k] > 0).map(
        (k) => `${counts[k]} ${msg(lang, counts[k] === 1 ? `kind.${k}` : `kind.${k}.plural`)}`,
      );
      return msg(lang, 'map.results', { count: total, detail: parts.join(', ') });
    }
    case 'selected':
      return msg(lang, 'map.selectedAnnounce', { name: announcement.name });
    case 'layout':
      return msg(lang, 'map.layoutAnnounce', { layout: announcement.layout });
    case 'paused':
      return msg(lang, announcement.paused ? 'map.paused' : 'map.resumed');
    case 'move':
      return msg(lang, announcement.key, { name: announcement.name });
  }
}
