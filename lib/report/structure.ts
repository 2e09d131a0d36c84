import { fiveYearPeriod, timeOfTitle, voteTense, type TenseVote } from './tense';

/**
 * What a stretch of the report does: opens the speech, reviews last year, reviews a five-year period
 * ('period-review': its figures are cumulative or period averages, not last year's results), sets
 * multi-year goals, plans this year, or annexes.
 */
export type PartRole = 'opening' | 'review' | 'period-review' | 'multi-year' | 'plan' | 'annex';

/** A top-level division found by the outline: a numbered, bare or run-on title, an annex, or the closing call. */
export interface TopMark {
  at: number;
  title: string;
  /** 'sub': a (一) heading standing in for a part title in a text that has none (a summary continued from another page). */
  kind: 'title' | 'sub' | 'annex' | 'closing' | 'fixed';
  /** For 'fixed' marks (English Roman parts): the role the outline already knows. */
  role?: PartRole;
}

export interface Part {
  role: PartRole;
  /** Offsets in the normalized text. */
  start: number;
  end: number;
  title: string | null;
  /** How the role was decided: the title, the tense of its paragraphs, or a paragraph inside another part. */
  by: 'title' | 'tense' | 'paragraph' | 'order';
}

export interface Structure {
  parts: Part[];
  /** The 主要预期目标 paragraph of this year's plan, where the report has one. */
  goals: { start: number; end: number } | null;
  /** 0..1: how far the signals (titles, tense, the goals paragraph) agree. */
  confidence: number;
  /** Why the confidence is lower than 1, as short codes: no-review, no-plan, goals-outside-plan, tense-disagrees. */
  doubts: string[];
  roleAt(offset: number): PartRole;
}

/** A line of the text; its tense is voted only where a decision needs it (most paragraphs never do). */
class Paragraph {
  private tense: TenseVote | null = null;
  constructor(
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly planYear: number | null,
  ) {}
  get vote(): TenseVote {
    return (this.tense ??= voteTense(this.text, this.planYear));
  }
}

