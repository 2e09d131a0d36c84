import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alignSections, diffSections, diffTexts, findSections, type SectionPair } from './index';

const corpus = (name: string) =>
  readFileSync(new URL(`../../tests/fixtures/corpus/${name}`, import.meta.url), 'utf8');

/** Pairs come in text order on both sides and cover both texts without gap or overlap. */
function expectCover(a: string, b: string, pairs: SectionPair[]): void {
  for (const side of ['a', 'b'] as const) {
    const sections = pairs.map((p) => p[side]).filter((s) => s !== null);
    expect(sections[0]?.start).toBe(0);
    sections.forEach((s, k) => expect(s.end).toBe(sections[k + 1]?.start ?? (side === 'a' ? a : b).length));
  }
}

describe('findSections', () => {
  it('finds the 一、 and （一） headings of a report, in order', () => {
    const sections = findSections(corpus('national-2018.zh.txt'));
    expect(sections.filter((s) => s.level === 1).map((s) => s.heading)).toEqual([
      '一、过去五年工作回顾',
      '二、2018年经济社会发展总体要求和政策取向',
      '三、对2018年政府工作的建议',
    ]);
    expect(sections.filter((s) => s.level === 2)).toHaveLength(18);
    expect(sections[0]).toMatchObject({ level: 0, start: 0, heading: '' });
    expect(sections.find((s) => s.heading === '（一）深入推进供给侧结构性改革')?.title).toBe('深入推进供给侧结构性改革');
  });

  it('reads indented headings and half-width brackets, and cuts a heading run into its paragraph', () => {
    const text = '\u2003\u2003一、2020年工作回顾\u2003\u2003过去一年极不平凡。\n(一)经济平稳\n正文。\n（二）民生改善。正文。';
    const sections = findSections(text);
    expect(sections.map((s) => [s.level, s.heading, s.title])).toEqual([
      [1, '一、2020年工作回顾', '2020年工作回顾'],
      [2, '(一)经济平稳', '经济平稳'],
      [2, '（二）民生改善', '民生改善'],
    ]);
    expect(sections[0]!.start).toBe(0);
  });

  it('skips numbered lines that do not follow the heading before', () => {
    const text = '一、回顾\n正文\n三、不是标题\n二、任务\n正文';
    expect(findSections(text).map((s) => s.heading)).toEqual(['一、回顾', '二、任务']);
  });
});

describe('alignSections', () => {
  it('pairs every section of two layouts of the same report', () => {
    const a = corpus('national-2018.zh.txt');
    const b = corpus('alt/national-2018.zh.paragraphs.txt');
    const pairs = alignSections(a, b);
    expect(pairs).toHaveLength(22);
    expect(pairs.every((p) => p.a && p.b && p.a.heading === p.b.heading)).toBe(true);
    expect(pairs.slice(1).every((p) => p.score > 0.9)).toBe(true);
    expectCover(a, b, pairs);
  });

  it('pairs the parts of a report with last year’s by title and wording, leaving new parts unpaired', () => {
    const a = corpus('national-2019.zh.txt');
    const b = corpus('national-2020.zh.txt');
    const pairs = alignSections(a, b);
    const matched = pairs.filter((p) => p.a && p.b).map((p) => [p.a!.heading, p.b!.heading]);
    expect(matched.slice(0, 3)).toEqual([
      ['', ''],
      ['一、2018年工作回顾', '一、2019年和今年以来工作回顾'],
      ['二、2019年经济社会发展总体要求和政策取向', '二、今年发展主要目标和下一阶段工作总体部署'],
    ]);
    expect(pairs.some((p) => p.a === null)).toBe(true);
    expectCover(a, b, pairs);
  });

  it('always pairs the texts before the first heading, and handles empty texts', () => {
    expect(alignSections('', '')).toEqual([
      { a: { start: 0, end: 0, level: 0, heading: '', title: '' }, b: { start: 0, end: 0, level: 0, heading: '', title: '' }, score: 0 },
    ]);
    const pairs = alignSections('标题甲\n一、回顾\n正文', '完全不同的开头\n一、回顾\n正文');
    expect(pairs.map((p) => [p.a?.heading, p.b?.heading])).toEqual([
      ['', ''],
      ['一、回顾', '一、回顾'],
    ]);
    expect(diffSections('', '一、回顾\n正文').hunks.map((h) => [h.kind, h.newText])).toEqual([
      ['insert', '一、回顾'],
      ['insert', '正文'],
    ]);
  });

  it('pairs renumbered sub-sections of a city report', () => {
    const a = corpus('hailar-2015.zh.txt');
    const b = corpus('hailar-2016.zh.txt');
    const pairs = alignSections(a, b);
    const pair = pairs.find((p) => p.a?.title === '加强社会管理创新，促进社会和谐稳定');
    expect(pair?.b?.title).toBe('加强社会治理创新，促进社会和谐稳定');
    expectCover(a, b, pairs);
  });
});

describe('diffSections', () => {
  it('finds the same changes as the whole-text diff on two layouts of one report', () => {
    const a = corpus('national-2016.zh.txt');
    const b = corpus('alt/national-2016.zh.paragraphs.txt');
    const r = diffSections(a, b);
    expect(r.hunks).toEqual(diffTexts(a, b).hunks);
    expect(r.sections.flatMap((s) => s.hunks)).toEqual(r.hunks);
    expect(r.stats).toMatchObject({ insertions: 3, deletions: 0, replacements: 0 });
  });

  it('gives offsets in the whole texts and keeps hunks inside their sections', () => {
    const a = corpus('national-2019.zh.txt');
    const b = corpus('national-2020.zh.txt');
    const r = diffSections(a, b);
    for (const s of r.sections) {
      for (const h of s.hunks) {
        expect(h.oldText).toBe(a.slice(h.aStart, h.aEnd));
        expect(h.newText).toBe(b.slice(h.bStart, h.bEnd));
        if (s.a) expect(h.aStart >= s.a.start && h.aEnd <= s.a.end).toBe(true);
        if (s.b) expect(h.bStart >= s.b.start && h.bEnd <= s.b.end).toBe(true);
      }
    }
    const unpaired = r.sections.find((s) => s.a === null)!;
    expect(unpaired.hunks.every((h) => h.kind === 'insert')).toBe(true);
  });
});
