import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/unit/engine/corpus';
import { analyze } from './analyze';
import { indicatorKey } from './key';
import { notesText } from './notes';
import { buildHistory, compareReports, statusOf } from './link';
import type { Commitment } from './types';

/** A small report around real sentences of the corpus: review of last year, then this year's plan. */
const report = (year: number, review: string, plan: string) =>
  analyze(`政府工作报告\n——${year}年3月5日在市第一届人民代表大会第一次会议上\n各位代表：\n一、${year - 1}年工作回顾\n${review}\n二、${year}年主要任务\n${plan}`);

const row = (prior: string, current: string, review = '过去一年，经济平稳运行。') => {
  const rows = compareReports(report(2020, '过去一年，经济平稳运行。', prior), report(2021, review, current)).rows;
  return rows;
};

describe('indicator keys', () => {
  it('meet across renamings from the synonym table', () => {
    expect(indicatorKey('新增城镇就业')).toBe(indicatorKey('城镇新增就业'));
    expect(indicatorKey('单位GDP能耗下降')).toBe(indicatorKey('单位国内生产总值能耗下降'));
    expect(indicatorKey('全市生产总值增长')).toBe(indicatorKey('地区生产总值增长'));
    // Energy and carbon intensity are the per-GDP measures by another name.
    expect(indicatorKey('能耗强度下降')).toBe(indicatorKey('单位地区生产总值能耗下降'));
    // A review's 降幅 is the plan's 降低; its 总产量 of grain is the plan's 粮食产量.
    expect(indicatorKey('单位国内生产总值能耗降幅')).toBe(indicatorKey('单位国内生产总值能耗降低'));
    expect(indicatorKey('粮食生产总产量')).toBe(indicatorKey('粮食产量'));
    expect(indicatorKey('粮食总产量')).toBe(indicatorKey('粮食产量'));
    expect(indicatorKey('二氧化碳排放强度降低')).toBe(indicatorKey('单位国内生产总值二氧化碳排放下降'));
    expect(indicatorKey('能耗强度下降')).not.toBe(indicatorKey('二氧化碳排放强度下降'));
    // A rise said with 增加 or 增长 is one direction.
    expect(indicatorKey('中央对地方转移支付增加')).toBe(indicatorKey('中央对地方转移支付增长'));
  });

  it('read a price without the base it is quoted per, and 水稻 as 稻谷', () => {
    expect(indicatorKey('水稻最低收购价每50公斤提高')).toBe(indicatorKey('稻谷最低收购价提高'));
  });

  it('read a qualifier between the measured thing and its direction as the direction alone', () => {
    for (const q of ['比上年增长', '同比增长', '实际增长', '预期增长', '力争增长', '年增长', '增长速度', '增长率'])
      expect(indicatorKey(`地区生产总值${q}`), q).toBe(indicatorKey('地区生产总值增长'));
    // An average over years, and a qualifier that is the name's own first word, stay.
    expect(indicatorKey('地区生产总值年均增长')).not.toBe(indicatorKey('地区生产总值增长'));
    expect(indicatorKey('实际使用外资增长')).toBe('实际使用外资↑');
  });
});

