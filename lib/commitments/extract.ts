import type { Outline } from '../report/outline';
import { findQuantities, type Quantity } from '../text/quantities';
import { detectComparator } from './comparator';
import { FACILITY_SIZE, indicatorFor, inWords, SIZE_UNITS } from './indicator';
import { perCapitaUnits, shareAimComparators, shareListComparators, shareListUnits } from './lists';
import { respectiveNames } from './respectively';
import type { Comparator } from './types';

/** A commitment found in normalized text, before offsets are mapped back to the source. */
export interface RawCommitment {
  kind: 'target' | 'outcome';
  q: Quantity;
  comparator: Comparator;
  indicator: string;
  /** Quote span in normalized text. */
  quoteStart: number;
  quoteEnd: number;
  sectionPath: string[];
  horizonLabel: string | null;
  multiYear: boolean;
}

/** Units that count time, age or order: a figure in them is a date, a deadline or a name. */
const NON_TARGET_UNITS = new Set(['年', '月', '日', '天', '周', '小时', '分钟', '秒', '岁', '届', '期', '轮', '号', '级', '星', '层', '点', '度', '倍', '人年', '类', '种', '批', '部', '册', '份', '例', '趟', '次', '个月', '个小时', '个工作日', '工作日', '季度', '个季度']);

const SENTENCE_END = charCodes('。！？!?；;\n');
const CLAUSE_END = charCodes('。！？!?；;\n，,：:、');
const QUOTE_END = charCodes('，。；、');

/** 上年 is last year, not the tail of 基础上 or 以上 before 年均 (在…的基础上年均增长7%). */
const LAST_YEAR = '去年|(?<![础以之])上年';
/** Words that say a figure describes the present or the past, not a commitment. */
const BACKGROUND = new RegExp(`${LAST_YEAR}|过去|已经|已有|已达|已超|已突破|已建成|已完成|目前|(?<!改造|提升|改造提升|升级|盘活|利用|整合|优化)现有|截至|同比|历史(?:新高|最高|最好|最低|最大|同期|上|性)|首次|近年来|近几年|多年来|曾经`);
/** A clause of work still to do: done within the year, or new. */
const NEW_WORK = /年内|全年|新开通|新建|新增|新开工|开工建设|建成/;
/** 全省有…, 我国现有…: what a government has, which the figures after it count. */
const THERE_IS = /^(?:我国|全国|我省|全省|我市|全市|我区|全区|全县)(?:现|共|目前)?(?:有|拥有)/;
/**
 * The figure's own clause says what is done or what there is: 国家已设立400亿元基金, 中央财政已按4%编制预算
 * (已 before a verb; 不得已, 而已, 已知 are no such thing), 我国有13亿人口.
 */
const DONE_OR_THERE = new RegExp(`(?<![不得而])已(?=[\\u4e00-\\u9fff])(?!知)|${THERE_IS.source}[^，。；\\d]{0,12}$`);
/** How many people there are, or where a province stands against the country: the state of things. */
const STATE_OF_THINGS = /(?:(?:常住人口|户籍人口|总人口|城镇人口|农村人口|人口总量)(?:为|约|近|有)?|(?:为|是|相当于)全国(?:平均)?水平的)$/;
/** The predicate of a sentence about the figures before it: 是我们最大的资源和优势, 是我国发展的底气. */
const WHAT_WE_HAVE = /^[，,]是(?:我们|我国|全省|全市)[^，。；]{0,12}(?:优势|资源|潜力|底气|基础|动力|财富)/;
/** 比去年增加…, 同比增长…: a change against last year is still this year's plan. */
const RELATIVE_G = /(?:比|较|同)(?:去年|上年|上一年)(?:预算)?|同比|(?:从|由)(?:去年|上年)的?(?=\d)/g;
const FORWARD = /今年|明年|要|将|力争|确保|预期|目标|计划|拟|争取|努力|新建|新增|完成|实施|建设/;
const PAST = new RegExp(`${LAST_YEAR}|过去|一年来|\\d{4}年(?!.{0,6}(?:今年|目标))|已|实现了|完成了|达到了`);
/** 由/从 X 提高到 Y: X is the old value. */
const OLD_VALUE_BEFORE = /(?:(?:由|从)[^，。；、]{0,8}|现行|原来的?|原)$/;
const TO_NEW_VALUE = /^[^，。；]{0,12}?(?:提高到|提高至|提升到|提升至|降至|降到|降低到|降低至|下调至|下调到|上调至|上调到|增加到|增加至|扩大到|扩大至|调整为|调整到|调整至|减少到|减少至|压减至|增至|升至|缩小到|缩小至|收窄到|收窄至|缩至|到)/;
// (离校2年内, 失业1年内: who qualifies, not when the work is done.)
const HORIZON = /今明两年|(?<!离校|毕业|失业|参保|就业|登记|搬迁)(?:今后|未来)?(?:[两三四五]|\d)年(?:内|累计|间|时间)|(?<![是为])(?:今后|未来)(?:[两三四五]|\d)年(?![的规发工])|五年累计|(?<!全年|年内|今年)累计|十[一二三四五六七]五”?(?:期间|末|时期)|(?<!达)到20\d\d年|20\d\d年(?:前|底前)?(?:基本|全面)?(?:实现|达到|完成)/;

const BACKGROUND_G = new RegExp(BACKGROUND.source, 'g');
/** Words of the plan; not the 要 of 主要, 重要 or 需要, nor the 将 of 将近. */
const PLAN_WORD = '(?<![主重需必只紧首纲摘想])要(?![素求点件闻])|将(?!近)|力争|确保';
/** The figure's own clause plans: 今年要, 将, 力争, 确保. */
const PLANNED = new RegExp(`今年|${PLAN_WORD}`);
const THIS_YEAR_G = new RegExp(`今年|明年|今后|${PLAN_WORD}`, 'g');

/**
 * The sentence speaks of the past or the present up to the figure: a background word, and no word
 * of this year's plan after it ("目前债务负担率较低，今年增加赤字后，赤字率在2%左右" plans again).
 */
function backgroundGoesOn(context: string): boolean {
  if (!BACKGROUND.test(context)) return false;
  const past = lastMatch(BACKGROUND_G, context);
  return past >= 0 && past >= lastMatch(THIS_YEAR_G, context);
}

/** Where the last match of a global `re` in `s` starts, or -1. */
function lastMatch(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let at = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) at = m.index;
  return at;
}

function inGoals(outline: Outline, offset: number): boolean {
  const goals = outline.structure.goals;
  return !!goals && offset >= goals.start && offset < goals.end;
}

