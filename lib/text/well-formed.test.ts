import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wellFormed, wellFormedDeep } from './well-formed';

const LONE = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
const isWellFormed = (s: string) => {
  try {
    encodeURIComponent(s);
    return true;
  } catch {
    return false;
  }
};

describe('wellFormed', () => {
  it('replaces each lone surrogate by U+FFFD and keeps pairs and length', () => {
    expect(wellFormed('增长\uD8006%')).toBe('增长\uFFFD6%');
    expect(wellFormed('\uDC00开头')).toBe('\uFFFD开头');
    expect(wellFormed('结尾\uD800')).toBe('结尾\uFFFD');
    expect(wellFormed('\uDC00\uD800')).toBe('\uFFFD\uFFFD'); // reversed pair: two lone halves
    expect(wellFormed('𠮷野家 😀')).toBe('𠮷野家 😀');
  });

  it('gives a string every URI and encoder call accepts, offsets unchanged (property)', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...LONE), fc.constant('政府工作报告'));
    fc.assert(fc.property(fc.array(piece), (parts) => {
      const s = parts.join('');
      const w = wellFormed(s);
      expect(w.length).toBe(s.length);
      expect(isWellFormed(w)).toBe(true);
      if (isWellFormed(s)) expect(w).toBe(s);
    }), { numRuns: 500 });
  });

  it('the fallback without String.prototype.toWellFormed does the same', () => {
    const proto = String.prototype as unknown as Record<string, unknown>;
    const saved = [proto.isWellFormed, proto.toWellFormed];
    try {
      delete proto.isWellFormed;
      delete proto.toWellFormed;
      expect(wellFormed('a\uD800b\uDC00\uD83D\uDE00')).toBe('a\uFFFDb\uFFFD\uD83D\uDE00');
    } finally {
      [proto.isWellFormed, proto.toWellFormed] = saved;
    }
  });
});

describe('wellFormedDeep', () => {
  it('reaches strings in nested objects, arrays and keys, and copies only what changed', () => {
    const clean = { a: ['x'], b: { c: 1 } };
    const input = { text: '6\uD800%', list: [{ note: '\uDC00' }, 'ok'], ['k\uD800']: true, clean };
    const out = wellFormedDeep(input);
    expect(out).toEqual({ text: '6\uFFFD%', list: [{ note: '\uFFFD' }, 'ok'], ['k\uFFFD']: true, clean });
    expect(out.clean).toBe(clean);
    expect(input.text).toBe('6\uD800%'); // the input is not changed
    expect(wellFormedDeep(clean)).toBe(clean);
    expect(wellFormedDeep(null)).toBe(null);
    expect(wellFormedDeep(7)).toBe(7);
  });
});
