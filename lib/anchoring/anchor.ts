import DiffMatchPatch from 'diff-match-patch';
import { fold, foldString, origRange, type Folded } from './fold.ts';
import { GramIndex, K } from './grams.ts';
import { extractNumbers, sameNumbers } from './numbers.ts';
import type {
  AnchorResult,
  Selectors,
  TextPositionSelector,
  TextQuoteSelector,
} from './types.ts';

/*
 * Re-anchoring, in three steps:
 *  1. exact: the position selector still holds the quote, with its prefix and suffix;
 *  2. quote search on the folded key (whitespace and full-width forms ignored): every occurrence,
 *     ranked by how much of the prefix and suffix it keeps, then by nearness to the old position;
 *  3. fuzzy: n-gram votes over prefix + exact + suffix pick a few candidate places, each scored
 *     by an edit-distance alignment (diff-match-patch), so quotes of any length work.
 * A match whose numbers differ from the quote's is `changed`, never `moved` or `fuzzy`.
 */

/** Named selectors, or a W3C `selector` array (other selector types in it are ignored). */
export type AnchorInput = Selectors | readonly { type: string }[];

export interface AnchorOptions {
  /** Lowest score (0..1) a fuzzy or changed match may have; below it the annotation is orphaned. */
  minScore?: number;
}

const DEFAULT_MIN_SCORE = 0.6;
/** An exact occurrence this well supported by its context is taken without a fuzzy search. */
const STRONG_CONTEXT = 0.75;
/** Grams occurring more often than this are too common to vote. */
const MAX_POSTINGS = 128;
/** Diagonals are bucketed this coarsely, so small insertions inside a quote still agree. */
const BUCKET = 8;
const MAX_CANDIDATES = 4;
/** At most this many grams of a pattern vote, spread evenly over it. */
const MAX_VOTING_GRAMS = 96;
/** Share of the voting grams a candidate place must keep to be aligned at all. */
const MIN_VOTE_SHARE = 0.3;
/** How far from the predicted place the quick search for a quote with its whole context looks. */
const NEAR = 512;

const INSERT = 1;

type Diff = [number, string];

export function toSelectors(input: AnchorInput): Selectors {
  if (!Array.isArray(input)) return input as Selectors;
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of input as readonly { type: string }[]) {
    if (s.type === 'TextQuoteSelector' && !quote) quote = s as TextQuoteSelector;
    else if (s.type === 'TextPositionSelector' && !position) position = s as TextPositionSelector;
  }
  if (!quote) throw new TypeError('anchor: a TextQuoteSelector is required');
  return position ? { quote, position } : { quote };
}

function commonSuffixLength(a: string, key: string, end: number): number {
  let n = 0;
  while (n < a.length && end - n - 1 >= 0 && a.charCodeAt(a.length - 1 - n) === key.charCodeAt(end - n - 1)) n++;
  return n;
}

function commonPrefixLength(a: string, key: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < key.length && a.charCodeAt(n) === key.charCodeAt(start + n)) n++;
  return n;
}

interface Located {
  startK: number;
  endK: number;
  score: number;
}

interface Query {
  exact: string;
  prefixK: string;
  exactK: string;
  suffixK: string;
  position: TextPositionSelector | undefined;
  expectedK: number | null;
  hasContext: boolean;
}

/**
 * Re-anchors many annotations on one text. The folded key and the n-gram index are built once,
 * on first need, and shared by every call.
 */
export class Anchorer {
  readonly text: string;
  readonly minScore: number;
  private foldedCache: Folded | undefined;
  private gramsCache: GramIndex | undefined;
  private dmpCache: DiffMatchPatch | undefined;
  /** Vote counts per diagonal bucket, reused (and left zeroed) between patterns. */
  private votes: Int32Array | undefined;

  constructor(text: string, options: AnchorOptions = {}) {
    this.text = text;
    this.minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  }

  private get folded(): Folded {
    return (this.foldedCache ??= fold(this.text));
  }

  private get dmp(): DiffMatchPatch {
    if (!this.dmpCache) {
      this.dmpCache = new DiffMatchPatch();
      this.dmpCache.Diff_Timeout = 0.25;
    }
    return this.dmpCache;
  }

  private get grams(): GramIndex {
    return (this.gramsCache ??= new GramIndex(this.folded.key));
  }

