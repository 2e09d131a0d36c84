import { findQuantities } from '../text/quantities';
import synonyms from './synonyms.json';

/** Word pairs that head two names of one list (城镇 and 农村 居民人均可支配收入). */
const PAIRED = synonyms.opposites as [string, string][];

/** Words between the list of names and 分别 that belong to none of the names. */
// (小麦、稻谷最低收购价平均每50公斤分别提高…: the base of the rate belongs to none of the names.)
const LIST_TAIL = /(?:年均|平均|要|将|均|都|也|预计|力争|确保|实际|每\d*(?:公斤|斤|吨|亩|人|户))+$/;
/** Words before the list that are not part of its first name. */
const LIST_HEAD = /^(?:[—－]{1,2}|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]|\d{4}年(?:末|底)?|今年|全年|去年|五年累计|累计|今后五年|其中|同时|并|使|把|将|推动|实现|力争|确保|[一二三四五六七八九十]是|(?:新培育|新认定|培育|新增|新建|打造|创建|建设|引进|认定)(?=国家级|省级|市级|县级|区级))+/;
/** A measure the last name carries for all of them: 高技术制造业、装备制造业增加值. */
const SHARED_MEASURE = /(?:(?:全产业链|产业链|产业|行业)?(?:增加值|产值|规模|营业收入|营收)|参保人数|人均可支配收入|(?:人均)?(?:财政)?(?:补助|补贴)标准|标准|覆盖率|产量|出口额|(?:平均)?浓度)$/;
/** A measure with no owner of its own. */
const BARE_MEASURE = /^(?:营业收入|利润总额|利润|营收|税收|产值|增加值|销售收入|出口额|进口额|进出口额|产量|总产量|总产)$/;
/** What else a first name may measure of its owner (等级路里程, 建成区面积). */
const OWNER_MEASURE = /^(?:(?:总|通车|运营)?里程|面积|数量|人数|户数)$/;
/** A share or a length with no owner of its own (比例, 占比). */
const BARE_SHARE = /^(?:比例|比重|占比|里程|面积|数量|人数|户数)$/;
/** A name that already ends in a measure (用水量, 能耗) takes no shared one. */
const OWN_MEASURE = /[量值率额数入耗价积模程]$/;
/** The change a clause listing names ends on (…和环卫工人工资再次提高). */
const CHANGED_TAIL = /(?:再次|再|均|都|继续|进一步|同步)?(?:提高|上调|增加|增长|提升)$/;
/** What may stand between two values of the list: a qualifier and a separator. */
const VALUE_GAP = /^(?:以上|以内|以下|左右|多)?(?:、|和|及|与|，|,)$/;

/**
 * 文化及相关产业、旅游及相关产业增加值占地区生产总值比重: a name that ends as a word of the last one
 * does shares what follows that word in the last (增加值占地区生产总值比重), if that says what is measured.
 */
function sharedTail(name: string, last: string): string | null {
  for (let len = Math.min(name.length - 1, 6); len >= 2; len--) {
    const end = name.slice(-len);
    const at = last.indexOf(end);
    if (at <= 0) continue;
    const rest = last.slice(at + len);
    return rest.length >= 2 && /(?:比重|比例|率|值|规模|额|量|收入|标准|浓度|面积)$/.test(rest) ? rest : null;
  }
  return null;
}

/**
 * 二氧化硫、氮氧化物排放量, 小麦、稻谷最低收购价, 新建、改建公办幼儿园: short names of one length,
 * with no measure of their own, stand beside the opening words of the last, as long as they are,
 * and share what follows them.
 */
function parallelTail(name: string, others: string[], last: string): string {
  // Only names of one length, short and with no measure of their own: 固定资产投资 beside
  // 社会消费品零售总额 shares nothing, nor 氨氮 beside 挥发性有机物….
  if (others.some((n) => n.length !== name.length)) return '';
  if (name.length > 4 || OWN_MEASURE.test(name) || /(?:投资|资金|支出|利润|总额|规模|面积)$/.test(name) || last.length < name.length + 2) return '';
  return last.slice(name.length);
}

/** A verb right before a run of values (增长6%和7%, 保持在90%和98%以上); the run is checked when read. */
const PAIRED_VALUES_VERB = /(?:增长|下降|提高到|提高至|提高|降低到|降至|降低|达到|保持在|控制在|稳定在)(?=\d[\d.]*%?(?:以上|以内|左右)?(?:和|、)\d)/g;

/** Per unit of output (单位国内生产总值能耗, 万元工业增加值用水量): the base of a rate. */
const PER_OUTPUT = /^(?:单位(?:国内|地区)?生产总值|单位GDP|万元(?:国内|地区)?生产总值|万元GDP|单位工业增加值|万元工业增加值)/;

