import DiffMatchPatch from 'diff-match-patch';
import { defaultSegmenter, isSpace, tokenize, type Token } from './tokenize';
import type { DiffOptions, DiffResult, DiffStats, Hunk } from './types';

type Diff = [number, string];
const DEL = -1;
const INS = 1;
const EQ = 0;

/** Token index ranges [a0, a1) in `a` and [b0, b1) in `b`. */
interface Span {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

/**
 * Each distinct token becomes one UTF-16 code unit (diff-match-patch's linesToChars trick), so the
 * diff runs on words and can never split one. Whitespace and surrogates are skipped so that
 * diff-match-patch's own boundary heuristics see no line breaks in the encoded strings.
 */
function encode(ta: Token[], tb: Token[]): [string, string] {
  const ids = new Map<string, string>();
  let next = 0x100;
  const one = (tokens: Token[]): string => {
    const out: string[] = new Array<string>(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const key = tokens[i]!.key;
      let c = ids.get(key);
      if (c === undefined) {
        while (isSpace(next) || (next >= 0xd800 && next <= 0xdfff)) next++;
        if (next > 0xffff) throw new RangeError('diff: more than 63,000 distinct words; diff by section');
        c = String.fromCharCode(next++);
        ids.set(key, c);
      }
      out[i] = c;
    }
    return out.join('');
  };
  return [one(ta), one(tb)];
}

/** Indexes into `pairs` of a longest run increasing in `pairs[k][1]` (pairs come sorted by [0]). */
function longestIncreasing(pairs: Array<[number, number]>): number[] {
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const y = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < y) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  }
  const out: number[] = [];
  for (let k = tails[tails.length - 1] ?? -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}

/**
 * Words found exactly once in each text, kept where their order agrees (patience diff), pin the
 * alignment; diff-match-patch only fills the gaps between them. On two years' reports, which share
 * few sentences, one Myers diff over the whole texts costs seconds; the gaps cost milliseconds.
 */
function anchoredDiff(dmp: DiffMatchPatch, ca: string, cb: string): Diff[] {
  const countA = new Uint8Array(0x10000);
  const countB = new Uint8Array(0x10000);
  const atB = new Int32Array(0x10000);
  for (let i = 0; i < ca.length; i++) {
    const c = ca.charCodeAt(i);
    if (countA[c]! < 2) countA[c]!++;
  }
  for (let j = 0; j < cb.length; j++) {
    const c = cb.charCodeAt(j);
    if (countB[c]! < 2) countB[c]!++;
    atB[c] = j;
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < ca.length; i++) {
    const c = ca.charCodeAt(i);
    if (countA[c] === 1 && countB[c] === 1) pairs.push([i, atB[c]!]);
  }
  const diffs: Diff[] = [];
  let pa = 0;
  let pb = 0;
  for (const k of longestIncreasing(pairs)) {
    const [i, j] = pairs[k]!;
    diffs.push(...dmp.diff_main(ca.slice(pa, i), cb.slice(pb, j), false), [EQ, ca[i]!]);
    pa = i + 1;
    pb = j + 1;
  }
  diffs.push(...dmp.diff_main(ca.slice(pa), cb.slice(pb), false));
  dmp.diff_cleanupMerge(diffs);
  return diffs;
}

const SENTENCE_END = /^[。！？；!?;]$/u;
const CLAUSE_END = /^[，、：,:]$/u;

/** How good a place the gap before token `k` is for an edit to start or end. */
function edgeScore(tokens: Token[], k: number): number {
  const prev = tokens[k - 1];
  const cur = tokens[k];
  if (!prev || !cur || prev.para !== cur.para) return 4;
  if (SENTENCE_END.test(prev.key)) return 2;
  return CLAUSE_END.test(prev.key) ? 1 : 0;
}

/**
 * Slides each pure insertion or deletion along the equal text around it (where it can move without
 * changing the result) to the place whose ends best match paragraph and sentence breaks in the text
 * it is drawn on: a repeated paragraph is inserted as a whole paragraph, not as its tail plus the
 * next one's head.
 */
