import { readFileSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import {
  anchor,
  anchorAll,
  Anchorer,
  describe,
  foldString,
  type AnchorResult,
  type Selectors,
} from './index.ts';

const corpus = (name: string) => readFileSync(new URL(`../../tests/fixtures/corpus/${name}`, import.meta.url), 'utf8');

const R2018 = corpus('national-2018.zh.txt');
const R2018_ALT = corpus('alt/national-2018.zh.paragraphs.txt');
const R2024 = corpus('national-2024.zh.txt');
const R2024_PARTIAL = corpus('partial/national-2024.zh.partial.txt');
const YUNCHENG = corpus('yuncheng-2021-summary.zh.txt');

/** Sentences with their offsets (split after 。！？；, and at line ends). */
function sentences(text: string, min = 8): { start: number; end: number; s: string }[] {
  const out: { start: number; end: number; s: string }[] = [];
  const re = /[^。！？；\n]+[。！？；]?/g;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s.length < min) continue;
    const start = m.index! + m[0].indexOf(s);
    out.push({ start, end: start + s.length, s });
  }
  return out;
}

/** Selectors for the first occurrence of `quote` in text. */
function sel(text: string, quote: string, from = 0): Selectors {
  const i = text.indexOf(quote, from);
  if (i < 0) throw new Error(`fixture: ${quote} not found`);
  return describe(text, i, i + quote.length);
}

function expectAt(r: AnchorResult, text: string, quote: string, from = 0) {
  const i = text.indexOf(quote, from);
  expect(i).toBeGreaterThanOrEqual(0);
  expect([r.start, r.end]).toEqual([i, i + quote.length]);
}

