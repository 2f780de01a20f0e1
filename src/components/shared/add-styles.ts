/** Late styles: a part that arrives in a lazy chunk brings its own styles and adds them to the shadow root. */
import { adoptStyles, type CSSResult } from 'lit';

/** Adds `styles` after the styles the shadow root already has (once). */
export function addStyles(root: ShadowRoot, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (sheet && Array.isArray(root.adoptedStyleSheets)) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  // Without constructable style sheets Lit uses <style> elements; this appends one more.
  adoptStyles(root, [styles]);
}
