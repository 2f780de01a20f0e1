/** The editor's keyboard shortcuts: Ctrl/⌘+Z undo, Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redo, Ctrl/⌘+S save. */

export type EditorShortcut = 'undo' | 'redo' | 'save';

export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/** The shortcut a key press means, or null. */
export function shortcutOf(event: KeyPress): EditorShortcut | null {
  if (!(event.ctrlKey || event.metaKey)) return null;
  const key = event.key.toLowerCase();
  if (key === 'z' && !event.shiftKey) return 'undo';
  if ((key === 'z' && event.shiftKey) || key === 'y') return 'redo';
  if (key === 's') return 'save';
  return null;
}
