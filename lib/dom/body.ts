/**
 * The report's body on a page: which lines of the page's text map are the report, and a text map
 * of just those (lib/dom/submap.ts: the same DOM nodes and offsets, not a copy).
 *
 * 1. Every line of the page's map is scored from its text and its links: sentences with Chinese
 *    punctuation count for their length; link text (menus, related headlines), chrome lines
 *    (counters, print and share widgets, ICP and phone footers, pagers) and short lines without a
 *    sentence count against. The best-scoring run of consecutive lines is the article's core
 *    (the maximum-sum run, as in Finn et al.'s body text extraction).
 * 2. The deepest element holding 90 % of that run's text is the article's container (readability's
 *    idea of a content node, found from the text rather than from class names).
 * 3. Inside it, chrome lines and link lists are left out, and the report's own cues trim it
 *    (lib/dom/body-cues.ts): from its title, dateline or 各位代表 to its closing call and any annex.
 *
 * The result says how sure it is: an opening and a closing found, and little dense text left
 * outside the body, is confident; otherwise the reader is asked (a pick, `BodyPick`).
 */
import { isChromeLine, reportSpan } from './body-cues';
import { runNow, type Steps } from './slices';
import { linesOf, subMapSteps, trimSpan, type LineSpan } from './submap';
import { segmentAt, type DomTextMap } from './textmap';

export interface LineInfo extends LineSpan {
  /** Characters other than white space. */
  chars: number;
  /** Of which inside a link. */
  linkChars: number;
  /** Chinese (or ASCII) sentence punctuation. */
  punct: number;
  /** The element holding the line's first character. */
  element: Element | null;
}

/** The reader's choice of where the report starts and ends on a site (remembered per site). */
export interface BodyPick {
  /** The start of the first paragraph of the report (up to 24 characters, trimmed). */
  start: string;
  /** The end of the last paragraph (up to 24 characters, trimmed). */
  end: string;
  /** A path to the element holding both (for another report on the same site). */
  path: string;
}

export interface PageBody {
  /** The text map of the body: the page's nodes, the body's lines. */
  map: DomTextMap;
  /** The body's lines in the page's map. */
  lines: LineSpan[];
  /** How sure: 0–1. `confident` when >= CONFIDENT. */
  confidence: number;
  confident: boolean;
  /** 'found' by the scores, 'picked' by the reader, 'page' when no body was found (the whole page). */
  source: 'found' | 'picked' | 'page';
  opening: boolean;
  closing: boolean;
  /** The element that holds the body, or null. */
  container: Element | null;
}

export const CONFIDENT = 0.65;

const PUNCT = /[。，；：！？、,.;:!?]/g;
const SPACE = /[\s\u3000\u00a0]/g;
/** A run of lines this short (characters of text) is no report body. */
const MIN_BODY_CHARS = 200;

/** Lines read between two points where the body finder may pause (lib/dom/slices.ts). */
const LINES_PER_STEP = 128;

/** Per line of `map.text`: its characters, link characters, punctuation and element. */
export function lineInfos(map: DomTextMap): LineInfo[] {
  return runNow(lineInfoSteps(map));
}

function* lineInfoSteps(map: DomTextMap): Steps<LineInfo[]> {
  // Whether an element is (inside) a link, memoized up the tree (no selector matching per element).
  const inLink = new Map<Element, boolean>();
  const linked = (el: Element | null): boolean => {
    if (!el) return false;
    const known = inLink.get(el);
    if (known !== undefined) return known;
    const v = (el.tagName === 'A' || el.tagName === 'a') && (el.hasAttribute('href') || el.hasAttribute('onclick'))
      ? true
      : linked(el.parentElement);
    inLink.set(el, v);
    return v;
  };
  const infos: LineInfo[] = [];
  for (const span of linesOf(map.text)) {
    if (infos.length % LINES_PER_STEP === 0) yield;
    const text = map.text.slice(span.start, span.end);
    const chars = text.replace(SPACE, '').length;
    let linkChars = 0;
    let element: Element | null = null;
    if (span.end > span.start) {
      for (let i = segmentAt(map, span.start); i < map.nodes.length && map.starts[i]! < span.end; i++) {
        const node = map.nodes[i];
        if (!node) continue;
        const parent = node.parentElement;
        element ??= parent;
        if (linked(parent)) {
          const from = Math.max(span.start, map.starts[i]!);
          const to = Math.min(span.end, map.starts[i + 1]!);
          linkChars += map.text.slice(from, to).replace(SPACE, '').length;
        }
      }
    }
    infos.push({ ...span, chars, linkChars, punct: (text.match(PUNCT) ?? []).length, element });
  }
  return infos;
}