export function extractCommitments(text: string, outline: Outline): RawCommitment[] {
  const found: RawCommitment[] = [];
  let respective = { start: -1, names: new Map<number, string>() };
  for (const q of findQuantities(text)) {
    const role = outline.roleAt(q.start);
    if (role === 'annex') continue;
    if (!isCommitmentFigure(text, q)) continue;
    const sStart = lastIndexOfAny(text, SENTENCE_END, q.start) + 1;
    const sEnd = indexOfAny(text, SENTENCE_END, q.unitEnd);
    const cStart = clauseStartOutsideBrackets(text, clauseBreakBefore(text, q.start) + 1, q.start);
    const cEnd = clauseEndOutsideBrackets(text, q.unitEnd, indexOfAny(text, CLAUSE_END, q.unitEnd));
    const before = text.slice(cStart, q.start);
    const sentenceBefore = text.slice(sStart, q.start);
    const after = text.slice(q.unitEnd, cEnd);
    if (isOldValue(text, q, before) || isOldValueInList(text, q, sStart)) continue;
    if (isCapacityInName(before, after, q) || capacityInListOfProjects(text, q, before, sEnd) || countsPlaces(before) || framedBy(before) || countsTheListBefore(text, q, sStart)) continue;
    // "推动8个千亿级产业集群营收增长10%以上": a count of the things whose rate the clause sets is its scope.
    // (确保14个国、省考核断面水质优良率保持100%, 20个考核断面水质均保持100%: or a share of them held.)
    if (COUNTED_SCOPE_UNITS.test(q.unit) && (RATE_OF_THE_THINGS.test(after) || SHARE_OF_THE_THINGS.test(text.slice(q.unitEnd, q.unitEnd + 40).replace(/([国省市县区])、(?=[国省市县区])/g, '$1')))) continue;
    // "建设10个1000亩以上的示范基地", "完成200个50户以上村寨的改造": a bound right after a count says
    // which things are counted; the count is the target.
    if (COUNT_JUST_BEFORE.test(before) && /^及?(?:以上|以下)/.test(after)) continue;
    if (describesDocument(before, after)) continue;
    // The line up to the figure, for counts in a title or a heading (looked for within 40 characters).
    const lineBefore = /^(?:件|项|个|类|大类)$/.test(q.unit) ? /[^\n]{0,40}$/.exec(text.slice(Math.max(0, q.start - 41), q.start))![0] : '';
    // "内蒙古自治区2023年43件民生实事项目及牵头责任单位": the title of the list says how many items follow.
    if (/^(?:件|项|个|类)$/.test(q.unit) && lineBefore.length < 40 && /^[^，。；：\n]{0,30}$/.test(lineBefore) && /^[^，。；：\n]{0,24}(?:民生实事|实事项目|惠民实事)[^，。；：\n]{0,16}(?:\n|$)/.test(text.slice(q.unitEnd, q.unitEnd + 44))) continue;
    // "认真落实促进外向型经济发展16条": a policy nicknamed by how many articles it has.
    if (q.unit === '条' && (/(?:落实|贯彻|出台|制定|用好|兑现|执行)[\u4e00-\u9fff]{2,16}$/.test(before) || /实施[\u4e00-\u9fff]{0,12}(?:经济|政策|措施|惠企|稳企|助企|纾困)$/.test(before)) && /^(?:[，。；、]|$|政策|措施|意见)/.test(after)) continue;
    // "…等98家现有产学研平台": what already exists is no target.
    if (/^现有/.test(after)) continue;
    // "推进6平方公里东莞国际会展新城建设": the area of a named zone says which zone.
    // (划定约70平方公里产业基地, 新增…, 开发…: land set aside or developed is the target.)
    if (/^(?:平方公里|平方千米)$/.test(q.unit) && /^[\u4e00-\u9fff]{2,12}?(?:新城|产业园|物流园|园区|新区|片区|港区|基地)(?:建设|开发)?(?:[，。；、]|$)/.test(after) && !/(?:划定|新增|规划|开发|整理|收储|供应|拓展|完成|约)$/.test(before)) continue;
    // "地区生产总值刚刚超过2万亿元": where things stand now.
    if (/(?:刚刚|刚)(?:超过|突破|达到|迈上|跨过)$/.test(before)) continue;
    // "一、促进群众就业增收7件" (a heading of a list of 民生实事): how many items follow is no target.
    if (/^(?:件|项|个|大类|类)$/.test(q.unit) && lineBefore.length < 40 && /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^，。；\n\d]{2,20}$/.test(lineBefore) && /^(?:[（(][^）)\n]{0,10}[)）]|[)）])?\s*(?:\n|$)/.test(text.slice(q.unitEnd, q.unitEnd + 14))) continue;
    // "千亿元园区、500亿元园区、100亿元园区分别达到3个、4个和44个": a figure in the names a respective
    // list sets values for is part of a name.
    if (/^[\u4e00-\u9fff]{1,8}(?:(?:、|和|及)[^，。；、]{1,16}?)*(?:分别|依次)(?:达到|达|为|增长|突破|超过|提高到|增加到)?\d/.test(text.slice(q.unitEnd, sEnd))) continue;
    // "遴选了12件候选项目，提请本次大会票决": how the 民生实事 were chosen is procedure, not a target.
    if (/^[\u4e00-\u9fff]{0,8}候选/.test(after) || /(?:提请|提交)[^。；]{0,16}(?:审议|票决)/.test(text.slice(q.unitEnd, sEnd))) continue;
    // "每招用1人给予1500元": the one person a subsidy is paid per is its base.
    if (/每(?:招用|吸纳|安置|新招|招收|培训)$/.test(before)) continue;
    // "年应纳税所得额不到100万元的部分", "参保不足1年的人员": a bound that says who or what qualifies.
    if (/(?:不到|不足|未满|未达到)$/.test(before) && /^(?:以下|以内)?的(?:部分|人员|群体|家庭|企业|个体工商户|纳税人|项目)/.test(after)) continue;
    // "引进总投资50亿元以上的项目20个": a size that says which projects count is no target itself.
    // (实施500万元以上技改项目3000个; but 总投资2万亿元的重大项目3000个 is their sum, a target.)
    // (抓实35个投资5亿元以上的重大工业项目, 建设年产值50亿元以上农业全产业链5条: the count may stand before.)
    if (/^(?:美)?元$/.test(q.unit) && /^(?:(?:以上|以下)的?[\u4e00-\u9fff]{0,10}?|的?(?:重大|重点|产业|工业|招商)?)(?:项目|企业|工程|全产业链|产业链|产业集群|集群|园区|基地)/.test(after) && (/\d/.test(text.slice(q.unitEnd, cEnd)) || /\d+(?:\.\d+)?(?:个|家|项|条)(?:总投资|投资|年产值|产值|营收)?(?:超|超过|达)?$/.test(before) || /(?:落地|招引|引进|签约)$/.test(before)) && !(/总投资$/.test(before) && !/^(?:以上|以下)/.test(after))) continue;
    // "力争10亿元、50亿元以上大项目…招引取得新突破", "…、10亿元以上30个": sums that say which projects
    // are meant, with no count of their own or with the projects' count right after, are bars.
    if (/^(?:美)?元$/.test(q.unit) && (/^(?:、\d+(?:\.\d+)?(?:万|亿)?元)*(?:以上|及以上)(?:的)?[\u4e00-\u9fff]{0,6}?项目/.test(text.slice(q.unitEnd, cEnd + 40)) && !/\d/.test(text.slice(q.unitEnd, sEnd).replace(/^(?:、\d+(?:\.\d+)?(?:万|亿)?元)*/, '')) || /^(?:以上|及以上)\d+(?:个|家|项)/.test(after))) continue;
    // "新增GDP过500亿元县市1个", "新增1个规模超500亿元的开发区": a sum a place or a zone passes says which.
    if (q.unit === '元' && ((/(?:GDP|生产总值|营收|产值|税收|收入|规模)(?:过|超|超过)$/.test(before) && /^(?:以上)?的?[\u4e00-\u9fff]{1,6}?\d+(?:个|家|所)/.test(after)) || (/\d+(?:个|家)[\u4e00-\u9fff]{0,4}(?:超|过|超过)$/.test(before) && /^(?:以上)?的?[\u4e00-\u9fff]{2,}/.test(after)))) continue;
    // "年产值5000万元以上重点企业调度监控": a sum before the firms meant, with no count, is a bar.
    if (q.unit === '元' && /^(?:以上|及以上)[\u4e00-\u9fff]{0,6}?(?:企业|工业企业)/.test(after) && !/\d/.test(text.slice(q.unitEnd, sEnd))) continue;
    // "完成30万千瓦以下小煤电机组关停并转": a size class of plants.
    if (/^(?:千瓦|万千瓦|兆瓦|吨|蒸吨|千伏安)$/.test(q.unit) && /^(?:及)?(?:以下|以上)的?[\u4e00-\u9fff]{0,6}?(?:机组|锅炉|窑炉|矿热炉|生产线|装置)/.test(after)) continue;
    // "办好7类30件民生实事": how many kinds the items fall in.
    if (q.unit === '类' && /^\d+(?:件|项|个)/.test(after)) continue;
    // "家庭年可支配收入10—50万元群体占比": an income bracket says which households.
    if (q.unit === '元' && /^(?:的)?(?:群体|家庭|人群|收入群体|中等收入群体)/.test(after)) continue;
    // "招引单体制造业项目超10亿元30个": a sum after the projects, then their count, is the bar each passes.
    if (q.unit === '元' && /(?:项目|企业)(?:投资|总投资|产值|营收)?(?:超|超过|达|在)$/.test(before) && /^(?:以上)?\d+(?:\.\d+)?(?:个|家|项)/.test(after)) continue;
    // "今年高校毕业生预计1222万人": how many graduate is the state of things (a duty after it is caught below).
    if (/人/.test(q.unit) && /^(?:今年|明年|全年|预计|全国|全省|全市)*(?:高校毕业生|应届毕业生|毕业生|新成长劳动力)(?:人数|规模|总量)?(?:预计|将达到?|约|达到?|超过|有|为)?$/.test(before)) continue;
    if (barOfThoseAPolicyTreats(q, before, after)) continue;
    // "村集体经济收入5万元以下的村全部清零", "实现30户以上自然村通硬化路": a bar that says which places is no target.
    if (q.unit !== '%' && /^(?:以下|以上)的?[\u4e00-\u9fff]{0,3}(?:村|嘎查|村寨|自然村|社区)(?:全部|要|均)?(?:清零|消除|通|实现|覆盖|完成|退出|摘帽)/.test(after)) continue;
    // "全面消除集体经济年收入3万元以下的薄弱村": the bar of the things to be done away with.
    if (q.unit !== '%' && /(?:消除|清零|消灭|动态清零)[\u4e00-\u9fff]{0,16}$/.test(before) && /^(?:及?以下|以内)的[\u4e00-\u9fff]{1,8}$/.test(after)) continue;
    // "培育销售额超10亿元的电商示范镇1个": a sum before 的 and the things then counted is the bar they pass.
    if (q.unit === '元' && MONEY_BAR_OF_COUNTED.test(text.slice(q.unitEnd, cEnd)) && !/总投资$/.test(before)) continue;
    // "90%以上的村集体经济收入超过10万元": the bar a share of things reaches is part of the share, not a target.
    if (/\d%(?:以上)?的[^，。；]{2,24}?(?:超过|达到|高于|不低于|突破)$/.test(before)) continue;
    // "集体经济收入10万元以上的村占比达到60%": a bound that says which things are counted qualifies the figure after it.
    // (…50万元以上行政村占比达到60%, 50米内换乘比例提高到90%, 30万元以上且…: the 的 may be left out.)
    if (q.unit !== '%' && (/^及?(?:以上|以下)的(?:[\u4e00-\u9fff]|\d+(?:个|家|所|户|村))/.test(after) || /^(?:及?(?:以上|以下|以内)|内)[\u4e00-\u9fff]{1,12}?(?:占比|比例|比重|率|覆盖率)/.test(after) || /^及?(?:以上|以下)且/.test(after)) && /\d/.test(after)) continue;
    // "推动60个学科进入全国前10%": a band of a ranking after a count of the things in it says where they rank.
    if (q.unit === '%' && text[q.start - 1] === '前' && /\d+(?:\.\d+)?(?:个|所|家|项)/.test(before)) continue;
    // Before the first heading (the opening of the speech) only a figure with a forward-looking
    // word is a target; one about the past is an outcome; anything else is left alone.
    const sentence = text.slice(sStart, sEnd);
    const next = text.slice(cEnd, cEnd + 8);
    let kind: RawCommitment['kind'] = role === 'review' ? 'outcome' : 'target';
    if (role === 'other' && !FORWARD.test(sentenceBefore)) {
      if (!PAST.test(sentenceBefore)) continue;
      kind = 'outcome';
    }
    if (kind === 'target') {
      // In the goals paragraph every figure is a goal: only its own clause can make it background.
      const context = inGoals(outline, q.start) ? before : sentenceBefore;
      // "在巩固现有航线的基础上，年内新开通3条航线": the past in an earlier clause does not make new work background.
      const newWork = !BACKGROUND.test(before.replace(RELATIVE_G, '')) && NEW_WORK.test(before);
      const planned = PLANNED.test(before);
      if (backgroundGoesOn(context.replace(RELATIVE_G, '')) && !planned && !newWork) continue;
      if (DONE_OR_THERE.test(before) && !planned) continue;
      // "全省常住人口4000万", "人均地区生产总值为全国平均水平的80%": how many people there are, or where the
      // province stands against the country, is the state of things, not a plan.
      if (STATE_OF_THINGS.test(before) && !/要|将|力争|确保|目标|达到|提高到|提升到|突破|超过/.test(sentenceBefore)) continue;
      // "经测算，完成上述目标需要投资1.2万亿元", "预计全年需偿还到期债务500亿元": what an estimate says is
      // needed is a cost, not a promise.
      if (/需要?(?:偿还|支付|投入|投资|资金)?[\u4e00-\u9fff]{0,6}$/.test(before) && /测算|预计|估算/.test(sentenceBefore)) continue;
      // "全省有14个市州、86个县市区": the items of a list of what there is are what there is too.
      if (text[cStart - 1] === '、' && THERE_IS.test(text.slice(lastIndexOfAnyFrom(text, PHRASE_END, cStart - 1, sStart) + 1, cStart))) continue;
      // "…人才，是我们最大的资源和优势": figures the sentence calls what we have are no plan.
      if (WHAT_WE_HAVE.test(text.slice(cEnd, sEnd))) continue;
      if (!hasTargetCue(before, after, q)) continue;
      if (describesThePresent(sentence, sentenceBefore, before, after, next)) continue;
      if (isPremise(before, after, next)) continue;
    } else if (!q.unit && !/[万亿]/.test(q.written)) continue;
    // A horizon said after the figure's clause (新建5G基站2万个，累计达到15万个) is not this figure's.
    const horizonFound = HORIZON.exec(sentence);
    // (…累计建成26万亩，今年再建设3万亩: a clause of this year's own takes no span said before it.)
    const horizonMatch = horizonFound && horizonFound.index < cEnd - sStart && !(horizonFound.index < cStart - sStart && /今年|年内|全年|当年/.test(before)) ? horizonFound : null;
    // In a five-year review, a sentence about last year (2025年…, 去年…) reports last year's result.
    // A yearly average (进出口总额年均增长12.2%) is a span's result, whatever year the sentence names.
    const multiYear = (outline.multiYearAt(q.start) && !(kind === 'outcome' && /去年|上年|(?<!\d)\d{4}年(?!以来|来)/.test(sentence))) || !!horizonMatch || (kind === 'outcome' && /年均/.test(before));
    const path = outline.pathAt(q.start).map((h) => h.text);
    if (respective.start !== sStart) respective = { start: sStart, names: respectiveNames(text, sStart, sEnd) };
    // "规上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、5%": a value of a respective list is
    // quoted with the whole list of names, not from the 、 before the last one (which names another figure).
    const inList = respective.names.has(q.start);
    const [quoteStart, quoteEnd] = inList
      ? quoteSpan(text, q, lastIndexOfAnyFrom(text, PHRASE_END, q.start, sStart) + 1, cEnd, QUOTE_BEFORE_LIST)
      : quoteSpan(text, q, cStart, cEnd);
    found.push({
      kind,
      q,
      comparator: detectComparator(before, text.slice(q.unitEnd, cEnd), q),
      indicator: inWords(listVerb(text, found, cStart, sStart, kind, respective.names.get(q.start) ?? sharedChangeName(text, found, q, before, sStart, kind) ?? indicatorFor(text, q, sStart, cStart, cEnd, previousInSentence(text, found, sStart, cStart, kind)))),
      quoteStart,
      quoteEnd,
      sectionPath: path,
      horizonLabel: horizonMatch ? horizonMatch[0].replace(/[“”"]/g, '') : null,
      multiYear,
    });
  }
  shareListComparators(text, found);
  shareAimComparators(text, found);
  shareListUnits(text, found);
  perCapitaUnits(text, found);
  return found;
}

