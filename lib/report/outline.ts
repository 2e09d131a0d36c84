import { parseChineseNumeral } from '../text/numbers';
import { readStructure, type PartRole, type Structure, type TopMark } from './structure';
import type { Heading, SectionRole } from './types';

export interface Outline {
  headings: Heading[];
  /** The report's parts (opening, review, multi-year goals, this year's plan, annex) and how sure that split is. */
  structure: Structure;
  /** Role of the text at an offset (review of the past, plan for the coming year, annex…). */
  roleAt(offset: number): SectionRole;
  /** Headings that enclose an offset, outermost first. */
  pathAt(offset: number): Heading[];
  /** True where the text sets a multi-year plan (十三五时期…) or reviews a five-year period (过去五年…). */
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
/**
 * Translations without part titles open each part with a sentence to the deputies: "Let me begin with a
 * review of our work in 2016.", "I now wish to discuss our major areas of work for 2017.", "Let me now
 * brief you on the main targets … of the 13th Five-Year Plan".
 */
const SPOKEN_REVIEW = /^(?:(?:Esteemed|Fellow) Deputies,\s*)?(?:Let me|I will|I would like to) (?:now )?(?:start|begin) with a review of\b/i;
const SPOKEN_PLAN = /^(?:(?:Esteemed|Fellow) Deputies,\s*)?(?:I (?:now )?(?:wish|want|would like) to (?:discuss|address|talk about)|Let me (?:now )?(?:turn to|brief you on|talk about|discuss))\b(?!.*\b(?:last year|past (?:five )?years?)\b)/i;
const TOP = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const SECOND = /^[(（]([一二三四五六七八九十]+)[)）]\s*(.+)$/;
const THIRD = /^(\d{1,2})[.、．](?!\d)\s*(.+)$/;
const FOURTH = /^([一二三四五六七八九十]+)是(.+)$/;

const ANNEX = /^(?:(?:《?政府工作报告》?)?(?:名词解释|名词注解|名词释义|注解|注释|附注|附件\s*\d*|附录)\s*[:：]?$|附[:：]|注[:：])/;
/** A bare title of a part on a line of its own: “十四五”时期工作回顾, 2026年重点工作, “十五五”时期的主要目标任务. */
const BARE_PART_END = /(?:\d{4}年(?:政府)?工作|工作回顾|回顾|主要目标任务|目标任务|主要目标|主要任务|工作任务|重点任务|主要工作|工作重点|重点工作|工作安排(?:意见|建议)?|工作建议|工作部署|总体要求|发展成就|主要成就)$/;
const BARE_PART_TIME = /\d{4}年|今年|十[一二三四五六七八九]五|五年|时期|以来|过去|上年/;
/** A title that runs on into its paragraph without a stop: 一、2023年工作回顾过去一年，… */
const RUN_ON_TITLE = /^(.{2,30}?(?:工作回顾|回顾|工作安排|重点工作|目标任务|主要任务|总体要求|工作部署))(?=\S)/;
/** How a part's first paragraph opens, so a title glued to it can be told from a longer title. */
const PARAGRAPH_OPENING = /^(?:今年|过去|一年来|五年来|各位代表|我们|20\d\d年(?:是|，)|“?十[一二三四五六七八九]五”?(?:时期|期间)?(?:是|，))/;

export interface OutlineOptions {
  /** The year whose plan the report sets: years before it are the past. */
  year?: number | null;
}

/** Reads the report's headings, line by line, and which parts review and plan (lib/report/structure). */
export function buildOutline(text: string, options: OutlineOptions = {}): Outline {
  const headings: Heading[] = [];
  const expect = [1, 1, 1, 1];
  let pos = 0;
  let closed = false;
  let closedByCall = false;
  let sawTop = false;
  let greeted = false;
  const marks: TopMark[] = [];
  const spoken: TopMark[] = [];
  const lines = text.split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li]!;
    const start = pos;
    pos += line.length + 1;
    const t = line.trim();
    if (!t) continue;
    if (/各位代表/.test(t)) greeted = true;
    if (ANNEX.test(t) && t.length <= 30) {
      closed = true;
      closedByCall = false;
      headings.push({ start, end: start + line.length, text: t, depth: 1, role: 'annex' });
      marks.push({ at: start, title: t, kind: 'annex' });
      continue;
    }
    // A call to strive (…不懈奋斗！) that ends a section, not the speech: the next heading in sequence
    // (（十）…, 三、…) opens the text again.
    if (closed && closedByCall && inSequence(t, expect)) {
      closed = false;
      closedByCall = false;
      marks.splice(marks.findIndex((m) => m.kind === 'closing'), 1);
    }
    if (closed) {
      // After the speech: a 民生实事 list is still a plan; notes and glossaries are not.
      if (/民生实事|实事项目|为民办[\u4e00-\u9fff\d]{0,6}实事|惠民实事/.test(t) && t.length <= 30) {
        headings.push({ start, end: start + line.length, text: t, depth: 1, role: 'plan' });
        marks.push({ at: start, title: t, kind: 'title' });
      }
      continue;
    }
    // The closing call (…而努力奋斗！) ends the speech; what follows is annex unless it is a 民生实事 list.
    if (/奋斗[！!]\s*$/.test(t) && pos > text.length * 0.8) {
      closed = true;
      closedByCall = true;
      marks.push({ at: pos, title: '', kind: 'closing' });
      continue;
    }
    const top = TOP.exec(t);
    const topTitle = top && parseChineseNumeral(top[1]!) === expect[0] ? titleOfTop(top[2]!) : null;
    if (top && topTitle !== null) {
      const title = `${top[1]}、${topTitle}`;
      headings.push({ start, end: start + Math.min(line.length, title.length + 2), text: title, depth: 1, role: 'other' });
      marks.push({ at: start, title, kind: 'title' });
      sawTop = true;
      expect[0]!++;
      expect[1] = expect[2] = expect[3] = 1;
      continue;
    }
    if ((greeted || sawTop) && isBarePartTitle(t, lines, li)) {
      headings.push({ start, end: start + line.length, text: t, depth: 1, role: 'other' });
      marks.push({ at: start, title: t, kind: 'title' });
      sawTop = true;
      expect[1] = expect[2] = expect[3] = 1;
      continue;
    }
    const roman = ROMAN_TOP.exec(t);
    if (roman && romanValue(roman[1]!) === expect[0] && roman[2]!.length <= 120) {
      const title = `${roman[1]}. ${roman[2]!.trim()}`;
      const role = /review|retrospect|past (?:five )?years?|our work in \d{4}|achievements/i.test(title) && !/tasks|targets|plan for|requirements/i.test(title) ? 'review' : 'plan';
      const multi = role === 'plan' && /five-year plan|next five years/i.test(title) && !/\d{4}/.test(title);
      headings.push({ start, end: start + line.length, text: title, depth: 1, role });
      marks.push({ at: start, title, kind: 'fixed', role: multi ? 'multi-year' : role });
      sawTop = true;
      expect[0]!++;
      expect[1] = expect[2] = expect[3] = 1;
      continue;
    }
    if (t.length <= 200 && (SPOKEN_REVIEW.test(t) || SPOKEN_PLAN.test(t))) {
      const review = SPOKEN_REVIEW.test(t);
      const multi = !review && /five-year plan|next five years/i.test(t);
      spoken.push({ at: start, title: t, kind: 'fixed', role: review ? 'review' : multi ? 'multi-year' : 'plan' });
    }
    const second = SECOND.exec(t);
    const ordinal = second ? parseChineseNumeral(second[1]!) : null;
    // A text that starts mid-way (a summary continued from another page: "(上接05版) (五)…") may
    // open on any ordinal.
    const continued = expect[0] === 1 && expect[1] === 1 && !headings.some((h) => h.depth <= 2);
    if (second && ordinal !== null && (ordinal === expect[1] || continued)) {
      const ht = headingText(second[2]!, 40) ?? firstClause(second[2]!);
      const title = `（${second[1]}）${ht}`;
      if (!sawTop) {
        marks.push({ at: start, title, kind: 'sub' });
        sawTop = true;
      }
      headings.push({ start, end: start + title.length, text: title, depth: 2, role: 'other' });
      expect[1] = ordinal + 1;
      expect[2] = expect[3] = 1;
      continue;
    }
    const third = THIRD.exec(t);
    if (third && Number(third[1]) === expect[2] && headingText(third[2]!, 40) !== null) {
      headings.push({ start, end: start + Math.min(line.length, 44), text: `${third[1]}. ${headingText(third[2]!, 40)}`, depth: 3, role: 'other' });
      expect[2]!++;
      continue;
    }
    const fourth = FOURTH.exec(t);
    if (fourth && parseChineseNumeral(fourth[1]!) === expect[3]) {
      const title = `${fourth[1]}是${firstClause(fourth[2]!)}`;
      headings.push({ start, end: start + title.length, text: title, depth: 4, role: 'other' });
      expect[3]!++;
      continue;
    }
    // A bold lead sentence opening a paragraph: "筑牢安全稳定底线。" followed by its text.
    const lead = /^([^，。；：,]{4,16})。(?=.)/.exec(t);
    if (lead && !/\d/.test(lead[1]!)) {
      headings.push({ start, end: start + lead[0].length, text: lead[1]!, depth: 4, role: 'other' });
    }
  }
  if (!marks.some((m) => m.kind === 'fixed' || m.kind === 'title') && spoken.some((m) => m.role === 'review') && spoken.some((m) => m.role !== 'review')) {
    marks.push(...spoken);
  }
  const structure = readStructure(text, marks, options.year ?? null);
  for (const h of headings) if (h.role !== 'annex' || h.depth !== 1) h.role = sectionRole(structure.roleAt(h.start));
  return makeOutline(headings, structure);
}

