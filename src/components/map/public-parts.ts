/**
 * The map's parts of public mode: the urgent-help strip (with quick exit; its lines derived once per network)
 * and, on a phone, the "Bekijk de kaart / de lijst" row above the help finder.
 */
import { html, type TemplateResult } from 'lit';
import { urgentHelpChannels, type UrgentHelpChannel } from '../../graph/urgent-help.js';
import type { GiaNetwork } from '../../model/types.js';
import { msg, type Lang } from '../../i18n/localize.js';
import { urgentStripTemplate } from '../shared/urgent-help-strip.js';

/** The strip for the shown network (the built-in lines before the data is in or when it failed). */
export class UrgentHelpPart {
  private network?: GiaNetwork;
  private lines: readonly UrgentHelpChannel[] = urgentHelpChannels(undefined);

  template(lang: Lang, network: GiaNetwork | undefined, onQuickExit: (() => void) | undefined): TemplateResult {
    if (network !== this.network) {
      this.network = network;
      this.lines = urgentHelpChannels(network);
    }
    return urgentStripTemplate({ lang, lines: this.lines, onQuickExit });
  }
}

/** On a phone: the map and the list one tap away (they follow the help finder). */
export function jumpTemplate(lang: Lang, jump: (view: 'map' | 'list') => void): TemplateResult {
  return html`<nav class="jump" aria-label=${msg(lang, 'mobile.jump')}>
    <button type="button" @click=${() => jump('map')}>${msg(lang, 'mobile.toMap')}</button>
    <button type="button" @click=${() => jump('list')}>${msg(lang, 'mobile.toList')}</button>
  </nav>`;
}
