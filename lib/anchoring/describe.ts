import type { Selectors } from './types.ts';

/** Characters of context kept on each side of a quote, as Hypothesis does. */
export const CONTEXT_CHARS = 32;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * The selectors for text[start, end): a TextQuoteSelector with up to 32 characters of prefix and
 * suffix (never splitting a surrogate pair) and a TextPositionSelector.
 */
export function describe(text: string, start: number, end: number, context = CONTEXT_CHARS): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new RangeError(`describe: bad range ${start}..${end} for a text of ${text.length}`);
  }
  let ps = Math.max(0, start - context);
  if (ps > 0 && isLow(text.charCodeAt(ps))) ps++;
  let se = Math.min(text.length, end + context);
  if (se < text.length && isHigh(text.charCodeAt(se - 1))) se--;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.min(ps, start), start),
      suffix: text.slice(end, Math.max(se, end)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