/** Plans reported as done: 目标任务圆满完成, 确定任务完成情况. */
const DONE_TITLE = /(?:完成|执行)情况|圆满完成|取得(?:了)?(?:新|显著|明显|重大)?成绩/;
const REVIEW_TITLE = new RegExp(`回顾|成就|总结|过去|以来|工作情况|上年工作|${DONE_TITLE.source}`);
const PLAN_TITLE = /目标|任务|安排|部署|建议|总体要求|重点工作|今年(?!以来)|民生实事|实事项目|为民办[\u4e00-\u9fff\d]{0,6}实事|惠民实事/;
const LEADING_PERIOD = /^(?:[一二三四五六七八九十]+、)?(?:关于)?[“"]?十[一二三四五六七八九]五/;
const MULTI_YEAR_TITLE = /十[一二三四五六七八九]五|五年|时期|规划|纲要|远景/;
/** A paragraph that opens on a period before the plan year reviews it, wherever it stands. */
const PAST_OPENER = /^(?:各位代表[！!，,]\s*)?(?:过去五年|五年来|过去一年|一年来|刚刚过去的|回顾过去|回顾“?(十[一二三四五六七八九]五)|“?(十[一二三四五六七八九]五)”?(?:时期|期间|以来|规划)|(20\d\d)年(?:是|，|以来))/;
const GOALS = /主要预期目标|主要目标(?:是|为)[:：]/;

/**
 * Gives each part of a report its role from every signal at hand: the titles' words and years, the
 * tense of the paragraphs, the 主要预期目标 paragraph as the anchor of this year's plan, and the order
 * of parts. Titles decide first; tense decides parts whose titles say nothing, splits a text with no
 * titles, and takes back a review paragraph standing inside a plan part (“十三五”时期… opening the
 * part on the new five-year goals).
 */
export function readStructure(text: string, marks: TopMark[], planYear: number | null): Structure {
  const paragraphs = splitParagraphs(text, planYear);
  // In a whole report a (一) heading is a section inside a part, not a part: without real part
  // titles the split is read from tense.
  const sorted = [...marks].filter((m) => m.kind !== 'sub' || !isWhole(text)).sort((a, b) => a.at - b.at);
  let parts: Part[] = [];
  const firstAt = sorted[0]?.at ?? text.length;
  if (firstAt > 0) parts.push({ role: 'opening', start: 0, end: firstAt, title: null, by: 'order' });
  let previous: PartRole = 'opening';
  let closed = false;
  // A report reviews before it plans: parts before the first one titled as this year's plan
  // (2025年工作安排 after untitled review sections 一、稳字当头…) review, whatever their tense.
  const firstTitledPlan = sorted.findIndex((m) => m.kind === 'title' && roleOfTitle(m.title, planYear) === 'plan' && titlesThePlanYear(m.title, planYear));
  sorted.forEach((m, i) => {
    const end = sorted[i + 1]?.at ?? text.length;
    let role: PartRole;
    let by: Part['by'] = 'title';
    if (m.kind === 'annex' || m.kind === 'closing') {
      role = 'annex';
      closed = true;
    } else if (m.kind === 'fixed') role = m.role!;
    // (After the speech: this year's 民生实事 list is plan, last year's 完成情况 is not.)
    else if (closed) role = PLAN_TITLE.test(m.title) && !DONE_TITLE.test(m.title) && timeOfTitle(m.title, planYear) !== 'past' ? 'plan' : 'annex';
    else {
      const fromTitle = roleOfTitle(m.title, planYear);
      if (fromTitle) role = fromTitle;
      else {
        const vote = sumVotes(paragraphs, m.at, end);
        const decisive = Math.abs(vote.past - vote.future) >= 3 && (vote.past >= 2 * vote.future || vote.future >= 2 * vote.past);
        // Before the part titled as this year's plan, a part is review unless its tense is plainly the
        // future: a few asides (将在3月建成投产, 预计8月前) in a review section do not make it a plan.
        const plainlyFuture = vote.future >= 8 && vote.future >= 4 * vote.past;
        // (四、全面加强政府自身建设 after this year's plan: how the government will work, not a review.)
        if (previous === 'plan' && /政府自身建设/.test(m.title)) {
          role = 'plan';
          by = 'order';
        } else if (i < firstTitledPlan && previous !== 'multi-year' && !plainlyFuture && timeOfTitle(m.title, planYear) !== 'coming' && !/展望|今后|未来|新征程|远景/.test(m.title)) {
          role = 'review';
          by = 'order';
        } else if (decisive) {
          role = vote.past > vote.future ? 'review' : 'plan';
          by = 'tense';
        } else {
          // Parts without a telling title follow the plan: after the review or the opening they
          // begin it; after the five-year goals they continue them unless this year's plan came first.
          const planSeen = parts.some((p) => p.role === 'plan' || (p.title !== null && mixesHorizons(p.title, planYear)));
          role = previous === 'multi-year' ? (planSeen ? 'plan' : 'multi-year') : previous === 'annex' ? 'annex' : 'plan';
          by = 'order';
        }
      }
    }
    parts.push({ role, start: m.at, end, title: m.kind === 'closing' ? null : m.title, by });
    // A part that holds both horizons ends on this year's plan, which the parts after it continue.
    previous = role === 'multi-year' && mixesHorizons(m.title, planYear) ? 'plan' : role;
  });
  if (!parts.some((p) => p.role === 'review' || p.role === 'plan' || p.role === 'multi-year')) parts = splitByTense(parts, paragraphs);
  else parts = untitledReview(parts, paragraphs);
  parts = parts.flatMap((p) => {
    if (p.role === 'multi-year' && p.title && mixesHorizons(p.title, planYear)) return splitMixedPart(p, paragraphs, planYear!, yearBeforePeriod(p.title, planYear!));
    if (p.role === 'plan' && p.by !== 'title' && planYear && opensOnComingPeriod(p, paragraphs)) return splitMixedPart(p, paragraphs, planYear, false);
    return [p];
  });
  parts = reviewParagraphsInPlans(parts, paragraphs, planYear);
  parts = periodReviews(parts, paragraphs, planYear);
  parts = mergeRuns(parts);
  const goals = findGoals(text, parts);
  return finish(text, parts, goals, paragraphs);
}

/** A whole speech (not a summary or an excerpt): long, and addressed to the deputies at its start. */
function isWhole(text: string): boolean {
  return text.length > 6_000 && /各位代表/.test(text.slice(0, 3000));
}

function roleOfTitle(title: string, planYear: number | null): PartRole | null {
  const when = timeOfTitle(title, planYear);
  const reviewWord = REVIEW_TITLE.test(title);
  const planWord = PLAN_TITLE.test(title);
  // (…目标任务圆满完成, 任务完成情况: the plan words name what was done.)
  if (reviewWord && (!planWord || DONE_TITLE.test(title))) return 'review';
  // 关于今后五年发展: the years ahead, whatever else the title says.
  if (!reviewWord && /今后五年|未来五年/.test(title) && !(planYear && title.includes(`${planYear}年`))) return 'multi-year';
  if (when === 'past' && !planWord) return 'review';
  // “十五五”时期工作的主要考虑 sets five-year goals; 全力推动“十五五”开好局 is this year's work.
  // (奋进2019，加速赶超: a title naming the plan year alone is this year's plan.)
  if (!planWord) return when === 'current' ? 'plan' : when === 'coming' && (LEADING_PERIOD.test(title) || /规划|纲要/.test(title)) ? 'multi-year' : null;
  if (when === 'current') return 'plan';
  const multi = MULTI_YEAR_TITLE.test(title) && !/今年|\d{4}年(?:主要|重点|工作)/.test(title);
  if (when === 'coming' || multi) return 'multi-year';
  return 'plan';
}

/** 2025年工作安排, 今年的主要任务: a title naming the plan year itself. */
function titlesThePlanYear(title: string, planYear: number | null): boolean {
  return (planYear !== null && title.includes(`${planYear}年`)) || /今年/.test(title);
}

/** “十五五”时期目标任务和2026年工作安排: one part sets both the five-year goals and this year's plan. */
function mixesHorizons(title: string, planYear: number | null): boolean {
  if (!planYear || !fiveYearPeriod(title)) return false;
  return new RegExp(`${planYear}年|今年|年度`).test(title);
}

function yearBeforePeriod(title: string, planYear: number): boolean {
  return title.search(new RegExp(`${planYear}年|今年`)) < title.search(/十[一二三四五六七八九]五/);
}

/** The five-year period ahead named at the start of a paragraph, as the subject of what it sets (not 十五五开局之年). */
const COMING_PERIOD_OPENER = /^(?:[（(][一二三四五六七八九十]+[)）])?\s*(?:“?十[一二三四五六七八九]五”?(?:时期|期间)|今后五年|未来五年)/;

/**
 * A part whose title tells nothing (its role came from tense or order) but whose first paragraph
 * opens on the coming five-year period sets the five-year goals before this year's plan.
 */
function opensOnComingPeriod(part: Part, paragraphs: Paragraph[]): boolean {
  const first = paragraphsIn(paragraphs, part.start + 1, part.end)[0];
  return !!first && COMING_PERIOD_OPENER.test(first.text.trim());
}

/**
 * Inside a part that holds both horizons, each paragraph keeps the horizon of the last one that
 * named its own: one opening on the five-year period (“十五五”时期, 今后五年, 到2030年) starts the
 * goals, one opening on this year (今年, 2026年, 新的一年) or stating this year's goals starts the plan.
 */
function splitMixedPart(part: Part, paragraphs: Paragraph[], planYear: number, yearFirst: boolean): Part[] {
  const coming = /^(?:[（(][一二三四五六七八九十]+[)）])?\s*(?:“?十[一二三四五六七八九]五”?|今后五年|未来五年|到20[3-9]\d年)/;
  const current = new RegExp(`^(?:[（(][一二三四五六七八九十]+[)）])?\\s*(?:今年|${planYear}年|新的一年)|主要预期目标`);
  const out: Part[] = [];
  let role: PartRole = yearFirst ? 'plan' : 'multi-year';
  let start = part.start;
  for (const p of paragraphsIn(paragraphs, part.start + 1, part.end)) {
    const t = p.text.trim();
    const next: PartRole | null = current.test(t) ? 'plan' : coming.test(t) ? 'multi-year' : null;
    if (!next || next === role) continue;
    out.push({ ...part, role, start, end: p.start, title: start === part.start ? part.title : null, by: 'paragraph' });
    role = next;
    start = p.start;
  }
  out.push({ ...part, role, start, title: start === part.start ? part.title : null, by: 'paragraph' });
  return out;
}

function splitParagraphs(text: string, planYear: number | null): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (hasTwoVisibleChars(text, start, end)) out.push(new Paragraph(start, end, text.slice(start, end), planYear));
    start = end + 1;
  }
  return out;
}

