import { parseChineseNumeral } from '../text/numbers';
import type { Heading, SectionRole } from './types';

export interface Outline {
  headings: Heading[];
  /** Role of the text at an offset (review of the past, plan for the coming year, annex…). */
  roleAt(offset: number): SectionRole;
  /** Headings that enclose an offset, outermost first. */
  pathAt(offset: number): Heading[];
  /** True where the enclosing top-level section sets a multi-year plan (十三五时期…). */
  multiYearAt(offset: number): boolean;
}

const ROMAN_TOP = /^([IVX]{1,5})\.\s+([A-Z0-9“"].*)$/;
const romanValue = (r: string) => {
  const v: Record<string, number> = { I: 1, V: 5, X: 10 };
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const cur = v[r[i]!]!;
    const next = v[r[i + 1] ?? ''] ?? 0;
    n += cur < next ? -cur : cur;
  }
  return n;
};
const TOP = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const SECOND = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.+)$/;
const THIRD = /^(\d{1,2})[.、．](?!\d)\s*(.+)$/;
const FOURTH = /^([一二三四五六七八九十]+)是(.+)$/;

const REVIEW = /回顾|过去(?:一|五)年|成绩|总结|上年工作|\d{4}年(?:和今年以来)?工作$|十[一二三四五]五.{0,4}(?:时期)?(?:工作)?(?:回顾|成就)|工作情况/;
const PLAN =
  /今年|主要(?:预期)?目标|任务|总体要求|工作(?:安排|建议|部署)|重点工作|对\d{4}年|\d{4}年(?:的)?(?:政府)?工作|政策取向|规划|纲要|举措|推进|加强|全面|建设|自身建设|深化|坚持|实施|推动|努力|着力|聚焦|聚力|提升|民生实事|实事项目/;
const ANNEX = /^(?:(?:名词解释|注释|附注|附件\s*\d*|附录)\s*[:：]?$|附[:：]|注[:：])/;
const MULTI_YEAR = /十[一二三四五六七]五|五年|时期|规划|纲要|远景/;