/** Two values joined by 和 or 、: the cheap test before looking for their verb. */
const TWO_VALUES = /\d(?:%|以上|以内|左右)?[和、]\d/;

/** A level of government a list of things may be told apart by. */
const LEVEL_WORD = /^(?:国家级|省级|市级|县级|区级|乡级|省部级|地市级)/;
const LEVEL_ALONE = new RegExp(`${LEVEL_WORD.source}$`);

/** The head of a network or a facility a list of kinds shares (供水、排水、燃气管网). */
const NETWORK_HEAD = /(?:管网|管道|管廊|线路|设施|网络|系统)$/;

/** Whom a standard or a count is of, as the head of a name (孤儿, 老年人, 职工). */
const WHO_HEAD = /(?:孤儿|儿童|老年人|老人|妇女|残疾人)/;

/** Work a list of verbs may name, each before the same things (新建、改扩建幼儿园). */
const WORK_VERB_HEAD = /^(?:新改扩建|改扩建|新建|改建|扩建|续建|新开工|开工|建成|新增|改造提升|改造|维修)/;

/** One-character halves of a pair a list writes once (存、贷款 → 存款, 贷款). */
const CHAR_PAIRS = [['存', '贷'], ['进', '出'], ['中', '小'], ['大', '中'], ['初', '高'], ['公', '民']];

/** Farm products as the statistics name them, from the one character a report lists them by. */
const PRODUCT: Record<string, string> = { 肉: '肉类', 蛋: '禽蛋', 奶: '奶类', 粮: '粮食', 棉: '棉花', 油: '油料', 糖: '糖料', 菜: '蔬菜', 果: '水果', 茶: '茶叶', 禽: '禽肉' };
const PRODUCT_MEASURE = /^(总产量|产量|产值|播种面积|种植面积|出栏量|存栏量)$/;

function expandProducts(names: string[], count: number): string[] {
  const last = names[names.length - 1]!;
  const measure = PRODUCT_MEASURE.exec(last.slice(names.length === 1 ? count : 1))?.[1];
  if (!measure) return names;
  // One run of characters (肉蛋奶产量) or single characters listed with 、 (肉、蛋、奶产量).
  const chars = names.length === 1 ? [...last.slice(0, count)] : [...names.slice(0, -1), last[0]!];
  if (chars.length !== count || chars.some((c) => c.length !== 1 || !PRODUCT[c])) return names;
  return chars.map((c) => PRODUCT[c]! + measure);
}

/**
 * "A、B、C分别下降23%、15%、18%": the n-th figure after 分别 measures the n-th name before it.
 * Returns the name (with the verb: B下降) for each figure's start offset in the sentence, only when
 * the list of names and the list of figures are equally long.
 */
