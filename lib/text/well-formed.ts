/**
 * Text from outside (a page, a file, a backup, a message) may hold lone surrogates: half of a
 * UTF-16 pair with no other half. `encodeURIComponent`, `TextEncoder` round trips, IndexedDB keys
 * and JSON written for other tools choke on them or change them silently. They are replaced once,
 * at the boundary, by U+FFFD: one code unit for one, so every offset into the text stays valid.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

type WellFormedString = string & { isWellFormed?(): boolean; toWellFormed?(): string };

/** `s` with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, where it is missing too). */
export function wellFormed(s: string): string {
  const w = s as WellFormedString;
  if (typeof w.isWellFormed === 'function' && typeof w.toWellFormed === 'function') {
    return w.isWellFormed() ? s : w.toWellFormed();
  }
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * A structured value (a message, a parsed backup or annotation file) with every string in it,
 * keys included, made well formed. Plain objects and arrays are copied only where something
 * changed; other objects (Date, Blob…) are left as they are.
 */
export function wellFormedDeep<T>(value: T): T {
  return walk(value, 0) as T;
}

/** Deeper than this is not data any message or file of ours holds; it is left as it is. */
const MAX_DEPTH = 64;

function walk(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return wellFormed(value);
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = walk(value[i], depth + 1);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(value)) {
    const key = wellFormed(k);
    const next = walk(v, depth + 1);
    if (next !== v || key !== k) {
      out ??= { ...(value as Record<string, unknown>) };
      if (key !== k) delete out[k];
      out[key] = next;
    }
  }
  return out ?? value;
}