describe('compareReports: change', () => {
  it('raised and lowered (national 2019 → 2020: 城镇新增就业 1100万 → 900万)', () => {
    const [r] = row('城镇新增就业1100万人以上。', '城镇新增就业900万人以上。');
    expect(r).toMatchObject({ change: 'lowered' });
    expect(row('新增就业岗位50万个以上。', '新增就业岗位55万个以上。')[0]).toMatchObject({ change: 'raised' });
  });

  it('same, and comparator changed (5万人左右 → 5万人以上 is not unchanged)', () => {
    expect(row('比例保持在3%左右。', '比例保持在3%左右。')[0]!.change).toBe('same');
    expect(row('城镇新增就业5万人左右。', '城镇新增就业5万人以上。')[0]!.change).toBe('comparator-changed');
  });

  it('pairs renamed indicators and warns on a changed unit (套 vs 套（间）)', () => {
    const rows = row('保障性租赁住房建设筹措5.3万套。', '保障性租赁住房建设筹措17.3万套（间）。');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.change).toBe('unit-changed');
    expect(rows[0]!.notes).toEqual([{ kind: 'unit-differs', prior: '套', current: '套（间）' }]);
    // Written in the UI's language, the report's units as they are.
    expect(notesText(rows[0]!.notes, 'zh')).toBe('单位不同：套 → 套（间）');
    expect(notesText(rows[0]!.notes, 'en')).toBe('Units differ: 套 → 套（间）');
  });

  it('keeps sectors, and one sector\'s projects, apart from all projects; reads 建设 inside a name as wording', () => {
    expect(row('实施重点农牧业项目33个。', '实施重点工业项目34个。').filter((r) => r.prior && r.current)).toHaveLength(0);
    expect(row('实施重点项目32个。', '实施重点工业项目28个。').filter((r) => r.prior && r.current)).toHaveLength(0);
    expect(row('完成铁路建设投资8000亿元。', '完成铁路投资7320亿元。')[0]).toMatchObject({ change: 'lowered' });
  });

  it('pairs a measure word with its bracketed alternative and the word alone (条（段） and 条), noting the difference', () => {
    const [r] = row('建设幸福河湖10条。', '建设幸福河湖12条（段）。');
    expect(r).toMatchObject({ change: 'unit-changed' });
  });

  it('rates an outcome that went the other way as missed (增长1%左右 → 下降1.5%, not a rise of 1.5)', () => {
    const rows = compareReports(report(2022, '过去一年，经济平稳运行。', '规模以上工业增加值增长1%左右。'), report(2023, '规模以上工业增加值下降1.5%。', '今年经济平稳运行。')).rows;
    const industry = rows.find((r) => r.prior)!;
    expect(industry.outcome?.number).toBe('1.5');
    expect(industry.status).toBe('missed');
  });

  it('keeps a deficit from a fund, starts from completions, 全国财政 from 中央财政, and a yearly average from a year', () => {
    const outcomeOf = (plan: string, review: string) => compareReports(report(2020, '过去一年，经济平稳运行。', plan), report(2021, review, '今年经济平稳运行。')).rows.find((r) => r.prior)!.outcome;
    expect(outcomeOf('中央财政赤字7000亿元。', '中央财政安排资金1713亿元，支持保障房建设。')).toBeNull();
    expect(outcomeOf('今年保障性住房新开工630万套。', '保障性住房基本建成650万套。')).toBeNull();
    expect(outcomeOf('中央财政安排1000亿元专项奖补资金。', '全国财政专项扶贫资金投入超过1000亿元。')).toBeNull();
    expect(outcomeOf('进出口总额增长10%左右。', '与2015年相比，进出口总额年均增长12.2%。')).toBeNull();
    expect(outcomeOf('进出口总额增长10%左右。', '进出口总额增长11%。')).not.toBeNull();
  });

  it('pairs jobs counted as people with jobs counted as posts, and says the units differ', () => {
    const [r] = row('确保新增城镇就业5400人。', '力争年内新增就业岗位5000个。');
    expect(r).toMatchObject({ change: 'unit-changed' });
    expect(r!.notes).toEqual([{ kind: 'unit-differs', prior: '人', current: '个' }]);
    // Other counts of people and of things stay apart.
    expect(row('培训农民工5000人。', '建设培训基地5000个。').filter((x) => x.prior && x.current)).toHaveLength(0);
  });

  it('does not pair a sum with one ten times smaller under a loosely similar name (重点项目投资 54亿 vs 智慧城市项目投资 2亿)', () => {
    const rows = row('完成66个重点项目54亿元的投资计划。', '启动投资2亿元的智慧城市项目。');
    expect(rows.filter((r) => r.prior && r.current)).toHaveLength(0);
    // The same name ten times over still pairs.
    expect(row('新建5G基站1000个。', '新建5G基站2万个。')[0]).toMatchObject({ change: 'raised' });
  });

  it('does not pair a payer alone with what it pays for (中央财政 N亿元 vs 中央财政赤字增加)', () => {
    const rows = row('中央财政赤字1.1万亿元，增加1700亿元。', '中央财政拟安排1000亿元，支持职工安置。');
    expect(rows.filter((r) => r.prior && r.current)).toHaveLength(0);
  });

  it('keeps opposed scopes and generic names apart (城镇 vs 农村, 投资 of what?)', () => {
    const rows = row('农村常住居民人均可支配收入增长8%。全年计划投资15亿元。', '城镇常住居民人均可支配收入增长8%。投资6.6亿元。');
    expect(rows.filter((r) => r.prior && r.current)).toHaveLength(0);
    // Rain or sewage pipes are not water-supply pipes, however equal the figure.
    const pipes = row('投资8000万元实施10公里雨水管网及泵站改造。', '新建10公里供水管网。');
    expect(pipes.filter((r) => r.prior && r.current)).toHaveLength(0);
  });

  it('pairs names that hold one indicator of the synonym table in other words (减税降费), not as a ratio base', () => {
    const rows = row('全年减轻企业税收和社保缴费负担近2万亿元。', '继续执行新增减税降费约5000亿元。预计全年为企业新增减负超过2.5万亿元。');
    const paired = rows.filter((r) => r.prior && r.current);
    expect(paired).toHaveLength(1);
    // The rest of the wording (企业) picks the full-year figure.
    expect(paired[0]!.current!.number).toBe('2.5万亿');
    // 国内生产总值 as the base of a ratio is not the GDP indicator.
    const ratio = compareReports(
      report(2020, '过去一年，经济平稳运行。', '国内生产总值增长6%左右。'),
      report(2021, '研发经费支出与国内生产总值之比达到2.4%。', '国内生产总值增长6%以上。'),
    ).rows;
    expect(ratio.find((r) => r.prior)!.outcome).toBeNull();
  });

  it('pairs a count named by examples (口袋公园等各类公园) and a verb that takes its object from the clause before', () => {
    expect(row('建成口袋公园等各类公园120座。', '新建公园120座。').filter((r) => r.prior && r.current)).toHaveLength(1);
    const rows = row('加快租赁房建设，形成供应5.3万套。', '建设筹措17.3万套（间）保障性租赁住房。');
    expect(rows.filter((r) => r.prior && r.current)).toHaveLength(1);
  });

  it('new and dropped', () => {
    const rows = row('新建公园120座。', '新建养老床位5000张。');
    expect(rows.map((r) => r.change).sort()).toEqual(['dropped', 'new']);
  });

  it('qualitative: a figure that became 继续下降', () => {
    const rows = row('单位国内生产总值能耗下降3%左右。', '单位国内生产总值能耗继续下降，主要污染物排放量持续减少。');
    expect(rows[0]).toMatchObject({ change: 'qualitative' });
  });

  it('keeps a five-year goal off this year’s row', () => {
    const rows = row('城镇新增就业5万人以上。', '今后五年城镇新增就业累计25万人以上。城镇新增就业6万人以上。');
    const paired = rows.find((r) => r.prior && r.current)!;
    expect(paired.current!.amount).toBe(60000);
  });
});

