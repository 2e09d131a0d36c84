/** The part of `Intl.Segmenter` the diff uses; inject one to reuse it or to test with another. */
export interface WordSegmenter {
  segment(input: string): Iterable<{ segment: string; index: number }>;
}

export type HunkKind = 'insert' | 'delete' | 'replace';

/**
 * One change between text `a` (old) and text `b` (new). Offsets are UTF-16 offsets into the
 * strings given to the diff: `oldText === a.slice(aStart, aEnd)`, `newText === b.slice(bStart, bEnd)`.
 * An insertion has `aStart === aEnd` (the point in `a` where it goes); a deletion has
 * `bStart === bEnd` (where a marker goes in `b`).
 */
export interface Hunk {
  kind: HunkKind;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
  oldText: string;
  newText: string;
  /** The hunk deletes or inserts a number (digits or Chinese numerals with their multiplier and unit). */
  numeric: boolean;
  /** Only whitespace, line layout, full-width/half-width or punctuation differ. */
  cosmetic: boolean;
}

export interface DiffOptions {
  /** Also return cosmetic hunks (whitespace, layout, width, punctuation only). Default false. */
  showCosmetic?: boolean;
  /** Word segmenter; default a cached `Intl.Segmenter('zh', {granularity: 'word'})`. */
  segmenter?: WordSegmenter;
  /** diff-match-patch time budget in seconds (0 = none). Default 4. */
  timeout?: number;
}

export interface DiffStats {
  insertions: number;
  deletions: number;
  replacements: number;
  /** Returned hunks flagged `numeric`. */
  numeric: number;
  /** Cosmetic hunks found (returned only with `showCosmetic`). */
  cosmetic: number;
  /** Characters of `oldText` / `newText` over the returned non-cosmetic hunks. */
  deletedChars: number;
  insertedChars: number;
  /** Word tokens (whitespace excluded) in each text. */
  aTokens: number;
  bTokens: number;
  /** Tokens left unchanged (counted once). */
  matched: number;
  /** Share of tokens left unchanged: 2 × matched / (aTokens + bTokens); 1 for two empty texts. */
  similarity: number;
}

export interface DiffResult {
  /** In text order (by `bStart`, then `aStart`). */
  hunks: Hunk[];
  stats: DiffStats;
}
