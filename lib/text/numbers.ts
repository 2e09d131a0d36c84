/** Chinese and Arabic numerals, multipliers and fractions. */

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/**
 * Parses a Chinese numeral such as 一百二十, 两万, 十, 三千五百万, 二〇二一 (digit by digit).
 * Returns null when the string is not a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (!s || ![...s].every((c) => c in DIGIT || c in SMALL_UNIT || c in BIG_UNIT)) return null;
  // Digit-by-digit form (二〇二一).
  if (s.length > 1 && [...s].every((c) => c in DIGIT)) {
    return Number([...s].map((c) => DIGIT[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit = 0;
  let sawDigit = false;
  for (const c of s) {
    if (c in DIGIT) {
      digit = DIGIT[c]!;
      sawDigit = true;
    } else if (c in SMALL_UNIT) {
      section += (sawDigit ? digit : 1) * SMALL_UNIT[c]!;
      digit = 0;
      sawDigit = false;
    } else {
      const big = BIG_UNIT[c]!;
      section += digit;
      if (section === 0 && total === 0) section = 1;
      if (big === 1e8) {
        total = (total + section) * big;
      } else {
        total += section * big;
      }
      section = 0;
      digit = 0;
      sawDigit = false;
    }
  }
  return total + section + digit;
}

/** Multiplier of a suffix such as 万, 亿, 万亿, 千万, 百万. */
export function multiplierOf(suffix: string): number {
  switch (suffix) {
    case '':
      return 1;
    case '十':
      return 10;
    case '百':
      return 100;
    case '千':
      return 1e3;
    case '万':
      return 1e4;
    case '十万':
      return 1e5;
    case '百万':
      return 1e6;
    case '千万':
      return 1e7;
    case '亿':
      return 1e8;
    case '万亿':
      return 1e12;
    default:
      return NaN;
  }
}

/** Rounds away binary noise (0.1 * 3 and friends) while keeping the value a plain number. */
export function clean(n: number): number {
  if (!Number.isFinite(n)) return n;
  // Integers below 10^12 have no noise and at most 12 digits: toPrecision(12) would return them unchanged.
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return n === 0 ? 0 : n;
  const r = Number(n.toPrecision(12));
  return Object.is(r, -0) ? 0 : r;
}