/** How much a line speaks for being the article's text (positive) or the page's chrome (negative). */
export function lineScore(line: LineInfo, text: string): number {
  if (line.chars === 0) return 0;
  if (isChromeLine(text)) return -25 - line.chars;
  const linkRatio = line.linkChars / line.chars;
  if (linkRatio > 0.5) return -10 - line.chars;
  if (line.punct === 0) return line.chars <= 40 ? -4 : -line.chars / 4;
  return line.chars * (1 - linkRatio);
}

/** The maximum-sum run of `scores`: [first, last] inclusive and its sum, or null when all are <= 0. */
function bestRun(scores: readonly number[]): { first: number; last: number; sum: number } | null {
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let from = 0;
  for (let i = 0; i < scores.length; i++) {
    if (sum <= 0) { sum = 0; from = i; }
    sum += scores[i]!;
    if (sum > 0 && (!best || sum > best.sum)) best = { first: from, last: i, sum };
  }
  return best;
}

function depthOf(el: Element): number {
  let d = 0;
  for (let e: Element | null = el; e; e = e.parentElement) d++;
  return d;
}

/** The deepest element holding at least `share` of the characters of `lines`. */
function* containerOf(lines: readonly LineInfo[], share = 0.9): Steps<Element | null> {
  const counts = new Map<Element, number>();
  let total = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i % LINES_PER_STEP === 0) yield;
    const l = lines[i]!;
    if (!l.element || l.chars === 0) continue;
    total += l.chars;
    for (let e: Element | null = l.element; e; e = e.parentElement) counts.set(e, (counts.get(e) ?? 0) + l.chars);
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, n] of counts) {
    if (n < share * total) continue;
    const d = depthOf(el);
    if (d > bestDepth) { best = el; bestDepth = d; }
  }
  return best;
}

/** The lines inside `container`, chrome and link lists left out, trimmed to the report's span. */
function* reportLines(map: DomTextMap, infos: readonly LineInfo[], container: Element): Steps<{ lines: LineInfo[]; opening: boolean; closing: boolean }> {
  const inside: LineInfo[] = [];
  const texts: string[] = [];
  for (let i = 0; i < infos.length; i++) {
    if (i % LINES_PER_STEP === 0) yield;
    const l = infos[i]!;
    if (!l.element || !container.contains(l.element)) continue;
    const t = map.text.slice(l.start, l.end);
    inside.push(l);
    texts.push(lineScore(l, t) < -10 ? '' : t);
  }
  const span = reportSpan(texts);
  const lines = inside.slice(span.first, span.last + 1).filter((_, i) => texts[span.first + i]!.trim());
  return { lines, opening: span.opening, closing: span.closing };
}

function* wholePage(map: DomTextMap): Steps<PageBody> {
  const lines = linesOf(map.text);
  return { map: yield* subMapSteps(map, lines), lines, confidence: 0, confident: false, source: 'page', opening: false, closing: false, container: null };
}

/** Finds the report's body in the page's text map (built over the page's body element). */
export function findBody(map: DomTextMap): PageBody {
  return runNow(findBodySteps(map));
}

