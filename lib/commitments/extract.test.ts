import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpus, FIXTURES, gold, type GoldEntry } from '../../tests/unit/engine/corpus';
import { analyze } from './analyze';
import type { Commitment } from './types';

/** Same rule as the project's scorer: spans overlap and amounts agree; one to one. */
function score(found: Commitment[], golds: (GoldEntry & { s: number; e: number })[]) {
  const taken = new Set<number>();
  let tp = 0;
  const missed: string[] = [];
  for (const g of golds) {
    const i = found.findIndex((p, k) => !taken.has(k) && p.start < g.e && g.s < p.end && JSON.stringify(p.amount) === JSON.stringify(g.amount) || (!taken.has(k) && p.start < g.e && g.s < p.end && typeof p.amount === 'number' && typeof g.amount === 'number' && Math.abs(p.amount - g.amount) < 1e-6 * Math.max(1, g.amount)));
    if (i >= 0) {
      taken.add(i);
      if (!g.optional) tp++;
    } else if (!g.optional) missed.push(g.quote);
  }
  const fp = found.length - taken.size;
  return { precision: tp / (tp + fp), recall: tp / (tp + missed.length), missed };
}

const locate = (text: string, g: GoldEntry) => {
  const at = text.indexOf(g.quote);
  const s = at + Math.max(0, g.quote.indexOf(g.number));
  return { ...g, s, e: s + g.number.length };
};

const targetsOf = (text: string) => analyze(text).commitments.filter((c) => c.kind === 'target');
const one = (text: string) => {
  const ts = analyze(`各位代表：\n一、今年主要任务\n${text}`, { force: true }).commitments.filter((c) => c.kind === 'target');
  return ts;
};

describe('extraction against the labelled reports', () => {
  it.each(['national-2019', 'national-2020', 'shanghai-2021', 'shanghai-2022', 'yuncheng-2021-summary', 'gansu-2026', 'guangdong-2026', 'hainan-2026', 'jilin-2026', 'ningxia-2026'])('%s: precision and recall ≥ 0.9', (name) => {
    const g = gold(`${name}.gold.json`);
    const text = corpus(g.file);
    const r = score(targetsOf(text), g.targets.map((t) => locate(text, t)));
    expect(r.recall, `missed: ${r.missed.join(' / ')}`).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.9);
  });
});

describe('what is a target', () => {
  it('reads time and age units where a goal measures a span, not dates, ages of eligibility or periods', () => {
    const ts = one('劳动年龄人口平均受教育年限提高到11.3年，人均预期寿命再提高1岁，企业开办时间压缩至1个工作日以内。为满3岁的儿童发放育儿补贴，参保不足1年的不予补贴，到2030年完成改造，用3年时间基本建成。');
    expect(ts.map((t) => [t.number, t.amount, t.unit, t.comparator])).toEqual([
      ['11.3', 11.3, '年', '='],
      ['1', 1, '岁', '+'],
      ['1', 1, '个工作日', '<='],
    ]);
  });

  it('reads doublings written as words, not a programme named after one', () => {
    const ts = one('力争外贸进出口总值翻一番，农民收入翻两番，经济总量实现翻番，实施科技型企业倍增计划。');
    expect(ts.map((t) => [t.number, t.amount, t.unit])).toEqual([
      ['翻一番', 2, '倍'],
      ['翻两番', 4, '倍'],
      ['翻番', 2, '倍'],
    ]);
  });

  it('reads "more than" between number and measure word, round magnitudes before a unit, and Latin units', () => {
    const ts = one('实施重大项目1900多个，新建学校300余所，新增千万吨产能，新增百万千瓦装机，算力规模突破15万P，服务千万家庭。');
    expect(ts.map((t) => [t.number, t.amount, t.unit, t.comparator])).toEqual([
      ['1900', 1900, '个', '>'],
      ['300', 300, '所', '>'],
      ['千万', 1e7, '吨', '='],
      ['百万', 1e6, '千瓦', '='],
      ['15万', 150000, 'P', '>'],
    ]);
  });

  it('reads "more than" between number and multiplier, and households written without 户', () => {
    const ts = one('全年为企业减税8000多亿元，安排水利投资700余亿元，力争让最后20多万无电人口用上电，为900万个体工商户减负。');
    expect(ts.map((t) => [t.number, t.amount, t.unit, t.comparator, t.indicator])).toEqual([
      ['8000多亿', 8e11, '元', '>', '企业减税'],
      ['700余亿', 7e10, '元', '>', '水利投资'],
      ['20多万', 2e5, '人', '>', '最后无电人口用上电'],
      ['900万', 9e6, '户', '=', '个体工商户减负'],
    ]);
    // A kind of people named in quotes is still people.
    expect(one('将全国130万“老工伤”人员全部纳入工伤保险。').map((t) => [t.amount, t.unit])).toEqual([[1.3e6, '人']]);
  });

  it('counts kinds, sessions and batches when something is done with them, not ordinals', () => {
    const ts = one('新引进国际创新药械100种，高质量完成40期援外培训任务，举办20场招聘会，推进二期工程建设，办好第六届消博会，PM2.5平均浓度控制在30微克/立方米，土壤有机质平均含量28克/千克。');
    expect(ts.map((t) => [t.number, t.unit])).toEqual([
      ['100', '种'],
      ['40', '期'],
      ['20', '场'],
      ['30', '微克/立方米'],
      ['28', '克/千克'],
    ]);
    // Lifts fitted are counted in 部, like works made (创作100部); a bare 部 after no such verb is not.
    expect(one('既有住宅加装电梯2000部，推出精品剧目10部，学习三部法律。').map((t) => [t.number, t.unit, t.indicator])).toEqual([
      ['2000', '部', '既有住宅加装电梯'],
      ['10', '部', '推出精品剧目'],
    ]);
  });

  it('reads a count of the names listed before it when the list says what is to be built or done, named after the things', () => {
    const ts = one('扩建城东、城西2个污水处理厂。联合理工大学、农科院新建2个中试基地。确保甲县、乙县、丙县3个县脱贫摘帽。支持长白山、三江2个省实验室高效运营。');
    expect(ts.map((t) => [t.number, t.indicator])).toEqual([
      ['2', '扩建污水处理厂'],
      ['2', '新建中试基地'],
      ['3', '县脱贫摘帽'],
    ]);
  });

  it('skips a count right after the list it counts, but not two things joined by 和', () => {
    const ts = one('支持长白山、三江、吉光3个省实验室高效运营，推进长春和白山2个城市示范项目，构建足迹管控、降碳路径、支撑保障3个体系。加快建设4个国家级渔港经济区和2个海洋牧场。');
    expect(ts.map((t) => t.number)).toEqual(['4', '2']);
  });

  it('skips capacities inside a plant or project name, counts of places, and old values listed after 从', () => {
    const ts = one('加快白银集团7万吨锌基合金等项目建设，推动兰白千万吨炼化基地建设，新建100万千瓦光伏电站。在14个市州城区增补学位2万个。补贴标准分别从每人每月209元、280元提高到217元、290元。粮食产量稳定在1300万吨以上。');
    expect(ts.map((t) => t.number)).toEqual(['100万', '2万', '217', '290', '1300万']);
  });

  it('leaves out what its own clause says is done or there (已设立, 已按, 我国有), not a plan that follows 已 in the sentence', () => {
    const ts = one('国家已设立400亿元引导基金，中央财政已按4%编制预算。我国有13亿人口。重大水利工程已开工的57个项目要加快建设，在建投资规模超过8000亿元。不得已压减支出5%。');
    expect(ts.map((t) => t.number)).toEqual(['8000亿', '5']);
  });

  it('reads a plan after a background clause, a new value after last year\'s, and a goal set on a condition', () => {
    const ts = one('目前我国债务负担率相对较低，今年增加赤字后，赤字率在2%左右。赤字率从去年的2.1%提高到2.3%。今后五年，经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。目前全省主要河湖水质优良比例达到90%。');
    expect(ts.map((t) => [t.number, t.comparator, t.indicator])).toEqual([
      ['2', '~', '赤字率'],
      ['2.3', '=', '赤字率'],
      ['7', '+', '经济年均增长'],
    ]);
  });

  it('reads a capacity that opens a clause about a plant being built as the plant\'s name, and a capacity made as a target', () => {
    const ts = one('确保某集团700万吨露天矿开工建设，200万吨褐煤提质一期投产，新增煤炭产能500万吨，钢铁产能压减300万吨。');
    expect(ts.map((t) => t.number)).toEqual(['500万', '300万']);
  });

  it('reads the main targets with comparators', () => {
    const ts = one('今年发展主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，城镇调查失业率5.5%左右，城镇登记失业率4.5%以内；单位国内生产总值能耗下降3%左右；市场主体总量突破40万户；年底前要清偿一半以上。');
    expect(ts.map((t) => [t.number, t.amount, t.unit, t.comparator])).toEqual([
      ['6%－6.5%', [6, 6.5], '%', 'range'],
      ['1100万', 11000000, '人', '>='],
      ['5.5', 5.5, '%', '~'],
      ['4.5', 4.5, '%', '<='],
      ['3', 3, '%', '~'],
      ['40万', 400000, '户', '>'],
      ['一半', 50, '%', '>='],
    ]);
    expect(ts[1]!.indicator).toBe('城镇新增就业');
    expect(ts[0]!.indicator).toBe('国内生产总值增长');
  });

  it('reads bare increases and decreases as + and -', () => {
    const ts = one('一般工商业平均电价再降低10%。居民医保人均财政补助标准增加30元。全国财政支出超过23万亿元，增长6.5%。');
    expect(ts.map((t) => t.comparator)).toEqual(['-', '+', '>', '+']);
  });

  it('reads a bare 超 or 逾 before a figure as more than, 不超 as at most', () => {
    const ts = one('开展职业技能培训超5万人次。新增城镇就业逾8万人。政府性债务余额不超300亿元。');
    expect(ts.map((t) => t.comparator)).toEqual(['>', '>', '<=']);
  });

  it('reads higher or lower than a named base as + and -', () => {
    const ts = one('赤字率按3%安排，比去年预算高0.2个百分点；另一项比上年低0.5个百分点。');
    expect(ts.map((t) => t.comparator)).toEqual(['=', '+', '-']);
  });

  it('reads improving a count or an area as the extent of the work, adding things as a rise', () => {
    const ts = one('完成低效林改造提升30万亩，改造提升12个公路服务区，增加托育服务托位3000个，全省排名提升5位。');
    expect(ts.map((t) => t.comparator)).toEqual(['=', '=', '+', '+']);
  });

  it('keeps every figure of the goals paragraph, whatever background word one clause has (同比, 首次)', () => {
    const ts = one('今年经济社会发展的主要预期目标是：地区生产总值同比增长5.5%左右，城镇新增就业6万人以上，居民消费价格涨幅2%左右。');
    expect(ts.map((t) => [t.number, t.indicator])).toEqual([
      ['5.5', '地区生产总值增长'],
      ['6万', '城镇新增就业'],
      ['2', '居民消费价格涨幅'],
    ]);
  });

  it('names a growth target without its 目标/预期 wording (经济增长预期目标为5%左右)', () => {
    expect(one('经济增长预期目标为5%左右。广义货币增长目标为9%。').map((t) => t.indicator)).toEqual(['经济增长', '广义货币增长']);
  });

  it('leaves 超, 扩大到 and 定 out of a name (补贴性职业技能培训超30万人次)', () => {
    expect(one('开展补贴性职业技能培训超30万人次。县级医院改革试点扩大到200个县。经济增长预期目标定在5%左右。').map((t) => t.indicator)).toEqual([
      '补贴性职业技能培训', '县级医院改革试点', '经济增长',
    ]);
  });

  it('skips slogans, names, dates, ordinals and numbers inside names', () => {
    const ts = one('增强“四个意识”，打好三大攻坚战，编制“十四五”规划，办好“11+4”民生实事，建设5G基站，到2035年基本实现现代化，第四届进博会，推进轨道交通13号线建设，打造15分钟社区生活圈，PM2.5浓度下降5%。');
    expect(ts.map((t) => t.number)).toEqual(['5']);
  });

  it('skips a bar that says which things a share or a count is of, a document\'s title and a place\'s people', () => {
    const ts = one('规上企业营收20亿元以上村占比达到40%。地铁与公交30米内换乘比例提高到85%。村集体年收入40万元以上且经营性收入10万元以上的村占比超过80%。新建8亿元以上先进制造业重大项目120个。推动30个左右专业进入全国前5%。全面消除集体经济年收入5万元以下的薄弱村。落实《支持民营经济发展25条措施》，新建学校6所，不辜负800万江城儿女的期待。');
    expect(ts.map((t) => t.number)).toEqual(['40', '85', '80', '120', '30', '6']);
    // The bar stays in the name of the share it qualifies.
    expect(ts.slice(0, 2).map((t) => t.indicator)).toEqual(['规上企业营收20亿元以上村占比', '地铁与公交30米内换乘比例']);
  });

  it('skips bars before or after a count of projects, a count that scopes a share, how the 民生实事 were chosen, figures in the names of a respective list, praise of the land and a round size in a project\'s name', () => {
    const ts = one('扎实推进28个投资3亿元以上的先进制造业项目。建设年营收30亿元以上特色产业链6条。引进单体服务业项目超5亿元12个。欠债30万元以下的村全部完成化债。确保9个省控断面水质优良率保持100%。确保6个国控断面水质均保持100%。今年共征集筛选了10件民生实事候选项目，提请本次大会票决。百亿元园区、50亿元园区分别达到2个和5个。我们深爱这片120万平方公里的辽阔土地。推进千万亩高效节水灌溉示范区建设。');
    expect(ts.map((t) => t.number)).toEqual(['28', '6', '12', '100', '100', '2', '5']);
  });

  it('skips how many items a heading of a 民生实事 list says follow', () => {
    const ts = one('一、稳定就业增加收入6件\n1.城镇新增就业3万人以上。\n（二）办好教育（4项）\n2.新建幼儿园5所。');
    expect(ts.map((t) => t.number)).toEqual(['3万', '5']);
  });

  it('skips the capacities that name the projects of a list ending on 等…项目, not the sizes of power built', () => {
    const ts = one('加快鑫源300万吨焦化、华能20亿立方米煤制气等项目建设。建设光伏150万千瓦、储能20万千瓦。');
    expect(ts.map((t) => t.number)).toEqual(['150万', '20万']);
  });

  it('skips a list title\'s count, a policy nicknamed by its articles, what exists, a named zone\'s area, where things stand now and firms\' capacities in a long list', () => {
    const ts = one('某市2031年12件民生实事项目\n认真落实支持实体经济发展20条，发挥高校等30家现有创新平台作用。推进5平方公里滨江科技新城建设，划定约40平方公里产业用地保障区。全市经济总量刚刚突破3000亿元。加快宏达500万条轮胎、华星20万锭纺纱、金源LED封装线等一批先进制造业项目建设。完成了8条城市道路、20处公园绿地等城区绿化工程。');
    expect(ts.map((t) => t.number)).toEqual(['40', '8', '20']);
  });

  it('skips sums that only say which projects or households are meant, and reads a multiplier that is the measure', () => {
    const ts = one('力争5亿元、20亿元以上大项目招引取得新突破。其中亿元以上项目90个、10亿元以上12个。家庭年收入8—30万元群体占比提高2个百分点。确保15个出境断面水质以下比例控制在5%以内。融资担保放大倍数达到4倍以上，收购烟叶20万担以上，工业产值破千亿。');
    expect(ts.map((t) => [t.number, t.unit, t.comparator])).toEqual([
      ['90', '个', '='],
      ['12', '个', '='],
      ['2', '百分点', '+'],
      ['5', '%', '<='],
      ['4', '倍', '>='],
      ['20万', '担', '>='],
      ['千亿', '元', '>'],
    ]);
  });

  it('skips a place\'s or a zone\'s bar, a firm\'s bar with no count, a size class of plants, kinds of items and firms\' capacities said after the firm', () => {
    const ts = one('新增营收过300亿元县市2个。力争新增1个规模超800亿元的开发区。强化年产值3000万元以上重点企业调度监控。完成20万千瓦以下小煤电机组关停。办好6类25件民生实事。加快华源扩能30万吨饮用水、清泉新建20万吨饮料生产线等重点项目建设。');
    expect(ts.map((t) => [t.number, t.indicator])).toEqual([
      ['2', '新增营收过300亿元县市'],
      ['1', '新增规模超800亿元的开发区'],
      ['25', '办好民生实事'],
    ]);
  });

  it('reads a figure spaced from its % (增长 13 %左右) and the year of year-led part titles (一、回顾2030年，…)', () => {
    expect(one('全社会固定资产投资增长 9 %左右。').map((t) => [t.number, t.unit, t.comparator])).toEqual([['9', '%', '~']]);
  });

  it('reads 倍增 as a figure only when a measure doubles, and a round 千亿 or 万亿 reached', () => {
    const ts = one('数字经济规模实现倍增，深入实施“双倍增”行动，培育专精特新倍增企业，狠抓存量倍增。旅游总收入突破千亿元大关，存贷款余额突破万亿大关，打造千亿级产业集群3个。');
    expect(ts.map((t) => [t.number, t.unit, t.comparator])).toEqual([
      ['倍增', '倍', '='],
      ['千亿', '元', '>'],
      ['万亿', '元', '>'],
      ['3', '个', '='],
    ]);
  });

  it('reads a measure per year, per head or per day as one unit, and a concentration in Latin letters', () => {
    const ts = one('新增污水处理能力20万吨/日以上，全员劳动生产率达到30万元/人左右，PM2.5年均浓度控制在30μg/m3以内，PM10平均浓度保持在每立方米50微克以下。');
    expect(ts.map((t) => [t.number, t.unit, t.comparator, t.indicator])).toEqual([
      ['20万', '吨/日', '>=', '新增污水处理能力'],
      ['30万', '元/人', '~', '全员劳动生产率'],
      ['30', '微克/立方米', '<=', 'PM2.5年均浓度'],
      ['50', '微克/立方米', '<=', 'PM10平均浓度'],
    ]);
  });

  it('skips the old value of a change and background facts', () => {
    const ts = one('将制造业等行业现行16%的税率降至13%。大病保险报销比例由50%提高到60%。起征点从月销售额3万元提高到10万元。我国60岁以上人口已达2.5亿。保障近14亿中国人的饭碗，让14亿多中国人共享发展成果。');
    expect(ts.map((t) => t.number)).toEqual(['13', '60', '10万']);
  });

  it('skips what the country has (我国有13亿人口、9亿劳动力, …人才，是我们最大的优势) and sets named by a figure (三个1亿人)', () => {
    const ts = one('我国有13亿人口、9亿劳动力资源。9亿多劳动力、1亿多受过高等教育和有专业技能的人才，是我们最大的资源和优势。以解决三个1亿人问题为着力点，今年新增就业1100万人以上。');
    expect(ts.map((t) => t.number)).toEqual(['1100万']);
  });

  it('skips the premise of a duty (a state of things, then 要/必须)', () => {
    const ts = one('今年高校毕业生将达900万人，要多渠道促进就业。全省近2000万人领取养老金，必须确保按时足额发放。城镇新增就业50万人以上，要稳住就业基本盘。投资1.3亿元实施自来水管网改造，要确保年内完工。今年高校毕业生909万人，再创历史新高。');
    expect(ts.map((t) => t.number)).toEqual(['50万', '1.3亿']);
  });

  it('skips a figure that explains (有X%的增速就能…)', () => {
    const ts = one('国内生产总值增长6%左右。有6%左右的增速就能够实现比较充分的就业。6%左右的增速可以实现比较充分的就业。');
    expect(ts.map((t) => t.number)).toEqual(['6']);
  });

  it('reads a storage station’s power and energy (200MW/400MWh) as one target', () => {
    expect(one('新建储能电站200MW/400MWh。').map((t) => `${t.number}${t.unit}`)).toEqual(['200MW']);
  });

  it('reads counts of books and copies after a verb of supply, measure words of service (台套, 班次, 课时), 亿度 of electricity and the first value of a run whose unit is written last', () => {
    const ts = one('为农家书屋补充图书4万册。改造智能装备20台套。开展送教下乡100课时。全年发电量达到25亿度。新建、改扩建幼儿园分别为5、8所。小学、初中学生近视率分别下降1个和2个百分点。');
    expect(ts.map((t) => `${t.number}${t.unit} ${t.indicator}`)).toEqual([
      '4万册 农家书屋补充图书',
      '20台套 改造智能装备',
      '100课时 送教下乡',
      '25亿度 发电量',
      '5所 新建幼儿园',
      '8所 改扩建幼儿园',
      '1百分点 小学学生近视率下降',
      '2百分点 初中学生近视率下降',
    ]);
  });

  it('skips the size of a facility said before its name, and a yearly output before a project', () => {
    const ts = one('新建一所24个班的公办幼儿园。加快建设800张床位的市中心医院新院区。建成可容纳3000名学生的职教中心新校区。新建36个班的九年一贯制学校2所。实施年产8万辆新能源汽车整车项目。推进投资3.4亿元的冰上运动训练中心建设。新增养老床位600张。');
    expect(ts.map((t) => `${t.number}${t.unit} ${t.indicator}`)).toEqual(['2所 新建九年一贯制学校', '3.4亿元 冰上运动训练中心投资', '600张 新增养老床位']);
  });

  it('skips what a plan part says of the present: a span already past, an average, what a place has, reasoning, a document’s goals, every place there is', () => {
    const ts = one([
      '“十四五”以来，我县累计建成高标准农田24万亩，今年再建设3万亩。',
      '近年来，全市新建改建农村公路3000公里。',
      '今年1—2月，全市规上工业增加值增长9%。',
      '全市研发投入强度比全国平均水平低0.5个百分点。',
      '我市人均地区生产总值仅为全省平均水平的78%。',
      '我县拥有各类人才6万人，人才总量仍然不足。',
      '全市民营经济贡献了60%以上的税收。',
      '全市政府债务率为118%，要严控新增隐性债务。',
      '只有保持投资增长10%左右，才能支撑经济增长6.5%的目标。',
      '在确定的15项年度目标中，有12项为约束性指标。',
      '全市72个乡镇、1380个行政村要实现快递服务全覆盖。',
      '对家庭人均月收入低于1500元的困难群众实施救助。',
      '为符合条件的3万名困难群众发放临时救助金。',
      '上年粮食产量达到120万吨，今年要稳定在115万吨以上。',
      '每千人口拥有执业医师达到3.5人。',
      '力争规上工业增加值增速高于全省平均水平1个百分点。',
    ].join(''));
    expect(ts.map((t) => `${t.number}${t.unit} ${t.horizon}`)).toEqual(['3万亩 year', '3万名 year', '115万吨 year', '3.5人/千人 year', '1百分点 year']);
    expect(ts.find((t) => t.number === '115万')!.indicator).toBe('粮食产量');
  });

  it('skips counts of what a plan document contains', () => {
    const ts = one('《纲要（草案）》细化提出20项主要指标，提出6方面109项重大工程。全社会研发经费投入年均增长7%以上。');
    expect(ts.map((t) => t.number)).toEqual(['7']);
  });

  it('marks multi-year horizons', () => {
    const ts = one('今明两年职业技能培训3500万人次以上。新建学校20所。');
    expect(ts.map((t) => t.horizon)).toEqual(['multi-year', 'year']);
    expect(ts[0]!.horizonLabel).toBe('今明两年');
  });

  it('reads 今后/未来 and a span of years as the horizon, but not a year that opens such a span', () => {
    const ts = one('今后五年，地区生产总值力争突破700亿元。未来三年新建改建农村公路1000公里。今年是未来五年的开局之年，城镇新增就业5万人以上。');
    expect(ts.map((t) => [t.number, t.horizon])).toEqual([['700亿', 'multi-year'], ['1000', 'multi-year'], ['5万', 'year']]);
    expect(ts[0]!.horizonLabel).toBe('今后五年');
  });

  it('reads review figures as outcomes, not targets', () => {
    const a = analyze('各位代表：\n一、2019年工作回顾\n城镇新增就业1352万人。\n二、2020年主要任务\n城镇新增就业900万人以上。', { force: true });
    expect(a.commitments.map((c) => [c.kind, c.number])).toEqual([['outcome', '1352万'], ['target', '900万']]);
  });

  it('maps spans back to the source through page furniture and full-width digits', () => {
    const src = '责任编辑 张三\n\n市四届人大七次会议政府工作报告(摘要)\n\n(上接05版)\n\n(五)全力稳就业\n\n全市城镇新增就业５万人以上，转移农村劳动力6万人以上，扶持15\n\n家企业上市。';
    const ts = analyze(src, { force: true }).commitments;
    for (const t of ts) expect(src.slice(t.start, t.end)).toBe(t.number);
    expect(ts.map((t) => t.number)).toEqual(['５万', '6万', '15']);
    expect(ts[0]!.amount).toBe(50000);
    const fifteen = ts[2]!;
    expect(fifteen.unit).toBe('家');
  });
});