describe('status from the current review', () => {
  it('exceeded, met, missed and not reported', () => {
    const rows = row(
      '城镇新增就业5万人以上。地区生产总值增长6%左右。新建学校20所。植树造林10万亩。',
      '城镇新增就业5万人以上。',
      '城镇新增就业6.3万人。地区生产总值增长6%。新建学校12所。',
    );
    const by = (k: string) => rows.find((r) => r.prior?.indicator.includes(k))!;
    expect(by('城镇新增就业').status).toBe('exceeded');
    expect(by('地区生产总值').status).toBe('met');
    expect(by('学校').status).toBe('missed');
    expect(by('植树造林').status).toBe('not-reported');
    // Traceable: the status comes from two spans of text.
    expect(by('城镇新增就业').outcome!.quote).toContain('6.3万人');
  });

  it('finds outcomes a review names with words that narrow nothing, in units that are the same measure', () => {
    const rows = row(
      '城镇居民人均可支配收入增长7%。争取上级资金30亿元以上。规模以上工业总产值增长12%。引进高层次人才50名。新建城市道路10公里。新增新能源公交车100辆。一般公共预算收入增长6%。旅游综合收入增长12%。外贸进出口总额增长10%。',
      '城镇新增就业5万人以上。',
      '城镇常住居民人均可支配收入增长6.9%。争取上级各类资金32.5亿元。规模以上工业企业总产值增长12.6%。引进高层次人才56人。新建城市道路10.8千米。新增新能源公交车102台。一般公共预算收入9.2亿元，扣除减税降费因素后增长7.3%。旅游业实现综合收入98亿元，增长16.2%。外贸完成进出口总额5.6亿元，增长12.3%。',
    );
    const outcome = (k: string) => rows.find((r) => r.prior?.indicator.includes(k))?.outcome?.number;
    expect(['城镇居民', '上级资金', '工业总产值', '高层次人才', '城市道路', '公交车', '一般公共预算收入', '旅游综合收入', '进出口总额'].map(outcome)).toEqual(['6.9', '32.5亿', '12.6', '56', '10.8', '102', '7.3', '16.2', '12.3']);
  });

  it('rates ceilings: unemployment under its cap is met or better', () => {
    const cap = { amount: 5.5, comparator: '<=', unit: '%', key: '城镇调查失业率' } as Commitment;
    expect(statusOf(cap, { amount: 5.2, unit: '%' } as Commitment)).toBe('exceeded');
    expect(statusOf(cap, { amount: 5.5, unit: '%' } as Commitment)).toBe('met');
    expect(statusOf(cap, { amount: 6.1, unit: '%' } as Commitment)).toBe('missed');
  });
});