/**
 * "旅游人数突破370万人次，旅游收入达到38亿元，分别增长20%": one change said of each thing the sentence
 * measured before it is named by them all (旅游人数、旅游收入增长).
 */
function sharedChangeName(text: string, found: RawCommitment[], q: Quantity, before: string, sentenceStart: number, kind: RawCommitment['kind']): string | undefined {
  // "…分别增长32.9%、41.6%": the n-th figure of the list after the change goes with the n-th thing.
  let at = q.start;
  let nth = 0;
  // (增长7.9%和8.5%: a value after 和 is in its clause with the one before; it is walked back like one after 、.)
  let lead = VALUE_THEN_AND.test(before) ? '' : before;
  while (!lead && (text[at - 1] === '、' || text[at - 1] === '和')) {
    const prev = found.findLast((f) => f.q.unitEnd <= at - 1 && f.q.start >= sentenceStart);
    if (!prev || !/^(?:以上|以内|左右)?$/.test(text.slice(prev.q.unitEnd, at - 1))) return undefined;
    nth++;
    at = prev.q.start;
    const clause = text.slice(lastIndexOfAny(text, CLAUSE_END, at) + 1, at);
    lead = VALUE_THEN_AND.test(clause) ? '' : clause;
  }
  // "…分别为55784元和28470元，增长4.7%、7.9%": a run of changes listed with 、 or 和 needs no 分别.
  // (年均分别增长7.6%和9.1%: a yearly average goes with the change.)
  const said = /^(?:同比)?(?:实际)?(年均|两年平均|三年平均|平均)?(?:(?:分别|均|都)(?:同比)?)?(年均)?(?:实际)?(增长|下降|提高|降低|增加|减少)$/.exec(lead);
  const change = said ? [said[0], (said[1] ?? said[2] ?? '') + said[3]!] : null;
  if (!change) return undefined;
  const measured = found.filter((f) => f.q.start >= sentenceStart && f.q.start < at && f.kind === kind && !CHANGE_END.test(f.indicator));
  if (measured.length < 2) return undefined;
  const listed = /^(?:以上|以内|左右)?[、和]\d/.test(text.slice(q.unitEnd)) || nth > 0;
  // (增长4%、全省第四: a rank after 、 is no second value.)
  if (!/分别|均|都/.test(lead.replace(/年均|平均/g, '')) && !listed) return undefined;
  if (!listed) return measured.map((f) => f.indicator).join('、') + change[1];
  // "…，城乡居民人均可支配收入分别达到37462元和17597元、增长7%和10%": as many values as the things
  // measured last, each of them in turn.
  const run = RUN_OF_VALUES.exec(text.slice(at))?.[0] ?? '';
  const values = (run.match(/[、和]/g)?.length ?? 0) + 1;
  const things = values >= 2 && values < measured.length ? measured.slice(-values) : measured;
  return things.length > nth ? things[nth]!.indicator + change[1] : undefined;
}
/** A value and the 和 after it, ending a clause (增长7.9%和|8.5%). */
const VALUE_THEN_AND = /\d[\d.]*%?(?:以上|以内|左右)?和$/;
/** A run of values listed with 、 or 和 (7%、8%和9%). */
const RUN_OF_VALUES = /^\d[\d.]*%?(?:以上|以内|左右)?(?:[、和]\d[\d.]*%?(?:以上|以内|左右)?)*/;


/**
 * "新建绿地1200公顷、绿道200公里、立体绿化40万平方米": the verb a list opens with is each item's
 * (新增绿道), as the labels name them; an item with its own verb, a rate or a job count keeps its name.
 */
