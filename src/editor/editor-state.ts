/**
 * The editor's document state with undo and redo. Immutable: every change returns a new state; the
 * network inside is never mutated (the history keeps references to earlier versions, which share all
 * unchanged parts).
 *
 * Typing in one field makes many changes; changes with the same `mergeKey` that follow each other within
 * `mergeWindowMs` become one undo step, so undo restores the field as it was before typing began.
 */

export interface HistoryEntry<T> {
  value: T;
  /** What the change did (shown as "Ongedaan maken: …"). */
  label: string;
}

export interface EditorState<T> {
  /** The current document. */
  readonly current: T;
  /** What the document looked like when it was opened (for the change summary). */
  readonly opened: T;
  /** Earlier versions, most recent last, with the label of the change that left them. */
  readonly past: readonly HistoryEntry<T>[];
  /** Undone versions, most recent last. */
  readonly future: readonly HistoryEntry<T>[];
  /** Label of the last change (for merging and for the undo button). */
  readonly lastLabel?: string;
  readonly lastMergeKey?: string;
  readonly lastChangeAt?: number;
  /** True when `current` differs from what was last saved (or opened). */
  readonly dirty: boolean;
}

export interface ChangeOptions {
  /** Changes with the same key in quick succession are one undo step (e.g. the pointer of a text field). */
  mergeKey?: string;
  /** Time of the change in ms (default Date.now()); for tests. */
  now?: number;
}

export const MAX_HISTORY = 200;
export const MERGE_WINDOW_MS = 1500;

/** A fresh state for a document that was just opened. */
export function createEditorState<T>(document: T, opened: T = document): EditorState<T> {
  return { current: document, opened, past: [], future: [], dirty: opened !== document };
}

/** Applies a change. A change that returns the same document object is no change. */
export function applyChange<T>(
  state: EditorState<T>,
  change: (document: T) => T,
  label: string,
  options: ChangeOptions = {},
): EditorState<T> {
  const next = change(state.current);
  if (next === state.current) return state;
  const now = options.now ?? Date.now();
  const merge =
    options.mergeKey !== undefined &&
    options.mergeKey === state.lastMergeKey &&
    state.lastChangeAt !== undefined &&
    now - state.lastChangeAt <= MERGE_WINDOW_MS &&
    state.past.length > 0 &&
    state.future.length === 0;
  const past = merge ? state.past : [...state.past, { value: state.current, label }].slice(-MAX_HISTORY);
  return {
    current: next,
    opened: state.opened,
    past,
    future: [],
    lastLabel: label,
    lastMergeKey: options.mergeKey,
    lastChangeAt: now,
    dirty: true,
  };
}

export function canUndo<T>(state: EditorState<T>): boolean {
  return state.past.length > 0;
}

export function canRedo<T>(state: EditorState<T>): boolean {
  return state.future.length > 0;
}

/** Label of the change undo would take back. */
export function undoLabel<T>(state: EditorState<T>): string | undefined {
  return state.past[state.past.length - 1]?.label;
}

export function redoLabel<T>(state: EditorState<T>): string | undefined {
  return state.future[state.future.length - 1]?.label;
}

export function undo<T>(state: EditorState<T>): EditorState<T> {
  const entry = state.past[state.past.length - 1];
  if (!entry) return state;
  return {
    ...state,
    current: entry.value,
    past: state.past.slice(0, -1),
    future: [...state.future, { value: state.current, label: entry.label }],
    lastMergeKey: undefined,
    lastChangeAt: undefined,
    dirty: true,
  };
}

export function redo<T>(state: EditorState<T>): EditorState<T> {
  const entry = state.future[state.future.length - 1];
  if (!entry) return state;
  return {
    ...state,
    current: entry.value,
    past: [...state.past, { value: state.current, label: entry.label }],
    future: state.future.slice(0, -1),
    lastMergeKey: undefined,
    lastChangeAt: undefined,
    dirty: true,
  };
}

/** After a save: the current document is what is on disk, so leaving needs no warning. */
export function markSaved<T>(state: EditorState<T>): EditorState<T> {
  return { ...state, dirty: false, lastMergeKey: undefined };
}