describe('the opening of the speech', () => {
  it('keeps past figures out of the targets before the first heading', () => {
    const a = analyze('各位代表：\n过去一年，全市生产总值增长8.1%。今年，我们要确保城镇新增就业5万人以上。\n一、2021年工作回顾\n城镇新增就业6万人。', { force: true });
    expect(a.commitments.map((c) => [c.kind, c.number])).toEqual([['outcome', '8.1'], ['target', '5万'], ['outcome', '6万']]);
  });
});

describe('indicator names', () => {
  const names = (text: string) => one(text).map((t) => [t.number, t.indicator]);

  it('skips specifications and the base of a rate (2×35万千瓦, 每50公斤)', () => {
    expect(names('加快推进东电2×35万千瓦热电联产项目前期工作。小麦最低收购价每50公斤提高5元。')).toEqual([['5', '小麦最低收购价每50公斤提高']]);
  });

  it('names each of two figures in one clause by its own noun (A个X和B个Y)', () => {
    expect(names('完成涉及6万户的村庄改造和3.5万户农村生活污水处理设施改造。年内建成2家标准化菜市场和10个大型储菜库。')).toEqual([
      ['6万', '村庄改造'],
      ['3.5万', '农村生活污水处理设施改造'],
      ['2', '建成标准化菜市场'],
      ['10', '建成大型储菜库'],
    ]);
  });

  it('keeps one name for the old and the new value (由X提高到Y)', () => {
    expect(names('种植业适度规模经营比重从30%提升到40%以上。')).toEqual([['40', '种植业适度规模经营比重']]);
  });

  it('drops list markers (一是, 就是要) from the name', () => {
    expect(names('二是取消或停征中央涉企行政事业性收费35项。就是要全力完成今年66个重点项目。')).toEqual([
      ['35', '取消或停征中央涉企行政事业性收费'],
      ['66', '重点项目'],
    ]);
  });

  it('names a count by what follows 等 (examples), but keeps examples that tell rates apart', () => {
    expect(names('建成口袋公园等各类公园120座。改造根河路等背街巷道10条。将制造业等行业现行16%的税率降至13%。高等教育毛入学率提高到30%。')).toEqual([
      ['120', '建成公园'],
      ['10', '改造背街巷道'],
      ['13', '制造业等行业税率'],
      ['30', '高等教育毛入学率'],
    ]);
  });

  it('gives a verb with no object the object of the clause before (加快X建设，形成供应N套)', () => {
    expect(names('加快租赁房建设，形成供应5.3万套。在确保质量的前提下，基本建成500万套。用好1800亿元引导基金。')).toEqual([
      ['5.3万', '租赁房供应'],
      ['500万', '建成'],
      ['1800亿', '引导基金'],
    ]);
  });

  it('names one figure for a list of things by the whole list (审批环节、时限、材料再压缩N%)', () => {
    expect(names('今年要把办事环节、办理时限、申报材料再压缩20%以上。争创省级特色小镇、美丽乡村示范村各3个。')).toEqual([
      ['20', '办事环节、办理时限、申报材料压缩'],
      ['3', '争创省级特色小镇、美丽乡村示范村'],
    ]);
    // 各 counts each item, even when there are as many items as the figure says.
    expect(names('创建国家级、省级现代农业产业园各2个。')).toEqual([['2', '创建国家级、省级现代农业产业园']]);
    // Long items are whole measures when they end on one; a long item that is a clause is no list.
    expect(names('城镇常住居民人均可支配收入、农村牧区常住居民人均可支配收入均增长7%。全省各级机关要带头精简会议、文件压减三分之一以上。')).toEqual([
      ['7', '城镇常住居民人均可支配收入、农村牧区常住居民人均可支配收入增长'],
      ['三分之一', '文件压减'],
    ]);
  });

  it('keeps a list item that has a figure of its own out of the next one\'s name', () => {
    // (The list's verb is the item's too, as the labels name list items: 新建幼儿园, not 新建学校幼儿园.)
    expect(names('今年新建学校5所、幼儿园8所。')).toEqual([
      ['5', '新建学校'],
      ['8', '新建幼儿园'],
    ]);
  });

  it('gives a verb alone the subject of the figure before it (重点项目新开工N个、竣工M个)', () => {
    expect(names('今年市级重点项目新开工60个以上、竣工45个以上。')).toEqual([
      ['60', '市级重点项目新开工'],
      ['45', '市级重点项目竣工'],
    ]);
  });

  it('names a total of listed items by the thing counted with its verb (建成A、B、C共N公里道路 → 建成城市道路, as the labels name 建成轨道交通线)', () => {
    expect(names('建成东环路、南环路部分路段共35公里城市道路。')).toEqual([['35', '建成城市道路']]);
  });

  it('names a thing qualified by a short place or phase before its figure (沿河5.3公里道路)', () => {
    expect(names('完成沿河5.3公里道路建设。加快推进主城区21家老工业企业退城入园。今年再解决6000万农村人口饮水安全问题。今年赤字率拟按3%安排。')).toEqual([
      ['5.3', '沿河道路建设'],
      ['21', '主城区老工业企业退城入园'],
      ['6000万', '解决农村人口饮水安全问题'],
      ['3', '赤字率'],
    ]);
  });

  it('names a thing qualified by a longer place, owner or round before its figure, not a measure or a sum', () => {
    expect(names('加快推进大唐哈克5万千瓦风电建设。全面启动张江科学城第二轮82个项目建设。确保红星美凯龙6万平方米主力店年内完工。全年旅游接待人数达到700万人次。地产蔬菜种植面积2万亩以上。继续代发地方债2000亿元并纳入地方财政预算。')).toEqual([
      ['5万', '大唐哈克风电建设'],
      ['82', '张江科学城第二轮项目建设'],
      ['6万', '红星美凯龙主力店'],
      ['700万', '旅游接待人数'],
      ['2万', '地产蔬菜种植面积'],
      ['2000亿', '代发地方债'],
    ]);
  });

  it('looks past a size or an age between a count and the thing counted (178座10蒸吨以下的锅炉, 3岁以下婴幼儿)', () => {
    expect(names('今年全面完成城区内178座10蒸吨及以下的各类燃煤小锅炉淘汰。托育服务惠及超50万名3岁以下婴幼儿。')).toEqual([
      ['178', '城区内燃煤小锅炉淘汰'],
      ['50万', '托育服务惠及3岁以下婴幼儿'],
    ]);
  });

  it('names a change against last year by the figure before it, and leaves 拟/将 out of names', () => {
    expect(names('今年中央财政拟安排“三农”投入8183亿元，比上年增加930亿元。中央财政拟投入社会保障资金2930亿元，比上年预计数增加439亿元，增长17.6%。')).toEqual([
      ['8183亿', '中央财政三农投入'],
      ['930亿', '中央财政三农投入比上年增加'],
      ['2930亿', '中央财政投入社会保障资金'],
      ['439亿', '中央财政投入社会保障资金比上年增加'],
      ['17.6', '中央财政投入社会保障资金增长'],
    ]);
  });

  it('leaves a topic (底线是), a quantifier (所有的) and an adverb before a verb (科学合理地做好) out of names', () => {
    expect(names('底线是守住1.2亿亩耕地红线。所有的村级活动场所要达到200平方米以上。科学合理地做好5平方公里起步区的规划。')).toEqual([
      ['1.2亿', '守住耕地红线'],
      ['200', '村级活动场所'],
      ['5', '起步区规划'],
    ]);
  });

  it('reads a ratio A:B as one target named with its 比, and the old ratio of a from-to as no target', () => {
    const ts = one('农产品加工业总产值与农业总产值之比达到2.6：1。城乡居民收入比从2.4:1缩小至2.3:1。');
    expect(ts.map((t) => [t.number, t.unit, t.comparator, t.indicator])).toEqual([
      ['2.6：1', '比值', '=', '农产品加工业总产值与农业总产值之比'],
      ['2.3:1', '比值', '=', '城乡居民收入比'],
    ]);
  });

  it('reads a step reached as a floor and leaves the step verb out of the name (迈上1000亿斤新台阶)', () => {
    const ts = one('粮食综合生产能力迈上1200亿斤新台阶。全省生产总值跨越3万亿元大关。');
    expect(ts.map((t) => [t.number, t.comparator, t.indicator])).toEqual([
      ['1200亿', '>=', '粮食综合生产能力'],
      ['3万亿', '>=', '全省生产总值'],
    ]);
  });

  it('keeps a verb of building that stands before a list of examples or items (建成…共61公里轨道交通线)', () => {
    expect(names('建成5号线南延伸、9号线三期共40公里轨道交通线。建设8个县级托育中心、50个乡镇托育点。新建城东、城西等4个污水处理厂。')).toEqual([
      ['40', '建成轨道交通线'],
      ['8', '建设县级托育中心'],
      ['50', '建设乡镇托育点'],
      ['4', '新建污水处理厂'],
    ]);
  });

  it('names a sum said to be an investment by the projects it is for', () => {
    expect(names('全力完成今年80个重点项目60亿元的投资计划。')).toEqual([
      ['80', '重点项目'],
      ['60亿', '重点项目投资'],
    ]);
  });

  it('names a year\'s investment by projects without their verb, and the things a government does for people (办好N件民生实事)', () => {
    expect(names('推动120个以上市级重点项目开工建设，完成年度投资800亿元以上。全年为群众办好15件民生实事。')).toEqual([
      ['120', '市级重点项目开工建设'],
      ['800亿', '市级重点项目年度投资'],
      ['15', '办好民生实事'],
    ]);
  });

  it('quotes a long clause from a word boundary near the figure, never from inside a word', () => {
    const ts = one('今年要把城镇居民基本医保和新农合的财政补助标准提高到120元。各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。');
    expect(ts.map((t) => t.quote)).toEqual(['今年要把城镇居民基本医保和新农合的财政补助标准提高到120元', '城镇居民医保和新农合的补助标准由每人每年120元提高到200元']);
  });

  it('quotes an item of a numbered list without its marker (1.新增… → 新增…)', () => {
    expect(one('1.新增养老床位1万张。（2）改造提升乡镇敬老院50所。').map((t) => t.quote)).toEqual(['新增养老床位1万张', '改造提升乡镇敬老院50所']);
  });

  it('names a bare verb after 其中 by the thing a chain of verbs before acted on (新建和改扩建农村公路…其中新建)', () => {
    expect(names('新建和改扩建农村公路4000公里，其中新建800公里。')).toEqual([
      ['4000', '新建和改扩建农村公路'],
      ['800', '新建农村公路'],
    ]);
  });

  it('names a list item whose own verb is 竣工投产 by the things before, without the list\'s verb', () => {
    expect(names('全年计划新开工亿元以上项目400个、竣工投产200个。')).toEqual([
      ['400', '新开工亿元以上项目'],
      ['200', '竣工投产亿元以上项目'],
    ]);
  });

  it('names a stock by the things, without the verb of this year\'s work (新认定…，总数突破 → 高新技术企业总数)', () => {
    expect(names('新认定高新技术企业800家，总数突破5000家。')).toEqual([
      ['800', '新认定高新技术企业'],
      ['5000', '高新技术企业总数'],
    ]);
  });

  it('names a rank as one (进入全国前10位 → 全国排名), not by the tail 前', () => {
    expect(names('地区生产总值增速保持全国前5位。')).toEqual([['5', '地区生产总值增速全国排名']]);
  });

  it('leaves 每年 and a growth rate\'s 较上年 out of names (每年新增城镇就业, 进出口总额较上年增长)', () => {
    expect(names('每年新增城镇就业50万人以上。力争全年外贸进出口总额较上年增长5%。')).toEqual([
      ['50万', '新增城镇就业'],
      ['5', '外贸进出口总额增长'],
    ]);
  });

  it('reads what an estimate says is needed as a cost, not a promise (经测算…需要投资N亿元)', () => {
    const ts = one('经测算，完成上述目标需要投资1.2万亿元。预计全年需偿还到期债务500亿元。今年需完成投资800亿元。');
    expect(ts.map((t) => t.number)).toEqual(['800亿']);
  });

  it('reads a population, a standing against the country and what an event takes in as background', () => {
    const ts = one('全省常住人口4000万，其中城镇人口2600万。我省人均地区生产总值为全国平均水平的80%。今年承办全国运动会部分赛事，涉及12个项目。完成涉及6万户的村庄改造。');
    expect(ts.map((t) => t.number)).toEqual(['6万']);
  });

  it('reads what the work builds on or is framed by as background (依托18个开发区, 围绕12条产业链, 在全省16个地市)', () => {
    const ts = one('依托全省18个国家级开发区，打造先进制造业集群。围绕12条重点产业链，实施链长制。在全省16个地市推广一网通办。推动1000家规上企业开展智能化改造。');
    expect(ts.map((t) => t.number)).toEqual(['1000']);
  });

  it('reads every item of a list of what there is as background (全省有14个市州、86个县市区)', () => {
    expect(one('全省有14个市州、86个县市区。新建14个市州体育馆、86个县级全民健身中心。').map((t) => t.number)).toEqual(['14', '86']);
  });

  it('leaves a bound that says who qualifies as no target, and 安排 before a growth out of its name', () => {
    const ts = one('对小微企业年应纳税所得额不到300万元的部分，再减半征收所得税。中央本级支出安排增长2%。');
    expect(ts.map((t) => [t.number, t.indicator])).toEqual([['2', '中央本级支出增长']]);
  });

  it('keeps the verb of a rise by a share in the name (转移支付增加约7.8% → 转移支付增加)', () => {
    expect(names('中央对地方转移支付增加约7.8%，规模8.3万亿元。')).toEqual([
      ['7.8', '中央对地方转移支付增加'],
      ['8.3万亿', '中央对地方转移支付规模'],
    ]);
  });

  it('reads two lists of equal length as respective without 分别 (A和B增长6%和7%), and only then', () => {
    expect(names('城镇和农村居民人均可支配收入增长6%和7%。城镇调查失业率和登记失业率控制在5.5%和4.5%以内。确保城乡居民参加养老保险和基本医疗保险参保率保持在90%和98%以上。')).toEqual([
      ['6', '城镇居民人均可支配收入增长'],
      ['7', '农村居民人均可支配收入增长'],
      ['5.5', '城镇调查失业率'],
      ['4.5', '登记失业率'],
      ['90', '城乡居民参加养老保险参保率'],
      ['98', '基本医疗保险参保率'],
    ]);
    // Three names and two values: no pairing.
    expect(names('粮食、棉花和油料产量增长2%和3%。').map(([, n]) => n)).toEqual(['粮食、棉花和油料产量增长', '粮食、棉花和油料产量增长']);
  });

  it('quotes a value of a respective list with the whole list of names; takes the names from the clause before a rate\'s base', () => {
    const ts = one('规上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、5%、5.5%。养老金、低保标准和环卫工人工资再次提高，月人均分别提高221元、90元和300元。补贴标准分别从每人每月209元、280元提高到217元、290元。');
    expect(ts.map((t) => [t.number, t.indicator, t.quote])).toEqual([
      ['6', '规上工业增加值增长', '规上工业增加值、固定资产投资、社会消费品零售总额分别增长6%'],
      ['5', '固定资产投资增长', '规上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、5%'],
      ['5.5', '社会消费品零售总额增长', '规上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、5%、5.5%'],
      ['221', '养老金提高', '月人均分别提高221元'],
      ['90', '低保标准提高', '月人均分别提高221元、90元和300元'],
      ['300', '环卫工人工资提高', '月人均分别提高221元、90元和300元'],
      // One name for two values: each is of it (not the 元 an old value leaves).
      ['217', '补贴标准', '280元提高到217元'],
      ['290', '补贴标准', '290元'],
    ]);
  });

  it('names farm products listed by one character each as the statistics do (肉、蛋、奶产量分别… → 肉类产量, 禽蛋产量, 奶类产量)', () => {
    expect(names('肉、蛋、奶产量分别稳定在120万吨、40万吨、60万吨。粮棉油产量分别增长2%、3%、4%。')).toEqual([
      ['120万', '肉类产量'],
      ['40万', '禽蛋产量'],
      ['60万', '奶类产量'],
      ['2', '粮食产量增长'],
      ['3', '棉花产量增长'],
      ['4', '油料产量增长'],
    ]);
  });

  it('leaves a rate\'s base (每人每年, 每月) out of the name of a standard raised by a sum', () => {
    expect(names('城乡居民基本医疗保险财政补助标准每人每年提高30元。失业保险金标准每月再提高100元。')).toEqual([
      ['30', '城乡居民基本医疗保险财政补助标准提高'],
      ['100', '失业保险金标准提高'],
    ]);
  });

  it('names a short item and the figureless list after it as one thing (N所学校、幼儿园的校舍维修改造)', () => {
    expect(names('完成30所学校、幼儿园的校舍维修改造。今年要完成500多项食品、药品安全地方标准的制定修改工作。新建10个公园、推进5个广场建设。')).toEqual([
      ['30', '学校幼儿园的校舍维修改造'],
      ['500', '食品药品安全地方标准的制定修改'],
      ['10', '新建公园'],
      ['5', '广场建设'],
    ]);
  });

  it('names a thing whose name opens with a Latin token whole (5G基站, AI大模型), for a list item too', () => {
    expect(names('全年新建5万个、累计建成20万个5G基站。建设10个AI大模型应用场景。')).toEqual([
      ['5万', '新建5G基站'],
      ['20万', '建成5G基站'],
      ['10', '建设AI大模型应用场景'],
    ]);
  });

  it('names money by its purpose when the next clause opens with it (拟投入N亿元，用于促进就业)', () => {
    expect(names('今年省财政拟投入30亿元，用于扶助和促进就业。全年计划投资3亿元，用于基础设施和项目建设。')).toEqual([
      ['30亿', '省财政投入用于扶助和促进就业'],
      ['3亿', '基础设施和项目投资'],
    ]);
  });

  it('names money a payer allots by the fund named after the sum (财政安排N亿元专项资金)', () => {
    expect(names('省级财政统筹安排30亿元乡村振兴衔接资金，支持欠发达地区。市财政拟安排5亿元稳岗补贴。县财政安排2000万元。')).toEqual([
      ['30亿', '省级财政乡村振兴衔接资金'],
      ['5亿', '市财政稳岗补贴'],
      ['2000万', '县财政'],
    ]);
  });

  it('names a figure that sizes a cut by what is cut (按不低于5%的幅度压减一般性支出)', () => {
    expect(names('中央部门要带头，一律按不低于5%的幅度压减一般性支出。')).toEqual([['5', '一般性支出压减']]);
  });

  it('gives a size with no owner the cluster, zone, industry or problem the clause or sentence before is about', () => {
    expect(names('今年做强做优绿色食品产业集群，全产业链产值突破3000亿元。持续开展拖欠账款问题专项治理，问题解决率达到95%。氢能产业重点推动制氢装备研发。产业规模突破50亿元。生物医药产业加快集聚发展。力争产业投资超过200亿元。')).toEqual([
      ['3000亿', '绿色食品产业集群全产业链产值'],
      ['95', '拖欠账款问题解决率'],
      ['50亿', '氢能产业规模'],
      ['200亿', '生物医药产业投资'],
    ]);
  });

  it('keeps a voltage that names the kind of line in the name (新建750千伏和330千伏电网工程16个)', () => {
    expect(names('新建750千伏和330千伏电网工程16个。')).toEqual([['16', '新建750千伏和330千伏电网工程']]);
  });

  it('leaves where the work goes first, who planned it and by when out of a name (优先在…新建, 我区初步安排的…有N个, 年底前要)', () => {
    expect(names('优先在革命老区、脱贫村新建温室大棚2万个。我区初步安排的重点调度项目有80个。欠付中小企业的账款年底前要清偿80%以上。')).toEqual([
      ['2万', '新建温室大棚'],
      ['80', '重点调度项目'],
      ['80', '欠付中小企业的账款清偿'],
    ]);
  });

  it('names a percentage of a whole as a share, and places an earlier figure counts as where, not what', () => {
    expect(names('技术工人数量占到从业人员总量25%以上。初中毕业生升学基本全覆盖、80%升入普通高中。在12个县城和开发区增补义务教育学位3万个。从失业保险基金结余中拿出500亿元。对共建“一带一路”国家投资占40%以上。70%乡镇卫生院纳入一体化管理。物流费用与GDP比率降低至13%左右。')).toEqual([
      ['25', '技术工人数量占从业人员总量比重'],
      ['80', '升入普通高中比例'],
      ['3万', '增补义务教育学位'],
      ['500亿', '失业保险基金结余'],
      ['40', '共建一带一路国家投资占比'],
      ['70', '乡镇卫生院纳入一体化管理比例'],
      ['13', '物流费用与GDP比率'],
    ]);
  });

  it('gives a two-character name the thing named right after its figure (引育100名以上高层次人才)', () => {
    expect(names('今年引育100名以上高层次人才。全年造林9000万亩。')).toEqual([
      ['100', '引育高层次人才'],
      ['9000万', '造林'],
    ]);
  });

  it('keeps the whole list of examples when a name keeps its examples (A、B等行业税率), without 现行', () => {
    expect(names('将交通运输业、建筑业等行业现行10%的税率降至9%。小麦、玉米、马铃薯等主栽品种良种覆盖率达到97%以上。')).toEqual([
      ['9', '交通运输业、建筑业等行业税率'],
      ['97', '小麦、玉米、马铃薯等主栽品种良种覆盖率'],
    ]);
  });

  it('keeps an age or a type that says whom (65岁及以上老年人, 0—6岁儿童, 2型糖尿病患者), drops what a from-to or 实现 leaves', () => {
    expect(names('65岁及以上老年人健康管理率达到70%以上。2型糖尿病患者规范管理率达到60%。县域医共体从20个县（市）扩大到50个县（市）。设施农业总产值实现900亿元。')).toEqual([
      ['70', '65岁及以上老年人健康管理率'],
      ['60', '2型糖尿病患者规范管理率'],
      ['50', '县域医共体'],
      ['900亿', '设施农业总产值'],
    ]);
  });

  it('heads consumer prices in words (CPI涨幅 → 居民消费价格涨幅) and drops an abbreviation in brackets', () => {
    expect(names('CPI涨幅3%左右。居民消费价格（CPI）涨幅控制在3%左右。居民消费价格增长2%左右。')).toEqual([
      ['3', '居民消费价格涨幅'],
      ['3', '居民消费价格涨幅'],
      ['2', '居民消费价格涨幅'],
    ]);
  });

  it('names a change whose object follows the figure by the change and its object (提高N农村人口供水保障水平)', () => {
    expect(names('加快实施农村供水工程，提高3000万农村人口供水保障水平。中央财政资金160亿元，增长9.6%。')).toEqual([
      ['3000万', '提高农村人口供水保障水平'],
      ['160亿', '中央财政资金'],
      ['9.6', '中央财政资金增长'],
    ]);
  });

  it('gives a bare investment after one thing listed before it that thing as owner (实施城市更新行动、完成投资N)', () => {
    expect(names('大力实施老旧小区改造行动、完成投资80亿元。')).toEqual([['80亿', '老旧小区改造行动投资']]);
  });

  it('keeps a long name whole up to 30 characters, drops what a proposal or a from-to leaves', () => {
    expect(names('城镇居民人均可支配收入和农村居民人均纯收入年均实际增长超过7%。提出单位国内生产总值能耗降低13.5%。增值税起征点从月销售额3万元提高到10万元。小麦、稻谷最低收购价每50公斤分别提高7.4元和16元。')).toEqual([
      ['7', '城镇居民人均可支配收入和农村居民人均纯收入年均实际增长'],
      ['13.5', '单位国内生产总值能耗降低'],
      ['10万', '增值税起征点'],
      // A respective list reads past the base its prices are quoted per (每50公斤): one name each.
      ['7.4', '小麦最低收购价提高'],
      ['16', '稻谷最低收购价提高'],
    ]);
  });

  it('gives a bare measure in the next clause the thing the figure before measures (种植面积…，产量…)', () => {
    expect(names('今年蔬菜种植面积达到3万亩，产量达到20万吨。')).toEqual([
      ['3万', '蔬菜种植面积'],
      ['20万', '蔬菜产量'],
    ]);
  });

  it('splits 城乡居民 into town and country for two figures, heads 一产 in words, keeps 5G and M2', () => {
    expect(names('城乡居民人均可支配收入分别增长5%、6.5%左右。一产、二产增加值分别增长5%、6%。新建5G基站1万个。广义货币M2增长8%左右。')).toEqual([
      ['5', '城镇居民人均可支配收入增长'],
      ['6.5', '农村居民人均可支配收入增长'],
      ['5', '第一产业增加值增长'],
      ['6', '第二产业增加值增长'],
      ['1万', '新建5G基站'],
      ['8', '广义货币M2增长'],
    ]);
  });

  it('names the investment of a project by the project (county reports)', () => {
    expect(names('确保投资4800万元的成吉思汗广场改造提升工程如期完工。投资2.5亿元，实施俄罗斯风情精品街项目。推进总投资10亿元的国网信通大数据项目开工建设。投资2.6亿元，实施中心城区26公里供水管网铺设。').slice(0, 4)).toEqual([
      ['4800万', '成吉思汗广场改造提升工程投资'],
      ['2.5亿', '俄罗斯风情精品街项目投资'],
      ['10亿', '国网信通大数据项目总投资'],
      // An object that is a list of figures names no project.
      ['2.6亿', '投资'],
    ]);
  });

  it('names a bare 达到X by the figure before it in the sentence', () => {
    expect(names('地区生产总值增长7.5%，达到309亿元。')).toEqual([
      ['7.5', '地区生产总值增长'],
      ['309亿', '地区生产总值'],
    ]);
  });

  it('gives each figure after 分别 the name at its place in the list before', () => {
    expect(names('单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。')).toEqual([
      ['23', '单位国内生产总值用水量下降'],
      // The rate's base written once (单位国内生产总值) is every name's.
      ['15', '单位国内生产总值能耗下降'],
      ['18', '单位国内生产总值二氧化碳排放量下降'],
    ]);
    // A short first name stands for the head of the last; a measure written once is shared.
    expect(names('城镇和农村常住居民人均可支配收入分别增长8%和9%。高技术制造业、装备制造业增加值分别增长9%、8%。')).toEqual([
      ['8', '城镇常住居民人均可支配收入增长'],
      ['9', '农村常住居民人均可支配收入增长'],
      ['9', '高技术制造业增加值增长'],
      ['8', '装备制造业增加值增长'],
    ]);
    // 城乡低保 is the city's and the country's, 城乡居民 the town's and the country's; other lists of unequal length are not
    // split, and 分别 is still no part of the name (the labels never keep it).
    expect(names('城乡低保人均补助标准分别提高5%和8%。').map(([, n]) => n)).toEqual(['城市低保人均补助标准提高', '农村低保人均补助标准提高']);
    expect(names('城乡低保标准分别提高到每人每月800元和600元。').map(([, n]) => n)).toEqual(['城市低保标准', '农村低保标准']);
    expect(names('城乡医保财政补助标准分别提高5%和8%。').map(([, n]) => n)).toEqual(['城乡医保财政补助标准提高', '城乡医保财政补助标准提高']);
    // The words after the one both names end on are the measure of both.
    expect(names('数字及相关产业、海洋及相关产业增加值占地区生产总值比重分别达到12%、8%。').map(([, n]) => n)).toEqual([
      '数字及相关产业增加值占地区生产总值比重',
      '海洋及相关产业增加值占地区生产总值比重',
    ]);
  });
});

