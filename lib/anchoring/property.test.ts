import fc from 'fast-check';
import { expect, it } from 'vitest';
import { GramIndex, K } from './grams.ts';
import { anchor, describe, foldString } from './index.ts';

const text = (min = 0) => fc.string({ unit: fc.constantFrom('一', '二', '5', '％', '%', '的', ' ', '\n', 'a', '。', '万'), minLength: min, maxLength: 300 });

it('the gram index lists every occurrence of every gram (occurrence search relies on it)', () => {
  fc.assert(
    fc.property(text(), (s) => {
      const index = new GramIndex(s);
      for (let o = 0; o + K <= s.length; o++) {
        const c = [...index.candidates(s, o)];
        const want: number[] = [];
        for (let t = s.indexOf(s.slice(o, o + K)); t >= 0; t = s.indexOf(s.slice(o, o + K), t + 1)) want.push(t);
        expect(c.filter((t) => index.gramAt(t, s, o))).toEqual(want);
      }
    }),
    { numRuns: 200 },
  );
});

const withRange = text(1).chain((s) =>
  fc.tuple(fc.constant(s), fc.nat({ max: s.length - 1 })).chain(([s, a]) => fc.tuple(fc.constant(s), fc.constant(a), fc.integer({ min: a + 1, max: s.length }))),
);

it('describe → anchor on the same text is exact at the same place', () => {
  fc.assert(
    fc.property(withRange, ([s, a, b]) => {
      const r = anchor(s, describe(s, a, b));
      expect(r).toMatchObject({ status: 'exact', start: a, end: b });
    }),
    { numRuns: 500 },
  );
});

it('after an insertion outside the quote, the same text is found (never a different one), or nothing', () => {
  fc.assert(
    fc.property(withRange, fc.string({ maxLength: 20 }), fc.boolean(), ([s, a, b], ins, before) => {
      const edited = before ? s.slice(0, a) + ins + s.slice(a) : s.slice(0, b) + ins + s.slice(b);
      const r = anchor(edited, describe(s, a, b));
      if (r.status === 'exact' || r.status === 'moved') expect(foldString(r.newQuote!)).toBe(foldString(s.slice(a, b)));
      if (r.status !== 'orphaned') expect(edited.slice(r.start, r.end)).toBe(r.newQuote);
      if (foldString(s.slice(a, b)).length > 0) expect(r.status).not.toBe('orphaned');
    }),
    { numRuns: 500 },
  );
});
