import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './numbers';
import { findQuantities } from './quantities';

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10], ['十二', 12], ['二十', 20], ['一百二十', 120], ['一百零五', 105], ['两万', 20000], ['三千五百万', 35000000],
    ['一亿二千万', 120000000], ['二〇二一', 2021], ['两', 2], ['零', 0],
  ])('%s = %d', (s, n) => expect(parseChineseNumeral(s)).toBe(n));
  it('rejects non-numerals', () => {
    expect(parseChineseNumeral('一体化')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });
});

const first = (text: string) => {
  const q = findQuantities(text)[0]!;
  return { written: q.written, amount: q.amount, unit: q.unit, span: text.slice(q.start, q.end) };
};

describe('findQuantities', () => {
  it.each([
    ['城镇新增就业55万人以上', '55万', 550000, '人'],
    ['完成植树造林16.7万亩', '16.7万', 167000, '亩'],
    ['财政赤字3.9万亿元', '3.9万亿', 3.9e12, '元'],
    ['地方财政赤字9300亿元', '9300亿', 9.3e11, '元'],
    ['粮食产量1.3万亿斤以上', '1.3万亿', 1.3e12, '斤'],
    ['增长5%左右', '5', 5, '%'],
    ['比去年预算高0.2个百分点', '0.2', 0.2, '百分点'],
    ['实施两万妇女居家灵活就业技能培训', '两万', 20000, '人'],
    ['农村贫困人口减少1000万以上', '1000万', 10000000, '人'],
    ['完成800万以上农村贫困人口脱贫任务', '800万', 8000000, '人'],
    ['实现1亿左右农业转移人口落户城镇', '1亿', 1e8, '人'],
    ['新增200万宽带用户', '200万', 2000000, '户'],
    // A figure written without its measure word is counted in what the words before it name.
    ['城镇新增就业80万以上', '80万', 800000, '人'],
    ['引进各类人才10万', '10万', 100000, '人'],
    ['惠及群众80万', '80万', 800000, '人'],
    ['接待游客2500万以上', '2500万', 25000000, '人次'],
    ['开展职业技能培训30万', '30万', 300000, '人次'],
    ['吸引高校毕业生来省就业创业80万', '80万', 800000, '人'],
    ['全省规上工业营业收入突破1.28万亿', '1.28万亿', 1.28e12, '元'],
    ['地区生产总值迈上1.2万亿台阶', '1.2万亿', 1.2e12, '元'],
    // Only a sum in 亿 is money by its subject: 投资项目 counted in 万 are not.
    ['完成造林30万', '30万', 300000, ''],
    // An explicit measure word after 多 stays the unit (5万多名 is 名, not 人 read from …人员).
    ['调派3万多名医务人员', '3万', 30000, '名'],
    ['天然气产能达到22亿方', '22亿', 2.2e9, '方'],
    ['提高两成', '两成', 20, '%'],
    ['年底前要清偿一半以上', '一半', 50, '%'],
    ['文件压减三分之一以上', '三分之一', 100 / 3, '%'],
    ['新开工棚户区住房改造2463套', '2463', 2463, '套'],
    ['新增装机1200万千瓦', '1200万', 12000000, '千瓦'],
    ['用于1500万人次以上', '1500万', 15000000, '人次'],
    ['免费接种流感疫苗100万剂次', '100万', 1000000, '剂次'],
    ['食品抽检超5万批次', '5万', 50000, '批次'],
    ['开展专题教育5000场次', '5000', 5000, '场次'],
    ['能源综合生产能力达到58亿吨标准煤', '58亿', 5.8e9, '吨标准煤'],
    ['低效建设用地减量15平方公里', '15', 15, '平方公里'],
    ['建设筹措17.3万套（间）保障性租赁住房', '17.3万', 173000, '套（间）'],
    ['实现1,200户脱贫', '1,200', 1200, '户'],
    ['建设幸福河湖10条（段）', '10', 10, '条（段）'],
    ['开展巡回医疗500场(次)', '500', 500, '场（次）'],
    ['城乡居民收入比缩小到2.5:1', '2.5:1', 2.5, '比值'],
    // Written without its ":1", after a ratio's name and a verb of reaching.
    ['城乡居民收入比缩小到2.2以内', '2.2', 2.2, '比值'],
    ['城乡居民收入倍差降至2.3', '2.3', 2.3, '比值'],
    ['新建数据中心PUE值降至1.25以下', '1.25', 1.25, '比值'],
    ['农产品加工业与农业总产值之比突破1：1', '1：1', 1, '比值'],
  ])('%s', (text, written, amount, unit) => {
    const q = first(text);
    expect(q.written).toBe(written);
    expect(q.amount).toBeCloseTo(amount as number, 9);
    expect(q.unit).toBe(unit);
  });

  it.each([
    ['国内生产总值增长6%-6.5%', '6%-6.5%', [6, 6.5], '%'],
    ['增长4.5%—5%', '4.5%—5%', [4.5, 5], '%'],
    ['每个县新(改、扩)建1所至2所公办中小学', '1所至2所', [1, 2], '所'],
    ['培训3-5万人', '3-5万', [30000, 50000], '人'],
  ])('range %s', (text, written, amount, unit) => {
    const q = first(text);
    expect(q.written).toBe(written);
    expect(q.amount).toEqual(amount);
    expect(q.unit).toBe(unit);
  });

  it('reads a bare 千/百 with a measure word only after a verb of work (举办千场, not 千人计划 or 千家万户)', () => {
    expect(findQuantities('举办千场专业性会议').map((q) => [q.written, q.amount, q.unit])).toEqual([['千', 1000, '场']]);
    expect(findQuantities('培育百家领军企业').map((q) => [q.written, q.amount, q.unit])).toEqual([['百', 100, '家']]);
    for (const t of ['实施千人计划', '走进千家万户', '建设百个示范工程', '百家争鸣']) expect(findQuantities(t), t).toEqual([]);
  });

  it('reads energy, container and computing units written in Latin letters, and 个 of a run of 个百分点', () => {
    expect(findQuantities('新建储能30GWh，吞吐量50万TEU，算力10000PFlops，线路20km').map((q) => [q.written, q.unit])).toEqual([['30', 'GWh'], ['50万', 'TEU'], ['10000', 'PFlops'], ['20', 'km']]);
    expect(findQuantities('分别下降1个和2个百分点').map((q) => [q.written, q.unit])).toEqual([['1', '百分点'], ['2', '百分点']]);
  });

  it('reads a rate per head of population (8/10万) as one figure with its base as unit', () => {
    expect(findQuantities('孕产妇死亡率8/10万，婴儿死亡率3‰').map((q) => [q.written, q.amount, q.unit])).toEqual([['8', 8, '/10万'], ['3', 3, '‰']]);
  });

  it('reads A:B as a ratio only after 比 (not a time or a score)', () => {
    expect(findQuantities('会议于8:30开始').map((q) => q.unit)).not.toContain('比值');
    expect(findQuantities('比例尺1:2000').map((q) => q.unit)).not.toContain('比值');
    expect(findQuantities('收入比从2.6:1缩小至2.4:1').map((q) => [q.written, q.amount])).toEqual([['2.6:1', 2.6], ['2.4:1', 2.4]]);
  });

  it('does not read inside Latin tokens or decimals', () => {
    const qs = findQuantities('PM2.5浓度下降5%');
    // 2.5 is read as a number here; the extractor rejects it for the Latin letter before it.
    expect(qs.map((q) => q.written)).toEqual(['2.5', '5']);
  });
});
