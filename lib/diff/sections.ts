import { diffTexts, statsOf } from './diff';
import type { DiffOptions, DiffStats, Hunk } from './types';

/** A stretch of a report under one heading; sections of a text are contiguous and cover it. */
export interface Section {
  /** Offsets in the text, heading included; a section ends where the next one starts. */
  start: number;
  end: number;
  /** 0 = text before the first heading, 1 = 一、, 2 = （一）. */
  level: 0 | 1 | 2;
  /** The heading as written up to its first 。 or line end (一、2018年工作回顾); '' for level 0. */
  heading: string;
  /** The heading without its number: 2018年工作回顾. */
  title: string;
}

export interface SectionPair {
  /** null where the other text has no matching section. */
  a: Section | null;
  b: Section | null;
  /** 0..1: how alike the two sections are (title and wording); 0 for an unmatched one. */
  score: number;
}

const NUMERALS = '一二三四五六七八九十';
const HEADING = new RegExp(
  `^[^\\S\\r\\n]*(?:([${NUMERALS}]{1,3})、|[（(]([${NUMERALS}]{1,3})[）)])`,
  'gmu',
);

/** 一 → 1 … 九十九 → 99. */
function numeral(s: string): number {
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const digit = (c: string | undefined) => (c ? NUMERALS.indexOf(c) + 1 : 0);
  return (s.includes('十') ? Math.max(1, digit(tens)) * 10 : 0) + digit(ones);
}

/**
 * Sections of a report by its 一、 and （一） headings, in text order. A heading counts only where
 * its number follows the one before (一、 then 二、; （一） restarts under each 一、), so a
 * numbered list in the body does not split the text.
 */
export function findSections(text: string): Section[] {
  const sections: Section[] = [];
  let top = 0;
  let sub = 0;
  for (const m of text.matchAll(HEADING)) {
    const level = m[1] ? 1 : 2;
    const n = numeral(m[1] ?? m[2]!);
    if (level === 1 ? n !== top + 1 : n !== sub + 1 && n !== 1) continue;
    if (level === 1) [top, sub] = [n, 0];
    else sub = n;
    const start = m.index + m[0].length - m[0].trimStart().length;
    const line = text.slice(start).match(/^[^\n\r。]*/u)![0];
    const heading = line.split(/[^\S\r\n]{2,}/u)[0]!.trim();
    sections.push({ start, end: 0, level, heading, title: heading.slice(m[0].trim().length).trim() });
  }
  if (sections.length === 0 || text.slice(0, sections[0]!.start).trim() !== '') {
    sections.unshift({ start: 0, end: 0, level: 0, heading: '', title: '' });
  }
  sections[0]!.start = 0;
  sections.forEach((s, k) => (s.end = sections[k + 1]?.start ?? text.length));
  return sections;
}

