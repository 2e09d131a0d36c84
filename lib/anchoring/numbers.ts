import { foldString } from './fold.ts';

/*
 * The numbers a quote states, so re-anchoring never moves a note silently onto a changed figure.
 * Arabic numerals (full-width folded) with decimals, thousands separators, a trailing ％/‰ or
 * 万/亿/千/百 multiplier; runs of Chinese numerals (一二三…十百千万亿两〇零) containing at least
 * one digit numeral, so 万众 or 千帆 alone are not numbers. The check is deliberately strict:
 * a word like 统一 counts, so changing it reports `changed`, never a silent move.
 */
const NUMBER_RE =
  /(\d+(?:,\d{3})*(?:\.\d+)?(?:[%‰]|[万亿千百]+)?)|([〇零一二两三四五六七八九十百千万亿]*[〇零一二两三四五六七八九十][〇零一二两三四五六七八九十百千万亿]*)/g;

export function extractNumbers(text: string): string[] {
  const folded = foldString(text);
  const out: string[] = [];
  for (const m of folded.matchAll(NUMBER_RE)) {
    out.push(m[1] !== undefined ? m[1].replace(/,/g, '') : m[0]);
  }
  return out;
}

/** Same numbers, in any order (a reworded sentence may reorder them). */
export function sameNumbers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((v, i) => v === y[i]);
}
