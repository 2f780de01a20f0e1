/**
 * The base class of the gia-… elements: every update waits until the message catalogue of the element's
 * language is in (English is a lazy chunk), so the first render is already in the right language.
 * Each element declares its own `lang` property (an attribute on the public elements, a property on the panels).
 */
import { LitElement } from 'lit';
import { afterLangLoaded, toLang, type Lang } from '../../i18n/localize.js';

export class GiaElement extends LitElement {
  /** The element's language as a supported `Lang`: `nl` unless `lang` starts with `en`. */
  protected get language(): Lang {
    return toLang(this.lang);
  }

  /** Updates only once the catalogue of `lang` is loaded. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return afterLangLoaded(this.lang, () => super.scheduleUpdate());
  }
}
