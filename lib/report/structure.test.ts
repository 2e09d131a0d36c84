import { describe, expect, it } from 'vitest';
import { buildOutline } from './outline';

/** Paragraph filler of a given tense, long enough to be a paragraph. */
const past = (n: number) => `一年来，全省地区生产总值增长${n}.1%，完成了固定资产投资，比上年提高，同比增长${n}%。`;
const future = (n: number) => `今年要确保城镇新增就业${n}0万人以上，力争实现更高目标，将持续推进各项改革。`;
const roleOf = (text: string, year: number, needle: string) => {
  const o = buildOutline(text, { year });
  return { role: o.roleAt(text.indexOf(needle)), multi: o.multiYearAt(text.indexOf(needle)), structure: o.structure };
};

describe('readStructure: the review/plan split from any outline', () => {
  it('bare part titles on lines of their own', () => {
    const text = ['各位代表：', '“十四五”时期工作回顾', past(5), '“十五五”时期的主要目标任务', '到2030年，地区生产总值年均增长5%以上。', '2026年重点工作', future(3)].join('\n');
    expect(roleOf(text, 2026, '5.1%').role).toBe('review');
    expect(roleOf(text, 2026, '年均增长5%')).toMatchObject({ role: 'plan', multi: true });
    expect(roleOf(text, 2026, '30万人')).toMatchObject({ role: 'plan', multi: false });
  });

  it('a numbered title that runs on into its paragraph', () => {
    const text = ['各位代表：', `一、2023年工作回顾 过去一年，${past(4)}`, `二、2024年主要任务今年是实现目标的关键一年。${future(2)}`].join('\n');
    const o = buildOutline(text, { year: 2024 });
    expect(o.headings.filter((h) => h.depth === 1).map((h) => h.text)).toEqual(['一、2023年工作回顾', '二、2024年主要任务']);
    expect(o.roleAt(text.indexOf('4.1%'))).toBe('review');
    expect(o.roleAt(text.indexOf('20万人'))).toBe('plan');
  });

  it("this year's plan before the five-year goals, and parts after them", () => {
    const text = ['各位代表：', '一、工作回顾', past(6), '二、2026年工作安排', future(4), '三、“十五五”时期主要目标任务', '到2030年，城镇化率提高到70%。', '四、全面提升政府治理效能', '要建设法治政府。'].join('\n');
    expect(roleOf(text, 2026, '6.1%').role).toBe('review');
    expect(roleOf(text, 2026, '40万人')).toMatchObject({ role: 'plan', multi: false });
    expect(roleOf(text, 2026, '70%')).toMatchObject({ role: 'plan', multi: true });
    expect(roleOf(text, 2026, '法治政府')).toMatchObject({ role: 'plan', multi: false });
  });

  it('a five-year review inside the part on the new five-year goals is review', () => {
    const text = ['各位代表：', '一、2020年工作回顾', past(2), '二、“十三五”时期发展成就和“十四五”时期主要目标任务', '“十三五”规划主要目标任务胜利完成，国内生产总值从不到70万亿元增加到超过100万亿元，城镇新增就业超过6000万人。', '“十四五”时期经济社会发展主要目标是：城镇调查失业率控制在5.5%以内。', '三、2021年重点工作', future(1)].join('\n');
    expect(roleOf(text, 2021, '6000万').role).toBe('review');
    expect(roleOf(text, 2021, '5.5%')).toMatchObject({ role: 'plan', multi: true });
  });

  it('one part holding the five-year goals and this year’s plan is split where each begins', () => {
    const text = ['各位代表：', '一、2025年工作回顾', past(3), '二、“十五五”时期目标任务和2026年工作安排', '“十五五”时期，要努力实现居民收入年均增长5%。', '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。', '（一）扩大内需', future(5)].join('\n');
    expect(roleOf(text, 2026, '年均增长5%')).toMatchObject({ role: 'plan', multi: true });
    expect(roleOf(text, 2026, '5%左右')).toMatchObject({ role: 'plan', multi: false });
    expect(roleOf(text, 2026, '50万人')).toMatchObject({ role: 'plan', multi: false });
  });

  it('a part whose title names no time but which opens on the coming five-year period sets its goals', () => {
    const text = ['各位代表：', '一、2025年工作回顾', past(3), '二、奋力谱写现代化建设新篇章', '“十五五”时期是夯实基础、全面发力的关键时期。今后五年，全省居民收入年均增长5%以上。', '今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。', '三、扎实做好各项工作', future(5), '四、凝心聚力开新局', '“十五五”开局之年，要确保城镇新增就业8万人以上。'].join('\n');
    expect(roleOf(text, 2026, '年均增长5%')).toMatchObject({ role: 'plan', multi: true });
    expect(roleOf(text, 2026, '5%左右')).toMatchObject({ role: 'plan', multi: false });
    expect(roleOf(text, 2026, '50万人')).toMatchObject({ role: 'plan', multi: false });
    expect(roleOf(text, 2026, '8万人')).toMatchObject({ role: 'plan', multi: false });
  });

  it('a text with no part titles is split by tense, and says it is unsure', () => {
    const text = ['各位代表：', ...[1, 2, 3, 4].map(past), ...[5, 6, 7, 8].map(future), 'x'.repeat(15_000)].join('\n');
    const r = roleOf(text, 2026, '3.1%');
    expect(r.role).toBe('review');
    expect(roleOf(text, 2026, '70万人').role).toBe('plan');
    expect(r.structure.doubts).toContain('no-titles');
    expect(r.structure.confidence).toBeLessThan(0.7);
  });

  it('finds the 主要预期目标 paragraph and doubts a split that leaves it outside the plan', () => {
    const good = ['各位代表：', '一、2025年工作回顾', past(3), '二、2026年重点工作', '主要预期目标是：地区生产总值增长5%左右。'].join('\n');
    const s = buildOutline(good, { year: 2026 }).structure;
    expect(s.goals && good.slice(s.goals.start, s.goals.end)).toBe('主要预期目标是：地区生产总值增长5%左右。');
    expect(s.confidence).toBe(1);
    const bad = ['各位代表：', '一、2025年工作回顾', past(3), '主要预期目标是：地区生产总值增长5%左右。', 'x'.repeat(15_000)].join('\n');
    const t = buildOutline(bad, { year: 2026 }).structure;
    expect(t.doubts).toEqual(expect.arrayContaining(['no-plan', 'goals-outside-plan']));
    expect(t.confidence).toBeLessThan(0.5);
  });
});

describe('readStructure: five-year reviews', () => {
  it('marks the stretch reviewing a five-year period, up to the paragraph on last year', () => {
    const text = ['各位代表：', '一、2025年和“十四五”时期工作回顾', '“十四五”时期，全省城镇新增就业累计超过300万人，地区生产总值年均增长5.5%。', '2025年，全省城镇新增就业62万人。', '二、2026年重点工作', future(6)].join('\n');
    const o = buildOutline(text, { year: 2026 });
    expect(o.structure.roleAt(text.indexOf('300万'))).toBe('period-review');
    expect(o.multiYearAt(text.indexOf('300万'))).toBe(true);
    expect(o.structure.roleAt(text.indexOf('62万'))).toBe('review');
    expect(o.roleAt(text.indexOf('300万'))).toBe('review');
  });
});
