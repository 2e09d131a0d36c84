import type { WordSegmenter } from './types';

/**
 * A word of a text. `key` is what the diff compares: the word with full-width ASCII folded to
 * half-width. Whitespace is never a token: `start`/`end` are offsets in the original text, and
 * `para` counts the line breaks before the token, so two tokens with the same `para` share a block.
 */
export interface Token {
  key: string;
  start: number;
  end: number;
  para: number;
  /** A number unit: 5万人, 6.5%, 1.3万亿斤, 第十四届, 两个. */
  num: boolean;
}

let cached: WordSegmenter | null = null;

/** The shared `Intl.Segmenter('zh', {granularity: 'word'})` (slow to build in Node, so built once). */
export function defaultSegmenter(): WordSegmenter {
  cached ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return cached;
}

const isAsciiWord = (c: number): boolean => (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
/** `\s` for one (width-folded) UTF-16 code unit, without building a string. */
export const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff;

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to half-width; one code unit each. */
function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code === 0x3000 ? 0x20 : code;
}

/**
 * The text as the segmenter sees it: width folded, whitespace dropped, except one `\n` for each run
 * holding a line break and one space between two ASCII letters or digits. `orig[i]` is the
 * original offset of character `i`.
 */
export function stripLayout(text: string): { s: string; orig: Int32Array } {
  const out = new Uint16Array(text.length);
  const orig = new Int32Array(text.length + 1);
  let n = 0;
  for (let i = 0; i < text.length; ) {
    const code = foldWidth(text.charCodeAt(i));
    if (!isSpace(code)) {
      out[n] = code;
      orig[n++] = i++;
      continue;
    }
    const runStart = i;
    let breakAt = -1;
    while (i < text.length && isSpace(foldWidth(text.charCodeAt(i)))) {
      if (breakAt < 0 && isBreak(text.charCodeAt(i))) breakAt = i;
      i++;
    }
    if (n === 0 || i === text.length) continue;
    if (breakAt >= 0) {
      out[n] = 0x0a;
      orig[n++] = breakAt;
    } else if (isAsciiWord(out[n - 1]!) && isAsciiWord(foldWidth(text.charCodeAt(i)))) {
      out[n] = 0x20;
      orig[n++] = runStart;
    }
  }
  orig[n] = text.length;
  let s = '';
  for (let k = 0; k < n; k += 4096) s += String.fromCharCode(...out.subarray(k, Math.min(n, k + 4096)));
  return { s, orig: orig.subarray(0, n + 1) };
}

const CN_FIRST = '零〇一二两三四五六七八九十';
const CN_ANY = CN_FIRST + '百千万亿';
const UNITS = [
  '个百分点', '百分点', '平方公里', '平方米', '立方米', '千瓦时', '千瓦', '标准煤', '中全会',
  '公里', '千米', '公斤', '千克', '公顷', '小时', '美元', '欧元', '港元', '人次', '万人',
  '个', '项', '家', '次', '年', '月', '日', '天', '周', '岁', '倍', '吨', '斤', '亩', '户', '所',
  '座', '名', '位', '批', '件', '套', '台', '辆', '架', '艘', '条', '处', '种', '类', '期', '届',
  '轮', '场', '部', '本', '张', '份', '篇', '块', '只', '头', '株', '元', '人', '米', '克', '度',
  '成', '级', '代', '%', '‰',
];
/** Digits or Chinese numerals, decimal part, multipliers (万, 亿), 多/余 and one measure word. */
const NUMBER = new RegExp(
  `(第)?(?:(\\d+(?:,\\d{3})*(?:\\.\\d+)?[十百千万亿]*)|([${CN_FIRST}][${CN_ANY}]*(?:点[${CN_FIRST}]+)?))` +
    `[多余]?(${UNITS.join('|')})?`,
  'gu',
);

/** Number spans in `s`, as [start, end) pairs. Chinese numerals count only at a word start. */
function numberSpans(s: string, boundary: Uint8Array): number[] {
  const spans: number[] = [];
  for (const m of s.matchAll(NUMBER)) {
    const [all, ordinal, , chinese, unit] = m;
    const start = m.index;
    if (chinese !== undefined) {
      if (!boundary[start]) continue;
      const counts = ordinal || unit || /[万亿]/.test(chinese) || chinese.length >= 2;
      if (!counts) continue;
    }
    spans.push(start, start + all.length);
  }
  return spans;
}

/** Word tokens of `text` (whitespace left out), with number units kept whole. */
export function tokenize(text: string, segmenter: WordSegmenter = defaultSegmenter()): Token[] {
  const { s, orig } = stripLayout(text);
  const boundary = new Uint8Array(s.length + 1);
  boundary[s.length] = 1;
  for (const seg of segmenter.segment(s)) boundary[seg.index] = 1;
  const numAt = new Uint8Array(s.length + 1);
  const spans = numberSpans(s, boundary);
  for (let k = 0; k < spans.length; k += 2) {
    let start = spans[k]!;
    let end = spans[k + 1]!;
    while (!boundary[start]) start--;
    while (!boundary[end]) end++;
    for (let i = start + 1; i < end; i++) boundary[i] = 0;
    numAt[start] = 1;
  }
  const tokens: Token[] = [];
  let para = 0;
  let start = 0;
  for (let i = 1; i <= s.length; i++) {
    if (!boundary[i]) continue;
    const key = s.slice(start, i);
    if (key === '\n') para++;
    else if (key !== ' ') {
      tokens.push({ key, start: orig[start]!, end: orig[i - 1]! + 1, para, num: numAt[start] === 1 });
    }
    start = i;
  }
  return tokens;
}