function listVerb(text: string, found: RawCommitment[], clauseStart: number, sentenceStart: number, kind: RawCommitment['kind'], name: string): string {
  // 利润总额增长 after …营业收入突破5000亿元: a bare measure, with or without its change.
  const core = name.replace(CHANGE_END, '');
  const bareMeasure = MEASURE_ALONE.test(core);
  const shareAlone = SHARE_ALONE.test(name);
  // "建成省级以上创新平台50个，其中国家级10个": a level alone after 其中 is of the things before.
  if (LEVEL_ALONE.test(name) && text.startsWith('其中', clauseStart)) {
    const before = found[found.length - 1];
    const whole = before && before.kind === kind && before.q.start >= sentenceStart ? before.indicator.replace(LIST_VERB, '') : undefined;
    // (新培育农业龙头企业5家，其中国家级1家: or the things the whole counts, when no level says which.)
    const things = whole !== undefined ? LEVELLED.exec(whole)?.[1] ?? (/^[\u4e00-\u9fff]{2,12}$/.test(whole) && !MEASURE.test(whole) ? whole : undefined) : undefined;
    if (things) return name + things;
  }
  // "种植面积达到2万亩，产量达到15万吨": a bare measure in the next clause is of the same thing too.
  const prev = found[found.length - 1];
  // "新建高速公路300公里，铁路100公里": a short thing and its figure, parallel to a verb, its thing and its figure.
  const parallel = !!prev && prev.q.start >= sentenceStart && text[clauseStart - 1] === '，' && startsClause(text, clauseStart, name) && !WORK_ITSELF.test(name) && /^(?:以上|左右|以内)?$/.test(text.slice(prev.q.unitEnd, clauseStart - 1)) && (MEASURED_THING.test(prev.indicator) || LIST_VERB.test(prev.indicator));
  // "新建学校30所，其中小学20所": a short kind after 其中 is built as the whole is (新建小学), or measured
  // as the whole is (铁路营业里程6000公里，其中高铁2000公里 → 高铁营业里程).
  const partOf = !!prev && prev.kind === kind && prev.q.start >= sentenceStart && text.startsWith('其中', clauseStart);
  // "实施重点民生项目60个，其中新开工35个": a verb alone after 其中 acts on the whole's things.
  // "新建改扩建幼儿园13所，其中中心城区7所": a place alone after 其中 is where the whole's work is done.
  if (partOf && /^(?:中心城区|主城区|城区|县城|城镇|农村|乡镇|城市|市区|郊区)$/.test(name) && !/\d/.test(prev!.indicator)) return name + prev!.indicator;
  // "开工率一季度达到30%、二季度达到60%": a period alone in the list is the same measure at that time.
  if (prev && prev.kind === kind && prev.q.start >= sentenceStart && text[clauseStart - 1] === '、' && PERIOD_ALONE.test(name) && PERIOD_END.test(prev.indicator)) return prev.indicator.replace(PERIOD_END, name);
  // "改造燃气管网铸铁管103千米，覆盖12000户": a bare reach in the next clause is that of the work before.
  if (prev && prev.kind === kind && prev.q.start >= sentenceStart && /^(?:覆盖|惠及|受益|带动|服务)$/.test(name) && !/\d/.test(prev.indicator) && prev.indicator.length >= 4 && VERB_LEAD_OF_WORK.test(prev.indicator)) return prev.indicator + name;
  if (partOf && prev!.q.unit && PART_VERB.test(name)) {
    const things = prev!.indicator.replace(LIST_VERB, '').replace(/^(?:实施|推进|安排|筹集|谋划)/, '');
    if ([...things].length >= 2 && !MEASURE.test(things)) return name + things;
  }
  // (…其中续建50个、新开工40个: and so does the next verb alone in the parts' list, on the same things.)
  const partsAt = partsStart(text, sentenceStart, clauseStart);
  if (prev && prev.kind === kind && partsAt >= 0 && prev.q.start > partsAt && text[clauseStart - 1] === '、' && PART_VERB.test(name)) {
    const verb = PART_VERB_LEAD.exec(prev.indicator)?.[0];
    const things = verb ? prev.indicator.slice(verb.length) : '';
    if ([...things].length >= 2 && !MEASURE.test(things)) return name + things;
  }
  // "新建幼儿园6所，其中公办5所", "筹集保障性住房3000套，其中配租型1800套": a kind said by what sort it is
  // (公办, 配租型, C级) qualifies the whole's things.
  if (partOf && /^(?:[A-Z]|[\u4e00-\u9fff]){1,3}(?:型|级|类|办|式)$/.test(name) && !LEVEL_ALONE.test(name)) {
    const verb = LIST_VERB.exec(prev!.indicator)?.[0] ?? /^(?:筹集|实施|改造|新建|建设)/.exec(prev!.indicator)?.[0] ?? '';
    const things = prev!.indicator.slice(verb.length);
    if ([...things].length >= 2 && !MEASURE.test(things)) return verb + name + things;
  }
  if (prev && prev.kind === kind && prev.q.start >= sentenceStart && text.startsWith('其中', clauseStart) && /^[\u4e00-\u9fff]{2,3}$/.test(name) && !MEASURE.test(name) && !LIST_VERB.test(name)) {
    const verb = LIST_VERB.exec(prev.indicator)?.[0];
    if (verb && prev.indicator.length > verb.length + 1) return verb + name;
    const owner = OWNER_OF_MEASURE.exec(prev.indicator)?.[1];
    const measure = owner ? prev.indicator.slice(owner.length) : '';
    // 进出口总额…，其中出口…: a part of the measure itself is named as it is.
    if (owner && !measure.includes(name)) return name + measure;
  }
  if (text[clauseStart - 1] !== '、' && !(text[clauseStart - 1] === '，' && (bareMeasure || parallel || shareAlone))) return name;
  if (!prev || prev.kind !== kind || prev.q.start < sentenceStart) return name;
  // "新增地铁里程171.7公里，广州、深圳地铁客运量分别达…": a 、 inside a later clause lists its own subjects.
  if (text[clauseStart - 1] === '、' && /[，；：]/.test(text.slice(prev.q.unitEnd, clauseStart))) return name;
  // "粮食播种面积3320万亩、产量1285万吨": a bare measure shares the thing the item before measures.
  // "民营企业进出口额增长6%，占比提高到60%": the share is that of what the figure before measures.
  if (shareAlone && !/\d/.test(prev.indicator)) return prev.indicator.replace(CHANGE_END, '').replace(/(?:占比|比重|比例)$/, '') + '占比';
  if (bareMeasure) {
    const core = prev.indicator.replace(CHANGE_END, '');
    // "规上工业增加值增长7.1%，进出口总额增长9.3%": in a run of the economy's own indicators the next
    // clause's measure is the economy's too, not the industry's.
    if (text[clauseStart - 1] === '，' && ECONOMY_WIDE.test(core)) return name;
    const owner = OWNER_OF_MEASURE.exec(core)?.[1] ?? OWNER_OF_SHARE.exec(core)?.[1];
    if (owner && !LIST_VERB.test(owner)) return owner + name;
    // "新开工高速公路项目10个、里程800公里": the length of the projects is that of what they build.
    const built = /^(.{2,}?)(?:项目|工程)$/.exec(prev.indicator)?.[1];
    if (built && /^(?:总)?(?:里程|长度|面积)$/.test(name)) return built + name;
    if (text[clauseStart - 1] === '，' && !parallel) return name;
  }
  // "农村贫困人口96户、183人全部稳定脱贫": two counts of one thing, the second with what happens to it.
  if (text[clauseStart - 1] === '、' && prev.q.unitEnd === clauseStart - 1 && /^\d/.test(text[clauseStart] ?? '')) {
    const happens = /^(?:全部|全面|均|都|全|持续)?((?:稳定|顺利|实现|如期)?(?:脱贫|受益|就业|搬迁|落户|安置|入学|参保|增收))$/.exec(name)?.[1];
    if (happens && !prev.indicator.endsWith(happens) && !/\d/.test(prev.indicator)) return prev.indicator + happens;
    // "解决3000户、1.2万人饮水安全问题": households, then their people, of the one thing named after both.
    if (prev.q.unit === '户' && /^\d+(?:\.\d+)?万?(?:人|名)/.test(text.slice(clauseStart, clauseStart + 12)) && prev.indicator.length > name.length && prev.indicator.endsWith(name)) return prev.indicator;
  }
  // "每千人口拥有执业医师3.5人、注册护士4人": the base of a rate is the list's.
  // "单位国内生产总值能耗下降3%、二氧化碳排放下降3.5%": so is the output a rate is per.
  const perOutput = /^(?:单位(?:国内|地区)?生产总值|单位GDP|万元(?:国内|地区)?生产总值|单位工业增加值|万元工业增加值)/.exec(prev.indicator)?.[0];
  if (perOutput && text[clauseStart - 1] === '、' && !name.startsWith(perOutput.slice(0, 2)) && /^(?:二氧化碳|能耗|能源消耗|用水|水耗|碳排放|二氧化硫|化学需氧量)/.test(name)) return perOutput + name;
  const base = /^每[十百千万]+(?:人口|人|名老年人|户)(?:拥有)?/.exec(prev.indicator)?.[0];
  if (base && text[clauseStart - 1] === '、' && !/^每/.test(name) && /^[\u4e00-\u9fff]{2,10}$/.test(name)) return base + name;
  // "肉类产量达到120万吨、禽蛋40万吨": a bare thing after a measured one is measured alike.
  // So is one standing alone in the next clause (天然气产量达到300亿立方米，原油2000万吨), and a change the
  // measure carries goes with it (光伏装机新增500万千瓦、风电300万千瓦 → 风电装机新增).
  const [, owner, measure] = MEASURED_THING.exec(prev.indicator) ?? [];
  const alone = text[clauseStart - 1] === '、' || startsClause(text, clauseStart, name);
  if (owner && measure && alone && /^[\u4e00-\u9fff]{2,4}$/.test(name) && !MEASURE.test(name) && !MEASURED.test(name) && !LIST_VERB.test(name) && !LIST_VERB.test(owner)) return name + measure;
  if (text[clauseStart - 1] === '，' && !parallel) return name;
  const verb = LIST_VERB.exec(prev.indicator)?.[0];
  // "新增国省级乡村治理示范乡镇3个、示范村20个": an item opening as the one before does after its
  // qualifier (示范…) shares that qualifier.
  const prevThings = verb ? prev.indicator.slice(verb.length) : prev.indicator;
  const sharedAt = name.length >= 2 && name.length <= 5 && !/\d/.test(prevThings) && text[clauseStart - 1] === '、' && /^[\u4e00-\u9fff]+$/.test(name) ? prevThings.indexOf(name.slice(0, 2)) : -1;
  if (sharedAt >= 2 && !prevThings.endsWith(name) && text.startsWith(name, clauseStart)) return (verb ?? '') + prevThings.slice(0, sharedAt) + name;
  // "新建10个公园、推进5个广场建设": an item with a verb of its own does not take the list's.
  // So does a verb alone that took the object before it ("建设筹措保障性租赁住房5万套、供应3万套").
  // (中国500强企业5家: a figure inside the item's name is no count right after a verb.)
  const lead = /^([\u4e00-\u9fff]{2,6})\d+(?:\.\d+)?(?![\d.]|强|届|号|期|代|周年)/.exec(text.slice(clauseStart, clauseStart + 20))?.[1];
  const borrowedObject = !!lead && name.length > lead.length && name.startsWith(lead) && prev.indicator.endsWith(name.slice(lead.length));
  const ownVerb = LIST_VERB.test(text.slice(clauseStart, clauseStart + 6)) || /^(?:推进|加快|推动|实施|开展|完成|竣工|投产|完工|建成|开工|续建|储备|入驻|入园|落户)/.test(text.slice(clauseStart, clauseStart + 2)) || borrowedObject;
  // "其中省级龙头企业7家、市级26家": a level alone is of the things the level before qualifies, verb or not.
  const levelled = !verb && LEVEL_ALONE.test(name) ? LEVELLED.exec(prev.indicator)?.[1] : undefined;
  if (levelled) return name + levelled;
  if (!verb || ownVerb || LIST_VERB.test(name) || /^(?:再|新|改|扩|建|完成|实施|惠及|带动|吸纳|覆盖|受益|服务)|就业|惠及|受益|率$|比重$|比例$|配比$|占比$|增长$|下降$|投资$|(?:开工|建成|竣工|投产|完工|开工建设|更新|维护|改造|提升|整治|治理|维修|修缮|养护|培训)$/.test(name) || name.length < 2) return name;
  // "培育国家级专精特新企业30家、省级200家": a level alone is of the same things.
  const level = LEVEL_ALONE.test(name) ? LEVELLED.exec(prev.indicator.replace(LIST_VERB, '')) : null;
  if (level) return verb + name + level[1];
  return verb + name;
}
/** 肉类产量, 光伏装机新增: a thing with what is measured of it (and the change it measures). */
const MEASURED_THING = /^(.{2,}?)((?:总)?(?:产量|产值|产能|出栏量|存栏量|播种面积|种植面积|装机容量|装机规模|装机)(?:新增|增加|增长)?)$/;
const MEASURED = /(?:产量|总产|产值|产能|出栏量?|存栏量?|面积|装机容量|装机规模|装机|[电气水油煤]量)(?:新增|增加|增长)?$/;
/** 造林, 解决了: a short name that is itself the work done, not a thing a verb acts on. */
const WORK_ITSELF = /(?:造林|植树|绿化|治理|整治|改造|搬迁|培训|就业|脱贫|[了过])$|^(?:解决|完成|实现|新增|建成|开工)/;
/** "，原油2000万吨": the clause is a short name and its figure, nothing else. */
function startsClause(text: string, clauseStart: number, name: string): boolean {
  return [...name].length <= 4 && text.startsWith(name, clauseStart) && /^\d/.test(text.slice(clauseStart + name.length, clauseStart + name.length + 1));
}
/** The economy's own indicators, read in a run (全市规上工业增加值, 地区生产总值, 固定资产投资). */
const ECONOMY_WIDE = /^(?:全[省市区县国]|我[省市区县])?(?:规上工业|规模以上工业|工业|服务业|第[一二三]产业|地区生产总值|生产总值|国内生产总值|固定资产投资|社会消费品零售总额|一般公共预算收入)(?:增加值)?$/;
/** A change a name ends on: 收入增长, 产量增加. */
const CHANGE_END = /(?:增长|下降|提高|降低|增加|减少)$/;
const LEVEL = '(?:国家级|省级|市级|县级|区级|部级)';
/** 省级, 国家级: a level with nothing it qualifies. */
const LEVEL_ALONE = new RegExp(`^${LEVEL}$`);
/** 省级以上创新平台 → 创新平台: the things a level qualifies. */
const LEVELLED = new RegExp(`^${LEVEL}(?:以上|及以上)?(.{2,})$`);
const LIST_VERB = /^(?:新建和改造提升|新建和改扩建|更新改造|维修改造|提质改造|提档升级|新建改造|新建改建|新改扩建|新改建|开工建设|新开工|新建|新增|建成(?!区)|建设(?!项目)|改造提升|提升改造|改造|改建|扩建|更新|加装|铺设|硬化|新培育|新引进|新认定|新创建|培育|打造|创建|创成|评选|认定|招引|淘汰|压减|化解|引进)/;
/** What a list item may measure of the thing the item before it names. */
const MEASURE_WORDS = '(?:(?:播种|种植)?面积|(?:通车|运营|营业|总)?里程|总?产量|总产|(?:工业)?总?产值|规模|总量|增加值|营业收入|营收|销售收入|利润总额|利润|税收|利税|资产总额|进出口(?:总)?额|出口额|研发投入|交易额|销售额|营业额)';
const MEASURE = new RegExp(`${MEASURE_WORDS}$`);
const MEASURE_ALONE = new RegExp(`^${MEASURE_WORDS}$`);
/** 粮食播种面积 → 粮食: what a measure is of. */
const OWNER_OF_MEASURE = new RegExp(`^(.{2,}?)${MEASURE_WORDS}$`);
/** 文化产业增加值占地区生产总值比重 → 文化产业: what a share of the economy is of. */
const OWNER_OF_SHARE = new RegExp(`^(.{2,}?)${MEASURE_WORDS}?占.{2,}(?:比重|比例|份额)$`);
/** 占比, 比重: a share named without what it is of. */
const SHARE_ALONE = /^(?:占比|比重|所占比重|份额)(?:提高|提升)?$/;

