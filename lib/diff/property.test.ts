import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffTexts, type Hunk } from './index';

/** Texts made of few pieces, so that words, sentences and paragraphs repeat. */
const piece = fc.constantFrom('发展', '改革', '各位代表！', '5万人', '6万人', '6.5%', '６.５％', '，', '。', '\n', ' ', '\u3000', '第十四届', '就业', '一些');
const text = fc.array(piece, { maxLength: 40 }).map((xs) => xs.join(''));

function apply(a: string, hunks: Hunk[]): string {
  let out = '';
  let at = 0;
  for (const h of [...hunks].sort((x, y) => x.aStart - y.aStart || x.aEnd - y.aEnd)) {
    if (h.aStart < at) throw new Error('overlapping hunks');
    out += a.slice(at, h.aStart) + h.newText;
    at = h.aEnd;
  }
  return out + a.slice(at);
}

// Latin words come with the Chinese next to them: two Latin runs that touch in one text only
// ("GDP\n5万人" against "GDP5万人") segment differently and can show as edits.
const word = fc.constantFrom('发展', '改革', '各位代表！', '5万人', '6.5%', '，', '。', '第十四届', '就业', '一些', 'GDP增长');
const gap = fc.constantFrom('', '', ' ', '\n', '\r\n', '\u3000', '\n\n');
const toFullWidth = (s: string) => s.replace(/[!-~]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('diffTexts on random texts', () => {
  it('finds nothing by default where only layout and widths differ', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(word, gap, gap, fc.boolean()), { maxLength: 30 }), (parts) => {
        const a = parts.map(([w, g]) => w + g).join('');
        const b = parts.map(([w, , g, wide]) => (wide ? toFullWidth(w) : w) + g).join('');
        expect(diffTexts(a, b).hunks).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives hunks that match their offsets, keep to paragraphs and rebuild b', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const { hunks } = diffTexts(a, b, { showCosmetic: true });
        for (const h of hunks) {
          expect(h.oldText).toBe(a.slice(h.aStart, h.aEnd));
          expect(h.newText).toBe(b.slice(h.bStart, h.bEnd));
          if (!h.cosmetic) expect(h.oldText + h.newText).not.toMatch(/\n/u);
        }
        expect(apply(a, hunks).replace(/\s/gu, '')).toBe(b.replace(/\s/gu, ''));
        expect(diffTexts(a, b).hunks).toEqual(hunks.filter((h) => !h.cosmetic));
      }),
      { numRuns: 400 },
    );
  });
});