describe('names without the effort, the deadline or the old value', () => {
  const names = (text: string) => one(text).map((t) => t.indicator);

  it('leave out how hard the work is pushed and when it ends', () => {
    expect(names('加快老旧小区改造步伐，年内完成1200户。')).toEqual(['老旧小区改造']);
    expect(names('确保3万平方米冷链仓库建成并投入使用。')).toEqual(['冷链仓库']);
    expect(names('推进12公里污水管网改造等工程按期竣工。')).toEqual(['污水管网改造等工程']);
    expect(names('对滨河路等6条道路进行提升改造。')).toEqual(['道路提升改造']);
    expect(names('不断加大科技投入，投资2.4亿元。')).toEqual(['科技投入投资']);
  });

  it('leave out a duration, last year\'s value and a 新 before 安排', () => {
    expect(names('用三年时间将补助标准由每人每月60元提高到90元。')).toEqual(['补助标准']);
    expect(names('今年省级财政用于医疗的投入，将由去年的56亿元增加到70亿元。')).toEqual(['省级财政用于医疗的投入']);
    expect(names('今年农村危房改造新安排8万户。')).toEqual(['农村危房改造']);
  });

  it('give a bare verb the object the same verb took earlier in the sentence', () => {
    expect(names('今年计划发行地方政府一般债券，全年先发行300亿元。')).toEqual(['地方政府一般债券']);
  });

  it('run a long noun to its clause end when near, else keep its first whole part', () => {
    expect(names('为2万名65岁以上困难老年人免费提供白内障和青光眼筛查。')).toEqual(['65岁以上困难老年人白内障和青光眼筛查']);
    expect(names('完成80吨餐厨垃圾无害化处理和城北再生资源回收利用中心项目建设。')).toEqual(['餐厨垃圾无害化处理']);
  });

  it('leave out a scope that reaches everywhere, a base year, a first time and a pledge\'s resolve', () => {
    expect(names('将城乡居民大病保险试点范围扩大到全省60%的县。')).toEqual(['城乡居民大病保险试点范围']);
    expect(names('力争到2030年全省地区生产总值比2025年翻一番。')).toEqual(['全省地区生产总值']);
    expect(names('全市一般公共预算支出将首次突破2000亿元。')).toEqual(['全市一般公共预算支出']);
    expect(names('严守320万亩耕地保护红线不动摇。')).toEqual(['耕地保护红线']);
  });

  it('give the figures of a list the unit written after the last, or the one each item names', () => {
    const ts = one('城镇、农村新增就业分别为30万、80万人。社会消费品零售总额、外贸进出口总额分别达到1.28万亿、1.18万亿。');
    expect(ts.map((t) => [t.indicator, t.unit])).toEqual([
      ['城镇新增就业', '人'], ['农村新增就业', '人'], ['社会消费品零售总额', '元'], ['外贸进出口总额', '元'],
    ]);
  });

  it('do not give a verb to the subjects listed in a later clause (新增…公里，广州、深圳…分别达)', () => {
    expect(names('新增地铁运营里程150公里，广州、深圳地铁线网单日最高客运量分别达到1400万、1300万人次。')).toEqual([
      '新增地铁运营里程', '广州地铁线网单日最高客运量', '深圳地铁线网单日最高客运量',
    ]);
  });

  it('give every item of a list joined by 和 the verb the list opened with, and no item the next one\'s noun', () => {
    expect(names('重点建设40个绿美点和6条绿美带。新建学校10所和医院5家。')).toEqual(['建设绿美点', '建设绿美带', '新建学校', '新建医院']);
    expect(names('培育30家链主企业及100家配套企业。')).toEqual(['培育链主企业', '培育配套企业']);
    expect(names('改造提升20个农贸市场、30个菜市场。')).toEqual(['改造提升农贸市场', '改造提升菜市场']);
    expect(names('建设口袋公园100个、绿道300公里、驿站50座。')).toEqual(['建设口袋公园', '建设绿道', '建设驿站']);
    // A short thing and its figure after a comma is a parallel item; a short work (造林) is not a thing.
    expect(names('新建高速公路300公里，铁路100公里。新增退耕还林1000万亩，造林9000万亩。')).toEqual(['新建高速公路', '新建铁路', '新增退耕还林', '造林']);
    expect(names('新建供水管网15公里，排水管网20公里。')).toEqual(['新建供水管网', '新建排水管网']);
  });

  it('name a service by whom it is for and what it is, without the verb of providing it (为残疾人提供基本康复服务)', () => {
    expect(names('为残疾人提供基本康复服务3万人次。向低收入群体发放消费补贴2亿元。对1000户困难家庭实施适老化改造。面向高校毕业生提供见习岗位2万个。')).toEqual([
      '残疾人基本康复服务', '低收入群体消费补贴', '困难家庭适老化改造', '高校毕业生见习岗位',
    ]);
    expect(names('免费实施老年人白内障复明工程1万例。给予新生儿家庭育儿补贴每孩每年3600元。')).toEqual(['老年人白内障复明工程', '新生儿家庭育儿补贴']);
    // What an agency carries out (…实施的审批事项) and a share of units that do something keep their verb.
    expect(names('取消国务院部门实施的审批事项40项。推动80%的煤电机组实现超低排放。')).toEqual(['取消国务院部门实施的审批事项', '煤电机组实现超低排放比例']);
  });

  it('quote and name a thing past a bracket of its smaller forms (中心（所、站）)', () => {
    const ts = one('建成新时代文明实践中心（所、站）2.8万个。');
    expect(ts.map((t) => [t.quote, t.indicator])).toEqual([['建成新时代文明实践中心（所、站）2.8万个', '建成新时代文明实践中心']]);
  });

  it('name the share of places that do something, past a bracket of places and a Latin token (县（市、区）, 5G)', () => {
    const ts = one('推动80%以上的县（市、区）建成区域医疗中心。全省90%的行政村实现5G网络覆盖。');
    expect(ts.map((t) => t.indicator)).toEqual(['县建成区域医疗中心比例', '行政村实现5G网络覆盖比例']);
    expect(ts[0]!.quote).toMatch(/县（市、区）/);
  });

  it('keep the horizon out of the name, with its 末 and 累计完成 (“十五五”末…, 五年累计完成…)', () => {
    expect(names('力争“十五五”末全省常住人口城镇化率达到65%。五年累计完成交通投资1万亿元。')).toEqual(['全省常住人口城镇化率', '交通投资']);
  });

  it('give a second, higher aim the first aim\'s name and direction (确保增长5%、力争6%), and read 上下 as about', () => {
    const ts = one('地区生产总值确保增长5%、力争6%。城镇新增就业50万人，力争60万人。居民收入增长5%上下。');
    expect(ts.map((t) => [t.indicator, t.comparator])).toEqual([
      ['地区生产总值增长', '+'], ['地区生产总值增长', '+'], ['城镇新增就业', '='], ['城镇新增就业', '='], ['居民收入增长', '~'],
    ]);
  });

  it('count a rate per head of population in its measure per that many people, and read its bound past the base', () => {
    const ts = one('每千人口拥有执业医师达到3.6人。食品抽检量超每千人6.6批次。每万人口高价值发明专利拥有量从20件提高到30件。');
    expect(ts.map((t) => [t.indicator, t.unit, t.comparator])).toEqual([
      ['每千人口拥有执业医师', '人/千人', '='], ['每千人食品抽检量', '批次/千人', '>'], ['每万人口高价值发明专利拥有量', '件/万人', '='],
    ]);
  });

  it('give a verb alone the topic it acts on: past a clause with its own figure, in the sentence before, never a unit', () => {
    expect(names('大力发展租赁住房，筹集房源2万套，新开工3000套。')).toEqual(['筹集房源', '租赁住房新开工']);
    expect(names('加快建设乡镇综合文化站，年内建成20个。')).toEqual(['乡镇综合文化站建成']);
    expect(names('实施保障性住房建设。新开工2000套。')).toEqual(['保障性住房新开工']);
    expect(names('棚户区改造新开工3000套、基本建成2000套。')).toEqual(['棚户区改造新开工', '棚户区改造建成']);
    expect(names('全面完成30个。')).toEqual(['完成']);
  });

  it('leave an enumeration marker inside running text out of the name and the quote (（一）城镇新增就业…；（二）…)', () => {
    const ts = one('（一）城镇新增就业30万人；（二）新建保障性住房1万套。');
    expect(ts.map((t) => [t.indicator, t.quote])).toEqual([['城镇新增就业', '城镇新增就业30万人'], ['新建保障性住房', '新建保障性住房1万套']]);
    expect(names('为全省城乡适龄妇女免费开展两癌筛查20万人。')).toEqual(['全省城乡适龄妇女两癌筛查']);
  });

  it('name a thing written with single or corner quotes, or a Latin token and +, and a part a bracket includes', () => {
    expect(names('建成30个‘城市大脑’应用场景。建成5个「一带一路」合作园区。建成10个5G+工业互联网示范工厂。')).toEqual([
      '建成城市大脑应用场景', '建成一带一路合作园区', '建成5G+工业互联网示范工厂',
    ]);
    expect(names('建成20个（含10个市级）完整社区。')).toEqual(['建成完整社区', '市级完整社区']);
    expect(names('建成50个（含国家级、省级和市级试点）智慧社区。')).toEqual(['建成智慧社区']);
  });

  it('give a clause that is only a verb and its figure the object of the figure before (…，竣工投产500个)', () => {
    expect(names('新开工亿元以上项目1000个，竣工投产500个。')).toEqual(['新开工亿元以上项目', '竣工投产亿元以上项目']);
    expect(names('筹集保障性住房1万套，新开工5000套以上。')).toEqual(['筹集保障性住房', '新开工保障性住房']);
    expect(names('完成高标准农田建设任务80万亩，其中新建50万亩、改造提升30万亩。')).toEqual(['高标准农田建设', '新建高标准农田', '改造提升高标准农田']);
    expect(names('新开工高速公路项目10个、里程800公里。')).toEqual(['新开工高速公路项目', '新开工高速公路里程']);
  });

  it('give a part named alone after 其中 the whole\'s measure (规上工业增加值增长6%，其中制造业增长7%)', () => {
    expect(names('规上工业增加值增长6%，其中制造业增长7%。固定资产投资增长4%，其中工业投资增长8%。')).toEqual([
      '规上工业增加值增长', '制造业增加值增长', '固定资产投资增长', '工业投资增长',
    ]);
  });

  it('leave out how steadily a thing changes (持续增长, 进一步提高到)', () => {
    expect(names('研发经费投入持续增长10%以上。民营经济增加值占比进一步提高到55%。')).toEqual(['研发经费投入增长', '民营经济增加值占比']);
  });

  it('name a size by the fund after 的 (设立总规模100亿元的产业引导基金)', () => {
    expect(names('设立总规模100亿元的产业引导基金。')).toEqual(['产业引导基金总规模']);
  });

  it('leave out how the work is to be done (有序推进, 因地制宜新建, 高标准建设, 在有条件的地方)', () => {
    expect(names('有序推进老旧小区改造1000个。因地制宜新建标准塑胶跑道50条。高标准建设高标准农田100万亩。在有条件的地方新建口袋公园30个。')).toEqual([
      '老旧小区改造', '新建标准塑胶跑道', '建设高标准农田', '新建口袋公园',
    ]);
  });

  it('give a bare thing after a measured one the same measure, with the change it carries', () => {
    expect(names('光伏装机新增500万千瓦、风电300万千瓦。')).toEqual(['光伏装机新增', '风电装机新增']);
    expect(names('天然气产量达到300亿立方米，原油2000万吨。')).toEqual(['天然气产量', '原油产量']);
    // A clause with a verb of its own keeps its own name, and a list verb does not cross the comma.
    expect(names('再压减钢铁产能3000万吨左右，退出煤炭产能1.5亿吨左右。')).toEqual(['压减钢铁产能', '退出煤炭产能']);
  });

  it('give a level in a 分别 list the things the last level qualifies (国家级和省级开发区)', () => {
    expect(names('国家级和省级开发区分别达到10个和50个。')).toEqual(['国家级开发区', '省级开发区']);
  });

  it('give each short name of a 分别 list what follows the same-length opening of the last', () => {
    expect(names('二氧化硫、氮氧化物排放量分别下降4%和5%。')).toEqual(['二氧化硫排放量下降', '氮氧化物排放量下降']);
    expect(names('把小学、初中学生人均公用经费分别提高到700元和900元。')).toEqual(['小学学生人均公用经费', '初中学生人均公用经费']);
    // 稳定在 splits like 达到; a long name shares nothing by length alone; a bare measure takes the first name's owner.
    expect(names('棉花、油料产量分别稳定在80万吨、40万吨以上。')).toEqual(['棉花产量', '油料产量']);
    expect(names('规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、5%、6%左右。')).toEqual(['规模以上工业增加值增长', '固定资产投资增长', '社会消费品零售总额增长']);
    expect(names('省属企业营业收入和利润总额分别增长6%和8%。')).toEqual(['省属企业营业收入增长', '省属企业利润总额增长']);
    // Names of unequal length share nothing by length; 第 is written once for an ordinal list.
    expect(names('化学需氧量、氨氮、挥发性有机物重点工程减排量分别达到1万吨、0.1万吨、0.5万吨。')).toEqual(['化学需氧量', '氨氮', '挥发性有机物重点工程减排量']);
    expect(names('县级、乡级医疗机构分别达到100家、800家。')).toEqual(['县级医疗机构', '乡级医疗机构']);
    expect(names('第二、三产业增加值分别增长6%和5.5%。')).toEqual(['第二产业增加值增长', '第三产业增加值增长']);
  });

  it('name money by what it is, not by its being allotted, with what it is for, and 比去年 as 比上年', () => {
    expect(names('今年拟安排省级专项债券1200亿元，比去年增加100亿元。')).toEqual(['省级专项债券', '省级专项债券比上年增加']);
    expect(names('省财政安排农业保险补贴资金20亿元。')).toEqual(['省财政农业保险补贴资金']);
    expect(names('安排省级预算内投资50亿元支持县域产业园区建设。')).toEqual(['省级预算内投资支持县域产业园区建设']);
  });

  it('read 历史 as the past only when it says a record, and name two measures of one thing after the second', () => {
    expect(names('统筹推进历史文化街区保护和城市更新，完成40万平方米、1.2万户老旧住房成套改造。')).toEqual(['老旧住房成套改造', '老旧住房成套改造']);
    expect(names('外贸进出口总额创历史新高，达到5000亿元。')).toEqual([]);
  });

  it('count new work whose clause says which ones before 的, past an earlier clause about what exists', () => {
    expect(names('在巩固现有班列的基础上，年内新开通至中亚地区的4条国际货运班列线路。')).toEqual(['新开通国际货运班列线路']);
    expect(names('完成对老城区现有的300万平方米棚户区的调查摸底。')).toEqual([]);
    expect(names('今年要组织实施好涉及产业和民生领域的45个重点项目。')).toEqual(['重点项目']);
    expect(names('新型基础设施覆盖全省的60个城市。')).toEqual([]);
  });

  it('give a share with no subject the thing measured before it, and growth of allotted money the money\'s name', () => {
    expect(names('新能源装机容量达到5000万千瓦，占电力总装机比重超过60%。')).toEqual(['新能源装机容量', '新能源装机容量占电力总装机比重']);
    expect(names('省级财政安排乡村振兴资金80亿元，增长6%。')).toEqual(['省级财政乡村振兴资金', '省级财政乡村振兴资金增长']);
  });

  it('give a two-character verb the thing after a bound and 的 (消除…以上的城市黑臭水体)', () => {
    expect(names('消除20万平方米以上的城市黑臭水体。')).toEqual(['消除城市黑臭水体']);
  });

  it('keep 基本 of a basic scheme (基本养老保险), name a deducted percentage as a share, and drop 下达 from money', () => {
    expect(names('城乡居民基本养老保险参保率提高到96%。')).toEqual(['城乡居民基本养老保险参保率']);
    expect(names('延续执行企业研发费用加计扣除100%政策。')).toEqual(['企业研发费用加计扣除比例']);
    expect(names('省财政将继续下达耕地地力保护补贴资金30亿元。')).toEqual(['省财政耕地地力保护补贴资金']);
  });

  it('strip a leading adverb or verb only as a whole word (其他, 使用, 对外, 等级, 再生, 要素, 为老 stay)', () => {
    expect(names('其他常住人口落户城镇20万人。使用清洁能源比例达到60%。对外直接投资增长5%。')).toEqual(['其他常住人口落户城镇', '使用清洁能源比例', '对外直接投资增长']);
    expect(names('等级公路里程达到10万公里。再生资源回收利用率达到50%。要素市场交易额突破1000亿元。')).toEqual(['等级公路里程', '再生资源回收利用率', '要素市场交易额']);
    expect(names('主要农作物耕种收综合机械化率达到80%。为老服务中心达到300家。')).toEqual(['主要农作物耕种收综合机械化率', '为老服务中心']);
  });

  it('name a running total by the things, and a cut by a share by what is cut', () => {
    expect(names('全年新建充电桩2万个，累计达到15万个。')).toEqual(['新建充电桩', '充电桩']);
    expect(names('压减省本级一般性支出8%。')).toEqual(['省本级一般性支出压减']);
  });

  it('name a rate of payment by what is paid (…元标准发放育儿补贴 → 育儿补贴标准), and a verb after 其中 by the object before', () => {
    expect(names('按照每人每年2400元标准发放高龄津贴。')).toEqual(['高龄津贴标准']);
    expect(names('建设高标准农田80万亩，其中改造提升30万亩。')).toEqual(['建设高标准农田', '改造提升高标准农田']);
  });

  it('drop the 的 between what is counted and the work done to it (8个村的饮水安全工程)', () => {
    expect(names('完成8个村的饮水安全工程。实施20个老旧小区的供热管网改造。')).toEqual(['村饮水安全工程', '老旧小区供热管网改造']);
  });

  it('take no count of what a government has, nor a size that says which projects count; name a project\'s investment past its count', () => {
    expect(names('全省有各类经营主体600万户，要持续优化营商环境。')).toEqual([]);
    expect(names('力争引进总投资10亿元以上的项目30个。')).toEqual(['引进总投资10亿元以上的项目']);
    expect(names('推动总投资500亿元的12个重大项目开工建设。')).toEqual(['重大项目总投资']);
    expect(names('全市上下要奋力实现经济增长6%左右。')).toEqual(['经济增长']);
  });

  it('name the share of things that reach or have something (50%以上的县域医共体达到国家标准 → …比例)', () => {
    expect(names('力争50%以上的县域医共体达到国家标准。确保95%以上的行政村通硬化路。全省80%的乡镇建有标准化卫生院。')).toEqual([
      '县域医共体达到国家标准比例', '行政村通硬化路比例', '乡镇建有标准化卫生院比例',
    ]);
  });

  it('take the bar a share of things reaches as part of the share, not as a target (90%以上的村…超过10万元)', () => {
    const ts = one('实现90%以上的村（社区）集体经济收入超过10万元。');
    expect(ts.map((t) => [t.number, t.indicator])).toEqual([['90', '村集体经济收入超过10万元比例']]);
  });

  it('take a bound that says which things are counted (10万元以上的村) as part of the name, not as a target', () => {
    expect(names('集体经济收入10万元以上的村占比达到60%。年营业收入1亿元以上的企业达到500家。')).toEqual([
      '集体经济收入10万元以上的村占比', '年营业收入1亿元以上的企业',
    ]);
    // A share is the goal however it is bounded: 60%以上的村 keeps its figure.
    expect(names('推动60%以上的村集体经济收入达到10万元。')).toEqual(['村集体经济收入达到10万元比例']);
  });

  it('read trains (列) and power in 兆瓦 as units; name a verb alone by what the same verb came after', () => {
    expect(names('全年开行中欧班列900列以上。')).toEqual(['开行中欧班列']);
    expect(names('推动中欧班列稳定开行，全年开行900列以上。')).toEqual(['中欧班列开行']);
    expect(names('新增新型储能装机300兆瓦。')).toEqual(['新增新型储能装机']);
    expect(names('培育年营收超5亿元的企业15家。')).toEqual(['培育年营收超5亿元的企业']);
  });

  it('take a count in words of 20 or more after a verb of work (新建幼儿园三十所), not a slogan\'s 十个, and drop 压缩至 from names', () => {
    expect(names('新建幼儿园三十所。新增高新技术企业一千家。')).toEqual(['新建幼儿园', '新增高新技术企业']);
    expect(names('坚持两个毫不动摇，建好三个中心。')).toEqual([]);
    expect(names('企业开办时间压缩至1个工作日。')).toEqual(['企业开办时间']);
  });

  it('read a 、 inside a bracket of what is included or which places as part of the clause, and leave such a bracket out of the name', () => {
    expect(names('全年完成林草生态建设（含造林、种草）150万亩。建设数字乡村试点县（市、区）15个。')).toEqual(['林草生态建设', '建设数字乡村试点县']);
    expect(names('培育省级专精特新企业（含“小巨人”）200家。')).toEqual(['培育省级专精特新企业']);
    // A bracket of verbs (新(改、扩)建) is not such a bracket.
    expect(names('每个县新(改、扩)建1所至2所公办中小学。')).toEqual(['扩建公办中小学']);
  });

  it('take the size of a cohort a duty is about for no target, and read 以上 past 标准煤', () => {
    expect(names('今年高校毕业生预计30万人，要做好就业工作。今年高校毕业生32万人，要拓宽就业渠道。')).toEqual([]);
    const [t] = one('能源综合生产能力达到5亿吨标准煤以上。');
    expect(t!.comparator).toBe('>=');
  });

  it('read a quoted five-year period as a horizon (“十五五”时期)', () => {
    expect(one('“十五五”时期，力争地区生产总值年均增长5%以上。')[0]!.horizon).toBe('multi-year');
  });

  it('take a class of size (10万吨级, 千万吨级) and a ranking (500强) for part of a name, not a target; a money size before 企业 says which', () => {
    expect(names('建设5万吨级码头3个。')).toEqual(['建设5万吨级码头']);
    expect(names('建成千万吨级炼化一体化项目。')).toEqual([]);
    expect(names('引进世界500强企业8家。')).toEqual(['引进世界500强企业']);
    expect(names('培育营收超50亿元企业6家。')).toEqual(['培育营收超50亿元企业']);
    expect(names('建设15分钟便民生活圈80个。建成24小时自助图书馆30个。')).toEqual(['建设15分钟便民生活圈', '建成24小时自助图书馆']);
  });

  it('leave a base year and an inline 较上年 out of the name, as the labels do', () => {
    expect(names('力争全省地区生产总值比2025年增长6%。')).toEqual(['全省地区生产总值增长']);
    expect(names('全年粮食产量较上年增加5亿斤。')).toEqual(['粮食产量']);
  });

  it('keep the horizon out of the name (五年城镇新增就业 → 城镇新增就业) and give 支持 its object', () => {
    expect(names('今后五年全省城镇新增就业300万人以上。')).toEqual(['全省城镇新增就业']);
    expect(names('“十五五”时期全省经济年均增长5%左右。')).toEqual(['全省经济年均增长']);
    expect(names('今年省财政再支持200所乡镇卫生院。')).toEqual(['省财政支持乡镇卫生院']);
  });

  it('take no policy nicknamed by its count of articles (新30条) for a target', () => {
    expect(names('认真落实促进民营经济发展新30条。')).toEqual([]);
  });
});

