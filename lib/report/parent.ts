/**
 * The government a report's government answers to, where the text tells: a province's is the
 * nation; a city's is the province it names most; a county's or a district's is the city its
 * session line names (呼伦贝尔市海拉尔区第…届人民代表大会) or, failing that, the city it names most.
 * Null when the text does not say clearly enough.
 */
import type { Level } from './types';

/** The 22 provinces (Taiwan aside) and 5 autonomous regions, by the bare names reports use. */
const PROVINCE_FULL: Record<string, string> = Object.fromEntries([
  ...'河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海'.split(' ').map((p) => [p, `${p}省`]),
  ['内蒙古', '内蒙古自治区'], ['广西', '广西壮族自治区'], ['西藏', '西藏自治区'], ['宁夏', '宁夏回族自治区'], ['新疆', '新疆维吾尔自治区'],
]);
const PROVINCE_MENTION = new RegExp(`(${Object.keys(PROVINCE_FULL).join('|')})(?:省|(?:壮族|回族|维吾尔)?自治区)?`, 'g');
/** Words ending like a city that are no city: 城市, 超市, 全市, 本市, 县级市… */
const NOT_A_CITY = /^(?:[全本我该各此两多一]|城市|都市|超市|县级|地级|副省级|省辖|新城|卫星|中心|门户|枢纽)|(?:城市|都市|超市|集市|夜市|股市|楼市|车市|上市|开市|罢市)$/;

/** How often the most named candidate must be named, and how far ahead of the next. */
const MIN_MENTIONS = 3;

export function parentOf(text: string, region: string | null, level: Level | null): string | null {
  if (!level || level === 'national') return null;
  if (level === 'provincial') return '全国';
  if (!region) return null;
  const head = text.slice(0, 1500);
  if (level === 'county') {
    // The session line names the county inside its city: 呼伦贝尔市海拉尔区第十届人民代表大会.
    const inSession = new RegExp(`([\\u4e00-\\u9fff]{2,8}?(?:市|自治州|州|盟))${escape(region)}`).exec(head);
    if (inSession && !NOT_A_CITY.test(inSession[1]!)) return inSession[1]!;
    return mostNamed(cityMentions(text).filter((c) => c !== region && !NOT_A_CITY.test(c) && !region.startsWith(c)));
  }
  const inSession = new RegExp(`(${Object.keys(PROVINCE_FULL).join('|')})(?:省|(?:壮族|回族|维吾尔)?自治区)?${escape(region)}`).exec(head);
  if (inSession) return PROVINCE_FULL[inSession[1]!]!;
  return mostNamed([...text.matchAll(PROVINCE_MENTION)].map((m) => PROVINCE_FULL[m[1]!]!));
}

/**
 * City-level names as written (呼伦贝尔市, 锡林郭勒盟), one per mention. Chinese writes no space
 * before a name, so a name is read as the longest run of characters before 市/州/盟 that recurs
 * (nearly) every time its last two characters do: 呼伦贝尔市 rather than 贝尔市 or 在呼伦贝尔市.
 */
function cityMentions(text: string): string[] {
  const counts = new Map<string, number>();
  const ends: number[] = [];
  // 市民, 市场, 市容, 市政, 市级: 市 opening another word, not ending a name.
  for (const m of text.matchAll(/[市州盟](?![民场值容面政级属县区域内辖直])/g)) {
    const end = m.index! + 1;
    ends.push(end);
    for (let k = 3; k <= 6 && end - k >= 0; k++) {
      const s = text.slice(end - k, end);
      if (!/^[\u4e00-\u9fff]+$/.test(s)) break;
      counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  const out: string[] = [];
  for (const end of ends) {
    const base = text.slice(end - 3, end);
    const n = counts.get(base) ?? 0;
    if (n < MIN_MENTIONS || !/^[\u4e00-\u9fff]+$/.test(base)) continue;
    let name = base;
    for (let k = 4; k <= 6; k++) {
      const longer = text.slice(end - k, end);
      if ((counts.get(longer) ?? 0) >= n * 0.8) name = longer;
      else break;
    }
    out.push(name);
  }
  return out;
}

/** The name mentioned most, if at least MIN_MENTIONS times and twice as often as any other. */
function mostNamed(names: string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < MIN_MENTIONS || (second && second[1] * 2 > first[1])) return null;
  return first[0];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