describe('real pairs', () => {
  it('national 2019 → 2020: GDP range has no partner, jobs are linked with last year’s actual', () => {
    const c = compareReports(analyze(corpus('national-2019.zh.txt')), analyze(corpus('national-2020.zh.txt')));
    const jobs = c.rows.find((r) => r.prior?.quote.includes('城镇新增就业1100万人以上'))!;
    expect(jobs.current!.quote).toContain('900万人以上');
    expect(jobs.outcome!.quote).toContain('1352万人');
    expect(jobs.status).toBe('exceeded');
    const gdp = c.rows.find((r) => r.prior?.number === '6%－6.5%')!;
    expect(gdp.current).toBeNull();
    expect(gdp.outcome!.amount).toBe(6.1);
  });

  it('repeated promises without a number', () => {
    const a = report(2020, '', '加快推进市疾控中心迁建工程。');
    const b = report(2021, '', '加快推进市疾控中心迁建工程，新建学校5所。');
    expect(compareReports(a, b).repeated.map((r) => r.phrase)).toEqual(['市疾控中心']);
  });

  it('history over Hailar 2012–2017 gives a series per indicator', () => {
    const years = [2012, 2013, 2014, 2015, 2016, 2017].map((y) => analyze(corpus(`hailar-${y}.zh.txt`)));
    const series = buildHistory(years);
    const long = series.filter((s) => s.points.length >= 3);
    expect(long.length).toBeGreaterThan(0);
    for (const s of series) {
      const ys = s.points.map((p) => p.year);
      expect([...ys].sort()).toEqual(ys);
      expect(new Set(ys).size).toBe(ys.length);
    }
  });
});

