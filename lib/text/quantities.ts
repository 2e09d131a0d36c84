import { clean, multiplierOf, parseChineseNumeral } from './numbers';

/** A number with its multiplier and unit as found in (normalized) text. */
export interface Quantity {
  /** Span of the number as written (a range covers both ends), without a trailing measure word. */
  start: number;
  end: number;
  /** End of the measure word (or of the number when there is none). */
  unitEnd: number;
  /** The number as written, with its multiplier: 55万, 1.3万亿, 两成, 6%-6.5%, 1所至2所. */
  written: string;
  amount: number | [number, number];
  /** Base unit: 人, 元, %, 百分点, 亩… ('' when none is written). */
  unit: string;
  /** True for numbers written with Chinese numerals. */
  chinese: boolean;
  /** 1900多个, 300余家: "more than" written between the number and its measure word. */
  more?: boolean;
  /** 翻一番, 翻两番, 倍增: a multiple written as a word. */
  multiple?: boolean;
}

/**
 * Measure words and units, longest first so 平方公里 wins over 公里 and 人次 over 人.
 * 亿元/万元 are split by the multiplier rule, so only the base 元 is listed.
 */
export const UNITS = [
  '个百分点', '百分点', '个月', '个小时', '个工作日', '工作日', '季度', '个季度', '千瓦时', '兆瓦时', '万千瓦', '兆瓦', '吉瓦', '千伏安', '平方公里', '平方米', '立方米', '公里', '千瓦', '公顷', '千米', '公斤', '千克',
  '套（间）', '套(间)', '人次', '剂次', '批次', '场次', '架次', '车次', '人年', '吨标准煤', '吨标煤', '张床位', '美元', '标准箱', '标箱', '户次', '亩', '吨', '斤', '米', '元', '人', '户',
  '套', '间', '所', '座', '个', '家', '项', '件', '条', '台', '辆', '张', '名', '位', '处', '片', '栋', '幢', '次', '批',
  '支', '只', '头', '口', '眼', '段', '孔', '站', '场', '类', '种', '床', '册', '部', '趟', '艘', '架', '份', '例', '宗',
  '株', '棵', '盏', '块', '列', '起', '台套', '班次', '餐次', '课时', '瓶', '本', '锭', '担',
  '倍', '岁', '年', '天', '日', '月', '周', '小时', '分钟', '秒', '届', '期', '轮', '级', '星', '号', '层', '点', '度',
] as const;

const UNIT_RE = new RegExp(
  '^(?:' + [...UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace(/[()]/g, '\\$&')).join('|') + ')',
);