/** A numbered heading that follows the last one read (三、 after 二、, （十） after （九）). */
function inSequence(line: string, expect: number[]): boolean {
  const top = TOP.exec(line);
  if (top && parseChineseNumeral(top[1]!) === expect[0]) return true;
  const second = SECOND.exec(line);
  return !!second && expect[1]! > 1 && parseChineseNumeral(second[1]!) === expect[1];
}

/** The title of a numbered top heading, whether it ends its line, ends at a stop, or runs on into the paragraph. */
function titleOfTop(rest: string): string | null {
  const spaced = /^([^\s，。；！？,]{2,30})\s+\S/.exec(rest);
  if (spaced && BARE_PART_END.test(spaced[1]!)) return spaced[1]!;
  // 二、2024年主要任务今年是…: the title ends where a paragraph's opening words begin.
  const runOn = RUN_ON_TITLE.exec(rest);
  if (runOn && PARAGRAPH_OPENING.test(rest.slice(runOn[1]!.length))) return runOn[1]!;
  // 一、回顾2021年，我们在…, 二、竞进2022年，我们要…: a year the part is about, then its first sentence.
  const yearLed = /^([\u4e00-\u9fff]{0,4}\d{4}年)，(?=我们)/.exec(rest);
  if (yearLed) return yearLed[1]!;
  const stopped = headingText(rest);
  if (stopped !== null) return stopped;
  if (spaced) return spaced[1]!;
  return runOn ? runOn[1]! : null;
}

function isBarePartTitle(t: string, lines: string[], index: number): boolean {
  if (t.length < 4 || t.length > 32 || /[。！？；，,：:]/.test(t) || /政府工作报告|来源|记者|责任编辑/.test(t)) return false;
  const bare = t.replace(/^[“"]|[”"]/g, '');
  if (!BARE_PART_END.test(bare) || !BARE_PART_TIME.test(bare)) return false;
  for (let j = index + 1; j < lines.length; j++) {
    const next = lines[j]!.trim();
    if (next) return next.length > 15 && /[，。；]/.test(next);
  }
  return false;
}

const sectionRole = (role: PartRole): SectionRole => (role === 'opening' ? 'other' : role === 'multi-year' ? 'plan' : role === 'period-review' ? 'review' : role);

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

function makeOutline(headings: Heading[], structure: Structure): Outline {
  return {
    headings,
    structure,
    roleAt: (offset) => sectionRole(structure.roleAt(offset)),
    multiYearAt: (offset) => structure.roleAt(offset) === 'multi-year' || structure.roleAt(offset) === 'period-review',
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
