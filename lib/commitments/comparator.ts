import type { Quantity } from '../text/quantities';
import type { Comparator } from './types';

/**
 * Reads the comparator around a figure. Qualifiers after the number (以上, 以内, 左右) win over
 * verbs before it, so 增长5%以上 is ">=" and 下降3%左右 is "~"; a bare 增长/下降 is "+"/"-".
 */
export function detectComparator(before: string, after: string, q: Quantity): Comparator {
  if (Array.isArray(q.amount)) return 'range';
  if (q.more) return '>';
  // After the number and its unit (人次以上, 万人左右).
  // 46亿吨标准煤以上: what a tonne is of stands between the unit and its qualifier.
  const tail = after.replace(/^(?:人次|人|户|套|个|家|元|亩|吨|所|座|项|件|名|公里|千瓦|平方米)/, '').replace(/^(?:标准煤|标煤|油当量|标准箱|二氧化碳当量)/, '');
  if (/^(?:以上|及以上|多|余)/.test(tail)) return '>=';
  if (/^(?:以内|以下|之内)/.test(tail)) return '<=';
  if (/^(?:左右|上下)/.test(tail)) return '~';
  // 迈上1000亿斤新台阶, 跨越5000亿元大关: a step reached is a floor.
  if (/(?:迈上|迈过|跨上|跨越|登上|站上|跃上)$/.test(before.slice(-4)) && /^(?:的)?(?:新)?(?:台阶|大关|关口)/.test(tail)) return '>=';
  // 食品抽检量超每千人(6.6批次): the base of a rate stands between the verb and its figure.
  // (分别提高每50公斤1元: so does the unit of goods a price is quoted per.)
  const b = before.slice(-12).replace(/(?:每[十百千万]+(?:人口|人|户)|每\d*(?:公斤|斤|吨|亩)|人均)$/, '').slice(-8);
  if (/(?:不少于|不低于|至少|最少|不小于)(?:新建|建设|建成|培育|新增|完成|实现|达到)?$/.test(b)) return '>=';
  if (/(?:不超过|不超|不高于|控制在|不多于|低于|少于)$/.test(b)) return '<=';
  if (/(?:突破|超过|高于|多于|大于|超|逾|(?<![打击])破)$/.test(b)) return '>';
  // 比去年预算高0.2个百分点: higher or lower than a named base.
  if (/比[^，。；]{1,12}(?:高|多)$/.test(b)) return '+';
  if (/比[^，。；]{1,12}(?:低|少)$/.test(b)) return '-';
  if (/(?:约|近|大约|接近|约为)$/.test(b)) return '~';
  if (/(?:提高到|提高至|提升到|提升至|降至|降到|降低到|降低至|增加到|增加至|达到|达|完成|为|保持在|稳定在|调整为|下调至|上调至|升至|增至)$/.test(b)) return '=';
  // 林分优化提升200万亩, 改造提升24个服务区: improving a count of things or an area is the extent of the work, not a rise.
  if (/(?:提高|提升)$/.test(b) && q.unit && !RISE_UNITS.test(q.unit)) return '=';
  if (/(?:增长|比增|增加|提高|提升|上涨|上升|扩大|多|再增加|新增加|上调)(?:了)?$/.test(b)) return '+';
  if (/(?:下降|降低|减少|压减|压缩|削减|下调|减)(?:了)?$/.test(b)) return '-';
  // 降低工商业电价5%, 增加国家铁路建设资本金1000亿元: a change verb leading the clause, its object, then the amount.
  // 增加普惠性养老床位2000个: adding a number of things is a rise by that number.
  const adds = /^(?:再|进一步|继续|要|将)?(?:增加|新增加)[\u4e00-\u9fff]{2,12}$/.test(before.trim());
  if (adds && q.unit && COUNTED_UNITS.test(q.unit)) return '+';
  // (提高个人养老金缴费上限至每年15000元: raised to a level is that level.)
  if (/^(?:再|进一步|继续|要|将)?(?:提高|上调|增加|降低|下调)[\u4e00-\u9fff]{2,12}(?:至|到)(?:每人每月|每人每年|每人|人均|每月|每年)?$/.test(before.trim())) return '=';
  const lead = /^(?:再|进一步|继续|要|将)?(降低|下降|减少|压减|压缩|削减|下调|增加|提高|上调|扩大)[\u4e00-\u9fff]{2,12}$/.exec(before.trim());
  if (lead && /^(?:%|元|百分点)$/.test(q.unit)) return /降低|下降|减少|压减|压缩|削减|下调/.test(lead[1]!) ? '-' : '+';
  return '=';
}

/** Units a rise is measured in: a share, a sum, an age, a duration or a rank (排名提升6位). */
const RISE_UNITS = /^(?:%|‰|百分点|元|美元|岁|年|倍|位)$/;
/** Units of things counted one by one. */
const COUNTED_UNITS = /^(?:个|张|所|座|家|项|套|间|户|名|位|处|条|台|辆)$/;