/** Reads the report's headings, line by line, and which parts review and which plan. */
export function buildOutline(text: string): Outline {
  const headings: Heading[] = [];
  const expect = [1, 1, 1, 1];
  let pos = 0;
  let closed = false;
  let topRole: SectionRole = 'other';
  let topMulti = false;
  const topStarts: { at: number; role: SectionRole; multi: boolean }[] = [{ at: 0, role: 'other', multi: false }];
  for (const line of text.split('\n')) {
    const start = pos;
    pos += line.length + 1;
    const t = line.trim();
    if (!t) continue;
    if (ANNEX.test(t) && t.length <= 30) {
      closed = true;
      headings.push({ start, end: start + line.length, text: t, depth: 1, role: 'annex' });
      topStarts.push({ at: start, role: 'annex', multi: false });
      continue;
    }
    if (closed) {
      // After the speech: a 民生实事 list is still a plan; notes and glossaries are not.
      if (/民生实事|实事项目/.test(t) && t.length <= 30) {
        headings.push({ start, end: start + line.length, text: t, depth: 1, role: 'plan' });
        topStarts.push({ at: start, role: 'plan', multi: false });
      }
      continue;
    }
    // The closing call (…而努力奋斗！) ends the speech; what follows is annex unless it is a 民生实事 list.
    if (/奋斗[！!]\s*$/.test(t) && pos > text.length * 0.8) {
      closed = true;
      topStarts.push({ at: pos, role: 'annex', multi: false });
      continue;
    }
    const top = TOP.exec(t);
    if (top && parseChineseNumeral(top[1]!) === expect[0] && headingText(top[2]!) !== null) {
      const title = `${top[1]}、${headingText(top[2]!)}`;
      topRole = classify(title, topRole);
      topMulti = topRole === 'plan' && MULTI_YEAR.test(title) && !/今年|\d{4}年(?:主要|重点|工作)/.test(title);
      headings.push({ start, end: start + Math.min(line.length, title.length + 2), text: title, depth: 1, role: topRole });
      topStarts.push({ at: start, role: topRole, multi: topMulti });
      expect[0]!++;
      expect[1] = expect[2] = expect[3] = 1;
      continue;
    }
    const roman = ROMAN_TOP.exec(t);
    if (roman && romanValue(roman[1]!) === expect[0] && roman[2]!.length <= 120) {
      const title = `${roman[1]}. ${roman[2]!.trim()}`;
      topRole = /review|retrospect|past (?:five )?years?|our work in \d{4}|achievements/i.test(title) && !/tasks|targets|plan for|requirements/i.test(title) ? 'review' : 'plan';
      topMulti = /five-year plan|next five years/i.test(title) && !/\d{4}/.test(title);
      headings.push({ start, end: start + line.length, text: title, depth: 1, role: topRole });
      topStarts.push({ at: start, role: topRole, multi: topMulti });
      expect[0]!++;
      expect[1] = expect[2] = expect[3] = 1;
      continue;
    }
    const second = SECOND.exec(t);
    const ordinal = second ? parseChineseNumeral(second[1]!) : null;
    // A text that starts mid-way (a summary continued from another page: "(上接05版) (五)…") may
    // open on any ordinal.
    const continued = expect[0] === 1 && expect[1] === 1 && !headings.some((h) => h.depth <= 2);
    if (second && ordinal !== null && (ordinal === expect[1] || continued)) {
      const ht = headingText(second[2]!, 40) ?? firstClause(second[2]!);
      const title = `（${second[1]}）${ht}`;
      if (topRole === 'other') {
        topRole = classify(title, 'other');
        topStarts.push({ at: start, role: topRole, multi: false });
      }
      headings.push({ start, end: start + title.length, text: title, depth: 2, role: topRole });
      expect[1] = ordinal + 1;
      expect[2] = expect[3] = 1;
      continue;
    }
    const third = THIRD.exec(t);
    if (third && Number(third[1]) === expect[2] && headingText(third[2]!, 40) !== null) {
      headings.push({ start, end: start + Math.min(line.length, 44), text: `${third[1]}. ${headingText(third[2]!, 40)}`, depth: 3, role: topRole });
      expect[2]!++;
      continue;
    }
    const fourth = FOURTH.exec(t);
    if (fourth && parseChineseNumeral(fourth[1]!) === expect[3]) {
      const title = `${fourth[1]}是${firstClause(fourth[2]!)}`;
      headings.push({ start, end: start + title.length, text: title, depth: 4, role: topRole });
      expect[3]!++;
      continue;
    }
    // A bold lead sentence opening a paragraph: "筑牢安全稳定底线。" followed by its text.
    const lead = /^([^，。；：,]{4,16})。(?=.)/.exec(t);
    if (lead && !/\d/.test(lead[1]!)) {
      headings.push({ start, end: start + lead[0].length, text: lead[1]!, depth: 4, role: topRole });
    }
  }
  return makeOutline(headings, topStarts);
}

/** The heading part of a heading line: up to the first full stop, if short enough. */
function headingText(rest: string, max = 60): string | null {
  const stop = rest.search(/[。；！？]/);
  const h = (stop >= 0 ? rest.slice(0, stop) : rest).trim();
  if (!h || h.length > max) return null;
  return h;
}

function firstClause(rest: string): string {
  const m = /^[^，。；：,]{1,30}/.exec(rest);
  return (m ? m[0] : rest.slice(0, 30)).trim();
}

function classify(title: string, previous: SectionRole): SectionRole {
  if (REVIEW.test(title) && !/主要任务|建议|目标|总体要求/.test(title)) return 'review';
  if (PLAN.test(title)) return 'plan';
  return previous === 'review' ? 'plan' : previous === 'other' ? 'plan' : previous;
}

function makeOutline(headings: Heading[], tops: { at: number; role: SectionRole; multi: boolean }[]): Outline {
  const topAt = (offset: number) => {
    let lo = 0;
    let hi = tops.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tops[mid]!.at <= offset) lo = mid;
      else hi = mid - 1;
    }
    return tops[lo]!;
  };
  return {
    headings,
    roleAt: (offset) => topAt(offset).role,
    multiYearAt: (offset) => topAt(offset).multi,
    pathAt(offset) {
      const path: Heading[] = [];
      for (const h of headings) {
        if (h.start > offset) break;
        while (path.length && path[path.length - 1]!.depth >= h.depth) path.pop();
        path.push(h);
      }
      return path;
    },
  };
}