describe('names once the figures are taken out', () => {
  const names = (text: string) => one(text).map((t) => [t.number, t.indicator]);

  it('name a change said of the things measured before it (分别增长) by those things', () => {
    expect(names('全区旅游人数力争突破370万人次，旅游收入达到38亿元，分别增长20%。').map(([, n]) => n)).toEqual(['全区旅游人数', '旅游收入', '全区旅游人数、旅游收入增长']);
    expect(names('接待游客达到4亿人次，旅游花费达到3000亿元，分别增长10%、12%。').map(([, n]) => n)).toEqual(['接待游客', '旅游花费', '接待游客增长', '旅游花费增长']);
  });

  it('name an investment by its project, a length by what it measures, and keep 再就业 whole', () => {
    expect(names('继续举全区之力推进总投资103.7亿元的棚户区改造工程。完成总长度57.9公里的城市道路新建改造。全年实现新增就业5300人、再就业1500人。').map(([, n]) => n))
      .toEqual(['棚户区改造工程总投资', '城市道路新建改造总长度', '新增就业', '再就业']);
  });

  it('name an investment by the project after it, past a count, or by the project the paragraph was about', () => {
    const only = (t: string) => names(t).map(([, n]) => n);
    expect(only('投资8000万元实施10公里雨水管网及泵站改造。')).toEqual(['雨水管网及泵站改造投资', '雨水管网及泵站改造']);
    expect(only('全年投资1.6亿元，重点实施“菜篮子”工程建设。')).toEqual(['菜篮子工程投资']);
    expect(only('实施市区道路畅通工程。投资4.7亿元,完成65条、总长度57.9公里的城市道路新建改造。')).toEqual(['市区道路畅通工程投资', '城市道路新建改造', '城市道路新建改造总长度']);
  });

  it('name a change after an amount by what the amount measures, bare growth as the economy\'s, and 新开工 by the works the clause before steps up', () => {
    expect(names('中央财政赤字1.12万亿元，增加1700亿元。').map(([, n]) => n)).toEqual(['中央财政赤字', '中央财政赤字增加']);
    expect(names('把增长预期目标定在7.5%左右。').map(([, n]) => n)).toEqual(['经济增长']);
    expect(names('加大保障性安居工程建设力度，今年新开工700万套以上。').map(([, n]) => n)).toEqual(['保障性安居工程新开工']);
  });

  it('give each item of a list the verb the list opens with, unless it has its own or measures a rate', () => {
    expect(names('新建绿地1000公顷、城市绿道200公里、立体绿化40万平方米。').map(([, n]) => n)).toEqual(['新建绿地', '新建城市绿道', '新建立体绿化']);
    expect(names('全年新增就业5300人、再就业1500人。').map(([, n]) => n)).toEqual(['新增就业', '再就业']);
    expect(names('今年要淘汰焦炭300万吨、电解铝50万吨。').map(([, n]) => n)).toEqual(['淘汰焦炭', '淘汰电解铝']);
    // A bare thing after a measured one is measured alike; a verb alone acts on the object before it.
    expect(names('全年肉类产量达到120万吨、禽蛋40万吨、奶类80万吨。').map(([, n]) => n)).toEqual(['肉类产量', '禽蛋产量', '奶类产量']);
    expect(names('粮食播种面积稳定在3000万亩，总产量1000万吨以上。').map(([, n]) => n)).toEqual(['粮食播种面积', '粮食总产量']);
    expect(names('新建高标准农田50万亩、改造提升20万亩。').map(([, n]) => n)).toEqual(['新建高标准农田', '改造提升高标准农田']);
    expect(names('建设筹措保障性租赁住房5万套、供应3万套。').map(([, n]) => n)).toEqual(['建设筹措保障性租赁住房', '供应保障性租赁住房']);
    expect(names('每千人口拥有执业医师3.2人、注册护士3.8人。').map(([, n]) => n)).toEqual(['每千人口拥有执业医师', '每千人口拥有注册护士']);
    expect(names('土壤污染风险管控率保持100%。').map(([, n]) => n)).toEqual(['土壤污染风险管控率']);
    expect(names('全市规上工业企业营业收入突破3000亿元，利润总额增长8%。').map(([, n]) => n)).toEqual(['全市规上工业企业营业收入', '全市规上工业企业利润总额增长']);
    // So is a measure after a company's assets or an industry's share, and a share named alone.
    expect(names('省属企业资产总额达到2.7万亿元，工业总产值突破1万亿元。').map(([, n]) => n)).toEqual(['省属企业资产总额', '省属企业工业总产值']);
    expect(names('文化产业增加值占地区生产总值比重达到5%，营业收入突破3000亿元。').map(([, n]) => n)).toEqual(['文化产业增加值占地区生产总值比重', '文化产业营业收入']);
    expect(names('民营企业进出口额增长6%，占比提高到60%。').map(([, n]) => n)).toEqual(['民营企业进出口额增长', '民营企业进出口额占比']);
    expect(names('数字经济规模突破2万亿元，占GDP比重达到45%。').map(([, n]) => n)).toEqual(['数字经济规模', '数字经济规模占GDP比重']);
    // An item after 和 with its own figure is named after it; two counts of one thing share its name.
    expect(names('完成退耕还林工程的补植、管护任务和3000亩重点区域绿化工作任务，惠及群众5万人。').map(([, n]) => n)).toEqual(['重点区域绿化', '重点区域绿化惠及群众']);
    expect(names('实现农村贫困人口96户、183人全部稳定脱贫。').map(([, n]) => n)).toEqual(['农村贫困人口', '农村贫困人口稳定脱贫']);
    // Items later in a list share the qualifier, the measure at another time, the thing the last level names.
    expect(names('新增省级美丽乡村示范镇4个、示范村30个。重点项目开工率一季度达到35%、二季度达到70%。抓好2个国家级、6个省级重点实验室建设。').map(([, n]) => n)).toEqual(['新增省级美丽乡村示范镇', '新增省级美丽乡村示范村', '重点项目开工率一季度', '重点项目开工率二季度', '国家级重点实验室建设', '省级重点实验室建设']);
    // A measure of its own keeps its name in a respective list (播种面积 and 产量 of one crop); a bare reach is of the work before.
    expect(names('蔬菜播种面积和产量分别稳定在80万亩和300万吨。改造老旧供水管网60公里，覆盖8000户。').map(([, n]) => n)).toEqual(['蔬菜播种面积', '蔬菜产量', '改造老旧供水管网', '改造老旧供水管网覆盖']);
    // A place after 其中 is where the whole's work is done; a sum the counted projects total, without 的, is theirs.
    expect(names('新建改扩建小学6所，其中主城区4所。实施总投资120亿元35个城市更新项目。').map(([, n]) => n)).toEqual(['新建改扩建小学', '主城区新建改扩建小学', '城市更新项目总投资', '城市更新项目']);
    // Bare projects are the cluster's the sentence opens on, and so is their investment; a road project's sum is the road's.
    expect(names('新能源汽车产业集群重点推进电池、电机等8个项目，完成投资12亿元。投资6亿元，改造滨河大道。').map(([, n]) => n)).toEqual(['新能源汽车产业集群项目', '新能源汽车产业集群项目投资', '滨河大道投资']);
    // Money put in or raised is named by the 实事 or project it is for, said right after.
    expect(names('计划投资6000万元办好8件惠民实事。筹措资金90亿元以上，继续实施十大民生工程。').map(([, n]) => n)).toEqual(['惠民实事投资', '办好惠民实事', '十大民生工程筹措资金']);
    // Projects counted are named with the bar they pass, before or after the count; 社消零 is written out.
    expect(names('新引进投资过3亿元的工业项目60个。扎实推进40个投资5亿元以上重大制造业项目。社消零总额突破900亿元。').map(([, n]) => n)).toEqual(['新引进投资过3亿元的工业项目', '投资5亿元以上重大制造业项目', '社会消费品零售总额']);
    // A verb the list has no word for still names the thing counted after the figure.
    expect(names('归集发布不少于5万个青年就业岗位。').map(([, n]) => n)).toEqual(['归集发布青年就业岗位']);
    // Households, then the same households' people, of one thing named after both, with the verb before.
    expect(names('解决2600户、8000人安全饮水问题。帮助农村低收入户900户、3100人持续增收。').map(([, n]) => n)).toEqual(['解决安全饮水问题', '解决安全饮水问题', '帮助农村低收入户', '帮助农村低收入户增收']);
    // An investment after the parts listed under 其中 is the whole's; who speaks (我县安排) names nothing.
    expect(names('我县安排重点项目90个，其中续建50个、新开工40个，年度计划完成投资120亿元。').map(([, n]) => n)).toEqual(['重点项目', '续建重点项目', '新开工重点项目', '重点项目年度投资']);
    // A short kind after 其中 is built as the whole is, and so is the next one in its list; or measured as it is.
    expect(names('铁路营业里程达到6000公里，其中高铁2000公里。粮食播种面积稳定在3000万亩，其中小麦1000万亩。外贸进出口总额达到8000亿元，其中出口5000亿元。').map(([, n]) => n)).toEqual(['铁路营业里程', '高铁营业里程', '粮食播种面积', '小麦播种面积', '外贸进出口总额', '出口']);
    expect(names('新建学校30所，其中小学20所、初中10所。新增高新技术企业1000家，其中科技型中小企业800家。').map(([, n]) => n)).toEqual(['新建学校', '新建小学', '新建初中', '新增高新技术企业', '科技型中小企业']);
    // That a cut is for all is no part of what is cut; a yearly average keeps its 均.
    expect(names('各部门一般性财政支出一律压减10%以上，地区生产总值年均增长5%。').map(([, n]) => n)).toEqual(['各部门一般性财政支出压减', '地区生产总值年均增长']);
    // How well money is used is no part of what it is.
    expect(names('用好1800亿元引导基金，用好用足3000亿元超长期特别国债资金。').map(([, n]) => n)).toEqual(['引导基金', '超长期特别国债资金']);
    // Work done to households is named by the work (not its being a task), after where they are.
    expect(names('完成城区内零散区域1.8万户的征拆和安置任务，完成保障性住房建设任务2000套。').map(([, n]) => n)).toEqual(['城区内零散区域征拆和安置', '保障性住房建设']);
    expect(names('新增规上工业企业60家，总数达到900家。').map(([, n]) => n)).toEqual(['新增规上工业企业', '规上工业企业总数']);
    expect(names('实施重点项目200个，总投资3000亿元，年度计划投资800亿元。').map(([, n]) => n)).toEqual(['重点项目', '重点项目总投资', '重点项目年度计划投资']);
    expect(names('城镇居民人均可支配收入增长5%，农村居民增长6.5%。').map(([, n]) => n)).toEqual(['城镇居民人均可支配收入增长', '农村居民人均可支配收入增长']);
    expect(names('一般公共预算收入增长3%，其中税收收入增长4%。').map(([, n]) => n)).toEqual(['一般公共预算收入增长', '税收收入增长']);
    // A level alone is of the same things; a verb alone shares the thing the next item counts; 引进 is shared;
    // an item with its own verb (惠及) keeps it.
    expect(names('培育国家级专精特新企业20家、省级150家。').map(([, n]) => n)).toEqual(['培育国家级专精特新企业', '培育省级专精特新企业']);
    expect(names('建成省级以上创新平台40个，其中国家级8个。').map(([, n]) => n)).toEqual(['建成省级以上创新平台', '国家级创新平台']);
    expect(names('新培育省级以上农业产业化龙头企业100家，其中国家级10家。').map(([, n]) => n)).toEqual(['新培育省级以上农业产业化龙头企业', '国家级农业产业化龙头企业']);
    // 新培育 opens a list as 新增 does: each item is named with it.
    expect(names('新培育单项冠军企业40家、专精特新小巨人企业600家。').map(([, n]) => n)).toEqual(['新培育单项冠军企业', '新培育专精特新小巨人企业']);
    expect(names('新建4个、改扩建9个县级医院。').map(([, n]) => n)).toEqual(['新建县级医院', '改扩建县级医院']);
    expect(names('全年引进高校毕业生4万人、技能人才2万人。').map(([, n]) => n)).toEqual(['引进高校毕业生', '引进技能人才']);
    expect(names('改造城镇老旧小区600个、惠及居民8万户。').map(([, n]) => n)).toEqual(['改造城镇老旧小区', '城镇老旧小区惠及居民']);
    expect(names('开工建设保障性住房1万套、基本建成6000套。').map(([, n]) => n)).toEqual(['开工建设保障性住房', '建成保障性住房']);
    // A bare measure in a list is of the thing the item before measures.
    expect(names('实现粮食播种面积3320万亩、产量1285万吨以上，生猪出栏3000万头、产值500亿元。').map(([, n]) => n)).toEqual(['粮食播种面积', '粮食产量', '生猪出栏', '生猪出栏产值']);
  });

  it('keep 重点 when it is what sets the projects apart, and leave a month out', () => {
    expect(names('实施重点项目32个。6月底前要全面完成3.4万平方米草坪、120万株花草种植。').map(([, n]) => n)).toEqual(['重点项目', '草坪', '花草种植']);
  });
  it('keep the measured thing, not the remains of a from-to, a modal or a date', () => {
    const only = (s: string) => names(s).map(([, n]) => n);
    expect(only('城乡居民医保财政补助由每人每年420元提高到450元。')).toEqual(['城乡居民医保财政补助']);
    expect(only('全员劳动生产率从人均8.7万元提高到12万元以上。')).toEqual(['全员劳动生产率']);
    expect(only('城乡居民基本医保财政补助标准提高到人均320元。')).toEqual(['城乡居民基本医保财政补助标准']);
    expect(only('今年能源消耗强度要降低3.9%以上。')).toEqual(['能源消耗强度降低']);
    expect(only('移动网络流量资费年内至少降低30%。')).toEqual(['移动网络流量资费降低']);
    expect(only('赤字率下降到1.5%左右。')).toEqual(['赤字率']);
    expect(only('2015年国内生产总值将超过55万亿元。')).toEqual(['国内生产总值']);
    // 年均 and 平均 are part of what is measured.
    expect(only('地区生产总值年均增长5%左右。')).toEqual(['地区生产总值年均增长']);
    expect(only('一般工商业电价平均降低10%。')).toEqual(['一般工商业电价平均降低']);
  });

  it('borrow the growth subject from the figure before, and the object from before a condition', () => {
    expect(names('中央财政城乡医疗救助补助资金160亿元，增长9.6%。').map(([, n]) => n)).toEqual(['中央财政城乡医疗救助补助资金', '中央财政城乡医疗救助补助资金增长']);
    expect(names('继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。').map(([, n]) => n)).toEqual(['保障性安居工程建成', '保障性安居工程新开工']);
  });
});

