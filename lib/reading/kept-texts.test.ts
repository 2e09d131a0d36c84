/**
 * The background keeps pages' texts by id for a short while and never more than its bounds: the
 * least recently used go first when there are too many or too many characters, and a text unused
 * for longer than the age limit is gone at the next use (a fake clock, no waiting).
 */
import { describe, expect, it } from 'vitest';
import type { PortableAnalysis } from '../commitments/analyze';
import { KeptTexts, TextGone } from './kept-texts';

/** An analysis of which only the normalized text's length counts here. */
const analysisOf = (normalized: string) => ({ normalized: { text: normalized } }) as PortableAnalysis;

function store(limits: { count?: number; chars?: number; ttlMs?: number } = {}) {
  const clock = { now: 0 };
  let n = 0;
  const kept = new KeptTexts({ count: 3, chars: 100, ttlMs: 1000, ...limits }, () => clock.now, () => `t${++n}`);
  return { kept, clock };
}

describe('KeptTexts', () => {
  it('joins the pieces of a text in the order sent, and keeps a whole text', () => {
    const { kept } = store();
    const id = kept.append(null, '今年');
    expect(kept.append(id, '目标')).toBe(id);
    kept.append(id, '6%');
    expect(kept.text(id)).toBe('今年目标6%');
    expect(kept.text(kept.keep('正文'))).toBe('正文');
  });

  it('refuses a piece for a text it does not know or that is complete', () => {
    const { kept } = store();
    expect(() => kept.append('nope', 'x')).toThrow(TextGone);
    const id = kept.append(null, 'a');
    kept.text(id);
    expect(() => kept.append(id, 'b')).toThrow(TextGone);
  });

  it('drops the least recently used text past the count', () => {
    const { kept } = store({ count: 2 });
    const a = kept.keep('a');
    const b = kept.keep('b');
    kept.text(a); // a used after b: b is now the oldest
    const c = kept.keep('c');
    expect(kept.ids()).toEqual([a, c]);
    expect(() => kept.text(b)).toThrow(TextGone);
    expect((() => { try { kept.text(b); } catch (e) { return (e as TextGone).code; } })()).toBe('text-gone');
  });

  it('drops the oldest texts past the characters, an analysis counted by its normalized text, and keeps one text even alone over it', () => {
    const { kept } = store({ chars: 10 });
    const a = kept.keep('12345');
    const b = kept.keep('1234');
    kept.setAnalysis(b, analysisOf('12')); // 5 + 4 + 2 > 10
    expect(kept.ids()).toEqual([b]);
    expect(kept.analysis(b)?.normalized.text).toBe('12');
    expect(() => kept.text(a)).toThrow(TextGone);
    const big = kept.keep('x'.repeat(50));
    expect(kept.ids()).toEqual([big]);
    expect(kept.text(big)).toHaveLength(50);
  });

  it('counts a text being sent in pieces against the bounds', () => {
    const { kept } = store({ chars: 10 });
    const a = kept.keep('123456');
    const b = kept.append(null, '1234');
    kept.append(b, '5');
    expect(kept.ids()).toEqual([b]);
    expect(() => kept.text(a)).toThrow(TextGone);
  });

  it('forgets a text unused for longer than the age limit, and each use keeps it longer', () => {
    const { kept, clock } = store({ ttlMs: 1000 });
    const a = kept.keep('a');
    const b = kept.keep('b');
    clock.now = 900;
    kept.text(b);
    clock.now = 1500;
    expect(kept.ids()).toEqual([b]);
    expect(() => kept.text(a)).toThrow(TextGone);
    clock.now = 1800;
    expect(kept.text(b)).toBe('b');
    clock.now = 2801;
    expect(kept.ids()).toEqual([]);
  });

  it('replaces an analysis without counting the old one', () => {
    const { kept } = store({ chars: 10 });
    const a = kept.keep('1234');
    kept.setAnalysis(a, analysisOf('123'));
    kept.setAnalysis(a, analysisOf('12345'));
    expect(kept.ids()).toEqual([a]);
    expect(kept.analysis(a)?.normalized.text).toBe('12345');
  });
});