/** `findBody` as steps (lib/dom/slices.ts): it pauses every few hundred lines. */
export function* findBodySteps(map: DomTextMap): Steps<PageBody> {
  const infos = yield* lineInfoSteps(map);
  const scores: number[] = [];
  for (const l of infos) {
    if (scores.length % LINES_PER_STEP === 0) yield;
    scores.push(lineScore(l, map.text.slice(l.start, l.end)));
  }
  const run = bestRun(scores);
  if (!run) return yield* wholePage(map);
  const core = infos.slice(run.first, run.last + 1);
  const container = yield* containerOf(core);
  if (!container) return yield* wholePage(map);
  const { lines, opening, closing } = yield* reportLines(map, infos, container);
  const chars = lines.reduce((n, l) => n + l.chars, 0);
  if (chars < MIN_BODY_CHARS) return yield* wholePage(map);
  // Dense text left outside the body (a second article, a long comment thread) lowers confidence.
  const inBody = new Set(lines.map((l) => l.start));
  let outside = 0;
  for (let i = 0; i < infos.length; i++) if (!inBody.has(infos[i]!.start) && scores[i]! > 0) outside += scores[i]!;
  let positive = 0;
  for (let i = 0; i < lines.length; i++) {
    if (i % LINES_PER_STEP === 0) yield;
    const l = lines[i]!;
    positive += Math.max(0, lineScore(l, map.text.slice(l.start, l.end)));
  }
  const points = 30 + (opening ? 35 : 0) + (closing ? 35 : 0) - (outside > 0.25 * positive ? 25 : 0);
  const confidence = Math.max(0, Math.min(100, points)) / 100;
  return {
    map: yield* subMapSteps(map, lines),
    lines: lines.map(({ start, end }) => ({ start, end })),
    confidence,
    confident: confidence >= CONFIDENT,
    source: 'found',
    opening,
    closing,
    container,
  };
}

/** A short path from the document's body to `el` (tag, id or classes, position among its kind). */
export function elementPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) {
    const tag = e.tagName.toLowerCase();
    if (e.id && /^[A-Za-z][\w-]*$/.test(e.id)) { parts.unshift(`${tag}#${e.id}`); break; }
    const same = e.parentElement ? Array.from(e.parentElement.children).filter((c) => c.tagName === e!.tagName) : [e];
    parts.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(e) + 1})` : tag);
  }
  return parts.join(' > ');
}

const QUOTE_CHARS = 24;

/** The reader's pick from the two lines they clicked (line indexes in the page's map, inclusive). */
export function makePick(map: DomTextMap, infos: readonly LineInfo[], first: number, last: number): BodyPick | null {
  const a = infos[Math.min(first, last)];
  const b = infos[Math.max(first, last)];
  if (!a || !b || !a.element || !b.element) return null;
  const ta = trimSpan(map.text, a);
  const tb = trimSpan(map.text, b);
  let common: Element | null = a.element;
  while (common && !common.contains(b.element)) common = common.parentElement;
  return {
    start: map.text.slice(ta.start, Math.min(ta.end, ta.start + QUOTE_CHARS)),
    end: map.text.slice(Math.max(tb.start, tb.end - QUOTE_CHARS), tb.end),
    path: common ? elementPath(common) : '',
  };
}

/**
 * The body the reader picked on this site: the lines from the one starting with `pick.start` to
 * the one ending with `pick.end`; on another page of the site (the quotes are not there), the
 * report's lines in the element at `pick.path`. Null when neither is found.
 */
export function applyPick(map: DomTextMap, pick: BodyPick, doc: Document): PageBody | null {
  return runNow(applyPickSteps(map, pick, doc));
}

/** `applyPick` as steps (lib/dom/slices.ts). */
export function* applyPickSteps(map: DomTextMap, pick: BodyPick, doc: Document): Steps<PageBody | null> {
  const infos = yield* lineInfoSteps(map);
  const trimmed: string[] = [];
  for (const l of infos) {
    if (trimmed.length % LINES_PER_STEP === 0) yield;
    const t = trimSpan(map.text, l);
    trimmed.push(map.text.slice(t.start, t.end));
  }
  const first = trimmed.findIndex((t) => pick.start && t.startsWith(pick.start));
  let last = -1;
  if (first >= 0) for (let i = trimmed.length - 1; i >= first; i--) if (pick.end && trimmed[i]!.endsWith(pick.end)) { last = i; break; }
  if (first >= 0 && last >= 0) {
    const lines = infos.slice(first, last + 1).map(({ start, end }) => ({ start, end }));
    return { map: yield* subMapSteps(map, lines), lines, confidence: 1, confident: true, source: 'picked', opening: true, closing: true, container: null };
  }
  let container: Element | null = null;
  try {
    container = pick.path ? doc.body.querySelector(`:scope > ${pick.path}`) ?? doc.querySelector(pick.path) : null;
  } catch {
    container = null;
  }
  if (!container) return null;
  const { lines, opening, closing } = yield* reportLines(map, infos, container);
  if (lines.length === 0) return null;
  const spans = lines.map(({ start, end }) => ({ start, end }));
  return { map: yield* subMapSteps(map, spans), lines: spans, confidence: 1, confident: true, source: 'picked', opening, closing, container };
}
