import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffTexts, type Hunk } from './index';

const corpus = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/corpus/${name}`, import.meta.url), 'utf8');

const brief = (hs: Hunk[]) => hs.map((h) => [h.kind, h.oldText, h.newText]);

/** `a` with every hunk applied: what the hunks say `b` is. */
function apply(a: string, hunks: Hunk[]): string {
  const sorted = [...hunks].sort((x, y) => x.aStart - y.aStart || x.aEnd - y.aEnd);
  let out = '';
  let at = 0;
  for (const h of sorted) {
    expect(h.aStart).toBeGreaterThanOrEqual(at);
    out += a.slice(at, h.aStart) + h.newText;
    at = h.aEnd;
  }
  return out + a.slice(at);
}

const noSpace = (s: string) => s.replace(/\s/gu, '');
const essential = (s: string) =>
  noSpace(s)
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/(?![%‰])\p{P}/gu, '');

/** Offsets hold, hunks with words keep to a paragraph, numbers are never cut, hunks rebuild `b`. */
function checkAll(a: string, b: string): void {
  const shown = diffTexts(a, b, { showCosmetic: true }).hunks;
  const real = diffTexts(a, b).hunks;
  expect(real).toEqual(shown.filter((h) => !h.cosmetic));
  const cut = /[0-9.][0-9.%万亿]/u;
  for (const h of shown) {
    expect(h.oldText).toBe(a.slice(h.aStart, h.aEnd));
    expect(h.newText).toBe(b.slice(h.bStart, h.bEnd));
    if (h.cosmetic) continue;
    expect(h.oldText + h.newText).not.toMatch(/\n/u);
    for (const [text, at] of [[a, h.aStart], [a, h.aEnd], [b, h.bStart], [b, h.bEnd]] as const) {
      expect(text.slice(at - 1, at + 1)).not.toMatch(cut);
    }
  }
  expect(noSpace(apply(a, shown))).toBe(noSpace(b));
  expect(essential(apply(a, real))).toBe(essential(b));
}

describe('the national reports against a news agency copy with another layout', () => {
  const pair = (year: number) => [corpus(`national-${year}.zh.txt`), corpus(`alt/national-${year}.zh.paragraphs.txt`)] as const;

  it('2016: the dateline, the photo caption and one extra 各位代表！, nothing else', () => {
    const [a, b] = pair(2016);
    expect(brief(diffTexts(a, b).hunks)).toEqual([
      ['insert', '', '新华社北京3月17日电'],
      ['insert', '', '3月5日，李克强总理代表国务院在十二届全国人大四次会议上作《政府工作报告》。新华社记者 饶爱民 摄'],
      ['insert', '', '各位代表！'],
    ]);
  });

  it('2017: the dateline and the caption, which comes twice', () => {
    const [a, b] = pair(2017);
    const caption = '3月5日，第十二届全国人民代表大会第五次会议在北京人民大会堂开幕。国务院总理李克强作政府工作报告。';
    expect(brief(diffTexts(a, b).hunks)).toEqual([
      ['insert', '', '新华社北京3月16日电'],
      ['insert', '', `${caption}新华社记者 庞兴雷 摄`],
      ['insert', '', caption],
    ]);
  });

  it('2018: the dateline and the caption; half-width % and + are not changes', () => {
    const [a, b] = pair(2018);
    const r = diffTexts(a, b);
    expect(brief(r.hunks)).toEqual([
      ['insert', '', '新华社北京3月22日电'],
      ['insert', '', '3月5日，第十三届全国人民代表大会第一次会议在北京人民大会堂开幕。国务院总理李克强作政府工作报告。新华社记者 姚大伟 摄'],
    ]);
    expect(r.stats.similarity).toBeGreaterThan(0.99);
  });

  it('shows only layout and width as cosmetic hunks when asked', () => {
    const [a, b] = pair(2018);
    const cosmetic = diffTexts(a, b, { showCosmetic: true }).hunks.filter((h) => h.cosmetic);
    const width = cosmetic.filter((h) => noSpace(h.oldText + h.newText) !== '');
    expect(width.filter((h) => h.oldText === '％' && h.newText === '%')).toHaveLength(56);
    expect(width.filter((h) => h.oldText === '＋' && h.newText === '+')).toHaveLength(7);
    expect(width).toHaveLength(63);
    expect(cosmetic.length).toBeGreaterThan(500);
  });

  it.each([2016, 2017, 2018])('%i: offsets, paragraphs and numbers hold, and the hunks rebuild the copy', (year) => {
    checkAll(...pair(year));
  });
});

describe('a partial copy of the 2024 report', () => {
  const a = corpus('national-2024.zh.txt');
  const b = corpus('partial/national-2024.zh.partial.txt');

  it('shows the missing sentences as deletions, one per paragraph, and the source line as the one insertion', () => {
    const hunks = diffTexts(a, b).hunks;
    const short = (s: string) => (s.length <= 24 ? s : `${s.slice(0, 10)}…${s.slice(-10)}`);
    expect(hunks.map((h) => [h.kind, short(h.oldText), h.newText])).toEqual([
      ['delete', '政府工作报告——20…议上国务院总理\u2002李强', ''],
      ['delete', '各位代表：', ''],
      ['delete', '过去一年，是全面贯彻…化国家迈出坚实步伐。', ''],
      ['delete', '各位代表！', ''],
      ['delete', '做好政府工作，要在以…建设、民族复兴伟业。', ''],
      ['delete', '今年发展主要预期目标…态环境质量持续改善。', ''],
      ['delete', '各位代表！', ''],
      ['delete', '新征程新使命，对政府…全面履行好政府职责。', ''],
      ['delete', '各位代表！', ''],
      ['delete', '我们要坚持独立自主的…构建人类命运共同体。', ''],
      ['delete', '各位代表！', ''],
      ['delete', '使命重在担当，奋斗创造未来。', ''],
      ['insert', '', '（来源：新华网）'],
    ]);
    // Whole sentences: each deletion starts a paragraph or follows a sentence, and ends one.
    for (const h of hunks.slice(0, -1)) {
      expect(a.slice(h.aStart - 1, h.aStart)).toMatch(/^$|[\n。！：]/u);
      expect(/[。！：]$/u.test(h.oldText) || a[h.aEnd] === '\n').toBe(true);
    }
    expect(hunks.every((h) => !h.cosmetic)).toBe(true);
  });

  it('hides the ！ the partial adds before its source line, and shows it when asked', () => {
    const shown = diffTexts(a, b, { showCosmetic: true }).hunks.filter((h) => h.cosmetic && noSpace(h.newText));
    expect(brief(shown)).toEqual([['insert', '', '！']]);
  });

  it('offsets, paragraphs and numbers hold, and the hunks rebuild the partial', () => {
    checkAll(a, b);
  });
});

describe('a report against last year’s', () => {
  const a = corpus('national-2019.zh.txt');
  const b = corpus('national-2020.zh.txt');

  it('offsets, paragraphs and numbers hold, and the hunks rebuild the new report', () => {
    checkAll(a, b);
  });

  it('pairs the changed figures of a kept sentence whole', () => {
    const hunks = diffTexts(a, b).hunks;
    const header = hunks.filter((h) => h.aEnd < a.indexOf('各位代表'));
    expect(brief(header.filter((h) => h.numeric))).toEqual([
      ['replace', '2019年', '2020年'],
      ['replace', '3月', '5月'],
      ['replace', '5日', '22日'],
      ['replace', '第二次', '第三次'],
    ]);
  });

  it('finds a figure edited in place in a real report as one numeric hunk', () => {
    const edited = a.replace('城镇新增就业1361万人', '城镇新增就业1316万人');
    expect(brief(diffTexts(a, edited).hunks)).toEqual([['replace', '1361万人', '1316万人']]);
  });
});