/** The indicator of the figure before in the same sentence, if it is of the same kind. */
function previousInSentence(text: string, found: RawCommitment[], sentenceStart: number, clauseStart: number, kind: RawCommitment['kind']): string | undefined {
  const last = found[found.length - 1];
  if (!last || last.q.start < sentenceStart || last.kind !== kind) return undefined;
  // "实施重点项目200个，其中续建120个、新开工80个，完成投资300亿元": the investment after the parts is the whole's.
  const parts = partsStart(text, sentenceStart, clauseStart);
  if (parts > sentenceStart && last.q.start > parts && text[clauseStart - 1] === '，' && WHOLE_INVESTMENT.test(text.slice(clauseStart, clauseStart + 12))) {
    const whole = found.filter((f) => f.q.start >= sentenceStart && f.q.start < parts && f.kind === kind).pop();
    if (whole) return whole.indicator;
  }
  return last.indicator;
}
/** Where the sentence's last 其中 (its parts) begins before `clauseStart`, or -1; read within the sentence only. */
function partsStart(text: string, sentenceStart: number, clauseStart: number): number {
  const at = text.slice(sentenceStart, clauseStart).lastIndexOf('其中');
  return at < 0 ? -1 : sentenceStart + at;
}
/** A verb alone for what is done to some of the whole's things (其中新开工35个, 续建50个). */
const PART_VERB_LEAD = /^(?:新开工|开工建设|开工|续建|竣工|完工|建成|投产|新建|改造|改扩建)/;
const PART_VERB = new RegExp(`${PART_VERB_LEAD.source}$`);
/** A time of year a list item may name alone (二季度), and the same at the end of the item before. */
const PERIOD_WORD = '(?:[一二三四]季度|上半年|下半年|年底|年末|\\d{1,2}月底?)';
const PERIOD_ALONE = new RegExp(`^${PERIOD_WORD}$`);
const PERIOD_END = new RegExp(`${PERIOD_WORD}$`);
/** Work whose reach a bare 覆盖 or 惠及 after it measures (改造…管网, 新建…). */
const VERB_LEAD_OF_WORK = /^(?:改造|新建|建设|实施|完成|建成|新增|改建|铺设|安装|开展|推广|更新)/;
/** An investment opening a clause (完成投资, 年度计划投资): of the whole, not of a part listed after 其中. */
const WHOLE_INVESTMENT = /^(?:全年|年内|年度)?(?:计划)?(?:完成)?(?:年度)?(?:总)?投资\d/;

/** The rest of a run of figures ending on a unit a target may be counted in (、9所, 和2个百分点). */
const UNIT_AFTER_RUN = /^(?:[、和](?:\d+(?:\.\d+)?))+(?:个百分点|%|万?(?:个|所|家|座|条|项|人|户|套|公里|亩|张|辆|名|台|千瓦|吨|元))(?![\u4e00-\u9fff]?[号届期级次年月日])/;

/** Excludes dates, ordinals, names and slogans that happen to contain a number. */
function isCommitmentFigure(text: string, q: Quantity): boolean {
  if (q.multiple) return true;
  // (发电量30亿度: 度 with a multiplier, of electricity, is a kilowatt-hour.)
  // (增长1倍以上, 达到2020年的1.5倍: a multiple of a growth or of a base year is a target's figure.)
  // (融资担保放大倍数3倍以上: a multiplier that is itself the measure.)
  const multipleOf = q.unit === '倍' && (/(?:增长|提高|增加|扩大)$|倍数(?:达到|保持在|提高到|不低于)?$/.test(text.slice(Math.max(0, q.start - 6), q.start)) || /(?:达到|达)\d{4}年的$/.test(text.slice(Math.max(0, q.start - 8), q.start)));
  if (multipleOf) return true;
  const kilowattHours = q.unit === '度' && /[万亿]/.test(q.written) && /电/.test(text.slice(Math.max(0, q.start - 12), q.start));
  if (NON_TARGET_UNITS.has(q.unit) && !measuresDuration(text, q) && !countedByVerb(text, q) && !kilowattHours) return false;
  const prev = text[q.start - 1] ?? '';
  const next = text[q.unitEnd] ?? '';
  if (prev === '第' || prev === '前' && q.unit === '') return false;
  // 200MW/400MWh: a second figure after a slash is the same thing's other size, not a target of its own.
  if (prev === '/' && /[\dA-Za-z]/.test(text[q.start - 2] ?? '')) return false;
  // Inside a Latin token: PM2.5, G60, 5G, 4K.
  if (/[A-Za-z]/.test(prev) || (!q.unit && /[A-Za-z]/.test(next))) return false;
  if (/^[+＋]/.test(next) && !q.unit) return false; // "11+4"
  // A specification (2×66万千瓦 机组, 4×100米) or a rate's base (每50公斤, 每10万人) is no target.
  if (/[×xX*＊]/.test(prev) || /^[×xX*＊]/.test(text.slice(q.unitEnd, q.unitEnd + 1)) || prev === '每') return false;
  if (insideShortQuote(text, q.start, q.unitEnd)) return false;
  // The nation and its people (14亿中国人, 56个民族) are not targets.
  // (And a land's extent said in praise: 72万平方公里的高天厚土, 960万平方公里的土地.)
  if (/^(?:平方公里|平方千米)$/.test(q.unit) && typeof q.amount === 'number' && q.amount >= 10000 && /^(?:的)?[\u4e00-\u9fff]{0,4}?(?:土地|大地|热土|厚土|国土|疆土|沃土|山川)/.test(text.slice(q.unitEnd, q.unitEnd + 10))) return false;
  // (So are a place's people: 3700万龙江人民, 1300万八闽儿女.)
  if (/^[多余]?(?:中国人|人民|人口|民族|同胞|各族|劳动力)/.test(text.slice(q.unitEnd, q.unitEnd + 4)) || /^[多余]?[\u4e00-\u9fff]{1,4}?(?:人民(?![币代医调法政银公广路大群警])|儿女|同胞|父老乡亲)/.test(text.slice(q.unitEnd, q.unitEnd + 8))) return false;
  // "10万吨级码头", "千万吨级炼化项目": a class of size names what kind of thing, it is no target.
  // So does a team's size (3人制篮球场, 五人制足球场).
  if (next === '级' || (next === '制' && q.unit === '人')) return false;
  // "三个1亿人", "两个100万": a figure after a count of sets names the set (以解决三个1亿人问题为着力点).
  if (/[一二两三四五六七八九十]个$/.test(text.slice(Math.max(0, q.start - 2), q.start))) return false;
  // "民间投资新36条", "金融支持新10条": a policy nicknamed by how many articles it has.
  if ((q.unit === '条' || q.unit === '项') && /(?<![建增开设])新$/.test(text.slice(Math.max(0, q.start - 2), q.start)) && !/^[\u4e00-\u9fff]/.test(next)) return false;
  if (q.chinese) {
    const big = typeof q.amount === 'number' && q.amount >= 10000;
    const fractional = q.unit === '%';
    // "举办千场专业性会议", "新建幼儿园三十所": a count in words of 20 or more after a verb of work in its
    // clause (not 十大, 三个 of a slogan, which are smaller or have no such verb).
    const counted = typeof q.amount === 'number' && q.amount >= 20 && COUNTED_IN_WORDS.test(q.unit) && WORK_IN_CLAUSE.test(text.slice(lastIndexOfAny(text, CLAUSE_END, q.start) + 1, q.start));
    if (!big && !fractional && !counted) return false;
  }
  if (!q.unit) {
    // A bare figure counts only with a multiplier (减少1000万以上), or as the first of a run whose last
    // figure has the unit (分别为6、9所); list markers (1.) never.
    if (!/[万亿]/.test(q.written) && !UNIT_AFTER_RUN.test(text.slice(q.end, q.end + 24))) return false;
  }
  return true;
}