const UNIT_FIRST = new Set<string>(UNITS.map((u) => u[0]!));
const ARABIC = /\d+(?:,\d{3})*(?:\.\d+)?/y;
const CN_NUM = /[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?/y;
const MULT = /万亿|千万|百万|十万|万|亿|千(?![瓦米克伏])|百(?!分)/y;

interface Num {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
  percentLike: boolean;
  /** 8000多亿, 20余万: "more than" written between the number and its multiplier. */
  more?: boolean;
}

function readMultiplier(text: string, at: number): string {
  MULT.lastIndex = at;
  const m = MULT.exec(text);
  return m ? m[0] : '';
}

/** Reads one number (with its multiplier) at `at`, or null. */
function readNumber(text: string, at: number): Num | null {
  const c = text[at]!;
  if (c >= '0' && c <= '9') {
    ARABIC.lastIndex = at;
    const m = ARABIC.exec(text)!;
    let end = at + m[0].length;
    // 8000多亿元, 20余万人: "more than" before the multiplier (1900多个 is read with the unit).
    const more = /[多余]/.test(text[end] ?? '') && /^(?:万|亿)/.test(text.slice(end + 1, end + 2)) && !m[0].includes('.');
    const mult = readMultiplier(text, more ? end + 1 : end);
    end += mult.length + (more ? 1 : 0);
    return { start: at, end, value: clean(Number(m[0].replace(/,/g, '')) * multiplierOf(mult)), chinese: false, percentLike: false, ...(more ? { more } : {}) };
  }
  // 三分之一, 百分之五
  const frac = text.slice(at + 1, at + 6).includes('分之') ? /^(?:([一二两三四五六七八九十百]+)分之([一二三四五六七八九十]+(?:点[零一二三四五六七八九]+)?))/.exec(text.slice(at, at + 12)) : null;
  if (frac) {
    const den = parseChineseNumeral(frac[1]!);
    const num = parseChineseNumeral(frac[2]!);
    if (den && num !== null) {
      return { start: at, end: at + frac[0].length, value: (num / den) * 100, chinese: true, percentLike: true };
    }
  }
  if (text.startsWith('一半', at)) return { start: at, end: at + 2, value: 50, chinese: true, percentLike: true };
  // 百万青少年, 千万家庭: a bare 百/千 is rhetoric, not a figure, unless a unit of measure follows.
  // 突破千亿元大关, 迈上万亿台阶: a round thousand billion or trillion reached is a figure (千亿级 names a class).
  if ((c === '千' || c === '万') && text[at + 1] === '亿') {
    const reached = REACHED_ROUND.test(text.slice(Math.max(0, at - 4), at)) && /^[千万]亿(?:元|斤)?(?:大关|台阶|$|[，。；、])|^[千万]亿(?:元|斤)(?!级)/.test(text.slice(at, at + 6));
    return reached ? { start: at, end: at + 2, value: c === '千' ? 1e11 : 1e12, chinese: true, percentLike: false } : null;
  }
  if (c === '万') return null;
  if (c === '百' || c === '千') {
    // "举办千场专业性会议", "培育百家领军企业": a round count after a verb of work is a figure.
    const counted = ROUND_COUNT.exec(text.slice(at + 1, at + 6));
    if (counted && WORK_BEFORE_ROUND.test(text.slice(Math.max(0, at - 4), at))) return { start: at, end: at + 1, value: c === '千' ? 1000 : 100, chinese: true, percentLike: false };
    if (text[at + 1] !== '万') return null;
    const round = ROUND_MAGNITUDE.exec(text.slice(at, at + 7));
    if (!round) return null;
    return { start: at, end: at + 2, value: round[1] === '千万' ? 1e7 : 1e6, chinese: true, percentLike: false };
  }
  CN_NUM.lastIndex = at;
  const m = CN_NUM.exec(text);
  if (!m) return null;
  // Chinese numerals are everywhere in prose (一体化, 十分); only a figure followed by a multiplier,
  // 成 or a measure word is worth parsing.
  const follow = text.charCodeAt(at + m[0].length);
  if (!(follow === 0x4e07 /* 万 */ || follow === 0x4ebf /* 亿 */ || follow === 0x6210 /* 成 */ || UNIT_FIRST.has(String.fromCharCode(follow)))) return null;
  let str = m[0];
  let end = at + str.length;
  // N成 = N × 10 %
  if (text[end] === '成' && /^[一二两三四五六七八九]$/.test(str)) {
    return { start: at, end: end + 1, value: parseChineseNumeral(str)! * 10, chinese: true, percentLike: true };
  }
  const bigMult = /^(?:万亿|万|亿)/.exec(text.slice(end, end + 2));
  let mult = 1;
  if (bigMult) {
    mult = multiplierOf(bigMult[0]);
    end += bigMult[0].length;
  }
  let value: number | null;
  if (str.includes('点')) {
    const [i, d] = str.split('点') as [string, string];
    const iv = parseChineseNumeral(i);
    value = iv === null ? null : Number(`${iv}.${[...d].map((x) => parseChineseNumeral(x)).join('')}`);
  } else {
    value = parseChineseNumeral(str);
  }
  if (value === null) return null;
  return { start: at, end, value: clean(value * mult), chinese: true, percentLike: false };
}

interface Unit {
  unit: string;
  end: number;
}

/** Reads a unit (%, 百分点, a measure word) right after a number. */
function readUnit(text: string, at: number): Unit | null {
  // 增长 13 %左右 (a page that spaces its figures): one space before % or 个百分点 is no break.
  if (text[at] === ' ' && /^ (?:%|％|个百分点|百分点)/.test(text.slice(at, at + 5))) at++;
  const c = text[at];
  const code = text.charCodeAt(at);
  // 35μg/m3, 35µg/m³: a concentration in Latin letters, read as the labels write it.
  if (c === 'μ' || c === 'µ') {
    const ug = /^[μµ]g\/(?:m3|m³|立方米)/.exec(text.slice(at, at + 8));
    return ug ? { unit: '微克/立方米', end: at + ug[0].length } : null;
  }
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
    const latin = LATIN_UNIT.exec(text.slice(at, at + 8));
    return latin ? { unit: latin[1]!, end: at + latin[1]!.length } : null;
  }
  // Concentrations (30微克/立方米, 28克/千克) are read apart: few reports have them, every figure would pay for them in UNIT_RE.
  if (c === '微' || c === '毫' || c === '克') {
    const m = CONCENTRATION.exec(text.slice(at, at + 7));
    if (m) return { unit: m[0], end: at + m[0].length };
    // 每立方米23微克: the volume written first.
    const first = /^(微克|毫克)/.exec(text.slice(at, at + 2));
    if (first && /每立方米\d+(?:\.\d+)?$/.test(text.slice(Math.max(0, at - 12), at))) return { unit: `${first[1]}/立方米`, end: at + 2 };
  }
  // 孕产妇死亡率8/10万: a rate per head of population; the 10万 is its base, not a figure.
  if (c === '/') {
    const per = /^\/(?:10万|十万|万|千)/.exec(text.slice(at, at + 4));
    return per ? { unit: per[0], end: at + per[0].length } : null;
  }
  if (c === '%') return { unit: '%', end: at + 1 };
  if (c === '㎡') return { unit: '平方米', end: at + 1 };
  if (c === '‰') return { unit: '‰', end: at + 1 };
  const m = UNIT_RE.exec(text.slice(at, at + 8));
  if (!m) return null;
  let unit = m[0];
  // 迈上1.2万亿台阶: the 台 of a step (台阶) is no measure word.
  if (unit === '台' && text[at + 1] === '阶') return null;
  // 900万个体工商户: the 个 of 个体 (an individual business) is no measure word.
  if (unit === '个' && text[at + 1] === '体') return null;
  if (unit === '个百分点') unit = '百分点';
  // 分别下降1个和2个百分点: the first of a run shares the last one's 个百分点.
  if (unit === '个' && /^个(?:[和、至到]\d+(?:\.\d+)?个)+百分点/.test(text.slice(at, at + 16))) unit = '百分点';
  if (unit === '套(间)') unit = '套（间）';
  // 幸福河湖10条（段）, 5个（次）: a measure word with its alternative in brackets is one unit.
  const alt = unit.length === 1 && !/[%年月日天岁倍]/.test(unit) ? /^[（(]([\u4e00-\u9fff])[)）]/.exec(text.slice(at + 1, at + 4)) : null;
  if (alt && (UNITS as readonly string[]).includes(alt[1]!)) return { unit: `${unit}（${alt[1]}）`, end: at + 1 + alt[0].length };
  // 300万吨/年, 28万元/人, 5件/万人: a measure per year, per head or per day is one unit, as the labels write it.
  const per = unit.length <= 3 && !/^(?:年|月|日|天|周|岁|倍|届|期|级|号|层|点|度|次|个|个百分点|百分点)$/.test(unit) ? PER_UNIT.exec(text.slice(at + m[0].length, at + m[0].length + 8)) : null;
  if (per) return { unit: unit + per[0], end: at + m[0].length + per[0].length };
  return { unit, end: at + m[0].length };
}

