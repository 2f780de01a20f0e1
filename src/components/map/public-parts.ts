/**
 * The map's parts of public mode: the urgent-help strip (with quick exit; its lines derived once per network)
 * and, on a phone, the "Bekijk de kaart / de lijst" row above the help finder.
 */
import { html, type TemplateResult } from 'lit';
import { NATIONAL_HELP_LINES, type UrgentHelpChannel } from '../../graph/national-help-lines.js';
import type { GiaNetwork } from '../../model/types.js';
import { msg, type Lang } from '../../i18n/localize.js';
import { lazyModule } from '../../util/lazy-module.js';
import { urgentStripTemplate } from '../shared/urgent-help-strip.js';

/**
 * Reading and drawing a file's own urgent-help lines (urgent-help-own-lines.ts): a lazy chunk, fetched when a
 * public map connects.
 */
const urgentHelpPart = lazyModule(() => import('../shared/urgent-help-own-lines.js'));

/**
 * The strip for the shown network: the national lines (112, Veilig Thuis) before the data is in, for a file
 * without an `urgentHelp` block, when the data failed, and while the code that reads a file's own lines is not
 * in yet (`onLinesLoaded` then asks for the update that shows them).
 */
export class UrgentHelpPart {
  private network?: GiaNetwork;
  private lines: readonly UrgentHelpChannel[] = NATIONAL_HELP_LINES;

  constructor(private readonly onLinesLoaded: () => void) {}

  /** Fetches the code that reads a file's own lines (before the data comes, as a rule). */
  preload(): void {
    void urgentHelpPart.load();
  }

  template(lang: Lang, network: GiaNetwork | undefined, onQuickExit: (() => void) | undefined): TemplateResult {
    if (network !== this.network) {
      const reader = urgentHelpPart.value;
      if (reader || !hasOwnLines(network)) {
        this.network = network;
        this.lines = reader ? reader.urgentHelpChannels(network) : NATIONAL_HELP_LINES;
      } else {
        this.lines = NATIONAL_HELP_LINES;
        void urgentHelpPart.load().then((loaded) => loaded && this.onLinesLoaded());
      }
    }
    return urgentStripTemplate({ lang, lines: this.lines, onQuickExit, extras: urgentHelpPart.value?.urgentStripExtras });
  }
}

function hasOwnLines(network: GiaNetwork | undefined): boolean {
  return Array.isArray((network as { urgentHelp?: unknown } | undefined)?.urgentHelp);
}

/** On a phone: the map and the list one tap away (they follow the help finder). */
export function jumpTemplate(lang: Lang, jump: (view: 'map' | 'list') => void): TemplateResult {
  return html`<nav class="jump" aria-label=${msg(lang, 'mobile.jump')}>
    <button type="button" @click=${() => jump('map')}>${msg(lang, 'mobile.toMap')}</button>
    <button type="button" @click=${() => jump('list')}>${msg(lang, 'mobile.toList')}</button>
  </nav>`;
}