/**
 * "建设数字乡村试点县（市、区）15个", "林草生态建设（含造林、种草）150万亩": a 、 inside brackets does
 * not start the figure's clause; the clause starts before the bracket.
 */
function clauseStartOutsideBrackets(text: string, start: number, end: number): number {
  let from = start;
  for (let guard = 0; guard < 3; guard++) {
    const span = text.slice(from, end);
    if ((span.match(/[）)]/g)?.length ?? 0) <= (span.match(/[（(]/g)?.length ?? 0)) return from;
    const open = Math.max(text.lastIndexOf('（', from - 1), text.lastIndexOf('(', from - 1));
    if (open < 0 || from - open > 30) return from;
    if (!INCLUDES_OR_PLACES.test(text.slice(open, from))) return from;
    from = lastIndexOfAny(text, CLAUSE_END, open) + 1;
  }
  return from;
}

/** A bracket that adds what is included, which places (县（市、区）) or smaller forms (中心（所、站）); 新(改、扩)建 is a verb. */
const INCLUDES_OR_PLACES = /^[（(](?:含|包括|不含|其中|[市区县旗州盟]、|[所站室点馆]、)/;

/** "80%以上的县（市、区）建成…": a 、 inside a bracket of places does not end the clause after the figure. */
function clauseEndOutsideBrackets(text: string, from: number, end: number): number {
  let to = end;
  for (let guard = 0; guard < 3; guard++) {
    const span = text.slice(from, to);
    const open = Math.max(span.lastIndexOf('（'), span.lastIndexOf('('));
    if (open < 0 || /[）)]/.test(span.slice(open))) return to;
    if (!INCLUDES_OR_PLACES.test(text.slice(from + open, to + 1))) return to;
    const close = indexOfAny(text, BRACKET_CLOSE, to);
    if (close < 0 || close - to > 30) return to;
    to = indexOfAny(text, CLAUSE_END, close + 1);
  }
  return to;
}
const BRACKET_CLOSE = charCodes('）)');

/** Units that count things (个, 家, 所…), which may be a rate's scope. */
const COUNTED_SCOPE_UNITS = /^(?:个|家|所|座|条|项|类|大)$/;
/** After a count: the things, what of them is measured and its change, then the rate (…产业集群营收增长10%). */
const RATE_OF_THE_THINGS = /^[^，。；、\d]{2,20}?(?:增长|提高|下降|降低|增速|增幅)(?:到|至|达到)?\d+(?:\.\d+)?%/;

/** The things counted, then a share of them held or reached (断面水质优良率保持100%, 断面水质均保持100%). */
const SHARE_OF_THE_THINGS = /^[^，。；、\d]{2,24}?(?:(?:优良率|达标率|合格率|覆盖率|比例|占比)(?:均|全部|都)?|(?:均|全部|都))(?:保持|稳定在|达到|达|提高到|控制在|降至|下降到)(?:在)?\d+(?:\.\d+)?%/;

/** After a sum: 的, the things, then their count (…的电商示范镇（街）1个). */
const MONEY_BAR_OF_COUNTED = /^(?:以上|以下|左右)?的[\u4e00-\u9fff“”（）()]{2,16}?\d+(?:个|家|所|座|处|项|条|名|户|批)/;

/** A count that ends right where the figure starts (10个|1000亩以上的基地). */
const COUNT_JUST_BEFORE = /\d[万亿]?(?:个|家|所|座|处|项|条|名|户|支|批|片)$/;

/** Units a count in words may have as a commitment: 千场, 三十所. */
const COUNTED_IN_WORDS = /^(?:场|个|家|所|座|项|条|处|名|人|户|套|间|台|辆|期|次|批)$/;
const WORK_IN_CLAUSE = /(?:举办|新建|新增|建设|建成|培育|打造|完成|开展|实施|改造|引进|培训|招引|组织)[^，。；、]*$/;

/** Units of time and age, which a goal can measure: 受教育年限达到11.3年, 人均预期寿命再提高1岁, 开办时间压缩至1个工作日. */
const DURATION_UNITS = new Set(['年', '岁', '天', '日', '个工作日', '工作日', '小时', '个小时', '分钟', '个月', '周']);
/** The measured span named just before the figure, with at most a verb between (达到, 提高到, 压缩至, 再提高). */
const MEASURED_SPAN = /(?:年限|寿命|时间|时限|时长|周期|天数|工期|用时|时效|等待时间|办理时间)[^，。；、\d]{0,6}$/;

function measuresDuration(text: string, q: Quantity): boolean {
  if (!DURATION_UNITS.has(q.unit)) return false;
  const before = text.slice(Math.max(0, q.start - 16), q.start);
  return MEASURED_SPAN.test(before);
}

/** Kinds, sessions and batches counted by what is done (新引进药械100种, 完成40期培训, 举办20场); 二期, 第四届 stay ordinals. */
const COUNTED_KINDS = new Set(['种', '类', '期', '批', '届', '轮', '部', '册', '份', '例', '场', '次']);
const DOING = /(?:引进|推出|完成|举办|开展|组织|承办|培育|新增|研发|上市|纳入|实施|培训|办好|举行|创作|出版|制定|修订|加装|安装|配备|购置|更新|补充|采购|发放|赠送|配送|达到|招商|召开|走访|督查|调研|巡查)[^，。；、\d]{0,12}$/;

function countedByVerb(text: string, q: Quantity): boolean {
  if (!COUNTED_KINDS.has(q.unit) || q.chinese || /^[一二三四五六七八九十]/.test(text[q.start - 1] ?? '')) return false;
  const clauseStart = lastIndexOfAny(text, CLAUSE_END, q.start) + 1;
  const before = text.slice(clauseStart, q.start);
  return DOING.test(before) && !/第$/.test(before);
}

/**
 * 支持长白山、三江、吉光3个省实验室高效运营: a count right after the list it counts names what is
 * already there; the promise (if any) is in the verb, not in the figure.
 */
function countsTheListBefore(text: string, q: Quantity, sentenceStart: number): boolean {
  if (typeof q.amount !== 'number' || q.amount < 2 || q.amount > 12 || !/^(?:个|家|所|座|项|条|大|类|种|支)$/.test(q.unit)) return false;
  const phraseStart = lastIndexOfAnyFrom(text, PHRASE_END, q.start, sentenceStart) + 1;
  const phrase = text.slice(phraseStart, q.start).replace(/“[^”]*”/g, '“”');
  // 国家级、省级现代农业产业园各2个: 各 counts each item, not the list.
  if (!/[\u4e00-\u9fff”]$/.test(phrase) || /各$/.test(phrase)) return false;
  const items = phrase.split('、');
  const last = items.pop()!;
  const joined = last.split(/和|及|与/);
  const count = items.length + joined.length;
  const names = [...items, ...joined];
  // (扩建七里河安宁、盐场2个污水处理厂, 联合A、B、C新建3个中心, 确保隆德、泾源、彭阳3个县脱贫摘帽: the list names
  // what is to be built or done, so its count is the target.)
  const first = names[0] ?? '';
  if (/^(?:新建|扩建|改扩建|启动建设|开工建设|建成|新增)/.test(first) || /(?:新建|扩建|改扩建|建设|建成|新增)$/.test(last)) return false;
  if (/^(?:确保|实现|力争)/.test(first) && /^[\u4e00-\u9fff]{0,4}(?:脱贫摘帽|摘帽|退出|达标|建成)/.test(text.slice(q.unitEnd, q.unitEnd + 10))) return false;
  return count >= 2 && count === q.amount && names.every((i) => i.length >= 2 && !/\d/.test(i)) && [...items.slice(1), ...joined.slice(1)].every((i) => i.length <= 8);
}

/**
 * A figure inside a short quotation (“十四五”): an opening mark at most 12 characters before it and
 * the closing mark at most 14 after that. Only those windows are read, so the check costs the same
 * on a 1,000,000-character page as on a short one (unbounded indexOf/lastIndexOf made it quadratic).
 */