/** What a measure is per (/年, /人, /万人): a year, a day, a head, a household. */
const PER_UNIT = /^\/(?:年|日|天|人|小时|千人|万人|户|亩)(?=$|[^\u4e00-\u9fff]|以上|以内|以下|左右|及以上|的)/;
const RANGE_SEP = /^(?:-|－|—|–|~|～|至|到)$/;
/** A digit, a Chinese numeral, or the first character of 翻一番 / 倍增. */
const FIGURE_START = /[0-9零〇一二两三四五六七八九十百千万翻倍]/g;
/** Verbs of reaching a round sum (突破千亿元大关, 迈上万亿台阶). */
const REACHED_ROUND = /(?:突破|超过|迈上|迈过|跨过|跨越|站上|达到|跃上|跻身|破|达)$/;
const CONCENTRATION = /^(?:微克\/立方米|毫克\/立方米|毫克\/升|克\/千克|毫克\/千克)/;
/** People counted without 人 (6000万农村人口, 两万妇女): the noun after the figure says what is counted. */
// A bound may come between (1000万以上农村贫困人口), and a kind before the noun (农业转移人口, 低收入人口).
// So may a place or a kind before people (80万农村妇女, 2万困难群众).
const PEOPLE_AFTER = /^(?:以上|左右)?(?:(?![名个位户家次多余以左])[\u4e00-\u9fff]{0,4}?(?:人口|人员|纳税人|职工|农民工?|毕业生|劳动力|劳动者|妇女|群众|学生|儿童|老年人|老人|居民|青年)|人(?![民工才类均口]))/;
/** An age span between a count and the people it counts (80万农村|35—64岁|妇女): it only says which. */
const AGE_SPAN = /^([\u4e00-\u9fff]{0,4}?)\d+(?:[-—–~～至到]\d+)?周?岁(?:及以上|以上|以下)?的?/;
/** Users and households counted without 户 (500万农村沼气用户, 1000万宽带用户, 900万个体工商户). */
const USERS_AFTER = /^(?:以上|左右)?(?:(?![名个位户家次多余以左])[\u4e00-\u9fff]{0,4}?用户|个体工商户|个体户|农户|贫困户|脱贫户)/;
/** The measure words of a round count (千场, 百家) and what may not follow them (百个工程 names a programme). */
const ROUND_COUNT = /^(?:场次|场|家|所|个|项|次|名)(?![工行计示])/;
/** Verbs of work a round count follows: 举办千场, 培育百家, 新建百所. */
const WORK_BEFORE_ROUND = /(?:举办|举行|开展|组织|培育|引进|招引|新建|建设|建成|打造|创建|新增|培训|帮扶|服务|认定)$/;
/** Cubic metres as spoken (22亿方 天然气, 1000万方 水): only after 万 or 亿, never 方面/方案/方式. */
const CUBIC = /^方(?![面案式向法针位略舱阵言圆便])/;

