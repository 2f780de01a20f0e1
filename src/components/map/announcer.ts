/**
 * The map's live region (role="status"): `announce` says a text (map-announcements.ts) once, even the same text
 * twice in a row (the region is emptied first, and filled after that update). A move text waits for the
 * keyboard chunk, which brings it (normally in long before a node is moved).
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Lang } from '../../i18n/localize.js';
import { keyboardPart } from './lazy-parts.js';
import { announcementText, type Announcement } from './map-announcements.js';

export class Announcer {
  private text = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lang: () => Lang,
  ) {}

  announce(announcement: Announcement): void {
    const say = () => this.say(announcementText(this.lang(), announcement));
    if (announcement.kind !== 'move' || keyboardPart.value) say();
    else void keyboardPart.load().then(say);
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