  /**
   * Re-anchors many annotations. They are visited in text order, and the shift at which the last
   * one was found predicts where the next one is: edits move whole stretches of text by the
   * same amount, so most quotes are found by a short search near the prediction.
   */
  anchorAll(inputs: readonly AnchorInput[]): AnchorResult[] {
    const selectors = inputs.map(toSelectors);
    const order = selectors.map((_, i) => i);
    const startOf = (i: number) => selectors[i]!.position?.start ?? Infinity;
    order.sort((a, b) => startOf(a) - startOf(b) || a - b);
    const out: AnchorResult[] = new Array(inputs.length);
    let shift = 0;
    for (const i of order) {
      const { result, shiftK } = this.locate(selectors[i]!, shift);
      out[i] = result;
      if (shiftK !== undefined) shift = shiftK;
    }
    return out;
  }

  anchor(input: AnchorInput): AnchorResult {
    return this.locate(toSelectors(input), 0).result;
  }

  /** `shiftK`: how far (in key characters) quotes are expected to have moved; returned when found as written. */
  private locate(selectors: Selectors, shiftK: number): { result: AnchorResult; shiftK?: number } {
    const { quote, position } = selectors;
    const text = this.text;
    const exact = quote.exact;
    const prefix = quote.prefix ?? '';
    const suffix = quote.suffix ?? '';
    const pos = validPosition(position, text.length);

    if (
      pos &&
      exact.length > 0 &&
      pos.end - pos.start === exact.length &&
      text.startsWith(exact, pos.start) &&
      pos.start >= prefix.length &&
      text.startsWith(prefix, pos.start - prefix.length) &&
      text.startsWith(suffix, pos.end)
    ) {
      return { result: { status: 'exact', start: pos.start, end: pos.end, oldQuote: exact, newQuote: exact, score: 1 }, shiftK: 0 };
    }

    const exactK = foldString(exact);
    if (exactK.length === 0) return { result: { status: 'orphaned', oldQuote: exact, score: 0 } };
    const prefixK = foldString(prefix);
    const suffixK = foldString(suffix);
    const q: Query = {
      exact,
      prefixK,
      exactK,
      suffixK,
      position: pos,
      expectedK: pos ? this.folded.fromOrig[pos.start]! : null,
      hasContext: prefixK.length + suffixK.length > 0,
    };

    const near = q.expectedK === null ? null : this.nearWithContext(q, q.expectedK + shiftK);
    if (near) return this.settled(q, near);
    const found = this.bestOccurrence(q);
    if (found && (!q.hasContext || found.score >= STRONG_CONTEXT)) return this.settled(q, found);
    const fuzzy = this.fuzzy(q);
    if (fuzzy && fuzzy.score >= this.minScore && (!found || fuzzy.score > found.score + 0.05)) {
      return { result: this.result(q, fuzzy) };
    }
    if (found) return this.settled(q, found);
    return { result: { status: 'orphaned', oldQuote: exact, score: round(fuzzy?.score ?? 0) } };
  }

  /** A quote found as written: its result, and the shift it was found at. */
  private settled(q: Query, at: Located): { result: AnchorResult; shiftK?: number } {
    const result = this.result(q, at);
    return q.expectedK === null ? { result } : { result, shiftK: at.startK - q.expectedK };
  }

  /**
   * The quote near a predicted key offset with all of its prefix and suffix around it: as good as
   * the best occurrence anywhere (nothing can keep more context), found by a short native search.
   */
  private nearWithContext(q: Query, predicted: number): Located | null {
    const key = this.folded.key;
    const lo = Math.max(0, predicted - NEAR);
    const hi = Math.min(key.length, predicted + NEAR + q.exactK.length);
    if (hi - lo < q.exactK.length) return null;
    const window = key.slice(lo, hi); // bounds the native search
    let best: Located | null = null;
    let bestDistance = Infinity;
    for (let j = window.indexOf(q.exactK); j >= 0; j = window.indexOf(q.exactK, j + 1)) {
      const i = lo + j;
      const e = i + q.exactK.length;
      if (commonSuffixLength(q.prefixK, key, i) !== q.prefixK.length || commonPrefixLength(q.suffixK, key, e) !== q.suffixK.length) continue;
      const distance = Math.abs(i - predicted);
      if (distance < bestDistance) {
        best = { startK: i, endK: e, score: 1 };
        bestDistance = distance;
      }
    }
    return best;
  }

