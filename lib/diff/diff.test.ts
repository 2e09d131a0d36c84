import { describe, expect, it } from 'vitest';
import { diffTexts, tokenize, type Hunk, type WordSegmenter } from './index';

/** Every hunk's texts are its ranges, and a hunk with words keeps inside one paragraph per side. */
function checked(a: string, b: string, hunks: Hunk[]): Hunk[] {
  for (const h of hunks) {
    expect(h.oldText).toBe(a.slice(h.aStart, h.aEnd));
    expect(h.newText).toBe(b.slice(h.bStart, h.bEnd));
    expect(h.kind).toBe(h.oldText === '' ? 'insert' : h.newText === '' ? 'delete' : 'replace');
    if (!h.cosmetic) expect(h.oldText + h.newText).not.toMatch(/\n/);
  }
  return hunks;
}

function diff(a: string, b: string, showCosmetic = false): Hunk[] {
  return checked(a, b, diffTexts(a, b, { showCosmetic }).hunks);
}

const brief = (hs: Hunk[]) => hs.map((h) => [h.kind, h.oldText, h.newText]);

describe('diffTexts: empty and identical inputs', () => {
  it('finds nothing in two empty texts', () => {
    const r = diffTexts('', '');
    expect(r.hunks).toEqual([]);
    expect(r.stats.similarity).toBe(1);
  });

  it('finds nothing in identical texts, even with cosmetic changes shown', () => {
    const text = '城镇新增就业1100万人以上。\n居民消费价格涨幅3％左右。\n';
    expect(diff(text, text, true)).toEqual([]);
    expect(diffTexts(text, text).stats).toMatchObject({ similarity: 1, cosmetic: 0 });
  });

  it('inserts every paragraph of a text compared with an empty one', () => {
    const b = '各位代表：\n现在，我代表国务院，向大会报告政府工作。\n';
    const hunks = diff('', b);
    expect(brief(hunks)).toEqual([
      ['insert', '', '各位代表：'],
      ['insert', '', '现在，我代表国务院，向大会报告政府工作。'],
    ]);
    expect(hunks.every((h) => h.aStart === 0 && h.aEnd === 0)).toBe(true);
    expect(brief(diff(b, ''))).toEqual([
      ['delete', '各位代表：', ''],
      ['delete', '现在，我代表国务院，向大会报告政府工作。', ''],
    ]);
  });

  it('treats whitespace-only texts as empty', () => {
    expect(diff(' \n\u3000\n', '')).toEqual([]);
  });
});

describe('diffTexts: numbers', () => {
  it('shows a changed figure whole: 5万人 → 6万人, not 5 → 6', () => {
    const hunks = diff('今年城镇新增就业5万人以上。', '今年城镇新增就业6万人以上。');
    expect(brief(hunks)).toEqual([['replace', '5万人', '6万人']]);
    expect(hunks[0]!.numeric).toBe(true);
  });

  it('keeps decimals, multipliers, percent and measure words with the number', () => {
    expect(brief(diff('粮食产量1.3万亿斤以上', '粮食产量1.4万亿斤以上'))).toEqual([['replace', '1.3万亿斤', '1.4万亿斤']]);
    expect(brief(diff('增长6.5%左右', '增长6.8%左右'))).toEqual([['replace', '6.5%', '6.8%']]);
    expect(brief(diff('降低3.1个百分点', '降低3.4个百分点'))).toEqual([['replace', '3.1个百分点', '3.4个百分点']]);
    expect(brief(diff('第十三届全国人民代表大会', '第十四届全国人民代表大会'))).toEqual([
      ['replace', '第十三届', '第十四届'],
    ]);
  });

  it('makes a changed number its own hunk, apart from the words changed next to it', () => {
    const hunks = diff('城镇新增就业1100万人以上，增长6.5%左右。', '城镇新增就业1200万人以上，增长6%以上。');
    expect(brief(hunks)).toEqual([
      ['replace', '1100万人', '1200万人'],
      ['replace', '6.5%', '6%'],
      ['replace', '左右', '以上'],
    ]);
    expect(hunks.map((h) => h.numeric)).toEqual([true, true, false]);
  });

  it('does not call words with 一 in them numbers', () => {
    const tokens = tokenize('一些地方统一思想，进一步推进“十四五”规划和两个确立');
    const numbers = tokens.filter((t) => t.num).map((t) => t.key);
    expect(numbers).toEqual(['十四五', '两个']);
  });
});

