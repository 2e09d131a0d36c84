import { describe, expect, it } from 'vitest';
import { corpus, gold } from '../../tests/unit/engine/corpus';
import { analyze } from './analyze';
import { buildGovernmentsTable, HEADLINES, writtenFigure } from './table';

const PROVINCES = ['gansu-2026', 'guangdong-2026', 'hainan-2026', 'jilin-2026', 'ningxia-2026'];
const input = (name: string) => {
  const g = gold(`${name}.gold.json`);
  const raw = corpus(g.file);
  return { file: g.file, raw, analysis: analyze(raw), gold: g };
};

/** The labellers' names for the headline indicators (their indicator column). */
const GOLD_HEADLINE: Record<string, RegExp> = {
  地区生产总值增长: /^(?:地区生产总值|经济)增长$/,
  城镇新增就业: /^城镇新增就业$/,
  城镇调查失业率: /^城镇调查失业率$/,
  居民消费价格涨幅: /^(?:居民消费价格(?:总水平)?(?:\(CPI\))?|CPI)涨幅$/,
  一般公共预算收入增长: /一般公共预算收入增长(?:\(.*\))?$/,
};

describe('buildGovernmentsTable over the labelled 2026 provincial reports', () => {
  const inputs = PROVINCES.map(input);
  const table = buildGovernmentsTable(inputs);

  it('puts the five headline rows first, in order, under fixed names', () => {
    expect(table.year).toBe(2026);
    expect(table.rows.slice(0, 5).map((r) => r.indicator)).toEqual(Object.keys(GOLD_HEADLINE));
  });

  it("fills each headline cell with the labelled target, as written, and leaves it empty where the report sets none", () => {
    for (const i of inputs) {
      const region = i.analysis.meta.region!;
      for (const [row, re] of Object.entries(GOLD_HEADLINE)) {
        const labelled = i.gold.targets.find((t) => !t.optional && re.test(t.indicator));
        const cell = table.rows.find((r) => r.indicator === row)!.cells[region];
        if (!labelled) {
          expect(cell, `${region} ${row}`).toBeUndefined();
          continue;
        }
        expect(cell, `${region} ${row}`).toBeDefined();
        expect(cell!.amount).toEqual(labelled.amount);
        expect(i.raw.slice(cell!.start, cell!.end)).toBe(labelled.number);
        expect(cell!.figure.startsWith(labelled.number)).toBe(true);
      }
    }
  });

  it('shares a row only between governments naming one indicator, each at most once', () => {
    const retail = table.rows.find((r) => /社会消费品零售总额/.test(r.indicator))!;
    expect(Object.keys(retail.cells).length).toBeGreaterThanOrEqual(4);
    for (const r of table.rows.slice(5)) expect(Object.keys(r.cells).length).toBeGreaterThanOrEqual(2);
  });
});

describe('writtenFigure', () => {
  it('keeps the unit and qualifier as the report writes them', () => {
    const raw = '城镇调查失业率5.5％左右，城镇新增就业1100万人以上，增长4.5%—5%。';
    const a = analyze(`各位代表：\n一、今年主要任务\n${raw}`, { force: true });
    const text = `各位代表：\n一、今年主要任务\n${raw}`;
    expect(a.commitments.map((c) => writtenFigure(text, c))).toEqual(['5.5％左右', '1100万人以上', '4.5%—5%']);
  });
});

describe('the GDP headline row', () => {
  const gdpOf = (goal: string) => {
    const text = `2026年政府工作报告\n各位代表：\n一、2025年工作回顾\n地区生产总值增长5.1%。\n二、2026年工作安排\n今年主要预期目标是：${goal}，城镇新增就业50万人以上。\n`;
    return analyze(text).commitments.find((c) => c.kind === 'target' && HEADLINES[0]!.matches(c));
  };

  it('is found however the report phrases the growth of its economy', () => {
    for (const goal of ['地区生产总值增长5%左右', '全省经济增长5%以上', '地区生产总值比上年增长5%', '经济实际增长5%左右', '地区生产总值预期增长5%—5.5%', '经济增长率5%左右', '经济保持5%左右的增长', 'GDP增长5%'])
      expect(gdpOf(goal), goal).toBeDefined();
  });

  it('is not the growth of a part of the economy or of output per person', () => {
    for (const goal of ['人均地区生产总值增长5%', '数字经济核心产业增加值增长10%', '民营经济增加值增长6%', '规模以上工业增加值增长6%'])
      expect(gdpOf(goal), goal).toBeUndefined();
  });
});
