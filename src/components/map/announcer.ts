/**
 * The map's live region (role="status"): `announce` says a text (map-announcements.ts) once, even the same text
 * twice in a row (the region is emptied first, and filled after that update). A move text waits for the
 * keyboard chunk, which brings it (normally in long before a node is moved). The texts are a lazy chunk of their
 * own, fetched when the map connects.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/localize.js';
import { lazyModule } from '../../util/lazy-module.js';
import { keyboardPart } from './lazy-parts.js';
import type { Announcement } from './map-announcements.js';

/** The texts (map-announcements.ts): a lazy chunk, needed only once the user has done something. */
const texts = lazyModule(() => import('./map-announcements.js'));

export class Announcer {
  private text = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lang: () => Lang,
  ) {}

  announce(announcement: Announcement): void {
    const say = () => {
      const chunk = texts.value;
      if (chunk) this.say(chunk.announcementText(this.lang(), announcement));
      else void texts.load().then((loaded) => loaded && this.say(loaded.announcementText(this.lang(), announcement)));
    };
    if (announcement.kind !== 'move' || keyboardPart.value) say();
    else void keyboardPart.load().then(say);
  }

  /** Fetches the texts (when the map connects: they are in before the user acts, as a rule). */
  preload(): void {
    void texts.load();
  }

  private say(text: string): void {
    // Re-set even when equal, so the live region speaks again.
    this.set('');
    void this.host.updateComplete.then(() => this.set(text));
  }

  /** The live region (visually hidden). */
  template(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }

  private set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