/** Same as `line.trim().length >= 2`, without making the trimmed copy of every line. */
function hasTwoVisibleChars(text: string, start: number, end: number): boolean {
  let seen = 0;
  for (let i = start; i < end && seen < 2; i++) if (!/\s/.test(text[i]!)) seen++;
  return seen >= 2;
}

/** The paragraphs that start in [start, end), found by binary search: every pass stays linear in the text. */
function paragraphsIn(paragraphs: Paragraph[], start: number, end: number): Paragraph[] {
  const firstAt = (offset: number) => {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return paragraphs.slice(firstAt(start), firstAt(end));
}

function sumVotes(paragraphs: Paragraph[], start: number, end: number, limit = Infinity): TenseVote {
  const v = { past: 0, future: 0 };
  for (const p of paragraphsIn(paragraphs, start, end).slice(0, limit)) {
    v.past += p.vote.past;
    v.future += p.vote.future;
  }
  return v;
}

/**
 * A text whose titles say nothing: the review is the stretch before the plan, so the split is the
 * paragraph boundary that leaves the most past cues before it and future cues after it.
 */
/**
 * A report whose review has no title (各位代表：… 过去一年，… then 2022年工作任务): what follows the
 * greeting and precedes the first plan part is the review, not the opening.
 */
function untitledReview(parts: Part[], paragraphs: Paragraph[]): Part[] {
  const [opening, next] = parts;
  if (!opening || !next || opening.role !== 'opening' || (next.role !== 'plan' && next.role !== 'multi-year')) return parts;
  const inside = paragraphsIn(paragraphs, opening.start, opening.end);
  const greeting = inside.findIndex((p) => /向大会(?:作|报告)|请予审议/.test(p.text));
  const after = greeting >= 0 ? inside.slice(greeting + 1) : [];
  const past = after.reduce((sum, p) => sum + p.vote.past - p.vote.future, 0);
  if (after.length < 3 || opening.end - after[0]!.start < 1500 || past <= 0) return parts;
  return [{ ...opening, end: after[0]!.start }, { role: 'review', start: after[0]!.start, end: opening.end, title: null, by: 'order' }, ...parts.slice(1)];
}

function splitByTense(parts: Part[], paragraphs: Paragraph[]): Part[] {
  const body = parts.filter((p) => p.role !== 'annex');
  if (!body.length) return parts;
  const start = body[0]!.start;
  const end = body[body.length - 1]!.end;
  const inBody = paragraphs.filter((p) => p.start >= start && p.start < end);
  if (inBody.length < 6) return parts;
  const lean = inBody.map((p) => Math.max(-3, Math.min(3, p.vote.past - p.vote.future)));
  const total = lean.reduce((a, b) => a + b, 0);
  let best = 0;
  let bestGain = -Infinity;
  let before = 0;
  for (let k = 0; k <= inBody.length; k++) {
    const gain = before - (total - before);
    if (gain > bestGain) {
      bestGain = gain;
      best = k;
    }
    if (k < inBody.length) before += lean[k]!;
  }
  const splitAt = best < inBody.length ? inBody[best]!.start : end;
  const reviewPart = best > 0 ? [{ role: 'review' as const, start, end: splitAt, title: null, by: 'tense' as const }] : [];
  const planPart = splitAt < end ? [{ role: 'plan' as const, start: splitAt, end, title: null, by: 'tense' as const }] : [];
  return [...reviewPart, ...planPart, ...parts.filter((p) => p.role === 'annex')];
}

/** A paragraph opening on a past period, and leaning to the past, is review even inside a plan part. */
function reviewParagraphsInPlans(parts: Part[], paragraphs: Paragraph[], planYear: number | null): Part[] {
  if (!planYear) return parts;
  const out: Part[] = [];
  for (const part of parts) {
    if (part.role !== 'plan' && part.role !== 'multi-year') {
      out.push(part);
      continue;
    }
    let cursor = part.start;
    const inside = paragraphsIn(paragraphs, part.start, part.end);
    for (let i = 0; i < inside.length; i++) {
      const p = inside[i]!;
      if (p.start < cursor) continue;
      if (!opensOnPast(p.text.trim(), planYear) || p.vote.past <= p.vote.future || (p.vote.past < 2 && p.vote.future > 0)) continue;
      if (p.start > cursor) out.push({ ...part, start: cursor, end: p.start });
      // The figures that follow such a paragraph, up to the next forward-looking one, review too.
      let end = p.end + 1;
      for (let j = i + 1; j < inside.length && inside[j]!.start === end && inside[j]!.vote.future === 0; j++) end = inside[j]!.end + 1;
      out.push({ role: 'review', start: p.start, end, title: null, by: 'paragraph' });
      cursor = end;
    }
    if (cursor < part.end) out.push({ ...part, start: cursor, title: cursor === part.start ? part.title : null });
  }
  return out;
}

const PERIOD_OPENER = /^(?:各位代表[！!，,]\s*)?(?:过去五年|五年来|五年间|——这是.{0,30}的五年|回顾“?十[一二三四五六七八九]五|“?(十[一二三四五六七八九]五)”?(?:时期|期间|以来|规划))/;
const YEAR_OPENER = /^(?:各位代表[！!，,]\s*)?(?:过去一年|一年来|(?:刚刚|即将)过去的(?:(20\d\d)年)?|去年|(20\d\d)年(?!以来))/;

/**
 * Inside the review, the stretches that review a five-year period: from a paragraph opening on the
 * period (过去五年, “十四五”时期, ——这是…的五年) to one opening on last year (过去一年, 2025年).
 * A part titled with the period alone starts in it; one titled with a year starts on the year.
 */
function periodReviews(parts: Part[], paragraphs: Paragraph[], planYear: number | null): Part[] {
  if (!planYear) return parts;
  const out: Part[] = [];
  for (const part of parts) {
    if (part.role !== 'review') {
      out.push(part);
      continue;
    }
    const title = part.title ?? '';
    // (本届政府工作回顾: the government's term of five years.)
    const periodInTitle = /过去五年|五年|十[一二三四五六七八九]五|本届/.test(title) && !/20\d\d年|过去一年|上年/.test(title);
    let role: PartRole = periodInTitle ? 'period-review' : 'review';
    let start = part.start;
    for (const p of paragraphsIn(paragraphs, part.start + 1, part.end)) {
      const t = p.text.trim();
      const period = PERIOD_OPENER.exec(t);
      const periodPast = period && (!period[1] || (fiveYearPeriod(period[1])?.[1] ?? planYear) < planYear || /以来/.test(period[0]));
      const year = YEAR_OPENER.exec(t);
      const yearNamed = year?.[1] ?? year?.[2];
      const next: PartRole | null = periodPast ? 'period-review' : year && (!yearNamed || Number(yearNamed) === planYear - 1) ? 'review' : null;
      if (!next || next === role) continue;
      out.push({ ...part, role, start, end: p.start, title: start === part.start ? part.title : null });
      role = next;
      start = p.start;
    }
    out.push({ ...part, role, start, title: start === part.start ? part.title : null });
  }
  return out;
}

function opensOnPast(paragraph: string, planYear: number): boolean {
  const m = PAST_OPENER.exec(paragraph);
  if (!m) return false;
  const periodName = m[1] ?? m[2];
  if (periodName) {
    const period = fiveYearPeriod(periodName);
    return !!period && (period[1] < planYear || /以来/.test(m[0]));
  }
  if (m[3]) return Number(m[3]) < planYear;
  return true;
}

function mergeRuns(parts: Part[]): Part[] {
  const out: Part[] = [];
  for (const p of parts) {
    const last = out[out.length - 1];
    if (last && last.role === p.role && last.end === p.start && p.title === null) last.end = p.end;
    else out.push({ ...p });
  }
  return out.filter((p) => p.end > p.start);
}

function findGoals(text: string, parts: Part[]): Structure['goals'] {
  const re = new RegExp(GOALS.source, 'g');
  let first: Structure['goals'] = null;
  for (const m of text.matchAll(re)) {
    const start = text.lastIndexOf('\n', m.index!) + 1;
    let end = text.indexOf('\n', m.index!);
    if (end < 0) end = text.length;
    // 主要预期目标 broken off onto a line of its own (a page's wrapping): its figures follow on the next line.
    if (end - m.index! - m[0].length <= 4 && end < text.length) {
      const next = text.indexOf('\n', end + 1);
      end = next < 0 ? text.length : next;
    }
    // The goals paragraph states figures; a mention in passing (完成了主要预期目标) does not.
    if (!/\d/.test(text.slice(m.index!, end))) continue;
    const role = roleIn(parts, start);
    if (role === 'plan') return { start, end };
    first ??= { start, end };
  }
  return first;
}

function roleIn(parts: Part[], offset: number): PartRole {
  let lo = 0;
  let hi = parts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parts[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return parts[lo]?.role ?? 'opening';
}

function finish(text: string, parts: Part[], goals: Structure['goals'], paragraphs: Paragraph[]): Structure {
  const doubts: string[] = [];
  let confidence = 1;
  const whole = isWhole(text);
  const has = (r: PartRole) => parts.some((p) => p.role === r);
  if (whole && !has('review') && !has('period-review')) {
    doubts.push('no-review');
    confidence -= 0.35;
  }
  if (!has('plan') && !has('multi-year')) {
    doubts.push('no-plan');
    confidence -= 0.35;
  }
  if (goals && roleIn(parts, goals.start) !== 'plan' && roleIn(parts, goals.start) !== 'multi-year') {
    doubts.push('goals-outside-plan');
    confidence -= 0.3;
  }
  for (const part of parts) {
    if (part.role !== 'review' && part.role !== 'plan') continue;
    // The part's opening paragraphs say which way it looks; reading them all would cost every paragraph's vote.
    const v = sumVotes(paragraphs, part.start, part.end, 20);
    const against = part.role === 'review' ? v.future : v.past;
    const along = part.role === 'review' ? v.past : v.future;
    if (against >= 6 && against > 1.5 * along) {
      doubts.push(`tense-disagrees:${part.role}@${part.start}`);
      confidence -= 0.2;
    }
  }
  // A split read from tense alone, with no title to confirm it, is a guess worth flagging.
  if (whole && !parts.some((p) => p.by === 'title' && p.role !== 'annex')) {
    doubts.push('no-titles');
    confidence = Math.min(confidence, 0.6);
  }
  return {
    parts,
    goals,
    confidence: Math.max(0, Math.round(confidence * 100) / 100),
    doubts,
    roleAt: (offset) => roleIn(parts, offset),
  };
}