/** What may stand between a subject and its figure: a modal, a verb of reaching, a bound word. */
const TO_FIGURE = '(?:再|要|将|力争|预计|全年|年均|累计)?(?:达到|达|突破|超过|超|破|迈上|跨越|跃上|站上|完成|实现|新增|增加|减少|增长|转移|脱贫|保持|稳定在|近|约|在)?';
/** People counted without 人 (城镇新增就业80万以上, 引进各类人才10万, 惠及群众80万): the subject before names them. */
const PEOPLE_BEFORE = new RegExp(`(?:(?:就业|创业|择业)(?:人数)?|人口|人数|劳动力|人才|毕业生|农民工|群众|居民|职工|学生|儿童|老年人|妇女)${TO_FIGURE}$`);
/** Visitors and trainees are counted in 人次 (接待游客2500万以上, 开展职业技能培训30万). */
const VISITORS_BEFORE = new RegExp(`(?:(?:游客|旅客|观众)(?:吞吐量|接待量|人数|量)?|培训)${TO_FIGURE}$`);
/** Sums of money written without 元: the measure before the figure is counted in money. */
const MONEY_BEFORE = new RegExp(
  `(?:(?:存款|贷款|存贷款)(?:余额|规模)?|生产总值|经济总量|总产值|产值|营业收入|营收|主营业务收入|收入|零售总额|进出口总额|进出口额|进出口|贸易额|(?:产业|经济|市场|集群)规模|交易额|成交额|销售额|利润|利润总额|利税|增加值|投资|投资额|经费|资金|税收|财政收入|GDP)${TO_FIGURE}$`,
);

/**
 * 城乡居民收入比缩小到2.2, 收入倍差降至2.3: a ratio written without its ":1" (the labels' 比值); so are a
 * data centre's PUE (能耗之比) and a coefficient (恩格尔系数) written as a decimal.
 */
const RATIO_BEFORE = /(?:收入比|倍差|之比|比值|PUE值?|系数)(?:缩小到|缩小至|缩小为|降至|降到|降低到|控制在|保持在|稳定在|为|达到)$/;