function insideShortQuote(text: string, start: number, end: number): boolean {
  // (《抓项目促投资19条硬措施》: a document's title in book marks, up to 30 characters, is a name too.)
  const from = Math.max(0, start - 30);
  const opened = text.slice(from, start).lastIndexOf('《');
  if (opened >= 0 && !/[》。；\n]/.test(text.slice(from + opened, start))) {
    const book = from + opened;
    const shut = text.slice(end, book + 41).indexOf('》');
    if (shut >= 0 && !/[。；\n]/.test(text.slice(end, end + shut))) return true;
  }
  let open = -1;
  for (let i = Math.min(start, text.length - 1); i >= Math.max(0, start - 12); i--) {
    if (text[i] === '“') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  const close = text.slice(open, open + 15).indexOf('”');
  // The first closing mark after the opening one must lie beyond the figure (none between them).
  return close >= 0 && open + close >= end && open + close > start;
}

/**
 * "纲要提出20项主要指标", "提出6方面109项重大工程": counting what a plan document contains is not a
 * commitment.
 */
function describesDocument(before: string, after: string): boolean {
  if (/^(?:主要|约束性|预期性)?(?:指标|方面)/.test(after)) return true;
  // "承办…赛事，涉及12个项目": what something takes in is a description.
  // ("完成涉及6万户的村庄改造" counts the households the work reaches: that is a target.)
  if (/(?:涉及|包含|分布在)$/.test(before) && !/^(?:以上|左右|多)?的/.test(after)) return true;
  return /(?:提出|包括|涵盖|明确了?|设置了?|部署了?|列出|共有)(?:\d+(?:个)?方面)?$/.test(before) && /^(?:重大|重点|主要)?(?:工程|任务|举措|措施|政策|事项|指标)/.test(after);
}

/** 由50%提高到60%: the 50% is last year's value, not a new target. */
function isOldValue(text: string, q: Quantity, before: string): boolean {
  if (!OLD_VALUE_BEFORE.test(before) && !/现行$/.test(before.slice(-4))) return false;
  const rest = text.slice(q.unitEnd, q.unitEnd + 24);
  return TO_NEW_VALUE.test(rest) || /^的/.test(rest);
}

/** 分别从每人每月209元、280元提高到217元、290元: every figure of the list after 从 is an old value. */
function isOldValueInList(text: string, q: Quantity, sentenceStart: number): boolean {
  const phraseStart = lastIndexOfAnyFrom(text, COMMA, q.start, sentenceStart) + 1;
  const phrase = text.slice(phraseStart, q.start);
  if (!/(?:由|从)[^，。；]*[、]$/.test(phrase) || TO_NEW_VALUE_IN.test(phrase.slice(phrase.search(/由|从/)))) return false;
  return TO_NEW_VALUE.test(text.slice(q.unitEnd, q.unitEnd + 24));
}
const TO_NEW_VALUE_IN = /提高到|提高至|提升到|降至|降到|增加到|增加至|调整为|调整到/;

/** Verbs that make a capacity a target (新增千万吨产能, 建成100万千瓦); without one it names a plant. */
const MAKING = /(?:新增|新建|建成|建设|形成|达到|突破|扩大|提高|增加|开工|投产|实现|完成|新增加|超过|累计)$/;
/** 白银集团7万吨锌基合金等项目, 兰白千万吨炼化基地: a capacity inside the name of a plant or project. */
function isCapacityInName(before: string, after: string, q: Quantity): boolean {
  // "实施年产10万辆新能源汽车整车项目": a yearly output before a project's name is its size, whatever it counts.
  if (/年产(?:能)?$/.test(before) && NAMED_PROJECT.test(after)) return true;
  // "推进正大百万亩田园综合体建设": a round size in words inside a project's name.
  if (q.chinese && /^[百千]万/.test(q.written) && /^[\u4e00-\u9fff]{0,8}?(?:综合体|基地|园区|工程|项目|示范区|产业园)/.test(after)) return true;
  // "建成日处理污水2万吨的污水处理厂", "实施年出栏50万头生猪养殖项目": so is a daily or yearly throughput.
  if (/(?:日处理|日供水|日产|年处理|年出栏|年屠宰|年加工|年吞吐|年接待)[\u4e00-\u9fff]{0,3}$/.test(before) && /^[\u4e00-\u9fff]{0,2}的?[\u4e00-\u9fff]{0,10}?(?:项目|工程|厂|基地|中心|生产线|场)/.test(after)) return true;
  // "新建一所18个班的幼儿园", "建设1000张床位的医院新院区", "可容纳2000名学生的新校区": the size of a
  // facility, said before 的 and its name, says which facility is built; the facility is the target.
  // (投资3.4亿元的训练中心: a sum before a facility is its cost, a target of its own.)
  if (SIZE_UNITS.test(q.unit) && (FACILITY_SIZE.test(after) || (/(?:可容纳|可提供|能容纳|容纳)$/.test(before) && /^[\u4e00-\u9fff]{0,4}的/.test(after)))) return true;
  if (!/^(?:吨|千瓦|万千瓦|兆瓦|吉瓦|千伏|千伏安|伏|立方米|标准箱|标箱)$/.test(q.unit)) return false;
  if (MAKING.test(before)) return false;
  if (before.trim()) return NAMED_PROJECT.test(after);
  // "…，400万吨褐煤提质建成投产", "确保大唐700万吨露天矿开工建设": a capacity opening its clause,
  // then the plant and its being built, names the plant; the target is that it is built.
  return PROJECT_BUILT.test(after);
}
/** The head noun of a plant or a project. */
const PROJECT_HEAD = '(?:[一二三四五]期|项目|工程|基地|生产线|装置|机组|电站|园区|露天矿|煤矿|电厂)';
const NAMED_PROJECT = new RegExp(`^[\\u4e00-\\u9fff]{0,10}?(?:等)?${PROJECT_HEAD}`);
const PROJECT_BUILT = new RegExp(`^[\\u4e00-\\u9fff]{1,8}?${PROJECT_HEAD}?(?:[一二三]期)?(?:建成投产|建成|投产|开工建设|开工|竣工|完工|投入使用)`);

/**
 * "加快伊泰200万吨煤制油、北控40亿立方米煤制气、久泰60万吨甲醇制烯烃等项目建设": each item of a list of
 * projects ending on 等…项目 is a firm, its capacity and its product; the capacities name the projects.
 */
function capacityInListOfProjects(text: string, q: Quantity, before: string, sentenceEnd: number): boolean {
  if (!/^(?:吨|千瓦|万千瓦|兆瓦|立方米|条|台|辆|套|锭|片|标准箱|标箱|吨标准煤)$/.test(q.unit)) return false;
  // (Counted goods are a plant's output only by the ten thousand: 700万条内胎, not 6条城市道路.)
  if (/^(?:条|台|辆|套|锭|片)$/.test(q.unit) && !(typeof q.amount === 'number' && q.amount >= 10000)) return false;
  if (/了$/.test(before)) return false;
  // A firm's short name right before the figure, after the list's verb or a 、.
  // (泉阳泉扩能40万吨矿泉水、农夫山泉新建37.3万吨饮料生产线: or the firm, then what it does.)
  const firmThenWork = /^[\u4e00-\u9fff]{2,5}(?:扩能|新建|扩建|技改|改扩建)$/.test(before);
  if (!firmThenWork && (!/^(?:[\u4e00-\u9fff]{0,4}?(?:加快|推进|推动|实施|建设|开工|启动|落地|引进|建成|抓好|确保)(?:建设)?)?[\u4e00-\u9fff]{2,4}$/.test(before) || VERB_BEFORE_CAPACITY.test(before))) return false;
  // (光伏200万千瓦、风电100万千瓦等项目: kinds of power with their size are what is built; a firm's product follows its capacity.)
  if (/(?:光伏|风电|风能|储能|火电|水电|煤电|核电|气电|抽蓄|生物质|光热|新能源|氢能|装机)$/.test(before) || !/^(?!以上|以下|左右|等|和|及|与|的)(?:[A-Za-z]{2,}|[\u4e00-\u9fff]{2})/.test(text.slice(q.unitEnd, q.unitEnd + 4))) return false;
  // (…嘉能矿业150万吨钢渣加工等资源综合利用项目: the list may run long, and name its kind of project.)
  return /^[^，。；]{1,150}?等(?:一批)?[\u4e00-\u9fff]{0,8}?(?:项目|工程)/.test(text.slice(q.unitEnd, sentenceEnd));
}
/** A verb of making or adding right before a figure: then the figure is what is made or added (新增装机300万千瓦). */
const VERB_BEFORE_CAPACITY = /(?:新增|增加|达到|形成|提升|新建|建设|建成|改造|实施|完成|推进|加快|推动|开工|启动|落地|引进|抓好|确保|装机|产能|产量|规模|能力)$/;

/** 在14个市州城区…: a count that says where, not how much. */
function countsPlaces(before: string): boolean {
  // "在全省16个地市推广": a scope word may stand between 在 and the count.
  // "赤字率在2%左右": a rate or a level "at" a figure is no count of places.
  return /^[^，。；]{0,3}在(?:全省|全市|全区|全县|全国)?$/.test(before) && !/(?:稳定|保持|控制|维持|定|稳|持|率|比重|比例|占比|增速|增幅|涨幅|指数|水平|总量|规模|产量)在$/.test(before);
}

/** "依托全省18个国家级开发区", "围绕12条重点产业链": what the work builds on or is framed by already exists. */
function framedBy(before: string): boolean {
  return /(?:依托|发挥|围绕|聚焦|立足|依靠|借助)(?:全省|全市|全区|全县|全国|现有|我省|我市|我区)?$/.test(before);
}

/**
 * A planned figure carries a verb or a measured quantity before it. Everything in a plan section
 * with a unit passes unless it reads as a description ("覆盖…的60个城市").
 */
function hasTargetCue(before: string, after: string, q: Quantity): boolean {
  // "…年内新开通海拉尔至俄蒙的3条航线", "实施好涉及…的93个重点项目": a clause about work to do counts
  // what it builds; one with no such verb describes ("覆盖…的60个城市").
  // (全面完成剩余的1.6万户农村改厕任务, 为符合条件的3.5万名困难群众发放…: work done, or given to those counted.)
  if (/的$/.test(before) && /^[\u4e00-\u9fff]/.test(after) && q.unit !== '%' && !/新开通|新建|新增|开工建设|建成|实施|完成|改造|整治/.test(before) && !(/(?:为|向|帮助)/.test(before) && /发放|提供|实施|开展|购买|落实/.test(after))) return false;
  // "6.5%左右的增速可以实现…": a figure opening its clause as a modifier explains, it does not promise.
  // "有6.5%－7%的增速就能够实现…" likewise.
  if (/^(?:只要|要)?有?$/.test(before.trim()) && /^(?:左右|以上|以内)?的(?:增速|增长|速度|增幅)[^，。；]{0,4}(?:就|可以|能够|才能|就能)/.test(after)) return false;
  if (!before.trim() && /^(?:左右|以上|以内)?的/.test(after)) return false;
  return true;
}

/**
 * "对年纳税500万元以上的企业给予奖励", "支持年营收2000万元以上的商贸企业入限", "对家庭人均月收入低于1500元的
 * 困难群众实施救助": a bar that says which firms, people or things a policy treats is no target.
 */
function barOfThoseAPolicyTreats(q: Quantity, before: string, after: string): boolean {
  if (q.unit === '元' && /(?:对|支持|鼓励|奖励|扶持|帮助)(?:年)?[\u4e00-\u9fff]{0,6}$/.test(before) && /^(?:及)?(?:以上|以下)的[\u4e00-\u9fff]{0,8}(?:企业|主体|商户|个体工商户|纳税人|项目)/.test(after)) return true;
  return /对[^，。；]{0,16}$/.test(before) && /^(?:及)?(?:以下|以上|以内)?[^，。；]{0,8}?的[\u4e00-\u9fff]{0,10}?(?:群众|人员|家庭|企业|景区|建筑|住房|项目|主体|户|人口|对象|个体工商户|纳税人)/.test(after);
}

/** A sentence opening on a span of time already past (近年来, “十四五”以来, 截至去年底, 今年1—2月). */
const PAST_SPAN = /^(?:各位代表[，！!]\s*)?(?:“?[\u4e00-\u9fff]{0,10}”?以来|近年来|近几年|近[两三四五]年来?|多年来|这些年|至今|截至[^，。；]{0,10}|今年\d{1,2}(?:[—-]\d{1,2})?月(?:份)?|今年(?:一季度|上半年)|今年前[一二三四五六七八九十]+个月)/;
/** A plan word after which a figure is promised again (今年再建设3万亩). */
const PLAN_AGAIN = /今年|明年|年内|今后|要|将(?!近)|力争|确保|目标|计划|争取|再/;
/** The present against an average or a whole: 比全国平均水平低, 仅为全省平均水平的, 约占全国的. */
const AGAINST_AVERAGE = /(?:比|较)(?:全国|全省|全市|全区)(?:平均(?:水平)?)?(?:高出?|低|多|少)$|(?:仅为|只有|只占|仅占|相当于|约占|占)(?:全国|全省|全市|全区)(?:平均水平)?的?$/;
/** Reasoning about figures, not promising them: 只有…才能, 只要…就能, 如果…可, 按照…测算. */
const REASONING = /只有[^。；]*才能|只要[^。；]*就(?:能|可以|可)|如果[^。；]*(?:可|将|就|能)|按照[^。；]{0,16}测算|(?:据|经)测算|(?:预期)?目标比(?:去年|上年)/;

/**
 * Figures a plan part states about how things are now: after a span already past, against an average,
 * what a place has or had (拥有, 高达, 贡献了, 下降了), reasoning about a goal, counts of a document's
 * goals, and the whole set of places a coverage goal reaches. A plan word in the figure's clause makes it
 * a promise again.
 */
function describesThePresent(sentence: string, sentenceBefore: string, before: string, after: string, next: string): boolean {
  // (Reasoning is read near the figure: a long sentence may list promises before it reasons about them.)
  const near = sentenceBefore.slice(-24) + after + sentence.slice(sentenceBefore.length + after.length, sentenceBefore.length + after.length + 16);
  // (下降了15%, 贡献了60%, 低了1个百分点: a change or a share that happened.)
  if (REASONING.test(near) || /(?:下降|降低|提高|提升|增长|增加|减少|贡献|带动|拉动|占|低|高|多|少)了$/.test(before)) return true;
  if (PLAN_AGAIN.test(before)) return false;
  const span = PAST_SPAN.exec(sentenceBefore);
  if (span && !PLAN_AGAIN.test(sentenceBefore.slice(span[0].length))) return true;
  if (AGAINST_AVERAGE.test(before)) return true;
  // (每千人口拥有执业医师, 专利拥有量: a rate per head or a stock measured is no present fact.)
  if (/(?<!每[十百千万]+(?:人口|人|户|名老年人)|人均|户均)(?:拥有(?!量|率)|高达)[^，。；]{0,8}$/.test(before)) return true;
  // 亏损企业有28家, 全市政府债务率为120%，要严控…: what there is, or a rate that is, before a duty or a but.
  // (我区初步安排的重点调度项目有80个: what is planned to be is no present fact.)
  if (/(?<![没还])有$/.test(before) && !PLAN_AGAIN.test(sentenceBefore) && !/安排|谋划|确定|储备|实施|新建|建设/.test(sentenceBefore)) return true;
  if (/(?:率|度|比重|比例)(?:为|是)$/.test(before) && /^[，,](?:要|必须|需要|务必|但|仍)/.test(next)) return true;
  // 在确定的15项年度目标中，有12项…: how many of a document's goals.
  if (/(?:指标|目标|任务|事项)中[，,]?有?$/.test(sentenceBefore)) return true;
  // 全市72个乡镇、1380个行政村要实现…全覆盖, 覆盖全县15个乡镇: every place there is, as the reach of coverage.
  if (/(?:全市|全县|全区|全省|全州|全旗|全盟)$/.test(before) && /^(?:个)?(?:乡镇|乡|镇|街道|行政村|村|社区|县|区|市)/.test(after.replace(/^[个]/, '')) && /全覆盖|全部|全面覆盖|均/.test(sentence)) return true;
  if (/覆盖(?:全市|全县|全区|全省|全州)$/.test(before)) return true;
  if (/(?:全市|全县|全区|全省|全州)\d+个[\u4e00-\u9fff]{1,4}、$/.test(sentenceBefore) && /全覆盖|全部|均/.test(after)) return true;
  return false;
}

/**
 * "今年高校毕业生达874万人，要促进…", "全国近3亿人领取养老金，必须确保…": a state of things (达, 超过,
 * 近 a figure, with no qualifier) followed by what the government must do about it is the premise of
 * a duty, not a target.
 */
function isPremise(before: string, after: string, next: string): boolean {
  // "今年高校毕业生749万人，为历史最高": a record is a fact.
  if (/^，(?:为|创|再创)(?:历史|历年)?(?:最高|新高|最多|新纪录)/.test(next)) return true;
  if (!/^，(?:要|必须|务必|需要|就要|我们要)/.test(next)) return false;
  if (/^(?:以上|以内|以下|左右|之内)/.test(after)) return false;
  // "今年高校毕业生1076万人，要做好就业工作": the size of a cohort the duty is about.
  if (/(?:毕业生|农民工|新成长劳动力|退役军人)(?:预计|将|约|总数)*$/.test(before)) return true;
  return /(?:将|预计|今年|全国)?(?:高达|将达|达到?|超过|突破|近|约|有|共有)$/.test(before);
}

function quoteSpan(text: string, q: Quantity, cStart: number, cEnd: number, before = QUOTE_BEFORE): [number, number] {
  let s = cStart;
  let e = cEnd;
  // A list marker (1. 2、 （3）) opening the clause is not part of what the report promises.
  const marker = /^(?:\d{1,2}[.．、]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）])(?=\D)/.exec(text.slice(s, q.start));
  if (marker) s += marker[0].length;
  // A long clause is quoted from near the figure, starting after a word that ends a phrase (对, 的, 和…)
  // rather than inside a word: "…城镇居|民医保" would misquote the report.
  if (q.start - s > before.most) s = q.start - before.usual > s ? softStart(text, q.start - before.usual) : s;
  if (e - q.unitEnd > 14) e = Math.max(q.unitEnd, indexOfAny(text, QUOTE_END, q.unitEnd));
  if (e - q.unitEnd > 14) e = q.unitEnd + 14;
  // Never end inside a bracket (县（市、区）): close it.
  const tail = text.slice(q.unitEnd, e);
  const open = q.unitEnd + Math.max(tail.lastIndexOf('（'), tail.lastIndexOf('('));
  if (open >= q.unitEnd && !/[）)]/.test(text.slice(open, e))) {
    const close = indexOfAny(text, BRACKET_CLOSE, e);
    if (close - e <= 8) e = close + 1;
  }
  return [s, Math.max(e, q.end)];
}

