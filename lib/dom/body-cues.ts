/**
 * What a line of a page says about the report's body, from its text alone: the page chrome that is
 * never the report (view counters, font-size and print widgets, footers with ICP numbers and phone
 * numbers, pagers), the headings that end an article (相关新闻, 网友评论), and the report's own
 * opening (title, dateline, speaker, 各位代表) and closing call. No DOM here: the stored-text
 * migration trims whole-page texts with the same rules (`trimReportLines`).
 */

/** A line that is page chrome wherever it stands (checked only on lines shorter than `CHROME_MAX`). */
const CHROME = [
  /(浏览|阅读|访问|点击)(次数|量|数)\s*[:：]?\s*\d/,
  /【\s*字[体号]\s*[:：]|字号\s*[:：]\s*[大中小]|[【\[]\s*(打印|关闭|收藏|纠错)\s*[】\]]|打印本页|关闭窗口|分享到\s*[:：]?/,
  /ICP\s*[备证]|公网安备|网站标识码|版权所有|Copyright|©/i,
  /(主办|承办|协办)(单位)?\s*[:：]|技术支持\s*[:：]|运行维护单位/,
  /(联系)?电话\s*[:：]\s*[\d（(]|传真\s*[:：]|邮编\s*[:：]\s*\d|E-?mail\s*[:：]/i,
  /^(上一页|下一页|上一篇|下一篇|上一版|下一版|首页|尾页|末页|返回(顶部|目录|首页)?)(\s|$|[:：]|\d)/,
  /^[（(【\[]?\s*(发布(时间|日期)|来源|作者|编辑|责任编辑|信息来源|文章来源|索引号|发文机关|成文日期)\s*[:：]/,
  /^(当前位置|您的位置|您当前的位置|所在位置)\s*[:：]|\S\s*(>|»|＞)\s*\S+\s*(>|»|＞)\s*\S/,
  /^(扫一扫|微信|微博|QQ空间|分享)\s*/,
];
const CHROME_MAX = 120;

/** A heading after which nothing belongs to the article (related links, comments, recommendations). */
const STOP = /^[【\[〖]?\s*(相关(新闻|阅读|链接|文章|报道|稿件|评论)|延伸阅读|推荐阅读|热点推荐|热门(文章|推荐|排行)|网友评论|发表评论|我要评论|评论\s*[（(]?\d*[)）]?|猜你喜欢|更多(新闻|阅读))\s*[】\]〗]?\s*[:：]?$/;

/** Lines that open a report: its title, its dateline, the speaker, and the salutation. */
const TITLE = /政府工作报告/;
const BARE_TITLE = /^[\s\u3000]*政[\s\u3000]*府[\s\u3000]*工[\s\u3000]*作[\s\u3000]*报[\s\u3000]*告[\s\u3000]*$/;
const DATELINE = /^[—－\-─]{1,2}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在.{2,60}(会议|大会)上/;
const SPEAKER = /^.{0,24}(总理|省长|市长|区长|县长|州长|旗长|盟长|主席)[\s\u3000]*[\u4e00-\u9fff][\s\u3000]?[\u4e00-\u9fff]{1,3}/;
const SALUTATION = /^[\s\u3000]*各位代表([：:]|[，,]\s*现在)/
/** The salutation anywhere on a short opening line (上海市市长　龚正 各位代表：). */
const SALUTATION_IN = /各位代表[：:]/;
/** An annex after the closing call. */
const ANNEX = /^[\s\u3000]*(附件|附录|附表|附[：:]|名词解释|注释|注[：:])/;

export function isChromeLine(line: string): boolean {
  const t = line.trim();
  // Two sentences make a paragraph, not a widget (a report may speak of 版权 or 电话).
  return t.length > 0 && t.length < CHROME_MAX && (t.match(/。/g) ?? []).length < 2 && CHROME.some((re) => re.test(t));
}

export function isStopHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 24 && STOP.test(t);
}

/** A short line naming the report, its dateline or its speaker (no sentence on it). */
export function isOpeningLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 80) return false;
  if (DATELINE.test(t)) return true;
  if (/[。；]/.test(t)) return false;
  return (TITLE.test(t) && t.length <= 40) || SPEAKER.test(t) || (t.length <= 40 && SALUTATION_IN.test(t));
}