/** A small deterministic PRNG so the sampled ranges are the same every run. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

group('describe', () => {
  it('gives quote with 32-character prefix and suffix, and position', () => {
    const i = R2024.indexOf('城镇新增就业1200万人以上');
    const s = describe(R2024, i, i + 14);
    expect(s.quote.exact).toBe('城镇新增就业1200万人以上');
    expect(s.quote.prefix).toBe(R2024.slice(i - 32, i));
    expect(s.quote.suffix).toBe(R2024.slice(i + 14, i + 46));
    expect(s.position).toEqual({ type: 'TextPositionSelector', start: i, end: i + 14 });
  });

  it('clips context at the text edges and never splits a surrogate pair', () => {
    expect(describe('abc', 0, 3).quote).toEqual({ type: 'TextQuoteSelector', exact: 'abc', prefix: '', suffix: '' });
    const t = '😀' + 'x'.repeat(31) + 'Q' + 'y'.repeat(31) + '😀';
    const s = describe(t, 33, 34);
    expect(s.quote.prefix).toBe('x'.repeat(31));
    expect(s.quote.suffix).toBe('y'.repeat(31));
  });

  it('rejects ranges outside the text', () => {
    expect(() => describe('abc', 2, 1)).toThrow(RangeError);
    expect(() => describe('abc', 0, 4)).toThrow(RangeError);
    expect(() => describe('abc', -1, 1)).toThrow(RangeError);
    expect(() => describe('abc', 0.5, 1)).toThrow(RangeError);
  });
});

group('anchor on unchanged text', () => {
  it('finds 500 random ranges of the 2024 report exactly', () => {
    const r = prng(1);
    const sels: Selectors[] = [];
    for (let i = 0; i < 500; i++) {
      const len = 1 + Math.floor(r() * 80);
      const s = Math.floor(r() * (R2024.length - len));
      sels.push(describe(R2024, s, s + len));
    }
    const res = anchorAll(R2024, sels);
    res.forEach((x, i) => {
      expect(x.status).toBe('exact');
      expect([x.start, x.end]).toEqual([sels[i]!.position!.start, sels[i]!.position!.end]);
    });
  });

  it('accepts the W3C selector array form and works without a position selector', () => {
    const s = sel(R2024, '城镇新增就业1200万人以上');
    expectAt(anchor(R2024, [s.position!, s.quote]), R2024, '城镇新增就业1200万人以上');
    const r = anchor(R2024, { quote: s.quote });
    expect(r.status).toBe('exact');
    expectAt(r, R2024, '城镇新增就业1200万人以上');
    expect(() => anchor(R2024, [s.position!])).toThrow(TypeError);
  });

  it('disambiguates a repeated quote by its context', () => {
    const text = R2024;
    const all = [...text.matchAll(/各位代表！/g)].map((m) => m.index!);
    expect(all.length).toBeGreaterThan(2);
    const shifted = '插入的一段新文字。'.repeat(3) + text;
    for (const i of all) {
      const r = anchor(shifted, describe(text, i, i + 5));
      expect(r.status).toBe('moved');
      expect(r.start).toBe(i + 27);
    }
  });
});

group('anchor across layouts (2018: one sentence a line vs. newspaper paragraphs, ％ vs %)', () => {
  const ss = sentences(R2018, 10);
  const altKey = foldString(R2018_ALT);
  const res = new Anchorer(R2018_ALT).anchorAll(ss.map((x) => describe(R2018, x.start, x.end)));

  it('finds every sentence that the other layout contains, as the same text', () => {
    let found = 0;
    ss.forEach((x, i) => {
      const r = res[i]!;
      if (!altKey.includes(foldString(x.s))) return;
      found++;
      expect(['exact', 'moved']).toContain(r.status);
      expect(foldString(r.newQuote!)).toBe(foldString(x.s));
      expect(R2018_ALT.slice(r.start, r.end)).toBe(r.newQuote);
    });
    expect(found).toBeGreaterThan(ss.length * 0.95);
  });

  it('maps full-width ％ quotes onto half-width % text', () => {
    const q = '年均增长7.1％';
    const r = anchor(R2018_ALT, sel(R2018, q));
    expect(r.status).toBe('moved');
    expect(r.newQuote).toBe('年均增长7.1%');
  });

  it('never drops an annotation: every result carries its old quote', () => {
    expect(res).toHaveLength(ss.length);
    res.forEach((r, i) => expect(r.oldQuote).toBe(ss[i]!.s));
  });
});

group('anchor on a partial text (2024 with sentences deleted)', () => {
  const ss = sentences(R2024, 6);
  const partialKey = foldString(R2024_PARTIAL);
  const res = new Anchorer(R2024_PARTIAL).anchorAll(ss.map((x) => describe(R2024, x.start, x.end)));
  const kept = ss.filter((x) => partialKey.includes(foldString(x.s))).length;

  it('finds every kept sentence and orphans deleted ones; none lands on wrong text', () => {
    const counts: Record<string, number> = {};
    ss.forEach((x, i) => {
      const r = res[i]!;
      counts[r.status] = (counts[r.status] ?? 0) + 1;
      if (partialKey.includes(foldString(x.s))) {
        expect(['exact', 'moved']).toContain(r.status);
        expect(foldString(r.newQuote!)).toBe(foldString(x.s));
      } else {
        expect(['orphaned', 'fuzzy', 'changed']).toContain(r.status);
        if (r.status === 'orphaned') expect(r.start).toBeUndefined();
        else expect(r.score).toBeGreaterThanOrEqual(0.6);
      }
    });
    expect(kept).toBeGreaterThan(400);
    expect((counts.orphaned ?? 0) + (counts.fuzzy ?? 0) + (counts.changed ?? 0)).toBe(ss.length - kept);
    expect(counts.orphaned).toBeGreaterThanOrEqual(15);
  });
});

group('anchor after programmatic edits', () => {
  it('changed number (城镇新增就业5万人 → 6万人): changed, with old and new text, never moved', () => {
    const q = '城镇新增就业5万人以上';
    const edited = YUNCHENG.replace(q, '城镇新增就业6万人以上');
    const r = anchor(edited, sel(YUNCHENG, q));
    expect(r.status).toBe('changed');
    expect(r.oldQuote).toBe(q);
    expect(r.newQuote).toBe('城镇新增就业6万人以上');
    expect(r.numbers).toEqual({ old: ['5万'], new: ['6万'] });
    expectAt(r, edited, '城镇新增就业6万人以上');
  });

  it('a bare changed number is not moved onto the same figure elsewhere (转移农村劳动力6万人)', () => {
    // The quote is just "5万人"; after the edit, "6万人" occurs twice, and "5万人" nowhere near.
    const i = YUNCHENG.indexOf('城镇新增就业5万人以上') + 6;
    const s = describe(YUNCHENG, i, i + 3);
    expect(s.quote.exact).toBe('5万人');
    const edited = YUNCHENG.replace('城镇新增就业5万人以上', '城镇新增就业6万人以上');
    const r = anchor(edited, s);
    expect(r.status).toBe('changed');
    expect(r.newQuote).toBe('6万人');
    expect(r.start).toBe(i);
  });

  it('a changed number whose old value still occurs elsewhere is changed at its place', () => {
    const q = '1200万人';
    const i = R2024.indexOf('城镇新增就业1200万人以上') + 6;
    const s = describe(R2024, i, i + q.length);
    const decoy = '另有1200万人参加职业技能培训。';
    const edited = decoy + R2024.slice(0, i) + '1300万人' + R2024.slice(i + q.length);
    const r = anchor(edited, s);
    expect(r.status).toBe('changed');
    expect(r.newQuote).toBe('1300万人');
    expect(r.start).toBe(i + decoy.length);
  });

  it('changed number inside a long quote: changed, not fuzzy', () => {
    const q = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右';
    expect(R2024.includes(q)).toBe(true);
    const edited = R2024.replace('城镇调查失业率5.5%左右', '城镇调查失业率5.8%左右');
    const r = anchor(edited, sel(R2024, q));
    expect(r.status).toBe('changed');
    expect(r.newQuote).toBe(q.replace('5.5%', '5.8%'));
    expect(r.numbers!.old).toContain('5.5%');
    expect(r.numbers!.new).toContain('5.8%');
  });

  it('changed Chinese numeral (三年行动 → 五年行动) is changed', () => {
    const q = '实施提升行政执法质量三年行动';
    const edited = R2024.replace(q, '实施提升行政执法质量五年行动');
    const r = anchor(edited, sel(R2024, q));
    expect(r.status).toBe('changed');
    expect(r.numbers).toEqual({ old: ['三'], new: ['五'] });
  });

  it('moved sentence: found at its new place', () => {
    const ss = sentences(R2024, 20);
    const s = ss[40]!;
    const without = R2024.slice(0, s.start) + R2024.slice(s.end);
    const at = without.indexOf('\n', Math.floor(without.length * 0.8)) + 1;
    const edited = without.slice(0, at) + s.s + without.slice(at);
    const r = anchor(edited, describe(R2024, s.start, s.end));
    expect(r.status).toBe('moved');
    expect(r.start).toBe(at);
    expect(r.newQuote).toBe(s.s);
  });

  it('insertion before: moved by the inserted length', () => {
    const s = sentences(R2024, 20)[60]!;
    const ins = '（这是新插入的一句话，用来移动后面的文字。）';
    const edited = R2024.slice(0, 100) + ins + R2024.slice(100);
    const r = anchor(edited, describe(R2024, s.start, s.end));
    expect(r.status).toBe('moved');
    expect(r.start).toBe(s.start + ins.length);
  });

  it('insertion inside the quote: fuzzy, covering the inserted words', () => {
    const q = '加快发展新质生产力。充分发挥创新主导作用';
    expect(R2024.includes(q)).toBe(true);
    const edited = R2024.replace(q, '加快发展新质生产力。充分发挥科技创新的主导作用');
    const r = anchor(edited, sel(R2024, q));
    expect(r.status).toBe('fuzzy');
    expect(r.newQuote).toBe('加快发展新质生产力。充分发挥科技创新的主导作用');
    expect(r.score).toBeGreaterThan(0.8);
  });

  it('reworded without numbers: fuzzy', () => {
    const q = '着力扩大国内需求，推动经济实现良性循环';
    expect(R2024.includes(q)).toBe(true);
    const edited = R2024.replace(q, '大力扩大国内需求，推动经济实现良性循环');
    const r = anchor(edited, sel(R2024, q));
    expect(r.status).toBe('fuzzy');
    expect(r.newQuote).toBe('大力扩大国内需求，推动经济实现良性循环');
  });

  it('deleted sentence: orphaned, with its quote', () => {
    const s = sentences(R2024, 30)[80]!;
    const edited = R2024.slice(0, s.start) + R2024.slice(s.end);
    const r = anchor(edited, describe(R2024, s.start, s.end));
    expect(r.status).toBe('orphaned');
    expect(r.oldQuote).toBe(s.s);
    expect(r.start).toBeUndefined();
    expect(r.score).toBeLessThan(0.6);
  });

  it('many edits at once: every annotation accounted for, none moved onto different numbers', () => {
    const ss = sentences(R2024, 12);
    const rnd = prng(7);
    let edited = R2024;
    const changedNumbers = new Set<number>();
    // Change the first number of every 10th sentence, delete every 25th, insert before every 15th.
    for (let k = ss.length - 1; k >= 0; k--) {
      const s = ss[k]!;
      if (k % 25 === 0) edited = edited.slice(0, s.start) + edited.slice(s.end);
      else if (k % 10 === 0 && /\d/.test(s.s)) {
        const m = /\d+/.exec(s.s)!;
        const at = s.start + m.index;
        edited = edited.slice(0, at) + String(Number(m[0]) + 1) + edited.slice(at + m[0].length);
        changedNumbers.add(k);
      } else if (k % 15 === 0) edited = edited.slice(0, s.start) + '新增内容' + Math.floor(rnd() * 100) + '项。' + edited.slice(s.start);
    }
    const res = anchorAll(edited, ss.map((s) => describe(R2024, s.start, s.end)));
    expect(res).toHaveLength(ss.length);
    res.forEach((r, k) => {
      expect(r.oldQuote).toBe(ss[k]!.s);
      if (changedNumbers.has(k)) expect(['changed', 'orphaned']).toContain(r.status);
      if (r.status === 'exact' || r.status === 'moved') expect(foldString(r.newQuote!)).toBe(foldString(r.oldQuote));
      if (r.status === 'fuzzy' || r.status === 'changed') expect(edited.slice(r.start, r.end)).toBe(r.newQuote);
    });
    expect(res.filter((r) => r.status === 'changed').length).toBeGreaterThanOrEqual(changedNumbers.size * 0.9);
  });
});

group('anchorAll', () => {
  it('gives the same results as anchoring one by one (its shift prediction is only a shortcut)', () => {
    const rnd = prng(3);
    const sels: Selectors[] = [];
    for (let i = 0; i < 300; i++) {
      const len = 2 + Math.floor(rnd() * 60);
      const s = Math.floor(rnd() * (R2024.length - len));
      sels.push(describe(R2024, s, s + len));
    }
    for (const text of [R2024_PARTIAL, R2024.slice(0, 5000) + '新插入的一段。'.repeat(40) + R2024.slice(5000)]) {
      const one = new Anchorer(text);
      expect(anchorAll(text, sels)).toEqual(sels.map((s) => one.anchor(s)));
    }
  });
});

group('anchor edge cases', () => {
  it('empty or whitespace-only quote and empty text are orphaned, not thrown', () => {
    expect(anchor('abc', { quote: { type: 'TextQuoteSelector', exact: '' } }).status).toBe('orphaned');
    expect(anchor('abc', { quote: { type: 'TextQuoteSelector', exact: '  \n' } }).status).toBe('orphaned');
    expect(anchor('', sel('abc', 'b')).status).toBe('orphaned');
  });

  it('ignores nonsense positions', () => {
    const s = sel(R2024, '城镇新增就业1200万人以上');
    for (const [start, end] of [[-5, 3], [9e9, 9e9 + 3], [10, 2], [1.5, 4]] as const) {
      const r = anchor(R2024, { quote: s.quote, position: { type: 'TextPositionSelector', start, end } });
      expectAt(r, R2024, '城镇新增就业1200万人以上');
    }
  });
});