  private result(q: Query, at: Located): AnchorResult {
    const f = this.folded;
    const [start, end] = origRange(f, at.startK, at.endK);
    const newQuote = this.text.slice(start, end);
    if (f.key.slice(at.startK, at.endK) === q.exactK) {
      const same = !q.position || (q.position.start === start && q.position.end === end);
      return { status: same ? 'exact' : 'moved', start, end, oldQuote: q.exact, newQuote, score: 1 };
    }
    const oldNumbers = extractNumbers(q.exact);
    const newNumbers = extractNumbers(newQuote);
    if (sameNumbers(oldNumbers, newNumbers)) {
      return { status: 'fuzzy', start, end, oldQuote: q.exact, newQuote, score: round(at.score) };
    }
    return {
      status: 'changed',
      start,
      end,
      oldQuote: q.exact,
      newQuote,
      score: round(at.score),
      numbers: { old: oldNumbers, new: newNumbers },
    };
  }

  /** Every place the folded quote occurs, the one best supported by its context first. */
  private occurrences(exactK: string): number[] {
    const key = this.folded.key;
    if (exactK.length < K) {
      const out: number[] = [];
      for (let i = key.indexOf(exactK); i >= 0; i = key.indexOf(exactK, i + 1)) out.push(i);
      return out;
    }
    // The rarest gram of the quote gives a complete, short list of places to verify.
    const grams = this.grams;
    let best: Int32Array | undefined;
    let bestOffset = 0;
    const step = Math.max(1, Math.floor((exactK.length - K) / 32));
    for (let o = 0; o + K <= exactK.length; o += step) {
      const list = grams.candidates(exactK, o);
      if (list.length === 0) return [];
      if (!best || list.length < best.length) {
        best = list;
        bestOffset = o;
        if (list.length === 1) break;
      }
    }
    const out: number[] = [];
    for (const t of best ?? []) {
      const s = t - bestOffset;
      if (s >= 0 && key.startsWith(exactK, s)) out.push(s);
    }
    return out;
  }

  private bestOccurrence(q: Query): Located | null {
    const key = this.folded.key;
    const total = q.prefixK.length + q.exactK.length + q.suffixK.length;
    let best: Located | null = null;
    let bestDistance = Infinity;
    for (const s of this.occurrences(q.exactK)) {
      const e = s + q.exactK.length;
      const kept = q.exactK.length + commonSuffixLength(q.prefixK, key, s) + commonPrefixLength(q.suffixK, key, e);
      const score = (1 + kept / total) / 2;
      const distance = q.expectedK === null ? 0 : Math.abs(s - q.expectedK);
      if (!best || score > best.score || (score === best.score && distance < bestDistance)) {
        best = { startK: s, endK: e, score };
        bestDistance = distance;
      }
    }
    return best;
  }

  private fuzzy(q: Query): Located | null {
    const key = this.folded.key;
    if (key.length === 0) return null;
    const P = q.prefixK + q.exactK + q.suffixK;
    const diagonals: number[] = [];
    if (P.length >= K) diagonals.push(...this.vote(P));
    // Too short a pattern to vote reliably: also look where it used to be.
    if (q.expectedK !== null && P.length < 4 * K) {
      const d = q.expectedK - q.prefixK.length;
      if (!diagonals.some((x) => Math.abs(x - d) <= 2 * BUCKET)) diagonals.push(d);
    }
    let best: Located | null = null;
    let bestDistance = Infinity;
    for (const d of diagonals) {
      const at = this.align(q, P, d);
      if (!at) continue;
      const distance = q.expectedK === null ? 0 : Math.abs(at.startK - q.expectedK);
      if (!best || at.score > best.score || (at.score === best.score && distance < bestDistance)) {
        best = at;
        bestDistance = distance;
      }
      if (best.score >= 0.95) break; // candidates come best-voted first; this one will do
    }
    return best;
  }