describe('compareReports: scope and wording', () => {
  it('a component of an aggregate never pairs with the aggregate (中央本级基础研究支出 within 中央本级支出)', () => {
    const rows = row('中央本级基础研究支出增长10.6%。', '中央本级支出增长3.9%。');
    expect(rows.find((r) => r.prior && r.current)).toBeUndefined();
    // A describing word inside a thing's name keeps it the same thing.
    expect(row('新增公共充电桩1万个。', '新增电动汽车公共充电桩2万个。')[0]).toMatchObject({ change: 'raised' });
  });

  it('reads 专项 as wording and a programme under its other names (专项扶贫资金, 易地搬迁脱贫 = 易地扶贫搬迁)', () => {
    expect(row('中央财政扶贫资金增长40%。', '中央财政专项扶贫资金增长30%以上。')[0]).toMatchObject({ change: 'lowered' });
    expect(row('完成易地搬迁脱贫200万人以上。', '完成易地扶贫搬迁340万人。')[0]).toMatchObject({ change: 'raised' });
    // A verb of building before or after its object, 保障房 for 保障性住房, 基本建成 for 建成.
    expect(row('今年城镇保障性住房基本建成470万套。', '年内基本建成保障房480万套。')[0]).toMatchObject({ change: 'raised' });
    // 保障性安居工程 is the programme the 保障性住房 of other years' reports are built under.
    expect(row('继续推进保障性安居工程建设，新开工700万套以上。', '今年城镇保障性住房新开工630万套。')[0]).toMatchObject({ change: 'lowered' });
    expect(indicatorKey('建成区绿化覆盖率')).toBe('建成区绿化覆盖率');
    expect(row('进出口总额预期增长7.5%左右。', '进出口增长6%左右。')[0]).toMatchObject({ change: 'lowered' });
    expect(row('继续代发地方债2000亿元。', '代地方发债2500亿元。')[0]).toMatchObject({ change: 'raised' });
  });

  it("finds last year's outcome under the review's own wording, and names the size of what came before", () => {
    const rows = row(
      '城镇新增就业1100万人以上，城镇调查失业率5.5%左右。中央对地方转移支付增加约7.8%，规模8.3万亿元。',
      '城镇新增就业1100万人以上，城镇调查失业率全年控制在5.5%以内。',
      '全年城镇新增就业1269万人，城镇调查失业率平均为5.1%。',
    );
    expect(rows.map((r) => [r.prior?.indicator, r.outcome?.number ?? null, r.status])).toEqual([
      ['城镇新增就业', '1269万', 'exceeded'],
      ['城镇调查失业率', '5.1', 'exceeded'],
      ['中央对地方转移支付增加', null, 'not-reported'],
      ['中央对地方转移支付规模', null, 'not-reported'],
    ]);
    expect(rows[1]!.current!.indicator).toBe('城镇调查失业率');
  });
});

describe('compareReports: lists, generic works and budget names', () => {
  it('pairs one figure said of a list with the first item\'s figure, a revenue under its older name, and works named two ways', () => {
    const rows = row(
      '城镇居民人均可支配收入、农村居民人均可支配收入增长8%。公共财政预算收入增长5%。完成解放路等15条道路工程。',
      '城镇居民人均可支配收入增长8%，农村牧区居民人均可支配收入增长7.5%。一般公共财政预算收入按可比口径增长7%。完成新华路等12条道路、城中村10条配套道路的建设改造任务。',
    );
    const pairs = rows.filter((r) => r.prior && r.current).map((r) => [r.prior!.indicator, r.current!.indicator, r.change]);
    expect(pairs).toEqual([
      ['城镇居民人均可支配收入、农村居民人均可支配收入增长', '城镇居民人均可支配收入增长', 'same'],
      ['公共财政预算收入增长', '一般公共财政预算收入增长', 'raised'],
      ['道路工程', '道路建设改造', 'lowered'],
    ]);
  });
});

describe('compareReports: five-year figures', () => {
  it("a five-year review's cumulative figure is not last year's result, and last year's five-year goals are not 'dropped'", () => {
    const prior = analyze('2025年政府工作报告\n——2025年1月20日在省第十四届人民代表大会第三次会议上\n各位代表：\n一、2024年工作回顾\n过去一年，经济平稳运行。\n二、2025年重点工作\n城镇新增就业60万人以上。');
    const withGoals = analyze('2025年政府工作报告\n——2025年1月20日在省第十四届人民代表大会第三次会议上\n各位代表：\n一、2024年工作回顾\n过去一年，经济平稳运行。\n二、“十五五”时期主要目标任务\n“十五五”时期，研发经费投入年均增长9.5%。\n三、2025年重点工作\n城镇新增就业60万人以上。');
    const current = analyze('2026年政府工作报告\n——2026年1月20日在省第十四届人民代表大会第四次会议上\n各位代表：\n一、2025年和“十四五”时期工作回顾\n“十四五”时期，全省城镇新增就业累计超过300万人。\n2025年，全省城镇新增就业62万人。\n二、2026年重点工作\n城镇新增就业60万人以上。');
    const rows = compareReports(prior, current).rows;
    expect(rows[0]).toMatchObject({ change: 'same', status: 'exceeded' });
    expect(rows[0]!.outcome!.number).toBe('62万');
    expect(compareReports(withGoals, current).rows.map((r) => r.prior?.indicator ?? null)).toEqual(['城镇新增就业']);
  });
});
