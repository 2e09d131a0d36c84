/**
 * The matching key of a text: whitespace dropped, full-width ASCII folded to half-width.
 * Two layouts of the same report (one sentence a line, or whole paragraphs; ％ or %) fold to
 * the same key, so quotes match across them. Offsets map both ways.
 */
export interface Folded {
  key: string;
  /** Original offset of key character i. */
  toOrig: Int32Array;
  /** Key offset of the first key character at or after original offset i (length n + 1). */
  fromOrig: Int32Array;
}

function isSkipped(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200d) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680 ||
    c === 0x85
  );
}

/** Folds one UTF-16 code unit; -1 when it is dropped from the key. */
export function foldCode(c: number): number {
  if (isSkipped(c)) return -1;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  return c;
}

export function foldString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f >= 0) out += String.fromCharCode(f);
  }
  return out;
}

export function fold(text: string): Folded {
  const n = text.length;
  const codes = new Uint16Array(n);
  const toOrig = new Int32Array(n);
  const fromOrig = new Int32Array(n + 1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    fromOrig[i] = k;
    const f = foldCode(text.charCodeAt(i));
    if (f >= 0) {
      codes[k] = f;
      toOrig[k] = i;
      k++;
    }
  }
  fromOrig[n] = k;
  let key = '';
  const CHUNK = 8192;
  for (let i = 0; i < k; i += CHUNK) {
    key += String.fromCharCode.apply(null, codes.subarray(i, Math.min(k, i + CHUNK)) as unknown as number[]);
  }
  return { key, toOrig: toOrig.subarray(0, k), fromOrig };
}

/** Original [start, end) of key range [ks, ke); ke > ks. */
export function origRange(f: Folded, ks: number, ke: number): [number, number] {
  return [f.toOrig[ks]!, f.toOrig[ke - 1]! + 1];
}