describe('comparators of listed figures', () => {
  it('figures after one verb share it, and a qualifier after the last covers them all', () => {
    const ts = one('文化产业、旅游产业增加值比重分别超过2%、5%。城乡居民收入分别增长5%、6.5%左右。水果、蔬菜、茶叶产量分别达2050万吨、4200万吨、19万吨以上。降低工商业电价5%，增加国家铁路建设资本金1000亿元，每个开发区至少建设1个孵化器。');
    expect(ts.map((t) => [t.number, t.comparator])).toEqual([
      ['2', '>'],
      ['5', '>'],
      ['5', '~'],
      ['6.5', '~'],
      ['2050万', '>='],
      ['4200万', '>='],
      ['19万', '>='],
      ['5', '-'],
      ['1000亿', '+'],
      ['1', '>='],
    ]);
  });
});

describe('indicator names a reporter would put in a table', () => {
  it('never a verb alone, a preposition’s tail or a bare 规模; a listed head measure is shared', () => {
    const ts = one('坚决守住18亿亩耕地红线。科技型中小企业加计扣除比例从75%提高到100%。中央对地方转移支付增加约4000亿元、增长8%，规模达到10万亿元。石化、新材料、新医药产业产值分别达到3000亿元、2000亿元、1000亿元。城镇调查失业率全年控制在5.5%以内。');
    expect(ts.map((t) => t.indicator)).toEqual([
      '守住耕地红线',
      '科技型中小企业加计扣除比例',
      '中央对地方转移支付',
      '中央对地方转移支付增长',
      '中央对地方转移支付规模',
      '石化产业产值',
      '新材料产业产值',
      '新医药产业产值',
      '城镇调查失业率',
    ]);
  });
});

