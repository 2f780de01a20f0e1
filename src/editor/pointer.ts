/**
 * Immutable reads and writes by JSON pointer (RFC 6901), the same paths the model's problems use.
 * Every write returns a new root and copies only the objects and arrays on the path; the rest is shared.
 * Nothing here throws on a bad path: a write through a missing parent creates it, a read returns undefined.
 */

export type Json = unknown;

/** "/a/b~1c" → ['a', 'b/c']; "" → []. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** ['a', 'b/c'] → "/a/b~1c". */
export function joinPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function isIndex(segment: string): boolean {
  return /^(0|[1-9][0-9]*)$/.test(segment);
}

/** The value at `pointer`, or undefined. */
export function getAt(root: Json, pointer: string | readonly string[]): Json {
  const segments = typeof pointer === 'string' ? splitPointer(pointer) : pointer;
  let node: Json = root;
  for (const segment of segments) {
    if (Array.isArray(node)) {
      if (!isIndex(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === 'object') {
      if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
      node = (node as Record<string, Json>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

// Returns the new node, or REMOVE (Json is `unknown`, so the types cannot say so).
function update(node: Json, segments: readonly string[], change: (old: Json) => Json): Json {
  if (segments.length === 0) return change(node);
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(node) && isIndex(head)) {
    const index = Number(head);
    const next = update(node[index], rest, change);
    const copy = node.slice();
    if (next === REMOVE) {
      if (index < copy.length) copy.splice(index, 1);
    } else copy[index] = next;
    return copy;
  }
  const object: Record<string, Json> =
    node !== null && typeof node === 'object' && !Array.isArray(node) ? { ...(node as Record<string, Json>) } : {};
  const next = update(object[head], rest, change);
  if (next === REMOVE) delete object[head];
  else object[head] = next;
  return object;
}

const REMOVE = Symbol('remove');

/** A new root with `value` at `pointer` (undefined removes the key / array item). */
export function setAt<T>(root: T, pointer: string | readonly string[], value: Json): T {
  const segments = typeof pointer === 'string' ? splitPointer(pointer) : pointer;
  const result = update(root, segments, () => (value === undefined ? REMOVE : value));
  return (result === REMOVE ? undefined : result) as T;
}

/** A new root without the value at `pointer` (array items shift down). */
export function removeAt<T>(root: T, pointer: string | readonly string[]): T {
  return setAt(root, pointer, undefined);
}

/** A new root with `value` inserted into the array at `arrayPointer` (at `index`, default the end). */
export function insertAt<T>(root: T, arrayPointer: string, value: Json, index?: number): T {
  const result = update(root, splitPointer(arrayPointer), (old) => {
    const list: unknown[] = Array.isArray(old) ? old.slice() : [];
    list.splice(index === undefined ? list.length : Math.max(0, Math.min(index, list.length)), 0, value);
    return list;
  });
  return result as T;
}

/** Compares pointers so that removing in this order keeps the remaining pointers valid (deepest, highest index first). */
export function compareForRemoval(a: string, b: string): number {
  const sa = splitPointer(a);
  const sb = splitPointer(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    const x = sa[i]!;
    const y = sb[i]!;
    if (x === y) continue;
    if (isIndex(x) && isIndex(y)) return Number(y) - Number(x);
    return x < y ? 1 : -1;
  }
  return sb.length - sa.length;
}

/** A new root with all values at `pointers` removed (duplicates and nested pointers are fine). */
export function removeAll<T>(root: T, pointers: readonly string[]): T {
  const unique = [...new Set(pointers)].sort(compareForRemoval);
  // A pointer inside one that is also removed would remove the wrong thing after the shift: drop it.
  const kept = unique.filter((p) => !unique.some((q) => q !== p && p.startsWith(q + '/')));
  let result = root;
  for (const pointer of kept) result = removeAt(result, pointer);
  return result;
}

/** JSON text with sorted keys: equal values give equal text. */
export function stableStringify(value: Json): string {
  if (Array.isArray(value)) return '[' + value.map(stableStringify).join(',') + ']';
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, Json>)[k] !== undefined)
      .sort()
      .map((k) => JSON.stringify(k) + ':' + stableStringify((value as Record<string, Json>)[k]));
    return '{' + entries.join(',') + '}';
  }
  return JSON.stringify(value) ?? 'null';
}
