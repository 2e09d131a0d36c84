/**
 * Which way a paragraph looks: back on what was done, or forward to what will be. Work reports
 * write the review in the perfective (完成了, 增长X%, 一年来) and the plan in the modal (要, 将,
 * 力争, 确保); the years a paragraph names say the same thing (2025年 in a 2026 report is the past).
 */
export interface TenseVote {
  past: number;
  future: number;
}

const PAST_WORDS = /过去一年|过去五年|过去的一年|一年来|五年来|刚刚过去|去年|上年|(?:完成|实现|取得|达到|建成|增长|下降|提高|新增|突破|超过|开工)了|已经|已(?:建成|完成|实现|达到|超过|突破)|累计(?:完成|建成|新增|实现)|较上年|比上年|同比|圆满|胜利完成|稳中向好|成效明显|明显改善/g;
const FUTURE_WORDS = /今年|明年|(?<![主重需只不])要(?![素点求是害闻])|(?<![即])将(?!近|军|士|来的?[^年])|力争|确保|预期目标|争取|努力实现|目标任务|(?:到|至)20\d\d年|再(?:提高|增加|降低|减少)|新的一年|下一步/g;

/** 了 after a verb and before more text (完成了, 取得了显著成效): the perfective of a review. A plain scan, no regex. */
function perfectives(paragraph: string): number {
  let n = 0;
  for (let i = paragraph.indexOf('了', 1); i > 0; i = paragraph.indexOf('了', i + 1)) {
    const before = paragraph.charCodeAt(i - 1);
    const after = paragraph.charCodeAt(i + 1);
    if (before >= 0x4e00 && before <= 0x9fff && ((after >= 0x4e00 && after <= 0x9fff) || after === 0xff0c || after === 0x3002 || after === 0xff1b)) n++;
  }
  return n;
}

/** Counts past and future cues in one paragraph; years are read against the plan year. */
export function voteTense(paragraph: string, planYear: number | null): TenseVote {
  let past = (paragraph.match(PAST_WORDS)?.length ?? 0) + perfectives(paragraph);
  let future = paragraph.match(FUTURE_WORDS)?.length ?? 0;
  // A review tells what "we" did (我们坚持…); a plan says what to do, or what "we" will do (我们要…).
  if (/^\s*(?:各位代表[！!，,]\s*)?(?:一年来，|过去一年，)?我们(?!要|将|必须|一定|务必|坚信)/.test(paragraph)) past += 1;
  // Figures stated bare (增长6.1%, 完成投资12.3亿元) report; planned ones carry a qualifier (左右, 以上, 以内).
  const figures = paragraph.match(/\d+(?:\.\d+)?(?:%|万|亿)/g)?.length ?? 0;
  const qualified = paragraph.match(/\d+(?:\.\d+)?(?:%|万|亿)[^，。；\d]{0,4}(?:左右|以上|以内|以下)/g)?.length ?? 0;
  if (figures >= 3 && qualified === 0) past += 1;
  if (qualified >= 2) future += 1;
  if (planYear) {
    for (const m of paragraph.matchAll(/(20\d\d)年(?!前|底前|以前|末)/g)) {
      const y = Number(m[1]);
      if (y < planYear) past += 1;
      else if (y >= planYear) future += 1;
    }
    // A five-year period named in passing (“十四五”时期, 第十五个五年规划) places the paragraph too.
    for (const m of paragraph.matchAll(/十[一二三四五六七八九]五|第十[一二三四五六七八九]个五年/g)) {
      const period = fiveYearPeriod(m[0]);
      if (!period) continue;
      if (period[1] < planYear) past += 1;
      else if (period[0] >= planYear) future += 1;
    }
  }
  return { past, future };
}

/** Five-year plan periods by their ordinal: 十四五 = 2021–2025. */
export function fiveYearPeriod(name: string): [number, number] | null {
  const m = /十([一二三四五六七八九])五|第十([一二三四五六七八九])个五年/.exec(name);
  if (!m) return null;
  const n = '一二三四五六七八九'.indexOf((m[1] ?? m[2])!) + 1;
  const first = 2006 + (n - 1) * 5;
  return [first, first + 4];
}

/**
 * How a heading's years and periods place it against the plan year: 'past' for 2025年工作回顾 or
 * “十四五”时期 in a 2026 report, 'current' for 2026年重点工作, 'coming' for “十五五”时期 in 2026.
 */
export function timeOfTitle(title: string, planYear: number | null): 'past' | 'current' | 'coming' | null {
  if (!planYear) return null;
  const period = fiveYearPeriod(title);
  // (奋斗2018，夯基筑路: a year written bare, before a comma, titles the part as well.)
  const year = /(20\d\d)(?:年|(?=[，,、\s]|$))/.exec(title);
  if (year) {
    const y = Number(year[1]);
    if (y < planYear) return 'past';
    if (y === planYear && !period) return 'current';
  }
  if (period) {
    if (period[1] < planYear) return 'past';
    if (period[0] <= planYear) return 'coming';
  }
  if (/今年/.test(title)) return 'current';
  if (/过去|以来/.test(title)) return 'past';
  return null;
}