export function respectiveNames(text: string, sentenceStart: number, sentenceEnd: number): Map<number, string> {
  const out = new Map<number, string>();
  const sentence = text.slice(sentenceStart, sentenceEnd);
  // 分别 before the values, or a verb right before two or more values joined by 和 or 、 (城镇和农村居民人均
  // 可支配收入增长6%和7%): the list of names must then be as long as the list of values, and be a list.
  const anchors = [...sentence.matchAll(/分别/g)].map((m) => ({ at: m.index!, skip: 2, said: true }));
  if (TWO_VALUES.test(sentence)) for (const m of sentence.matchAll(PAIRED_VALUES_VERB)) if (!/分别[^，。；]*$/.test(sentence.slice(0, m.index!))) anchors.push({ at: m.index!, skip: 0, said: false });
  for (const { at, skip, said } of anchors) {
    const after = sentence.slice(at + skip);
    // 分别从每人每月209元、280元提高到217元、290元: the new values follow 提高到.
    const fromTo = /^(?:由|从)[^，。；]*?(?:提高|提升|增加|降低|下调|上调|调整|扩大)(?:到|至)/.exec(after)?.[0];
    // (分别再提高30元和5元: 再 or 均 before the verb.)
    const verb = fromTo ?? /^(?:实际)?(?:再|均|都|同步)?净?(?:(?:提高|提升|增加|降低|下降|减少)(?:到|至)|增长|比增|下降|提高|提升|降低|减少|削减|压减|增加|新增|上涨|达到|达|为|是|占|突破|超过|保持在|控制在|稳定在|实现|完成)?/.exec(after)![0];
    const values = [];
    let pos = verb.length;
    for (const q of findQuantities(after)) {
      if (q.start < pos) continue;
      // (分别提高每50公斤1元: the 50 of the base is no value.)
      if (values.length === 0 && after[q.start - 1] === '每') continue;
      const gap = after.slice(pos, q.start);
      // 分别提高到每人每月800元和600元: a rate's base before the first value only.
      // (分别提高每50公斤1元和2元: or the unit of goods a price is quoted per.)
      if (values.length === 0 ? !/^(?:每人每月|每人每年|每人|人均|每月|每年|每\d*(?:公斤|斤|吨|亩))?$/.test(gap) : !VALUE_GAP.test(gap)) break;
      values.push(q);
      pos = q.unitEnd;
    }
    if (values.length < 2) continue;
    // The names: back from 分别 to the clause's start.
    let from = at;
    while (from > 0 && !/[，。；：:,;\n]/.test(sentence[from - 1]!)) from--;
    let list = sentence.slice(from, at).replace(LIST_HEAD, '').replace(LIST_TAIL, '');
    // "城乡居民收入年均增长6%，到2030年分别达到5.2万元、2.6万元": a clause naming only when takes the
    // thing the clause before grows.
    if (/^(?:到|至)?\d{4}年(?:末|底)?$/.test(sentence.slice(from, at)) && from > 1) {
      let start = from - 1;
      while (start > 0 && !/[，。；：:,;\n]/.test(sentence[start - 1]!)) start--;
      list = /^([\u4e00-\u9fff、]{2,16}?)(?:年均|平均)?(?:增长|提高|下降|降低)/.exec(sentence.slice(start, from - 1).replace(LIST_HEAD, ''))?.[1] ?? '';
    }
    // Without 分别, every 和 and 、 separates names: 粮食、棉花和油料 are three.
    let names = said ? list.split('、') : list.split(/、|和|及|与/);
    if (names.length !== values.length) names = list.split(/、|和|及|与/);
    // "养老金、低保标准和环卫工人工资再次提高，月人均分别提高221元、90元和300元": a clause that is only a
    // rate's base takes the names the clause before lists, when they are as many as the values.
    if (said && names.length !== values.length && /^(?:月|年)?(?:人均|每人每月|每人每年|每人|平均)?$/.test(sentence.slice(from, at)) && from > 1) {
      let start = from - 1;
      while (start > 0 && !/[，。；：:,;\n]/.test(sentence[start - 1]!)) start--;
      const before = sentence.slice(start, from - 1).replace(LIST_HEAD, '').replace(CHANGED_TAIL, '').split(/、|和|及|与/);
      if (before.length === values.length && before.every((n) => n.length >= 2 && !/\d/.test(n))) names = before;
    }
    if (!said && names.length !== values.length && !(names.length === 1 && /^城乡/.test(list))) continue;
    // "城乡居民人均可支配收入分别增长5.5%、6.5%": 城乡 names the town's and the country's, in that order.
    if (names.length === 1 && values.length === 2 && /^城乡(?:常住)?居民/.test(list)) names = ['城镇' + list.slice(2), '农村' + list.slice(2)];
    // 城乡低保标准, 城乡特困人员供养标准: assistance set apart for the city and the country. (城乡居民医保 and
    // 城乡居民养老保险 are one scheme each, so their names stay whole.)
    if (names.length === 1 && values.length === 2 && /^城乡(?:低保|最低生活保障|特困|供养|临时救助|医疗救助)/.test(list)) names = ['城市' + list.slice(2), '农村' + list.slice(2)];
    // 肉、蛋、奶产量 and 肉蛋奶产量: farm products named by one character each are the statistics' 肉类, 禽蛋, 奶类.
    names = expandProducts(names, values.length);
    if (names.length !== values.length) continue;
    // 单位国内生产总值用水量、能耗、二氧化碳排放量: a rate's base written once is every name's.
    const base = PER_OUTPUT.exec(names[0]!)?.[0];
    if (base && names[0]!.length > base.length + 1) names = names.map((n, i) => (i > 0 && !PER_OUTPUT.test(n) && n.length <= 8 ? base + n : n));
    const last = names[names.length - 1]!;
    // 城镇和农村常住居民人均可支配收入, 中、高等职业教育在校生: a short first name stands for the
    // head of the last one.
    // A one-character first name (中、高等…) or one paired with the last's opening word (城镇 ↔ 农村…) takes
    // the rest of the last name; other short names (石化、新材料…产业产值) share only its measure.
    // 国家级和省级开发区: a level stands for the things the last level qualifies.
    const lastLevel = LEVEL_WORD.exec(last)?.[0];
    if (lastLevel && last.length > lastLevel.length + 1) names = names.map((n, i) => (i < names.length - 1 && LEVEL_ALONE.test(n) ? n + last.slice(lastLevel.length) : n));
    // 城市供水、排水、燃气管网: kinds of one network, its head written once at the end.
    const network = NETWORK_HEAD.exec(last);
    if (network && last.length === network.index + network[0].length && network.index >= 2) names = names.map((n, i) => (i < names.length - 1 && !NETWORK_HEAD.test(n) && /[\u4e00-\u9fff]{2}$/.test(n) && n.length <= 8 ? n + network[0] : n));
    // 金融机构存、贷款余额, 全市中、小学在校生: one character of a pair ends the first name and opens the
    // next; the words before it head every name, the words after the next one's character end every name.
    const paired = names.length === 2 && names[0]!.length > 1 && names[1]!.length > 2 && CHAR_PAIRS.some(([x, y]) => names[0]!.endsWith(x!) && names[1]!.startsWith(y!));
    if (paired) names = [names[0] + names[1]!.slice(1), names[0]!.slice(0, -1) + names[1]];
    const head = last.slice(0, names[0]!.length);
    if (last.length > names[0]!.length + 2 && (names[0]!.length === 1 || PAIRED.some(([x, y]) => (x === names[0] && y === head) || (y === names[0] && x === head)))) {
      names[0] = names[0] + last.slice(names[0]!.length);
    }
    // 第二、三产业: the ordinal's 第 is written once for all.
    if (/^第[一二三四五六七八九十]/.test(names[0]!)) names = names.map((n, i) => (i > 0 && /^[一二三四五六七八九十]/.test(n) ? '第' + n : n));
    // (PM2.5平均浓度: a figure inside a Latin name is no value.)
    if (names.some((n) => n.length < 2 || /\d/.test(n.replace(/[A-Za-z]+\d+(?:\.\d+)?/g, '').replace(/\d+(?:[-—–~～至到]\d+)?周?岁(?:及以上|以上|以下)?/g, '')))) continue;
    // 国有企业营业收入和利润总额: a bare measure after the first name's is of the first name's owner.
    // 农村公路等级路里程及比例: so is a share or a length after a first name that measures its owner.
    // (粮食播种面积和产量: the crop is the owner, not how it is sown.)
    const owned = new RegExp(`^(.{2,}?)(?:${BARE_MEASURE.source.slice(1, -1)}|${OWNER_MEASURE.source.slice(1, -1)})$`).exec(names[0]!)?.[1]?.replace(/(?<=[\u4e00-\u9fff]{2})(?:播种|种植|养殖)$/, '');
    if (owned) names = names.map((n, i) => (i > 0 && (BARE_MEASURE.test(n) || BARE_SHARE.test(n)) ? owned + n : n));
    const shared = SHARED_MEASURE.exec(last)?.[0];
    // (A parallel tail leaving one character before 面积 cut a word: 水土流失、荒漠化土地面积 → 面积, not 地面积.)
    // (急难型、支出型临时救助最低标准: names ending on the same word as the last's head are parallel to it,
    // and share all that follows it, not only the measure.)
    // 新建、改扩建幼儿园: verbs listed before the last one's share what follows its verb.
    const lastVerb = WORK_VERB_HEAD.exec(last)?.[0];
    const tail = (name: string) => {
      // 机构内集中养育和社会散居孤儿基本生活费标准: a first name with no head of its own shares the last's
      // head (孤儿) and all after it.
      const head = WHO_HEAD.exec(last.slice(2));
      if (head && !WHO_HEAD.test(name) && !OWN_MEASURE.test(name) && name.length >= 2) return last.slice(head.index + 2);
      if (lastVerb && new RegExp(`^${WORK_VERB_HEAD.source.slice(1)}$`).test(name) && last.length > lastVerb.length + 1) return last.slice(lastVerb.length);
      const parallel = parallelTail(name, names.slice(0, -1), last).replace(/^[\u4e00-\u9fff](?=面积$)/, '');
      if (parallel && name.length >= 2 && name.at(-1) === last[name.length - 1]) return parallel;
      return sharedTail(name, last) ?? (shared && !name.endsWith(shared) && !OWN_MEASURE.test(name) ? shared : parallel);
    };
    // 提高到, 降低至: the figures are the levels reached, not changes.
    const v = fromTo || /[到至]$/.test(verb) ? '' : verb.replace(/^实际/, '').replace(/^(?:再|均|都|同步)/, '').replace(/^(?:达到|达|为|是|占|保持在|控制在|稳定在|突破|超过|实现|完成)$/, '').replace(/^比增$/, '增长');
    values.forEach((q, i) => {
      let name = names[i]!.replace(/[“”"《》‘’「」『』（）()]/g, '');
      if (i < names.length - 1) name += tail(name);
      out.set(sentenceStart + at + skip + q.start, name + v);
    });
  }
  return out;
}
