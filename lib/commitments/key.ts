import synonyms from './synonyms.json';

/** alias → canonical name, from the synonym table (data, not code). */
const canonicalOf = new Map<string, string>(
  // Canonical names map to themselves, so 城镇新增就业 is not re-read as 城镇 + 新增就业.
  synonyms.groups.flatMap((group) => group.map((alias): [string, string] => [alias, group[0]!])),
);
// Longest alias first, so the alternation takes 单位GDP能耗 before GDP.
const aliasRe = new RegExp(
  [...canonicalOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => a.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
    .join('|'),
  'g',
);

/** Scope words that do not change what is measured (全市生产总值 = 地区生产总值 for one government); 全国财政 (every level) is not 中央财政. */
const SCOPE = /^(?:(?:全市|全区|全省|全县|全国)(?!财政)|全年|今年|本市|本区|我市|我区|年度)/;
const DIRECTION = /(?:增长率|增长速度|增长|增速|增幅|增加|下降|降低|降幅|减少|提高|上升|压减|压缩)$/;
/**
 * How a change is compared or qualified, between the measured thing and its direction: 比上年增长,
 * 实际增长, 预期增长, 年增长 measure what 增长 alone does (年均 stays: an average over years is another thing).
 */
const QUALIFIER = /(?<=[\u4e00-\u9fff]{2})(?:比上年|较上年|比去年|同比|实际|预期|预计|力争|争取|计划|年)(?=(?:增长率|增长速度|增长|增速|增幅|下降|降低|减少|提高|上升)$)/;

/**
 * Reduces an indicator name to a comparison key through the synonym table, so that 新增城镇就业
 * and 城镇新增就业 meet on one row. Direction words at the end become ↑ / ↓.
 */
export function indicatorKey(indicator: string): string {
  let s = indicator
    .replace(/[“”"'《》‘’「」『』（）()\s·]/g, '')
    .replace(SCOPE, '')
    // 最低收购价每50公斤提高 is 最低收购价提高: the base a price is quoted per is no part of what it is.
    .replace(/(?:平均)?每\d*(?:公斤|斤|吨)(?=[\u4e00-\u9fff]*$)/, '')
    .replace(/基本建成/g, '建成')
    // 城镇常住居民 is 城镇居民, 各项贷款 贷款, 规模以上工业企业总产值 规模以上工业总产值, 完成年度投资 年度计划投资.
    .replace(/常住(?=居民)/g, '')
    .replace(/各(?:类|项)(?=[\u4e00-\u9fff]{2})/g, '')
    .replace(/工业企业(?=总产值|产值|增加值|营业收入|利润)/g, '工业')
    .replace(/(?:完成)?(?:年度)?(?:计划)?(?:完成)?(?=投资$)/, '')
    .replace(aliasRe, (alias) => canonicalOf.get(alias) ?? alias);
  // A verb of building before its object (建成保障房, 建设办建成蔬菜大棚) reads like one after it
  // (保障性住房基本建成): the verb goes to the end. 建成区 and 开工率 are nouns.
  const built = /(建成|新开工|开工建设|开工|新建)(?![区率])(?=[\u4e00-\u9fff]{2})/.exec(s);
  if (built) s = s.slice(0, built.index) + s.slice(built.index + built[0].length) + built[1];
  const arrow = (m: string) => (/增长|增速|增幅|提高|上升|增加/.test(m) ? '↑' : '↓');
  // A leading direction verb (降低工商业电价) reads like a trailing one (工商业电价降低).
  const lead = /^(?:降低|下降|减少|压减|压缩|提高|增加)(?=[\u4e00-\u9fff]{2})/.exec(s);
  if (lead) return s.slice(lead[0].length) + arrow(lead[0]);
  return s.replace(QUALIFIER, '').replace(DIRECTION, arrow);
}