function impliedUnit(text: string, n: Num): Unit | null {
  if (!n.chinese && RATIO_BEFORE.test(text.slice(Math.max(0, n.start - 10), n.start)) && n.value > 0 && n.value < 10) return { unit: '比值', end: n.end };
  if (!/[万亿]$/.test(text.slice(n.start, n.end))) return null;
  // 130万“老工伤”人员: a name in quotes is still the kind of people counted.
  const after = text.slice(n.end, n.end + 20).replace(/[“”"]/g, '').replace(AGE_SPAN, '$1');
  if (PEOPLE_AFTER.test(after)) return { unit: '人', end: n.end };
  if (USERS_AFTER.test(after)) return { unit: '户', end: n.end };
  if (CUBIC.test(text.slice(n.end, n.end + 2))) return { unit: '方', end: n.end + 1 };
  // 农村贫困人口减少1000万, 城镇新增就业80万以上: the subject just before names what is counted.
  const unit = unitImpliedBySubject(text.slice(Math.max(0, n.start - 12), n.start), text.slice(n.start, n.end));
  return unit ? { unit, end: n.end } : null;
}

/**
 * The unit a figure written without one (80万, 1.28万亿) is counted in, told by the words before it
 * (城镇新增就业, 营业收入突破) or by the name of the item it stands for in a list: 人, 人次 or 元 (only 亿).
 */
export function unitImpliedBySubject(before: string, written: string): string | null {
  if (!/[万亿]$/.test(written)) return null;
  if (PEOPLE_BEFORE.test(before)) return '人';
  if (VISITORS_BEFORE.test(before)) return '人次';
  // 营业收入突破1.28万亿, 生产总值迈上1.2万亿台阶: a sum of money written without 元.
  if (/亿$/.test(written) && MONEY_BEFORE.test(before)) return '元';
  return null;
}
/** Units written in Latin letters (算力15万P, 5000PB, 300GW); never a lone G (5G is a name). */
const LATIN_UNIT = /^(PFLOPS|EFLOPS|PFlops|EFlops|Pflops|TWh|GWh|MWh|kWh|TEU|EB|PB|TB|GW|MW|kW|km|Gbps|Mbps|P|E)(?![A-Za-z0-9])/;
/** A doubling written as a word: 翻一番 (×2), 翻两番 (×4), 翻番, 倍增 (not 倍增计划, a programme's name). */
const MULTIPLE = /^(?:翻(?:了)?([一两二三])?番|倍增(?!计划|行动|工程|器|效应))/;
/** What doubles when 倍增 is a figure: a measure, maybe with 实现 or 力争 before the word. */
const DOUBLED_MEASURE = /(?:规模|总量|产值|收入|营收|投资|数量|人数|产量|增加值|总额|体量)(?:\d+年|[两三五]年)?(?:内)?(?:实现|力争|基本|要|将)?$|\d[\u4e00-\u9fff]{0,3}[、，](?:实现|力争)$/;
/** 千万吨, 百万千瓦: a round magnitude before a unit of measure is a figure, not rhetoric (千万家庭). */
const ROUND_MAGNITUDE = /^(千万|百万)(?=吨|千瓦|万千瓦|元|亩|平方米|立方米|公里|人次|标准箱)/;

function readMultiple(text: string, at: number): Quantity | null {
  const m = MULTIPLE.exec(text.slice(at, at + 6));
  if (!m) return null;
  // 倍增 is a figure only as what a measure does (经济总量实现倍增, 产业规模倍增); elsewhere it names a
  // programme or a kind of firm (“双倍增”计划, 蓝鲸倍增企业, 狠抓存量倍增).
  if (m[0] === '倍增' && (!DOUBLED_MEASURE.test(text.slice(Math.max(0, at - 10), at)) || /^[\u4e00-\u9fff]/.test(text.slice(at + 2, at + 3)))) return null;
  const times = m[1] === undefined ? 2 : ({ 一: 2, 两: 4, 二: 4, 三: 8 } as Record<string, number>)[m[1]]!;
  return { start: at, end: at + m[0].length, unitEnd: at + m[0].length, written: m[0], amount: times, unit: '倍', chinese: false, multiple: true };
}

/**
 * "农产品加工业总产值与农业总产值之比突破1：1", "城乡居民收入比缩小到2.3:1": a ratio written A:B after
 * a 比 is one figure, A/B (the labels' 比值). Without 比 before it, A:B is a time or a score.
 */
function readRatio(text: string, n: Num): Quantity | null {
  if (n.chinese || (text[n.end] !== '：' && text[n.end] !== ':')) return null;
  if (!/比[^，。；]{0,14}$/.test(text.slice(Math.max(0, n.start - 20), n.start))) return null;
  const second = /^\d+(?:\.\d+)?(?![\d.])/.exec(text.slice(n.end + 1, n.end + 8));
  // A map's scale (比例尺1:2000) is no ratio of two measures.
  if (!second || +second[0] === 0 || +second[0] > 100) return null;
  const end = n.end + 1 + second[0].length;
  return { start: n.start, end, unitEnd: end, written: text.slice(n.start, end), amount: clean(n.value / +second[0]), unit: '比值', chinese: false };
}

/** Finds every quantity in `text`, left to right. */
export function findQuantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    // Jump to the next character that can start a figure: the regex engine skips prose far faster than a loop.
    FIGURE_START.lastIndex = i;
    const hit = FIGURE_START.exec(text);
    if (!hit) break;
    i = hit.index;
    const c = hit[0];
    const isDigit = c >= '0' && c <= '9';
    if (c === '翻' || c === '倍') {
      const multiple = text[i - 1] !== '倍' ? readMultiple(text, i) : null;
      if (multiple) found.push(multiple);
      i = multiple ? multiple.end : i + 1;
      continue;
    }
    // Do not start in the middle of an Arabic number or a Latin token (PM2.5, G60, 5G).
    const prev = text[i - 1];
    if (isDigit && prev && /[0-9.]/.test(prev)) {
      i++;
      continue;
    }
    const n = readNumber(text, i);
    if (!n) {
      i++;
      continue;
    }
    const ratio = readRatio(text, n);
    if (ratio) {
      found.push(ratio);
      i = ratio.end;
      continue;
    }
    // 1900多个, 300余家, 10万余人次: "more than" between the number and its measure word (read before a unit implied by the noun after).
    const more = !n.percentLike && /[多余]/.test(text[n.end] ?? '') ? readUnit(text, n.end + 1) : null;
    let unit = n.percentLike ? { unit: '%', end: n.end } : readUnit(text, n.end) ?? more ?? impliedUnit(text, n);
    let q: Quantity = {
      start: n.start,
      end: n.end,
      unitEnd: unit ? unit.end : n.end,
      written: text.slice(n.start, n.end),
      amount: n.value,
      unit: unit ? unit.unit : '',
      chinese: n.chinese,
      ...(more || n.more ? { more: true } : {}),
    };
    // A range: 6%－6.5%, 4.5%—5%, 1所至2所, 3-5个.
    const sepAt = unit ? unit.end : n.end;
    const sep = text[sepAt];
    if (sep && RANGE_SEP.test(sep)) {
      const second = text[sepAt + 1] ? readNumber(text, sepAt + 1) : null;
      if (second && second.chinese === n.chinese) {
        // 3-5万人: the multiplier written once applies to both ends.
        const secondMult = /(?:万亿|千万|百万|万|亿)$/.exec(text.slice(second.start, second.end))?.[0];
        const firstMult = /(?:万亿|千万|百万|万|亿)$/.exec(text.slice(n.start, n.end))?.[0];
        if (secondMult && !firstMult) n.value = clean(n.value * multiplierOf(secondMult));
      }
      if (second && second.chinese === n.chinese && second.value > n.value) {
        const unit2 = readUnit(text, second.end);
        const sameUnit = !unit || (unit2 && unit2.unit === unit.unit) || (!unit2 && unit.unit !== '%');
        if (sameUnit && !/年|月|日/.test(unit?.unit ?? unit2?.unit ?? '')) {
          const u = unit ?? unit2;
          const numberEnd = unit2 && unit && unit2.unit === unit.unit ? unit2.end : second.end;
          q = {
            start: n.start,
            end: numberEnd,
            unitEnd: unit2 ? unit2.end : second.end,
            written: text.slice(n.start, numberEnd),
            amount: [n.value, second.value],
            unit: u ? u.unit : '',
            chinese: n.chinese,
          };
          unit = u;
        }
      }
    }
    found.push(q);
    // (A unit with a figure in it, /10万, is read past whole.)
    i = Math.max(/\d/.test(q.unit) ? q.unitEnd : q.end, i + 1);
  }
  return found;
}