describe('county and city plans: bounds, ages, sizes of teams and verbs that act on the things before', () => {
  const named = (text: string) => one(text).map((t) => `${t.number}${t.unit} ${t.indicator}`);
  const namesOf = (text: string) => one(text).map((t) => t.indicator);

  it('take a bound right after a count (10个1000亩以上的) and a team size (3人制) for which things, not targets', () => {
    expect(named('建设12个500亩以上的林果示范园。完成超150个30户以上自然村组的供水管网建设。')).toEqual(['12个 建设林果示范园', '150个 自然村组供水管网建设']);
    expect(named('新建5人制足球场30片、3人制篮球场40个。')).toEqual(['30片 新建5人制足球场', '40个 新建3人制篮球场']);
    // A thing whose name starts with 制 is still counted.
    expect(named('打造20个制造业数字化转型平台。')).toEqual(['20个 打造制造业数字化转型平台']);
  });

  it('name people counted with an age span by who they are and what they get, not by the scope alone', () => {
    expect(named('为全县3万名35-64岁农村妇女免费做乳腺癌筛查。')).toEqual(['3万名 全县35-64岁农村妇女乳腺癌筛查']);
  });

  it('name an investment by the projects it sizes, past their counts', () => {
    expect(named('加快推进总投资48亿元的9件民生实事。年内实施总投资26亿元的45项市政重点工程。')).toEqual(['48亿元 民生实事总投资', '26亿元 市政重点工程总投资', '45项 市政重点工程']);
  });

  it('let a clause of only a verb and its figure act on the things the clause before counted in that unit', () => {
    expect(named('规划实施80个口袋公园项目，开工建设60个，年内完成45个。')).toEqual(['80个 口袋公园项目', '60个 开工建设口袋公园项目', '45个 完成口袋公园项目']);
    expect(named('新改建乡村道路500公里，重点养护1200公里。')).toEqual(['500公里 新改建乡村道路', '1200公里 重点养护乡村道路']);
    // A name that ends on its verb leaves the borrowing to the rule for verbs alone.
    expect(namesOf('推进城镇保障性住房建设，基本建成3000套，新开工5000套以上。')).not.toContain('新开工城镇保障性住房建成');
  });

  it('keep what is torn down with the things listed before 等, and leave a scope\'s planning out of the name', () => {
    expect(named('拆除东站、西站等4个收费站。全县计划引进15个以上过亿元项目。')).toEqual(['4个 拆除收费站', '15个 全县引进过亿元项目']);
  });

  it('take a sum before 的 and the things then counted for the bar they pass, not a target', () => {
    expect(named('培育年销售额超5亿元的农产品加工强镇2个、超2000万元的电商示范村10个。')).toEqual(['2个 农产品加工强镇', '10个 电商示范村']);
  });

  it('name a part inside a bracket of what is included by the part, and leave how well a task is done out', () => {
    expect(named('新建学校12所，其中城区学校5所（含幼儿园2所）。确保圆满完成30个重点项目建设。致力打造8万亩优质蔬菜基地。')).toEqual(['12所 新建学校', '5所 城区学校', '2所 幼儿园', '30个 重点项目建设', '8万亩 打造优质蔬菜基地']);
  });

  it('name a raise to a figure by what is raised, a growth rate against last year without 比上年, and a hardened item by its verb', () => {
    expect(named('提高村级组织运转经费补助至8万元。规上工业企业营业收入达到60亿元，比上年增长12%。硬化通组道路40公里、入户路15万平方米。')).toEqual([
      '8万元 村级组织运转经费补助',
      '60亿元 规上工业企业营业收入',
      '12% 规上工业企业营业收入增长',
      '40公里 硬化通组道路',
      '15万平方米 硬化入户路',
    ]);
    // A sum against last year keeps it, as the labels do (比上年增加).
    expect(namesOf('安排专项资金30亿元，比上年增加5亿元。')).toEqual(['专项资金', '专项资金比上年增加']);
  });

  it('give a verb alone after a verb and its object that object, and leave a scope\'s effort out of the name', () => {
    expect(named('新开工城中村改造3000套、建成1800套。全县力争接待游客800万人次。')).toEqual(['3000套 新开工城中村改造', '1800套 建成城中村改造', '800万人次 全县接待游客']);
  });

  it('name whom the work reaches with the work (…托育服务机构，惠及超N名婴幼儿), not with another project the sentence went on to', () => {
    expect(namesOf('完成城镇老旧小区改造80个、惠及居民1.2万户。')).toEqual(['城镇老旧小区改造', '城镇老旧小区改造惠及居民']);
    expect(namesOf('支持超20所乡镇中学补短板，改善校舍和食堂，配置教学仪器，惠及超2万名学生。')).toEqual(['支持乡镇中学补短板', '乡镇中学补短板惠及学生']);
    // Clauses with subjects of their own in between: the beneficiaries are not those of the first figure's work.
    expect(namesOf('新建8个光伏电站，输电工程建成投运，绿电通达全国，惠及20个省份。')).toEqual(['新建光伏电站', '惠及省份']);
  });

  it('name a figure that opens its clause with only what happens to it, or a rate named alone, by the things counted before', () => {
    expect(namesOf('新开工安置房30万平方米，20万平方米主体竣工。')).toEqual(['新开工安置房', '安置房主体竣工']);
    expect(namesOf('新建改造村级综合服务站50个，达标率达到100%。力促5个项目年内投产。')).toEqual(['新建改造村级综合服务站', '村级综合服务站达标率', '项目投产']);
    // A rate of the economy after a change is no such thing.
    expect(namesOf('新能源装机规模增长20%，利用率达到95%。')).toEqual(['新能源装机规模增长', '利用率']);
  });

  it('name projects given by examples, their length, their planned investment and a total after 有 by what they are', () => {
    expect(named('高速公路续建甲至乙等6个项目500公里。')).toEqual(['6个 高速公路续建项目', '500公里 高速公路续建里程']);
    expect(named('120个续建项目计划完成投资300亿元。水运建设力争完成投资40亿元。')).toEqual(['120个 续建项目', '300亿元 续建项目投资', '40亿元 水运建设投资']);
    expect(namesOf('今年将有10个、总长600公里以上的高速公路项目建成通车。')).toEqual(['高速公路项目建成通车', '高速公路项目建成通车总长']);
    expect(named('确保建成通车高速公路300公里，新开工400公里。')).toEqual(['300公里 建成通车高速公路', '400公里 新开工高速公路']);
  });

  it('give a horizon said after a figure\'s clause to the figures after it only (新建…2万个，累计达到15万个)', () => {
    const ts = one('新建5G基站2万个，累计达到15万个。');
    expect(ts.map((t) => [t.number, t.horizon])).toEqual([['2万', 'year'], ['15万', 'multi-year']]);
  });

  it('keep the bar in the name of things counted by it, and name a doubling by the thing, not its yearly rate', () => {
    expect(namesOf('营业收入超过100亿元的企业达到20家。城镇居民人均可支配收入年均增长6%，翻一番。')).toEqual(['营业收入超过100亿元的企业', '城镇居民人均可支配收入年均增长', '城镇居民人均可支配收入']);
  });

  it('name people counted before a list of kinds (视力、听力等残疾儿童) by who they are and what they get', () => {
    expect(namesOf('为超3000名视力、听力、肢体等残疾儿童免费提供手术、康复训练等康复救助服务。为2000名低保、特困等困难老人提供居家养老服务。')).toEqual(['残疾儿童康复救助服务', '困难老人居家养老服务']);
  });

  it('give each item of a list the work the list ends on after 的', () => {
    expect(namesOf('年内完成新华路、解放路等8条道路、城中村15条配套道路的建设改造任务。')).toEqual(['道路建设改造', '城中村配套道路建设改造']);
  });

  it('name the share of places covered by the things before, and take a count whose rate is set for the scope', () => {
    expect(namesOf('新建社区老年食堂300个，覆盖80%以上城市社区。')).toEqual(['新建社区老年食堂', '社区老年食堂覆盖城市社区比例']);
    expect(namesOf('新建5G基站2万个、覆盖95%以上行政村。')).toEqual(['新建5G基站', '5G基站覆盖行政村比例']);
    expect(named('推动6个千亿级产业集群营收增长10%以上。')).toEqual(['10% 千亿级产业集群营收增长']);
  });

  it('name cases and lessons by the reform or pilot the clause before carries out', () => {
    expect(namesOf('深化农村集体产权制度改革，形成20个以上典型案例。')).toEqual(['农村集体产权制度改革典型案例']);
    expect(namesOf('开展营商环境创新试点，总结推广经验做法30项。')).toEqual(['营商环境创新试点经验做法']);
  });

  it('name a growth after an amount by that amount, not by the sentence\'s first subject; the growth of a size is the thing\'s', () => {
    const ts = analyze('某县政府工作报告\n各位代表：\n一、2023年工作回顾\n预计全年地区生产总值增长6.2%，一般公共预算收入完成12.5亿元、增长5.8%，民间投资占比34%、提高1.3个百分点。\n二、2024年工作安排\n地区生产总值增长6%。省级财政对市县转移支付增加约30亿元、规模达到500亿元、增长6.4%。\n').commitments;
    expect(ts.map((c) => c.indicator)).toEqual(['地区生产总值增长', '一般公共预算收入', '一般公共预算收入增长', '民间投资占比', '民间投资占比提高', '地区生产总值增长', '省级财政对市县转移支付', '省级财政对市县转移支付规模', '省级财政对市县转移支付增长']);
  });

  it('read a respective list of levels after a verb, and of kinds of one network, as the labels name them', () => {
    expect(namesOf('培育国家级、省级农业产业化龙头企业分别达到8家、40家。')).toEqual(['国家级农业产业化龙头企业', '省级农业产业化龙头企业']);
    expect(namesOf('改造城市供水、排水、燃气管网分别为40公里、60公里、20公里。')).toEqual(['改造城市供水管网', '改造排水管网', '改造燃气管网']);
  });

  it('pair a respective list whose change says 再, and name a total without 合计', () => {
    expect(namesOf('居民医保和基本公共卫生服务经费人均财政补助标准分别再提高20元和4元。全年合计新增专项债券规模3000亿元。')).toEqual([
      '居民医保人均财政补助标准提高',
      '基本公共卫生服务经费人均财政补助标准提高',
      '新增专项债券规模',
    ]);
  });

  it('name a total by the plan it sizes, a per-head growth by what the clause before raises, and drop 加上 and 可', () => {
    expect(namesOf('实施总额2000亿元的三年投资计划。继续提高城乡居民基础养老金，人均每年增长8%左右。加上取消50项涉企收费，可减轻企业负担约300亿元。')).toEqual([
      '三年投资计划总额',
      '城乡居民基础养老金人均每年增长',
      '取消涉企收费',
      '减轻企业负担',
    ]);
  });

  it('count people named with a place and an age span in 人, name them whole, and take no eligibility for a horizon', () => {
    const ts = one('为60万农村35—64岁妇女免费做两癌检查。为离校2年内未就业高校毕业生开发见习岗位3万个以上。新增配置自动体外除颤仪5000台、对应培训2万人以上。');
    expect(ts.map((t) => [t.number + t.unit, t.indicator, t.horizon])).toEqual([
      ['60万人', '农村35—64岁妇女两癌检查', 'year'],
      ['3万个', '离校未就业高校毕业生开发见习岗位', 'year'],
      ['5000台', '新增配置自动体外除颤仪', 'year'],
      ['2万人', '对应培训', 'year'],
    ]);
  });

  it('name pastoral and heating targets: 全部 leaves, 新建改造 is one list verb, things a bar picks out make a share', () => {
    expect(namesOf('所有嘎查村集体经济收入全部达到15万元以上。新建改造城区供热管网40公里、供水管网25公里。集体经济收入20万元以上的村达到60%。')).toEqual([
      '嘎查村集体经济收入',
      '新建改造城区供热管网',
      '新建改造供水管网',
      '集体经济收入20万元以上的村比例',
    ]);
  });

  it('read a respective list past the base its prices are quoted per, and keep a base with its figure in a name', () => {
    expect(namesOf('今年小麦、稻谷最低收购价平均每50公斤分别提高3元和5元。每10万人口高等教育在校生增长10%。各级学校组织开展超3000场次专题教育。')).toEqual([
      '小麦最低收购价提高',
      '稻谷最低收购价提高',
      '每10万人口高等教育在校生增长',
      '各级学校组织开展专题教育',
    ]);
  });

  it('give a list item that ends on its own work (维护更新) no verb of the item before', () => {
    expect(named('建成社区健身广场20个、健身器材维护更新40个。')).toEqual(['20个 建成社区健身广场', '40个 健身器材维护更新']);
  });

  it('name a harvest after its crop: the area before it, the crop of a record, an item with its own 总产', () => {
    expect(namesOf('确保蔬菜面积稳定在15万亩、总产45万吨以上。计划播种粮食面积60万亩、产量4亿斤。确保粮食播种面积在24万亩以上、粮食总产稳定在9万吨以上。')).toEqual([
      '蔬菜面积',
      '蔬菜总产',
      '播种粮食面积',
      '粮食产量',
      '粮食播种面积',
      '粮食总产',
    ]);
    expect(namesOf('油料连续三年增产，产量达到120万吨。')).toEqual(['油料产量']);
  });

  it('give a respective list after a year the thing the clause before grows (…收入年均增长6%，到2030年分别达到…)', () => {
    expect(namesOf('“十五五”时期，城乡居民收入年均增长6%，到2030年分别达到5万元、2.5万元。')).toEqual(['城乡居民收入年均增长', '城镇居民收入', '农村居民收入']);
  });

  it('give a first name with no head of its own the head the last one has (…养育和社会散居孤儿…标准)', () => {
    expect(namesOf('机构内集中养育和社会散居孤儿基本生活费标准分别提高到每人每月1900元和1400元。')).toEqual(['机构内集中养育孤儿基本生活费标准', '社会散居孤儿基本生活费标准']);
  });

  it('read respective lists of net changes, of names with a Latin figure (PM2.5), of parallel kinds and of areas', () => {
    expect(namesOf('水土流失、荒漠化土地面积分别净减少6万、2万平方公里。京津冀及周边地区、长三角地区PM2.5平均浓度分别下降9%、7%。急难型、支出型临时救助最低标准分别提高80元和50元。城市、县城建成区面积分别增加5%、4%。')).toEqual([
      '水土流失面积净减少',
      '荒漠化土地面积净减少',
      '京津冀及周边地区PM2.5平均浓度下降',
      '长三角地区PM2.5平均浓度下降',
      '急难型临时救助最低标准提高',
      '支出型临时救助最低标准提高',
      '城市建成区面积增加',
      '县城建成区面积增加',
    ]);
  });

  it('read a rate per head of population whole, 人均 at the head of a name, and a coverage rate by the service before it', () => {
    expect(named('孕产妇死亡率控制在9/10万以下。全民健身场地设施面积人均达到2.6平方米。为65岁以上老年人免费提供健康体检服务，覆盖率达到75%以上。')).toEqual([
      '9/10万 孕产妇死亡率',
      '2.6平方米 人均全民健身场地设施面积',
      '75% 健康体检服务覆盖率',
    ]);
  });

  it('name a total length by the projects counted before it, and a share listed after a length by the same owner', () => {
    expect(namesOf('新开工普通国省干线公路项目20个，总里程约700公里。农村公路等级路里程及比例分别达到3800公里和95%。')).toEqual([
      '新开工普通国省干线公路项目',
      '新开工普通国省干线公路总里程',
      '农村公路等级路里程',
      '农村公路等级路比例',
    ]);
  });

  it('leave the speaker (我们将, 县政府将), whom the work is for (为群众办好) and four-character resolves (千方百计确保) out of names', () => {
    expect(namesOf('我们将新建公办幼儿园4所。县政府将继续办好12件民生实事。每年为群众办好10件民生实事。千方百计确保粮食产量稳定在45万吨以上。全力以赴确保全年固定资产投资增长7%。年内政府投入引导资金5000万元。')).toEqual([
      '新建公办幼儿园',
      '办好民生实事',
      '办好民生实事',
      '粮食产量',
      '固定资产投资增长',
      '政府投入引导资金',
    ]);
  });

  it('name a place set beside the one before by that figure’s name (…城镇…增长6%，农村增长8%), and a higher aim reached by the growth', () => {
    expect(namesOf('城镇居民人均可支配收入增长5%，农村增长7%。城市生活垃圾无害化处理率达到100%，农村达到90%。城区绿化覆盖率达到40%，乡镇达到30%。固定资产投资增长10%，力争达到12%。')).toEqual([
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
      '城市生活垃圾无害化处理率',
      '农村生活垃圾无害化处理率',
      '城区绿化覆盖率',
      '乡镇绿化覆盖率',
      '固定资产投资增长',
      '固定资产投资增长',
    ]);
  });

  it('name a part after 其中 by the whole’s things: a verb alone acts on them, a sort (公办, 配租型, C级) qualifies them', () => {
    expect(namesOf('实施重点民生项目50个，其中新开工30个。筹集保障性住房2000套，其中配租型1200套。改造农村危房600户，其中C级400户。新建幼儿园5所，其中公办4所。')).toEqual([
      '重点民生项目',
      '新开工重点民生项目',
      '筹集保障性住房',
      '筹集配租型保障性住房',
      '改造农村危房',
      '改造C级农村危房',
      '新建幼儿园',
      '新建公办幼儿园',
    ]);
  });

  it('give list items a compound opening verb whole (更新改造, 维修改造, 创成), and none to an item with its own (续建)', () => {
    expect(namesOf('更新改造老旧燃气管网50公里、供水管网70公里。维修改造校舍1万平方米、运动场4个。创成省级示范学校4所、省一级幼儿园2所。新开工项目160个，续建项目140个。引进世界500强企业2家、中国500强企业4家。')).toEqual([
      '更新改造老旧燃气管网',
      '更新改造供水管网',
      '维修改造校舍',
      '维修改造运动场',
      '创成省级示范学校',
      '创成省一级幼儿园',
      '新开工项目',
      '续建项目',
      '引进世界500强企业',
      '引进中国500强企业',
    ]);
  });

  it('name a payment’s rate by the payment, a gain by the stock before it, and a total past the net gain', () => {
    expect(namesOf('城乡特困人员供养标准分别达到每人每年1.1万元、9000元。为困难群众发放取暖补贴，每户每年700元。')).toEqual(['城市特困人员供养标准', '农村特困人员供养标准', '取暖补贴标准']);
    expect(namesOf('发放育儿补贴，每孩每年3600元。全市新能源装机规模达到280万千瓦，年内新增70万千瓦。高新技术企业净增70家，总数达到550家。免费发放老年人乘车卡2万张。')).toEqual([
      '育儿补贴标准',
      '全市新能源装机规模',
      '新增新能源装机',
      '高新技术企业净增',
      '高新技术企业总数',
      '免费发放老年人乘车卡',
    ]);
  });

  it('name work counted by a total, by whom it reaches or what it involves, and a level reached past 攀升至 or 到年底', () => {
    expect(namesOf('两年内完成全部老旧小区改造，共计100个。实施城乡供水一体化工程，惠及8万人。为60周岁以上老年人购买意外伤害保险，覆盖7万人。完成老旧小区改造25个，涉及楼栋150栋、居民4800户。园区营收由700亿元攀升至900亿元。农村居民人均可支配收入增长7%，到年底力争突破1.9万元。')).toEqual([
      '老旧小区改造',
      '城乡供水一体化工程惠及',
      '意外伤害保险覆盖',
      '老旧小区改造',
      '老旧小区改造涉及楼栋',
      '老旧小区改造涉及居民',
      '园区营收',
      '农村居民人均可支配收入增长',
      '农村居民人均可支配收入',
    ]);
  });

  it('read multiples of a growth or of a base year reached, times of visits and meetings, and no bar of firms a policy treats', () => {
    const ts = one('跨境电商交易额增长1倍以上。园区产值达到2020年的1.5倍。外出招商不少于25次。对年纳税500万元以上的企业给予奖励。支持年营收2000万元以上的商贸企业入限。');
    expect(ts.map((t) => `${t.number}${t.unit} ${t.indicator} ${t.horizon}`)).toEqual(['1倍 跨境电商交易额增长 year', '1.5倍 园区产值 year', '25次 外出招商 year']);
  });

  it('name a level reached by what the clause before raises, a part of a sum by the sum and its use, and a respective price rise past its base', () => {
    expect(named('城乡居民基础养老金月最低标准提高20元，达到每人每月120元以上。提高城乡居民基本医疗保险财政补助标准，达到每人每年650元。稻谷、小麦最低收购价分别提高每50公斤1元和2元。拟发行超长期特别国债1.2万亿元，其中7000亿元用于两重建设，5000亿元用于两新工作。提高个人养老金缴费上限至每年12000元。')).toEqual([
      '20元 城乡居民基础养老金月最低标准提高',
      '120元 城乡居民基础养老金月最低标准',
      '650元 城乡居民基本医疗保险财政补助标准',
      '1元 稻谷最低收购价提高',
      '2元 小麦最低收购价提高',
      '1.2万亿元 超长期特别国债',
      '7000亿元 超长期特别国债用于两重建设',
      '5000亿元 超长期特别国债用于两新工作',
      '12000元 个人养老金缴费上限',
    ]);
    expect(one('稻谷、小麦最低收购价分别提高每50公斤1元和2元。提高个人养老金缴费上限至每年12000元。').map((t) => t.comparator)).toEqual(['+', '+', '=']);
  });

  it('leave out of names a goal said as 设定为, a plan said as 拟实施, years running, a place’s resolve, 认真, 滚动 and 安排; keep 和美', () => {
    expect(namesOf('今年国内生产总值增长目标设定为5%左右。今年城中村改造拟实施项目1200个，涉及居民50万户。园区力争实现营业收入180亿元。高新区确保完成固定资产投资40亿元。文旅产业实现增加值25亿元。认真办好12件民生实事。全年滚动实施省重点项目1200个。安排县级重点项目40个。建设100个和美乡村示范村。用3年时间完成全省7000个老旧小区改造任务。')).toEqual([
      '国内生产总值增长',
      '城中村改造项目',
      '城中村改造项目涉及居民',
      '园区营业收入',
      '高新区固定资产投资',
      '文旅产业增加值',
      '办好民生实事',
      '省重点项目',
      '县级重点项目',
      '建设和美乡村示范村',
      '全省老旧小区改造',
    ]);
  });

  it('name a count after a share by the things, a level said after 到2026年 by the figure before, households then people by their common thing, and a level after 其中 by the whole’s things', () => {
    expect(namesOf('护理型床位占比提高到55%，达到4万张。今后五年，地区生产总值年均增长6%，到2026年突破380亿元。解决2800户1万人安全饮水问题。新培育农业龙头企业4家，其中国家级1家、省级2家。谋划实施总投资1.8万亿元的重大项目2800个。其中风电、光伏分别新增180万千瓦、350万千瓦。')).toEqual([
      '护理型床位占比',
      '护理型床位',
      '地区生产总值年均增长',
      '地区生产总值',
      '解决安全饮水问题',
      '解决安全饮水问题',
      '新培育农业龙头企业',
      '国家级农业龙头企业',
      '省级农业龙头企业',
      '重大项目总投资',
      '重大项目',
      '风电新增',
      '光伏新增',
    ]);
  });

  it('name a growth with no amount before by what the clause before says grows, and a growth after a share by the amount', () => {
    expect(namesOf('确保农村居民人均可支配收入增速快于城镇居民，增长7%左右。项目投资保持较快增长，增长9%左右。县域地区生产总值占全省比重达到58%，增长6%。“一件事一次办”事项拓展到40项。培训农民工8万余人次。')).toEqual([
      '农村居民人均可支配收入增长',
      '项目投资增长',
      '县域地区生产总值占全省比重',
      '县域地区生产总值增长',
      '一件事一次办事项',
      '培训农民工',
    ]);
    expect(one('培训农民工8万余人次。').map((t) => [t.unit, t.comparator])).toEqual([['人次', '>']]);
  });

  it('name a standard said with 为 and its base, a from-to after 将, and a subsidy paid per person hired', () => {
    expect(named('育儿补贴标准为每孩每年3600元。全国财政赤字将由3.8万亿元增加到4.6万亿元。今年将新增发放一次性扩岗补助，每招用1人给予1500元。')).toEqual([
      '3600元 育儿补贴标准',
      '4.6万亿元 全国财政赤字',
      '1500元 一次性扩岗补助标准',
    ]);
  });

  it('skip background counts of graduates, throughputs of plants, and bars of firms, places or projects a policy treats; keep work on what exists', () => {
    const ts = one('今年高校毕业生预计1200万人。建成日处理污水2万吨的第二污水处理厂。实施年出栏50万头生猪养殖项目。对新引进投资5000万元以上的工业项目实行一事一议。村集体经济收入5万元以下的村全部清零。实现30户以上自然村通硬化路。实施500万元以上技改项目2500个。改造提升现有高标准农田2.5亿亩。全年累计开展技能培训7000人次。');
    expect(ts.map((t) => `${t.number}${t.unit} ${t.indicator} ${t.horizon}`)).toEqual(['2500个 500万元以上技改项目 year', '2.5亿亩 改造提升现有高标准农田 year', '7000人次 技能培训 year']);
  });

  it('leave out the 的 between the things counted and the work done to them', () => {
    expect(namesOf('做好15公里道路的扩建和绿化。完成120栋沿街楼体的亮化。完成2万亩退耕还林工程的补植。')).toEqual(['道路扩建和绿化', '沿街楼体亮化', '退耕还林工程补植']);
  });

  it('name a net gain by the things whose number the clause before counts', () => {
    expect(namesOf('规上工业企业数量突破1800家，净增120家以上。')).toEqual(['规上工业企业数量', '净增规上工业企业']);
  });

  it('leave the dashes or the circled numeral that open a line of goals out of its names', () => {
    expect(namesOf('①新建改扩建公办幼儿园10所。②新增义务教育学位4000个。')).toEqual(['新建改扩建公办幼儿园', '新增义务教育学位']);
    expect(namesOf('——新增城镇就业7万人以上，城镇调查失业率控制在5.5%以内。\n——粮食、蔬菜产量分别稳定在28万吨、45万吨以上。')).toEqual(['新增城镇就业', '城镇调查失业率', '粮食产量', '蔬菜产量']);
  });

  it('give each item of a list the surroundings it ends on (周边环境) and the verb it opens with, past an adverb (整体)', () => {
    expect(namesOf('整体提升60所学校、35家医院周边环境。改善70所学校和20家医院周边交通秩序。全面提升40个乡镇集镇风貌。新建改建20家标准化菜市场、300家社区智慧微菜场。')).toEqual([
      '提升学校周边环境',
      '提升医院周边环境',
      '改善学校周边交通秩序',
      '改善医院周边交通秩序',
      '提升乡镇集镇风貌',
      '新建改建标准化菜市场',
      '新建改建社区智慧微菜场',
    ]);
  });
});