  /** Diagonals (key offset of the pattern's start) most n-grams of the pattern agree on. */
  private vote(P: string): number[] {
    const grams = this.grams;
    const count = P.length - K + 1;
    // diagonal d = t - o lies in [-P.length, key.length); bucket it, offset to stay >= 0
    const offset = Math.ceil(P.length / BUCKET) + 3;
    const size = Math.ceil(grams.key.length / BUCKET) + offset + 3;
    if (!this.votes || this.votes.length < size) this.votes = new Int32Array(size + 64);
    const votes = this.votes;
    const touched: number[] = [];
    const step = Math.max(1, count / MAX_VOTING_GRAMS);
    let used = 0;
    for (let f = 0; f < count; f += step) {
      const o = Math.floor(f);
      const list = grams.candidates(P, o);
      if (list.length > MAX_POSTINGS) continue;
      used++;
      for (let j = 0; j < list.length; j++) {
        const t = list[j]!;
        if (!grams.gramAt(t, P, o)) continue;
        const b = Math.floor((t - o) / BUCKET) + offset;
        const v = votes[b]!;
        votes[b] = v + 1;
        if (v === 0) touched.push(b);
      }
    }
    // A place worth aligning keeps a good share of the pattern's grams near one diagonal
    // (within two buckets either side, so insertions of up to ~16 characters still count).
    const minVotes = Math.max(2, Math.ceil(used * MIN_VOTE_SHARE));
    const ranked: [number, number][] = [];
    for (const b of touched) {
      const total = votes[b]! + (votes[b - 1] ?? 0) + (votes[b + 1] ?? 0) + (votes[b - 2] ?? 0) + (votes[b + 2] ?? 0);
      if (total >= minVotes) ranked.push([b, total]);
    }
    for (const b of touched) votes[b] = 0; // ready for the next pattern
    ranked.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const chosen: number[] = [];
    for (const [b] of ranked) {
      if (chosen.some((c) => Math.abs(c - b) <= 2)) continue;
      chosen.push(b);
      if (chosen.length === MAX_CANDIDATES) break;
    }
    return chosen.map((b) => (b - offset) * BUCKET);
  }

  /** Aligns the pattern against a window around diagonal d and scores the quote's part of it. */
  private align(q: Query, P: string, d: number): Located | null {
    const key = this.folded.key;
    const dmp = this.dmp;
    const slack = 8 + (P.length >> 2);
    const ws = Math.max(0, Math.min(key.length, d - slack));
    const we = Math.max(ws, Math.min(key.length, d + P.length + slack));
    if (we <= ws) return null;
    const W = key.slice(ws, we);
    const diffs = dmp.diff_main(P, W, false) as Diff[];
    const a = q.prefixK.length;
    const b = a + q.exactK.length;
    const xa = dmp.diff_xIndex(diffs, a);
    const xb = dmp.diff_xIndex(diffs, b);
    if (xb <= xa) return null;
    const region = W.slice(xa, xb);
    const exactScore = similarity(dmp, q.exactK, region);
    let score = exactScore;
    if (q.hasContext) {
      let lo = 0;
      let hi = diffs.length;
      while (lo < hi && diffs[lo]![0] === INSERT) lo++;
      while (hi > lo && diffs[hi - 1]![0] === INSERT) hi--;
      const contextScore = 1 - dmp.diff_levenshtein(diffs.slice(lo, hi)) / P.length;
      score = (exactScore + Math.max(0, contextScore)) / 2;
    }
    return { startK: ws + xa, endK: ws + xb, score };
  }
}

function similarity(dmp: DiffMatchPatch, a: string, b: string): number {
  if (a === b) return 1;
  const diffs = dmp.diff_main(a, b, false) as Diff[];
  return Math.max(0, 1 - dmp.diff_levenshtein(diffs) / Math.max(a.length, b.length));
}

function validPosition(p: TextPositionSelector | undefined, n: number): TextPositionSelector | undefined {
  if (!p) return undefined;
  const { start, end } = p;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return undefined;
  if (start > n) return undefined;
  return { type: 'TextPositionSelector', start, end: Math.min(end, n) };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Re-anchors one annotation. For many on the same text, use one `Anchorer`. */
export function anchor(text: string, selectors: AnchorInput, options?: AnchorOptions): AnchorResult {
  return new Anchorer(text, options).anchor(selectors);
}

/** Re-anchors many annotations on one text, sharing the index. */
export function anchorAll(text: string, inputs: readonly AnchorInput[], options?: AnchorOptions): AnchorResult[] {
  return new Anchorer(text, options).anchorAll(inputs);
}
