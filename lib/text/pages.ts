/**
 * A file's pages travel inside its text: a form feed (U+000C) starts every page after the first.
 * The store, versions, backups, the diff and the command line keep the text as it is, so the page
 * of any offset can be told wherever the text is, with no field beside it. Normalization reads a
 * form feed as a space (lib/text/normalize.ts), so `扶持15\f家` is still 扶持15家.
 */
export const PAGE_BREAK = '\f';

/** Offsets where each page starts (page 1 at 0). */
export function pageStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf(PAGE_BREAK); i >= 0; i = text.indexOf(PAGE_BREAK, i + 1)) starts.push(i + 1);
  return starts;
}

/** The 1-based page of the character at `offset`, or null when the text has no pages. */
export function pageAt(starts: readonly number[], offset: number): number | null {
  if (starts.length < 2) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The page of one offset in a text (one pass; use pageStarts for many). */
export function pageOf(text: string, offset: number): number | null {
  return pageAt(pageStarts(text), offset);
}