describe('review figures a result is read from', () => {
  /** The outcomes' names of a short report whose review is `review`. */
  const outcomeNames = (review: string) => analyze(`某市政府工作报告\n各位代表：\n一、2022年工作回顾\n${review}\n二、2023年工作安排\n地区生产总值增长6%。\n`).commitments.filter((c) => c.kind === 'outcome').map((c) => c.indicator);

  it('name runs of changes joined by 和 by the things measured last, 城乡常住居民 and 城镇、牧区 by each', () => {
    expect(outcomeNames('城镇、牧区常住居民人均可支配收入分别达到24000元和19000元，增长7%和8%。一般公共预算收入完成4亿元，固定资产投资完成15亿元，城乡常住居民人均可支配收入分别达到37000元和17000元、增长6%和9%。实施3000万元以上重点项目16项。全年脱贫300户700人。')).toEqual([
      '城镇常住居民人均可支配收入',
      '牧区常住居民人均可支配收入',
      '城镇常住居民人均可支配收入增长',
      '牧区常住居民人均可支配收入增长',
      '一般公共预算收入',
      '固定资产投资',
      '城镇常住居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '城镇常住居民人均可支配收入增长',
      '农村常住居民人均可支配收入增长',
      '3000万元以上重点项目',
      '脱贫',
      '脱贫',
    ]);
  });

  it('name a growth after 全市实现… by the amount, the economy’s run by itself, and 存、贷款 as two names', () => {
    expect(outcomeNames('全市实现地区生产总值5200亿元、增长5.2%，规上工业增加值增长6.8%，进出口总额增长8.5%。金融机构本外币存、贷款余额分别增长9.1%、10.4%。全县完成一般公共预算收入20亿元。')).toEqual([
      '全市地区生产总值',
      '全市地区生产总值增长',
      '规上工业增加值增长',
      '进出口总额增长',
      '金融机构本外币存款余额增长',
      '金融机构本外币贷款余额增长',
      '全县一般公共预算收入',
    ]);
    expect(outcomeNames('规上工业企业营业收入增长12%，利润总额增长6%。')).toEqual(['规上工业企业营业收入增长', '规上工业企业利润总额增长']);
  });

  it('name a growth past how it is reckoned (按可比价格计算, 扣除价格因素, 与上年相比, 比增) and after any scope (全州, 全盟)', () => {
    expect(outcomeNames('全县完成地区生产总值280亿元，按可比价格计算，同比增长6%。全州实现地区生产总值1100亿元，增长5%。全县生产总值达到170亿元，比增6.5%。全市一般公共预算收入完成80亿元，按同口径计算增长7%。城镇新增就业6000人，与上年相比增长10%。')).toEqual([
      '全县地区生产总值',
      '全县地区生产总值增长',
      '全州地区生产总值',
      '全州地区生产总值增长',
      '全县生产总值',
      '全县生产总值增长',
      '全市一般公共预算收入',
      '全市一般公共预算收入增长',
      '城镇新增就业',
      '城镇新增就业增长',
    ]);
  });

  it('name yearly averages, 分别实现 lists, 其中城镇/农村, changes since the year’s start, completion shares and a 增幅 said in words', () => {
    expect(outcomeNames('城镇常住居民人均可支配收入45000元，农村常住居民人均可支配收入27000元，年均分别增长7%和9%。社会消费品零售总额120亿元，同比增长6%，两年平均增长5%。城乡居民人均可支配收入分别实现38000元、19000元。全县居民人均可支配收入28000元，其中城镇41000元、农村19000元。存款余额达到800亿元，比年初增加80亿元。一般公共预算收入完成12亿元，完成年度目标的103%，同比增长8%。社会消费品零售总额实现140亿元，增幅位居全市首位，达11%。')).toEqual([
      '城镇常住居民人均可支配收入',
      '农村常住居民人均可支配收入',
      '城镇常住居民人均可支配收入年均增长',
      '农村常住居民人均可支配收入年均增长',
      '社会消费品零售总额',
      '社会消费品零售总额增长',
      '社会消费品零售总额两年平均增长',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '全县居民人均可支配收入',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '存款余额',
      '存款余额比年初增加',
      '一般公共预算收入',
      '一般公共预算收入完成年度目标比例',
      '一般公共预算收入增长',
      '社会消费品零售总额',
      '社会消费品零售总额增长',
    ]);
  });

  it('name a share or a completion rate alone by the amount before, a level alone in a list by the things, and a rise (上升) as a growth', () => {
    expect(outcomeNames('粮食产量连续9年稳定在1.3万亿斤以上。粮食产量1.38万亿斤，增产60亿斤。单位国内生产总值能耗下降8%、二氧化碳排放下降14%。国内生产总值从54万亿元增长到110万亿元。')).toEqual([
      '粮食产量',
      '粮食产量',
      '粮食增产',
      '单位国内生产总值能耗下降',
      '单位国内生产总值二氧化碳排放下降',
      '国内生产总值',
    ]);
    expect(outcomeNames('全县一般公共预算支出40亿元，其中民生支出33亿元，占82%。其中省级龙头企业6家、市级24家。新增老年助餐服务点80个，整体完成率110%。中央财政扶贫资金下达6亿元，同比增长30%。城镇登记失业率处于2.4%的低位。空气质量优良天数比率达到88%，同比上升1.2个百分点。签约项目30个，金额80亿元。全年发生生产安全事故10起。')).toEqual([
      '全县一般公共预算支出',
      '民生支出',
      '民生支出占比',
      '省级龙头企业',
      '市级龙头企业',
      '新增老年助餐服务点',
      '新增老年助餐服务点完成率',
      '中央财政扶贫资金',
      '中央财政扶贫资金增长',
      '城镇登记失业率',
      '空气质量优良天数比率',
      '空气质量优良天数比率上升',
      '签约项目',
      '签约项目金额',
      '发生生产安全事故',
    ]);
  });

  it('name a run of changes after two amounts without 分别, and a change reckoned 同口径 by what changes', () => {
    expect(outcomeNames('预计一般公共预算收入达900亿元，同口径增长4%。城乡居民人均可支配收入分别为50000元和26000元，增长4.5%、7.5%。')).toEqual([
      '一般公共预算收入',
      '一般公共预算收入增长',
      '城镇居民人均可支配收入',
      '农村居民人均可支配收入',
      '城镇居民人均可支配收入增长',
      '农村居民人均可支配收入增长',
    ]);
  });
});