/** How far before its figure a quote starts: the clause if it is this short, else about `usual` characters. */
const QUOTE_BEFORE = { most: 30, usual: 24 };
/** A respective list's value is quoted with its names: a longer reach. */
const QUOTE_BEFORE_LIST = { most: 60, usual: 48 };
/** Characters after which a quote may start inside a clause: those ending a phrase or a word. */
const SOFT_BREAK = /[对的和与及、在从由将把是为向给（(“]/;

/** A start near `at` right after a soft break: looked for 6 characters back, then 6 forward. */
function softStart(text: string, at: number): number {
  // 对外, 对口, 在建: words, not phrase ends.
  const soft = (i: number) => SOFT_BREAK.test(text[i] ?? '') && !/^(?:对[外口接象比话策]|在建|[从由]\d)/.test(text.slice(i, i + 2));
  for (let k = 0; k < 6; k++) if (soft(at - 1 - k)) return at - k;
  for (let k = 1; k <= 8; k++) if (soft(at - 1 + k)) return at + k;
  return at;
}

const PHRASE_END = charCodes('，：；');
const COMMA = charCodes('，');
/** The last stop before `before`, looking back no further than `floor` (then floor − 1): bounded, never the whole text. */
/** The char codes of `chars` (all in the BMP): stops are tested by code, without making a string per character. */
function charCodes(chars: string): Set<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function lastIndexOfAnyFrom(text: string, stops: Set<number>, before: number, floor: number): number {
  for (let i = before - 1; i >= floor; i--) if (stops.has(text.charCodeAt(i))) return i;
  return floor - 1;
}

/** The clause break before `at`, stepping over the colon of a ratio (从2.5:1缩小至2.3:1). */
function clauseBreakBefore(text: string, at: number): number {
  let i = lastIndexOfAny(text, CLAUSE_END, at);
  while (i > 0 && (text[i] === '：' || text[i] === ':') && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')) i = lastIndexOfAny(text, CLAUSE_END, i);
  return i;
}

function lastIndexOfAny(text: string, stops: Set<number>, before: number): number {
  return lastIndexOfAnyFrom(text, stops, before, 0);
}
function indexOfAny(text: string, stops: Set<number>, from: number): number {
  for (let i = from; i < text.length; i++) if (stops.has(text.charCodeAt(i))) return i;
  return text.length;
}
