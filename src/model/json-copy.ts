/**
 * A deep copy of the JSON values of a value: what `JSON.parse(JSON.stringify(value))` gives, without the text in
 * between. Strings are shared (they cannot change), so a large file is copied several times faster than by
 * `structuredClone`, which serialises every string. Pure.
 *
 * As JSON: `toJSON` is called; functions, symbols and `undefined` are left out of objects and become `null` in
 * arrays; numbers that are not finite become `null`. Throws where JSON.stringify throws: a BigInt, a getter that
 * throws, and a cycle or nesting deeper than the call stack (a RangeError).
 */
export function copyJsonValues(value: unknown): unknown {
  const copied = copy(value);
  return copied === SKIP ? undefined : copied;
}

/** A value JSON leaves out (in an object) or writes as null (in an array). */
const SKIP = Symbol('skip');

function copy(value: unknown): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      throw new TypeError('Een BigInt heeft geen JSON-vorm.');
    case 'object': {
      if (value === null) return null;
      const toJSON = (value as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === 'function') return copy((toJSON as () => unknown).call(value));
      if (Array.isArray(value)) {
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) {
          const item = copy(value[i]);
          out[i] = item === SKIP ? null : item;
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const item = copy((value as Record<string, unknown>)[key]);
        if (item !== SKIP) out[key] = item;
      }
      return out;
    }
    default:
      // undefined, a function, a symbol.
      return SKIP;
  }
}
