import { foldString } from './fold.ts';
import type { ReportIdentity } from './types.ts';

/**
 * FNV-1a (64-bit) over the UTF-8 bytes of s, as 16 hex digits. Synchronous, identical in Node
 * and browsers; computed on 16-bit limbs so no BigInt is needed.
 */
export function fnv1a64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  // offset basis 0xcbf29ce484222325 as four 16-bit limbs, low first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3;
    const t2 = h2 * 0x1b3 + (h0 << 8);
    const t3 = h3 * 0x1b3 + (h1 << 8);
    const c1 = t1 + (t0 >>> 16);
    const c2 = t2 + Math.floor(c1 / 65536);
    const c3 = t3 + Math.floor(c2 / 65536);
    h0 = t0 & 0xffff;
    h1 = c1 & 0xffff;
    h2 = c2 & 0xffff;
    h3 = c3 & 0xffff;
  }
  const hex = (x: number) => x.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}

/**
 * A stable fingerprint of a report's normalized text: FNV-1a 64 of the text with whitespace
 * removed and full-width ASCII folded, so the same report laid out differently (one sentence a
 * line or whole paragraphs, ％ or %) fingerprints the same.
 */
export function reportFingerprint(text: string): string {
  return 'fnv1a64:' + fnv1a64(foldString(text));
}

function titleKey(t: string | null): string {
  return foldString(t ?? '').replace(/[《》“”"'‘’]/g, '');
}

/**
 * How two report identities match: by fingerprint (same text), or by government, year and
 * title (the same report at another URL or with another layout).
 */
export function reportMatch(a: ReportIdentity, b: ReportIdentity): 'fingerprint' | 'identity' | null {
  if (a.fingerprint && a.fingerprint === b.fingerprint) return 'fingerprint';
  if (a.region === null || b.region === null || a.year === null || b.year === null) return null;
  if (foldString(a.region) !== foldString(b.region) || a.year !== b.year) return null;
  if (Boolean(a.summary) !== Boolean(b.summary)) return null;
  const ta = titleKey(a.title);
  const tb = titleKey(b.title);
  if (ta === '' || tb === '' || ta !== tb) return null;
  return 'identity';
}

export function sameReport(a: ReportIdentity, b: ReportIdentity): boolean {
  return reportMatch(a, b) !== null;
}