function slideEdits(diffs: Diff[], ta: Token[], tb: Token[]): void {
  let ai = 0;
  let bi = 0;
  for (let i = 0; i < diffs.length; i++) {
    const [op, text] = diffs[i]!;
    if (op === EQ) {
      ai += text.length;
      bi += text.length;
      continue;
    }
    const before = diffs[i - 1];
    const after = diffs[i + 1];
    const pure = (!before || before[0] === EQ) && (!after || after[0] === EQ);
    if (pure) {
      const e1 = before?.[1] ?? '';
      const full = e1 + text + (after?.[1] ?? '');
      const len = text.length;
      let lo = e1.length;
      while (lo > 0 && full[lo - 1] === full[lo - 1 + len]) lo--;
      let hi = e1.length;
      while (hi + len < full.length && full[hi] === full[hi + len]) hi++;
      if (lo < hi) {
        const tokens = op === INS ? tb : ta;
        const base = (op === INS ? bi : ai) - e1.length;
        let best = e1.length;
        let bestScore = edgeScore(tokens, base + best) + edgeScore(tokens, base + best + len);
        for (let p = lo; p <= hi; p++) {
          const score = edgeScore(tokens, base + p) + edgeScore(tokens, base + p + len);
          if (score > bestScore) [best, bestScore] = [p, score];
        }
        if (best !== e1.length) {
          const shift = best - e1.length;
          if (before) before[1] = full.slice(0, best);
          else diffs.splice(i++, 0, [EQ, full.slice(0, best)]);
          diffs[i] = [op, full.slice(best, best + len)];
          if (after) after[1] = full.slice(best + len);
          else diffs.splice(i + 1, 0, [EQ, full.slice(best + len)]);
          ai += shift;
          bi += shift;
        }
      }
    }
    if (op === INS) bi += text.length;
    else ai += text.length;
  }
}

/**
 * A replacement followed by equal text `c…` whose inserted (or deleted) side holds `c` at the end of
 * a paragraph matches that `c` instead: 乙丙。→ 乙丁。\n新段。 pairs 丙 with 丁 and inserts 新段。
 * whole, rather than replacing 丙 with 丁。新段 and keeping the last 。.
 */
function detachTrailingParagraphs(diffs: Diff[], ta: Token[], tb: Token[]): void {
  let ai = 0;
  let bi = 0;
  for (let s = 0; s < diffs.length; s++) {
    if (diffs[s]![0] === EQ) {
      ai += diffs[s]![1].length;
      bi += diffs[s]![1].length;
      continue;
    }
    let t = s;
    let del = '';
    let ins = '';
    for (; t < diffs.length && diffs[t]![0] !== EQ; t++) {
      if (diffs[t]![0] === DEL) del += diffs[t]![1];
      else ins += diffs[t]![1];
    }
    const next = diffs[t];
    const c = next?.[1][0];
    const cut = (side: string, tokens: Token[], at: number): number => {
      for (let k = side.indexOf(c!); k >= 0 && k < side.length - 1; k = side.indexOf(c!, k + 1)) {
        if (tokens[at + k]!.para !== tokens[at + k + 1]!.para) return k;
      }
      return -1;
    };
    const k = del && ins && c ? cut(ins, tb, bi) : -1;
    const j = del && ins && c && k < 0 ? cut(del, ta, ai) : -1;
    if (next && (k >= 0 || j >= 0)) {
      const rest = next[1].slice(1);
      const block: Diff[] =
        k >= 0
          ? [[DEL, del], [INS, ins.slice(0, k)], [EQ, c!], [INS, ins.slice(k + 1) + c]]
          : [[DEL, del.slice(0, j)], [INS, ins], [EQ, c!], [DEL, del.slice(j + 1) + c]];
      diffs.splice(s, t - s + 1, ...block.filter((d) => d[1] !== ''), [EQ, rest]);
      t = s + block.filter((d) => d[1] !== '').length;
      ai++;
      bi++;
    }
    ai += del.length;
    bi += ins.length;
    s = t - 1;
  }
}

/** The changed and the equal runs of the diff, as token ranges. */
function spans(diffs: Diff[]): { changes: Span[]; equal: Span[] } {
  const changes: Span[] = [];
  const equal: Span[] = [];
  let ai = 0;
  let bi = 0;
  let cur: Span | null = null;
  for (const [op, text] of diffs) {
    const n = text.length;
    if (n === 0) continue;
    if (op === EQ) {
      if (cur) changes.push(cur);
      cur = null;
      equal.push({ a0: ai, a1: ai + n, b0: bi, b1: bi + n });
      ai += n;
      bi += n;
      continue;
    }
    cur ??= { a0: ai, a1: ai, b0: bi, b1: bi };
    if (op === DEL) cur.a1 = ai += n;
    else cur.b1 = bi += n;
  }
  if (cur) changes.push(cur);
  return { changes, equal };
}

function sameKeys(ta: Token[], tb: Token[], sp: Span): boolean {
  if (sp.a1 - sp.a0 !== sp.b1 - sp.b0) return false;
  for (let k = 0; k < sp.a1 - sp.a0; k++) if (ta[sp.a0 + k]!.key !== tb[sp.b0 + k]!.key) return false;
  return true;
}