function bigrams(s: string): Set<string> {
  const clean = s.replace(/[\s\d\p{P}]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

interface Unit {
  sections: Section[];
  title: Set<string>;
  body: Set<string>;
}

const similarity = (x: Unit, y: Unit): number => 0.4 * dice(x.title, y.title) + 0.6 * dice(x.body, y.body);

/** Order-keeping alignment maximising the summed score; pairs below `min` stay unmatched. */
function align(xs: Unit[], ys: Unit[], min: number): Array<[Unit | null, Unit | null, number]> {
  const score = xs.map((x) => ys.map((y) => similarity(x, y)));
  const best = Array.from({ length: xs.length + 1 }, () => new Float64Array(ys.length + 1));
  for (let i = xs.length - 1; i >= 0; i--) {
    for (let j = ys.length - 1; j >= 0; j--) {
      const s = score[i]![j]!;
      const pair = s >= min ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(pair, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const out: Array<[Unit | null, Unit | null, number]> = [];
  let i = 0;
  let j = 0;
  while (i < xs.length || j < ys.length) {
    const s = score[i]?.[j] ?? 0;
    if (i < xs.length && j < ys.length && s >= min && best[i]![j] === s + best[i + 1]![j + 1]!) {
      out.push([xs[i++]!, ys[j++]!, s]);
    } else if (j >= ys.length || (i < xs.length && best[i]![j] === best[i + 1]![j])) {
      out.push([xs[i++]!, null, 0]);
    } else {
      out.push([null, ys[j++]!, 0]);
    }
  }
  return out;
}

/** Level-1 groups (a 一、 section with its （一） sections), or the level-2 sections of one group. */
function units(text: string, sections: Section[], byTop: boolean): Unit[] {
  const out: Unit[] = [];
  for (const s of sections) {
    const last = out[out.length - 1];
    if (byTop && s.level === 2 && last) last.sections.push(s);
    else out.push({ sections: [s], title: bigrams(s.title), body: new Set() });
  }
  for (const u of out) u.body = bigrams(text.slice(u.sections[0]!.start, u.sections[u.sections.length - 1]!.end));
  return out;
}

const MIN_SCORE = 0.2;

/**
 * Pairs the sections of two reports by heading and wording, for a side-by-side compare page: first
 * the 一、 parts, then the （一） parts inside each matched pair. The pairs come in text order in
 * both texts, and together they cover both texts.
 */
export function alignSections(a: string, b: string): SectionPair[] {
  const out: SectionPair[] = [];
  const unpaired = (u: Unit | null, side: 'a' | 'b') =>
    u?.sections.forEach((s) => out.push(side === 'a' ? { a: s, b: null, score: 0 } : { a: null, b: s, score: 0 }));
  const xs = units(a, findSections(a), true);
  const ys = units(b, findSections(b), true);
  // The texts before the first heading (title, 各位代表) pair whatever their wording.
  const lead = xs[0]!.sections[0]!.level === 0 && ys[0]!.sections[0]!.level === 0;
  const groups = align(lead ? xs.slice(1) : xs, lead ? ys.slice(1) : ys, MIN_SCORE);
  if (lead) groups.unshift([xs[0]!, ys[0]!, similarity(xs[0]!, ys[0]!)]);
  for (const [x, y, s] of groups) {
    if (!x || !y) {
      unpaired(x, 'a');
      unpaired(y, 'b');
      continue;
    }
    const [xHead, ...xSubs] = x.sections;
    const [yHead, ...ySubs] = y.sections;
    out.push({ a: xHead!, b: yHead!, score: s });
    for (const [u, v, t] of align(units(a, xSubs, false), units(b, ySubs, false), MIN_SCORE)) {
      if (u && v) out.push({ a: u.sections[0]!, b: v.sections[0]!, score: t });
      else {
        unpaired(u, 'a');
        unpaired(v, 'b');
      }
    }
  }
  return out;
}

export interface SectionDiff extends SectionPair {
  /** Offsets in the whole texts, like every hunk. */
  hunks: Hunk[];
}

/**
 * Diffs two reports section by section (see `alignSections`): no hunk crosses a section, and a
 * section missing on one side shows as one deletion or insertion per paragraph. Hunk offsets are
 * in the whole texts.
 */
export function diffSections(
  a: string,
  b: string,
  opts: DiffOptions = {},
): { sections: SectionDiff[]; hunks: Hunk[]; stats: DiffStats } {
  const sections: SectionDiff[] = [];
  const hunks: Hunk[] = [];
  const total = { cosmetic: 0, aTokens: 0, bTokens: 0, matched: 0 };
  let aAt = 0;
  let bAt = 0;
  for (const pair of alignSections(a, b)) {
    const [a0, a1] = pair.a ? [pair.a.start, pair.a.end] : [aAt, aAt];
    const [b0, b1] = pair.b ? [pair.b.start, pair.b.end] : [bAt, bAt];
    const r = diffTexts(a.slice(a0, a1), b.slice(b0, b1), opts);
    const shifted = r.hunks.map((h) => ({ ...h, aStart: h.aStart + a0, aEnd: h.aEnd + a0, bStart: h.bStart + b0, bEnd: h.bEnd + b0 }));
    sections.push({ ...pair, hunks: shifted });
    hunks.push(...shifted);
    total.cosmetic += r.stats.cosmetic;
    total.aTokens += r.stats.aTokens;
    total.bTokens += r.stats.bTokens;
    total.matched += r.stats.matched;
    [aAt, bAt] = [a1, b1];
  }
  return { sections, hunks, stats: statsOf(hunks, total) };
}