describe('diffTexts: paragraphs and blocks', () => {
  it('splits a deletion that spans paragraphs into one hunk per paragraph', () => {
    const a = '甲：第一段的话。\n乙：第二段的话。\n丙：第三段的话。';
    const b = '甲：第一段的话。\n丙：第三段的话。';
    expect(brief(diff(a, b))).toEqual([['delete', '乙：第二段的话。', '']]);
    const c = '甲：第一段的话。';
    expect(brief(diff(a, c))).toEqual([
      ['delete', '乙：第二段的话。', ''],
      ['delete', '丙：第三段的话。', ''],
    ]);
  });

  it('splits a replacement at the paragraph breaks of each text', () => {
    const a = '保持不变的开头。\n旧的第一段内容。\n旧的第二段内容。\n不变的结尾。';
    const b = '保持不变的开头。\n新写的一整段话。\n不变的结尾。';
    expect(brief(diff(a, b))).toEqual([
      ['replace', '旧的第一段内容', '新写的一整段话'],
      ['delete', '旧的第二段内容。', ''],
    ]);
  });

  it('inserts a paragraph added after a changed one whole', () => {
    expect(brief(diff('甲。\n我们要推进改革。', '甲。\n我们要深化改革。\n新的一段。'))).toEqual([
      ['replace', '推进', '深化'],
      ['insert', '', '新的一段。'],
    ]);
    expect(brief(diff('甲。\n我们要深化改革。\n旧的一段。', '甲。\n我们要推进改革。'))).toEqual([
      ['replace', '深化', '推进'],
      ['delete', '旧的一段。', ''],
    ]);
  });

  it('ignores a different line layout but keeps hunks inside the paragraph they are drawn on', () => {
    const a = '过去一年，经济运行稳中向好。\n城镇新增就业1351万人。\n居民收入较快增长。';
    const b = '过去一年，经济运行稳中向好。城镇新增就业1361万人。居民收入较快增长。\n';
    expect(brief(diff(a, b))).toEqual([['replace', '1351万人', '1361万人']]);
    const inserted = diff(a, '过去一年，经济运行稳中向好。城镇新增就业1351万人。新的一句。居民收入较快增长。');
    expect(brief(inserted)).toEqual([['insert', '', '新的一句。']]);
  });

  it('inserts a repeated paragraph whole, not as one tail plus the next head', () => {
    const a = '新增5万人就业。\n甲段。\n乙段。';
    const b = '新增6万人创业。\n甲段。\n乙段。\n乙段。';
    const hunks = diff(a, b);
    expect(brief(hunks)).toEqual([
      ['replace', '5万人', '6万人'],
      ['replace', '就业', '创业'],
      ['insert', '', '乙段。'],
    ]);
    const again = diff('各位代表！\n我们要继续努力。\n', '各位代表！\n各位代表！\n我们要继续努力。\n');
    expect(brief(again)).toEqual([['insert', '', '各位代表！']]);
  });
});

describe('diffTexts: cosmetic changes', () => {
  const a = '国务院总理　李克强\n增长6.5％左右，进出口＋3%。';
  const b = '国务院总理 李克强 增长6.5%左右；进出口+3%。';

  it('hides whitespace, layout, width and punctuation-only changes by default', () => {
    const r = diffTexts(a, b);
    expect(r.hunks).toEqual([]);
    expect(r.stats.cosmetic).toBe(5);
  });

  it('shows them, flagged cosmetic, on request', () => {
    const hunks = diff(a, b, true);
    expect(hunks.every((h) => h.cosmetic && !h.numeric)).toBe(true);
    expect(brief(hunks)).toEqual([
      ['replace', '\u3000', ' '],
      ['replace', '\n', ' '],
      ['replace', '％', '%'],
      ['replace', '，', '；'],
      ['replace', '＋', '+'],
    ]);
  });

  it('keeps a real change that comes with punctuation apart from a punctuation-only one', () => {
    const hunks = diff('奋发进取', '奋发进取！\n（来源：新华网）');
    expect(brief(hunks)).toEqual([['insert', '', '（来源：新华网）']]);
  });

  it('sees a word broken by a line break in one text as layout only', () => {
    expect(diff('国务院总\n理李克强', '国务院总理李克强')).toEqual([]);
  });
});

describe('diffTexts: options', () => {
  it('uses an injected segmenter', () => {
    let calls = 0;
    const perChar: WordSegmenter = {
      segment(input: string) {
        calls++;
        return [...input].map((segment, index) => ({ segment, index }));
      },
    };
    const r = diffTexts('减少贫困人口1000万', '减少贫困人口1100万', { segmenter: perChar });
    expect(calls).toBe(2);
    expect(brief(r.hunks)).toEqual([['replace', '1000万', '1100万']]);
  });

  it('counts hunks and characters', () => {
    const r = diffTexts('甲。\n我们要推进改革。', '甲。\n我们要深化改革。\n新的一段。');
    expect(r.stats).toMatchObject({ insertions: 1, replacements: 1, deletions: 0, insertedChars: 7, deletedChars: 2 });
  });
});
