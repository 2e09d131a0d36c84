import type { Normalized } from './types';
import { isFurnitureLine, isRelatedLinksHeader } from './furniture';

/**
 * Normalizes a report's text for extraction while keeping a map back to the source:
 * - full-width digits, letters and ％＋－．～ become ASCII (so 6.5％ reads like 6.5%);
 * - spaces inside a line disappear between Chinese characters, collapse to one between Latin
 *   words, and a wide gap (2+ spaces or an ideographic space) becomes a line break, since flattened
 *   sources use it where a paragraph or heading ended;
 * - page-break splits inside a phrase ("扶持15\n\n家") are joined;
 * - newspaper and web-page furniture lines are dropped, as are inline page markers (上接05版),
 *   note markers ［12］ and stray markup (**).
 * Every character of `text` maps back through `toSource`.
 */
export function normalize(source: string): Normalized {
  const out = new Output(source.length);
  const lines = splitLines(source);
  const kept = dropFurniture(source, lines);
  for (let k = 0; k < kept.length; k++) {
    const line = kept[k]!;
    const before = out.length;
    emitLine(source, line.start, line.end, out);
    if (out.length === before) continue;
    const next = kept[k + 1];
    if (!next) continue;
    const lineText = out.textFrom(before);
    if (!shouldJoin(lineText, source, next)) out.push('\n', line.end);
    // Latin words split by a page break are still two words.
    else if (/[A-Za-z,]$/.test(lineText) && /^[A-Za-z]/.test(source.slice(next.start, next.end).trimStart())) out.push(' ', line.end);
  }
  return out.finish(source);
}

/** The normalized text under construction and its map back to the source. */
class Output {
  private parts: string[] = [];
  /** The current line's text, kept apart so reading it never copies the whole text. */
  private line = '';
  private lineStart = 0;
  private lastChar: string | undefined;
  private map: Int32Array;
  length = 0;
  constructor(sourceLength: number) {
    // Output never outgrows its source: each character stands for at least one source character.
    this.map = new Int32Array(sourceLength + 1);
  }
  push(ch: string, at: number): void {
    // One UTF-16 unit per push, so text offsets and map indices agree.
    this.parts.push(ch);
    this.map[this.length++] = at;
    this.lastChar = ch;
    if (ch === '\n') {
      this.line = '';
      this.lineStart = this.length;
    } else {
      this.line += ch;
    }
  }
  /** Copies source[from, to) unchanged (none of it a line break). */
  pushRun(source: string, from: number, to: number): void {
    const run = source.slice(from, to);
    this.parts.push(run);
    for (let k = from; k < to; k++) this.map[this.length++] = k;
    this.line += run;
    this.lastChar = run[run.length - 1];
  }
  last(): string | undefined {
    return this.lastChar;
  }
  /** Text from `start` to the end; `start` must lie in the current line. */
  textFrom(start: number): string {
    return this.line.slice(start - this.lineStart);
  }
  finish(source: string): Normalized {
    const text = this.parts.join('');
    const toSource = this.map.slice(0, text.length + 1);
    toSource[text.length] = source.length;
    return { source, text, toSource };
  }
}

/** Maps a [start, end) span of the normalized text to the source. */
export function toSourceSpan(n: Normalized, start: number, end: number): [number, number] {
  const s = n.toSource[start]!;
  const e = end > start ? n.toSource[end - 1]! + 1 : s;
  return [s, Math.max(s, e)];
}

interface Line {
  start: number;
  end: number;
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= source.length; i++) {
    const c = source.charCodeAt(i);
    if (i === source.length || c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      lines.push({ start, end: i });
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** Drops empty lines, furniture, related-link lists and a repeated title. */
function dropFurniture(source: string, lines: Line[]): Line[] {
  const kept: Line[] = [];
  const seenShort = new Set<string>();
  let inRelatedList = false;
  for (const line of lines) {
    const t = source.slice(line.start, line.end).replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    if (!t) {
      continue;
    }
    if (isRelatedLinksHeader(t)) {
      inRelatedList = true;
      continue;
    }
    if (inRelatedList) {
      // A list of article links: short lines without sentence punctuation.
      if (t.length <= 60 && !/[。；！？]/.test(t)) continue;
      inRelatedList = false;
    }
    if (isFurnitureLine(t)) continue;
    // A title repeated by a web page (document title, then the heading): keep the first.
    const compact = t.replace(/\s/g, '');
    if (compact.length <= 40 && /政府工作报告/.test(compact) && !/[。，；]/.test(compact)) {
      if (seenShort.has(compact)) continue;
      seenShort.add(compact);
    }
    kept.push(line);
  }
  return kept;
}

const FULLWIDTH_OK = /[０-９Ａ-Ｚａ-ｚ％＋－．～／]/;

function isCjk(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xffef) || '“”‘’—…·'.includes(c);
}
function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u3000' || c === '\u00a0' || c === '\u2002' || c === '\u2003' || c === '\u2009' || c === '\u200b' || c === '\f' || c === '\v';
}

