/**
 * Moves focus to a form field after the next render: the first field of a new item (its placeholder text
 * selected), the field a problem is about, the add button after a delete. A field that is not rendered gives
 * way to the nearest enclosing one, then to the form's heading; closed `<details>` around it open.
 */
import type { LitElement, ReactiveController } from 'lit';
import { joinPointer, splitPointer } from '../../editor/pointer.js';
import { fieldId } from './field-ids.js';

/** `request('#add')` focuses the add button of the list. */
export const ADD_BUTTON = '#add';

export class FieldFocusController implements ReactiveController {
  private pointer?: string;
  /** Select the text of the field focused next (a new item's placeholder name). */
  private selectText = false;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  /** True while a focus move waits for the next render. */
  get pending(): boolean {
    return Boolean(this.pointer);
  }

  /** Focuses the field at `pointer` after the next render; `selectText` also selects its text. */
  request(pointer: string, selectText = false): void {
    this.pointer = pointer;
    if (selectText) this.selectText = true;
  }

  hostUpdated(): void {
    if (!this.pointer) return;
    const pointer = this.pointer;
    this.pointer = undefined;
    this.focus(pointer);
  }

  private focus(pointer: string): void {
    const root = this.host.renderRoot;
    if (pointer === ADD_BUTTON) {
      root.querySelector<HTMLElement>(ADD_BUTTON)?.focus();
      return;
    }
    // The field itself, or the nearest enclosing one that is rendered.
    for (let segments = splitPointer(pointer); segments.length > 0; segments = segments.slice(0, -1)) {
      const target = root.querySelector<HTMLElement>(`#${CSS.escape(fieldId(joinPointer(segments)))}`);
      if (!target) continue;
      for (let el = target.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
      target.scrollIntoView({ block: 'center' });
      target.focus();
      if (this.selectText && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) target.select();
      this.selectText = false;
      return;
    }
    root.querySelector<HTMLElement>('#form-heading')?.focus();
  }
}
