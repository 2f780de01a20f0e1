/**
 * Drafts in the browser's storage (localStorage), one per file. Never throws: storage can be missing
 * (private mode, Node), full, or hold garbage from an older version; then saving returns false and
 * loading returns undefined.
 */

export interface Draft {
  /** Format version of the stored record. */
  v: 1;
  /** The key of the file this draft belongs to (file name or URL; "new" for a new region). */
  fileKey: string;
  /** Display name of the file. */
  fileName: string;
  /** When the draft was written (ISO 8601). */
  savedAt: string;
  /** The network as last edited (may be invalid: drafts keep everything). */
  current: unknown;
  /** The network as it was opened (for the change summary after a restore). */
  opened: unknown;
}

/** The subset of the Storage interface drafts need (so tests can pass a Map-backed fake). */
export type DraftStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly length?: number;
  key?(index: number): string | null;
};

export const DRAFT_PREFIX = 'gia-netwerkkaart:draft:';

/** The default storage, or undefined when the browser does not allow it. */
export function defaultDraftStore(): DraftStore | undefined {
  try {
    const store = (globalThis as { localStorage?: Storage }).localStorage;
    return store ?? undefined;
  } catch {
    return undefined;
  }
}

/** The storage key of a file's draft (what a `storage` event from another tab names). */
export function draftKey(fileKey: string): string {
  return DRAFT_PREFIX + fileKey;
}

/** What writing a draft did: kept it, found no room (the storage is full or the draft too large), or found no storage. */
export type DraftWriteResult = 'saved' | 'too-large' | 'unavailable';

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return !!e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014);
}

/** Writes the draft and says what happened, so the editor never claims a draft it could not keep. */
export function writeDraft(store: DraftStore | undefined, draft: Omit<Draft, 'v' | 'savedAt'> & { savedAt?: string }): DraftWriteResult {
  if (!store) return 'unavailable';
  try {
    const record: Draft = { v: 1, savedAt: draft.savedAt ?? new Date().toISOString(), ...draft };
    store.setItem(draftKey(draft.fileKey), JSON.stringify(record));
    return 'saved';
  } catch (error) {
    return isQuotaError(error) ? 'too-large' : 'unavailable';
  }
}

/** Writes the draft; false when the storage is missing or full. */
export function saveDraft(store: DraftStore | undefined, draft: Omit<Draft, 'v' | 'savedAt'> & { savedAt?: string }): boolean {
  return writeDraft(store, draft) === 'saved';
}

function isDraft(value: unknown): value is Draft {
  if (!value || typeof value !== 'object') return false;
  const d = value as Record<string, unknown>;
  return d.v === 1 && typeof d.fileKey === 'string' && typeof d.savedAt === 'string' && 'current' in d;
}

/** A stored draft record read from its text (a `storage` event's newValue), or undefined when it is none. */
export function parseDraft(text: string | null | undefined, fileKey?: string): Draft | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (!isDraft(value)) return undefined;
    return { ...value, fileName: typeof value.fileName === 'string' ? value.fileName : (fileKey ?? value.fileKey) };
  } catch {
    return undefined;
  }
}

/** The stored draft for a file, or undefined (missing, unreadable or from another version). */
export function loadDraft(store: DraftStore | undefined, fileKey: string): Draft | undefined {
  if (!store) return undefined;
  try {
    return parseDraft(store.getItem(draftKey(fileKey)), fileKey);
  } catch {
    return undefined;
  }
}

/** Removes a file's draft (after saving, or when the user declines to restore it). */
export function clearDraft(store: DraftStore | undefined, fileKey: string): void {
  if (!store) return;
  try {
    store.removeItem(draftKey(fileKey));
  } catch {
    /* nothing to do */
  }
}

/** Every stored draft, newest first (for "Verder met een concept" when the editor opens without a file). */
export function listDrafts(store: DraftStore | undefined): Draft[] {
  if (!store || typeof store.key !== 'function' || typeof store.length !== 'number') return [];
  const drafts: Draft[] = [];
  try {
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(DRAFT_PREFIX)) continue;
      const draft = loadDraft(store, key.slice(DRAFT_PREFIX.length));
      if (draft) drafts.push(draft);
    }
  } catch {
    return drafts;
  }
  return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