/** Emits one line's characters, applying inline rules. */
function emitLine(source: string, start: number, end: number, out: Output): void {
  // Trim leading and trailing spaces.
  while (start < end && isSpace(source[start]!)) start++;
  while (end > start && isSpace(source[end - 1]!)) end--;
  let i = start;
  while (i < end) {
    const c = source[i]!;
    // Inline page markers: (上接05版) （下转第2版）
    if (c === '(' || c === '（') {
      const m = /^[(（]\s*(?:上接|下转|接|转)第?\s*[0-9０-９A-Za-z]{1,3}\s*版\s*[)）]/.exec(source.slice(i, Math.min(end, i + 16)));
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    // Note markers: ［12］ [3]
    if (c === '［' || c === '[') {
      const m = /^[［[]\s*[0-9０-９]{1,3}\s*[］\]]/.exec(source.slice(i, Math.min(end, i + 8)));
      if (m && i > start && isCjk(source[i - 1]) ) {
        i += m[0].length;
        continue;
      }
    }
    // Stray markdown emphasis.
    if (c === '*' && source[i + 1] === '*') {
      i += 2;
      continue;
    }
    if (isSpace(c)) {
      let j = i;
      let wide = 0;
      while (j < end && isSpace(source[j]!)) {
        wide += source[j] === '\u3000' ? 2 : 1;
        j++;
      }
      const prev = out.last();
      const next = source[j];
      if (wide >= 2 && out.length > 0 && (isCjk(prev) || /[。：！？]/.test(prev ?? '')) && next !== undefined && !/[a-zA-Z]/.test(next)) {
        // A flattened paragraph break (or heading followed by its paragraph).
        if (prev !== '\n') out.push('\n', i);
      } else if (prev && next && !isCjk(prev) && !isCjk(next) && prev !== '\n') {
        out.push(' ', i);
      }
      i = j;
      continue;
    }
    // "审批环节、时限,材料再压缩": an ASCII comma or semicolon in Chinese prose is the Chinese one,
    // so clauses split the same whichever a site typed.
    if ((c === ',' || c === ';') && isCjkSide(out.last()) && isCjkSide(source[i + 1])) {
      out.push(c === ',' ? '，' : '；', i);
      i++;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0xff00 && FULLWIDTH_OK.test(c)) {
      out.push(String.fromCharCode(code - 0xfee0), i);
      i++;
      continue;
    }
    // Copy a run of characters that no rule touches in one go.
    let j = i + 1;
    while (j < end && isPlain(source.charCodeAt(j))) j++;
    out.pushRun(source, i, j);
    i = j;
  }
}

/** A Chinese character or a Chinese quote or bracket beside an ASCII comma. */
function isCjkSide(c: string | undefined): boolean {
  return c !== undefined && (isCjk(c) || /[“”‘’（）《》]/.test(c));
}

/** A character that normalization copies as it is. */
function isPlain(code: number): boolean {
  if (code >= 0xff00) return false; // full-width forms
  switch (code) {
    case 0x28: // (
    case 0xff08: // （
    case 0x5b: // [
    case 0xff3b: // ［
    case 0x2a: // *
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x20:
    case 0x09:
    case 0x3000:
    case 0xa0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200b:
    case 0x0c:
    case 0x0b:
      return false;
    default:
      return true;
  }
}

// A footnote star after the stop (Goals.*) still ends the line.
const TERMINAL = /[。！？!?；;：:”"』」）)》.]$/;
const ROMAN_HEADING = /^[IVX]{1,5}\.\s+[A-Z]/;
const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．](?![0-9])|[一二三四五六七八九十]是)/;

/**
 * A page break splits a phrase when the text before it is running prose that stops mid-sentence
 * and what follows is not a heading: "扶持15" / "家…", "省级区域医疗中" / "心。".
 */
function shouldJoin(line: string, source: string, next: Line): boolean {
  if (line.length < 16) return false;
  if (TERMINAL.test(line.endsWith('*') ? line.replace(/\*+$/, '') : line)) return false;
  if (HEADING_START.test(line) && line.length < 40) return false;
  // An English part title (II. General Requirements, Major Targets and …) is long and has commas.
  if (ROMAN_HEADING.test(line) && line.length <= 160) return false;
  const nextText = source.slice(next.start, next.end).trim();
  if (HEADING_START.test(nextText) || ROMAN_HEADING.test(nextText)) return false;
  // Prose continues: the line has sentence punctuation inside, and the next line starts mid-phrase.
  if (!/[，。,；]/.test(line)) return false;
  return /^[\u4e00-\u9fff0-9A-Za-z０-９％%．.]/.test(nextText);
}