describe('no indicator name is a fragment, on every whole report of the corpus, labelled or not', () => {
  const REPORTS = readdirSync(join(FIXTURES, 'corpus')).filter((f) => /\.zh\.txt$/.test(f)).concat(readdirSync(join(FIXTURES, 'corpus', 'provinces-2026')).filter((f) => f.endsWith('.txt')).map((f) => `provinces-2026/${f}`));
  const FRAGMENT = [
    /^(?:坚决|全面|努力|切实)?(?:守住|建成|完成|实现|达到|新建|建设|开工|新开工)$/, // a verb alone
    /^(?:分别|均)?(?:增长|下降|提高|降低)$/, // a direction alone
    /^(?:个|人|元|吨|亩|万|亿|%)$/, // a unit
    /(?:从|由|约|近)$/, // a preposition's or an adverb's tail
    /(?:由|从)(?:每人每年|每人每月|人均|每人)?元$|(?:提高|增加)(?:到|至)人?$/, // what a from-to leaves once its figures go
    /^(?:年(?:底|末)|月(?:底|末)|株)/, // what a date or a unit leaves
    /^(?:规模|投资|产值|总量|资金|全市|全省|各地可|项目)$/, // a bare generic noun or scope
    /全年$/,
    /(?:拟|将|继续|要|有|占|降低至|降低到|下降到|下降至|提高到|增加到)$/, // a modal, a verb of having or a to-be's tail
    /^(?:比|较)(?:去年|上年)/, // a change against last year with no name of what changes
    /^用.{1,2}年|去年的|^(?:先|做好|加大|不断)/, // a duration, an old value's remains, an adverb or a verb of effort
    /(?:步伐|力度|按时完工|按期竣工|投入使用|不动摇|扩大到全国)$|(?<![创更革维翻清])新$|(?<![占配对类环同之入])比$/, // how hard, when done, how far, a verb's cut-off start, a base year's remains
    /^末|了$|^[^\d]*元以上的/, // what a horizon (“十五五”末) or a past tense leaves, a threshold without its figure
  ];
  it.each(REPORTS)('%s', (file) => {
    const text = corpus(file);
    const bad = analyze(text).commitments.filter((c) => c.kind === 'target' && FRAGMENT.some((re) => re.test(c.indicator))).map((c) => `${c.indicator} ← ${c.quote}`);
    expect(bad).toEqual([]);
  });
});