function numberIndexes(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (tokens[i]!.num) out.push(i);
  return out;
}

/**
 * A change holding as many numbers on each side becomes one hunk per number and per run between.
 * Runs that turn out equal (a number the clean-up swept into the change unchanged) go to `equal`.
 */
function splitAtNumbers(sp: Span, ta: Token[], tb: Token[], equal: Span[]): Span[] {
  const na = numberIndexes(ta, sp.a0, sp.a1);
  const nb = numberIndexes(tb, sp.b0, sp.b1);
  if (na.length === 0 || na.length !== nb.length) return [sp];
  const out: Span[] = [];
  let a = sp.a0;
  let b = sp.b0;
  na.forEach((x, k) => {
    const y = nb[k]!;
    out.push({ a0: a, a1: x, b0: b, b1: y }, { a0: x, a1: x + 1, b0: y, b1: y + 1 });
    a = x + 1;
    b = y + 1;
  });
  out.push({ a0: a, a1: sp.a1, b0: b, b1: sp.b1 });
  equal.push(...out.filter((p) => p.a0 < p.a1 && sameKeys(ta, tb, p)));
  return out.filter((p) => !sameKeys(ta, tb, p));
}

/** Runs of tokens [from, to) that share a paragraph. */
function paragraphRuns(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    const last = runs[runs.length - 1];
    if (last && tokens[i - 1]!.para === tokens[i]!.para) last[1] = i + 1;
    else runs.push([i, i + 1]);
  }
  return runs;
}

/** Splits a change so that no side crosses a paragraph break; runs are paired in order. */
function splitAtParagraphs(sp: Span, ta: Token[], tb: Token[]): Span[] {
  const ra = paragraphRuns(ta, sp.a0, sp.a1);
  const rb = paragraphRuns(tb, sp.b0, sp.b1);
  if (ra.length <= 1 && rb.length <= 1) return [sp];
  const out: Span[] = [];
  for (let k = 0; k < Math.max(ra.length, rb.length); k++) {
    const [a0, a1] = ra[k] ?? [sp.a1, sp.a1];
    const [b0, b1] = rb[k] ?? [sp.b1, sp.b1];
    out.push({ a0, a1, b0, b1 });
  }
  return out;
}

const PUNCTUATION = /(?![%‰‱])\p{P}/gu;

/** What remains of a side once punctuation is gone (numbers kept whole: 5.5 is not 55). */
function essence(tokens: Token[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    s += t.num ? t.key : t.key.replace(PUNCTUATION, '');
  }
  return s;
}

const startsParagraph = (tokens: Token[], i: number): boolean =>
  i === 0 || tokens[i - 1]!.para !== tokens[i]!.para;

/** Offsets of tokens [from, to); for an empty range, the point where the other side's text goes. */
function range(tokens: Token[], from: number, to: number, paragraphStart: boolean): [number, number] {
  if (from < to) return [tokens[from]!.start, tokens[to - 1]!.end];
  const next = tokens[from];
  const prev = tokens[from - 1];
  const at = next && (paragraphStart || !prev) ? next.start : (prev?.end ?? 0);
  return [at, at];
}

function hunk(a: string, b: string, ta: Token[], tb: Token[], sp: Span, cosmetic: boolean): Hunk {
  const [aStart, aEnd] = range(ta, sp.a0, sp.a1, sp.b0 < sp.b1 && startsParagraph(tb, sp.b0));
  const [bStart, bEnd] = range(tb, sp.b0, sp.b1, sp.a0 < sp.a1 && startsParagraph(ta, sp.a0));
  const numeric =
    numberIndexes(ta, sp.a0, sp.a1).length > 0 || numberIndexes(tb, sp.b0, sp.b1).length > 0;
  return withText(a, b, { aStart, aEnd, bStart, bEnd, numeric, cosmetic });
}

function withText(
  a: string,
  b: string,
  h: Pick<Hunk, 'aStart' | 'aEnd' | 'bStart' | 'bEnd' | 'numeric' | 'cosmetic'>,
): Hunk {
  const kind = h.aStart === h.aEnd ? 'insert' : h.bStart === h.bEnd ? 'delete' : 'replace';
  return { kind, ...h, oldText: a.slice(h.aStart, h.aEnd), newText: b.slice(h.bStart, h.bEnd) };
}