export function isSalutation(line: string): boolean {
  return SALUTATION.test(line) || (line.trim().length <= 40 && SALUTATION_IN.test(line));
}

export function isAnnexHeading(line: string): boolean {
  return ANNEX.test(line) && line.trim().length <= 40;
}

/** The closing call: a sentence ending in ！ after the last salutation (…而努力奋斗！, …作出新的更大贡献！). */
function isClosingCall(line: string): boolean {
  const t = line.trim();
  return t.length > 12 && /[！!]$/.test(t);
}

const CHROME_MARK = '\u0000';

export interface ReportSpan {
  /** First and last line (inclusive) of the report among the given lines. */
  first: number;
  last: number;
  /** An opening (title, dateline, speaker or 各位代表) was found. */
  opening: boolean;
  /** The closing call after the last 各位代表 was found. */
  closing: boolean;
}

/**
 * Where the report starts and ends among `lines` (the text of candidate lines, in order; an entry
 * may be '' for a line already left out). Starts at the report's first opening line near its
 * first 各位代表 (or its title); ends at the closing call after the last 各位代表, plus an annex
 * that follows it, or else at the last line before a stop heading.
 */
export function reportSpan(lines: readonly string[]): ReportSpan {
  const n = lines.length;
  let first = 0;
  let last = n - 1;
  while (first < n && !lines[first]!.trim()) first++;
  while (last > first && !lines[last]!.trim()) last--;

  // Opening: the first salutation in the first half, and the opening lines just before it.
  let opening = false;
  const half = first + Math.ceil((last - first + 1) / 2);
  let sal = -1;
  for (let i = first; i < Math.min(last + 1, Math.max(half, first + 12)); i++) if (isSalutation(lines[i]!)) { sal = i; break; }
  // Without a salutation (a summary), the last title line before the first paragraph of prose:
  // a page's headline may come before the report's own title.
  const anchor = sal >= 0 ? sal : (() => {
    let found = -1;
    for (let i = first; i < half; i++) {
      const t = lines[i]!.trim();
      if (t.length > 30 && /。/.test(t)) break;
      if (isOpeningLine(t) && TITLE.test(t)) found = i;
    }
    return found;
  })();
  if (anchor >= 0) {
    opening = true;
    let start = anchor;
    // The opening lines (the bare title 政府工作报告, dateline, speaker) stand right before the
    // salutation; a headline with year or place (2021年上海市政府工作报告) is the page's, not the report's.
    for (let i = anchor - 1, seen = 0; i >= first && seen < 6; i--) {
      const t = lines[i]!;
      if (!t.trim()) continue;
      seen++;
      if (!isOpeningLine(t) || (TITLE.test(t) && !BARE_TITLE.test(t))) break;
      start = i;
    }
    first = start;
  }

  // A stop heading ends the article.
  for (let i = first + 1; i <= last; i++) {
    if (isStopHeading(lines[i]!)) { last = i - 1; break; }
  }

  // Closing: after the last salutation in the second half, the first closing call.
  let closing = false;
  let lastSal = -1;
  for (let i = last; i >= first && i >= half; i--) if (isSalutation(lines[i]!) || /^[\s\u3000]*各位代表/.test(lines[i]!)) { lastSal = i; break; }
  if (lastSal >= 0) {
    for (let i = lastSal; i <= last; i++) {
      if (!isClosingCall(lines[i]!)) continue;
      closing = true;
      let end = i;
      let j = i + 1;
      while (j <= last && !lines[j]!.trim()) j++;
      if (j <= last && isAnnexHeading(lines[j]!)) end = last;
      last = end;
      break;
    }
  }
  return { first, last, opening, closing };
}

/**
 * The report's lines of a whole-page text (a text stored before the body was found): chrome lines
 * dropped, then trimmed to the report's span. Returns null when no opening is found (the text is
 * left as it is).
 */
export function trimReportLines(text: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, ''));
  // A chrome line stays in place as a barrier (an opening does not reach over it), then goes.
  const kept = lines.map((l) => (isChromeLine(l) ? CHROME_MARK : l));
  const span = reportSpan(kept);
  if (!span.opening) return null;
  return kept.slice(span.first, span.last + 1).filter((l) => l && l !== CHROME_MARK).join('\n');
}
