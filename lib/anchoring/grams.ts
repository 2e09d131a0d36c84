/**
 * An n-gram index of a folded text in compressed-row form: the start of every K-gram, grouped by
 * hash bucket in one Int32Array. Built in one counting pass (no Map, no per-gram arrays), so a
 * 125,000-character report indexes in a few milliseconds. A bucket may hold several grams whose
 * hashes collide; callers verify the characters.
 */
export const K = 4;

export function gramHash(s: string, o: number): number {
  let h = Math.imul(s.charCodeAt(o), 0x9e3779b1);
  h ^= Math.imul(s.charCodeAt(o + 1), 0x85ebca77);
  h ^= Math.imul(s.charCodeAt(o + 2), 0xc2b2ae3d);
  h ^= Math.imul(s.charCodeAt(o + 3), 0x27d4eb2f);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

export class GramIndex {
  readonly key: string;
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;

  constructor(key: string) {
    this.key = key;
    const n = Math.max(0, key.length - K + 1);
    let size = 16;
    while (size < n) size *= 2;
    this.mask = size - 1;
    const buckets = new Int32Array(n);
    const starts = new Int32Array(size + 1);
    for (let i = 0; i < n; i++) {
      const b = gramHash(key, i) & this.mask;
      buckets[i] = b;
      starts[b + 1]!++;
    }
    for (let b = 0; b < size; b++) starts[b + 1]! += starts[b]!;
    const cursor = starts.slice(0, size);
    const positions = new Int32Array(n);
    for (let i = 0; i < n; i++) positions[cursor[buckets[i]!]!++] = i;
    this.starts = starts;
    this.positions = positions;
  }

  /** Every position where s[o, o + K) may occur in the key, ascending (a superset on collisions). */
  candidates(s: string, o: number): Int32Array {
    const b = gramHash(s, o) & this.mask;
    return this.positions.subarray(this.starts[b]!, this.starts[b + 1]!);
  }

  /** True when the key holds s[o, o + K) at position t. */
  gramAt(t: number, s: string, o: number): boolean {
    const key = this.key;
    return (
      key.charCodeAt(t) === s.charCodeAt(o) &&
      key.charCodeAt(t + 1) === s.charCodeAt(o + 1) &&
      key.charCodeAt(t + 2) === s.charCodeAt(o + 2) &&
      key.charCodeAt(t + 3) === s.charCodeAt(o + 3)
    );
  }
}