/** Whitespace and width differences inside the equal runs: a changed gap or a re-widthed word. */
function layoutHunks(a: string, b: string, ta: Token[], tb: Token[], equal: Span[]): Hunk[] {
  const out: Hunk[] = [];
  const flags = { numeric: false, cosmetic: true };
  for (const sp of equal) {
    for (let i = sp.a0, j = sp.b0; i < sp.a1; i++, j++) {
      const x = ta[i]!;
      const y = tb[j]!;
      const wa = a.slice(x.start, x.end);
      const wb = b.slice(y.start, y.end);
      if (wa !== wb) {
        let p = 0;
        while (wa[p] === wb[p]) p++;
        let s = 0;
        while (s < Math.min(wa.length, wb.length) - p && wa[wa.length - 1 - s] === wb[wb.length - 1 - s]) s++;
        const range = { aStart: x.start + p, aEnd: x.end - s, bStart: y.start + p, bEnd: y.end - s };
        out.push(withText(a, b, { ...range, ...flags }));
      }
      const nx = ta[i + 1];
      const ny = tb[j + 1];
      if (i + 1 < sp.a1 && nx && ny && a.slice(x.end, nx.start) !== b.slice(y.end, ny.start)) {
        out.push(withText(a, b, { aStart: x.end, aEnd: nx.start, bStart: y.end, bEnd: ny.start, ...flags }));
      }
    }
  }
  return out;
}

/** Stats over returned hunks; `counts` carries what the hunks cannot tell. */
export function statsOf(
  hunks: Hunk[],
  counts: Pick<DiffStats, 'cosmetic' | 'aTokens' | 'bTokens' | 'matched'>,
): DiffStats {
  const real = hunks.filter((h) => !h.cosmetic);
  const count = (kind: Hunk['kind']) => hunks.filter((h) => h.kind === kind).length;
  const tokens = counts.aTokens + counts.bTokens;
  return {
    insertions: count('insert'),
    deletions: count('delete'),
    replacements: count('replace'),
    numeric: hunks.filter((h) => h.numeric).length,
    deletedChars: real.reduce((n, h) => n + h.oldText.length, 0),
    insertedChars: real.reduce((n, h) => n + h.newText.length, 0),
    ...counts,
    similarity: tokens === 0 ? 1 : (2 * counts.matched) / tokens,
  };
}

/**
 * Word-level diff of two Chinese texts (old `a`, new `b`). Words come from the segmenter, numbers
 * stay whole (5万人 → 6万人 is one hunk), a changed number is its own hunk, no hunk with words
 * crosses a paragraph break in either text, and layout (line breaks, spaces), full-width vs
 * half-width and punctuation-only changes are left out unless `showCosmetic` is set. Pure: runs
 * alike in Node and in a browser.
 */
export function diffTexts(a: string, b: string, opts: DiffOptions = {}): DiffResult {
  const segmenter = opts.segmenter ?? defaultSegmenter();
  const ta = tokenize(a, segmenter);
  const tb = tokenize(b, segmenter);
  const [ca, cb] = encode(ta, tb);
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = opts.timeout ?? 4;
  const diffs = anchoredDiff(dmp, ca, cb);
  // Before the clean-up too: an edit left at a poor place can make it swallow the equal text around.
  slideEdits(diffs, ta, tb);
  dmp.diff_cleanupSemantic(diffs);
  detachTrailingParagraphs(diffs, ta, tb);
  slideEdits(diffs, ta, tb);
  const { changes, equal } = spans(diffs);

  const hunks: Hunk[] = [];
  let cosmetic = 0;
  const emit = (sp: Span, isCosmetic: boolean) => {
    if (isCosmetic) cosmetic++;
    if (!isCosmetic || opts.showCosmetic) hunks.push(hunk(a, b, ta, tb, sp, isCosmetic));
  };
  const same = (sp: Span) => essence(ta, sp.a0, sp.a1) === essence(tb, sp.b0, sp.b1);
  // Cosmetic is judged on the whole change before it is cut: a word broken by a line break in one
  // text only is layout, not two edits; then on each part (a ！ before a new paragraph).
  for (const change of changes) {
    if (same(change)) {
      emit(change, true);
      continue;
    }
    for (const piece of splitAtNumbers(change, ta, tb, equal)) {
      if (same(piece)) emit(piece, true);
      else for (const sp of splitAtParagraphs(piece, ta, tb)) emit(sp, same(sp));
    }
  }
  const layout = layoutHunks(a, b, ta, tb, equal);
  cosmetic += layout.length;
  if (opts.showCosmetic) {
    hunks.push(...layout);
    hunks.sort((x, y) => x.bStart - y.bStart || x.aStart - y.aStart);
  }
  const matched = equal.reduce((n, sp) => n + sp.a1 - sp.a0, 0);
  return { hunks, stats: statsOf(hunks, { cosmetic, aTokens: ta.length, bTokens: tb.length, matched }) };
}
