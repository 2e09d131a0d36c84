/**
 * A PDF's text in reading order, from pdf.js's text items (pure: no pdf.js, no DOM, so Node and
 * the tests run it on items as they are). Lines are rebuilt from the items' positions; running
 * titles and page numbers at the top and bottom of the pages are left out; lines wrapped inside a
 * paragraph are joined (nothing between Chinese characters, a space between Latin words), a new
 * paragraph starts a new line, and every page after the first starts with a form feed
 * (lib/files/pages.ts). Each kept item's text is copied whole, so an offset into the text is an
 * offset into one item's string: the reader maps it to the item's span on the page.
 */
import { PAGE_BREAK } from '../text/pages';
import { unifyRadicals } from './radicals';

/** One text item as pdf.js gives it: `x`, `y` the baseline origin in PDF units (y up). */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** The font's height. */
  height: number;
  hasEOL: boolean;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfItem[];
}

export interface PdfText {
  text: string;
  /** Per page, per item: where the item's string starts in `text`, or -1 (empty, or page furniture). */
  itemStarts: Int32Array[];
  /** Lines left out as page furniture (running titles, page numbers), for the curious and the tests. */
  furniture: string[];
}

interface Line {
  items: number[];
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Page numbers as printed: 5, — 5 —, - 5 -, 第5页, 第 5 页 共 15 页, 5/15, Page 5. */
const PAGE_NUMBER = /^[\s\-—–－‐‑·•]*(?:(?:第\s*)?\d{1,4}\s*页?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[ivxlc]{1,6})[\s\-—–－‐‑·•]*$/i;

/** The band at the top and bottom of a page where running titles and page numbers sit. */
const BAND = 0.12;

function linesOf(page: PdfPageText): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  let broke = true;
  page.items.forEach((it, i) => {
    if (it.str) {
      const size = it.height || 1;
      if (!cur || broke || Math.abs(it.y - cur.y) > 0.5 * Math.max(size, cur.size)) {
        cur = { items: [], text: '', x: it.x, right: it.x, y: it.y, size };
        lines.push(cur);
      }
      cur.items.push(i);
      cur.text += it.str;
      cur.right = Math.max(cur.right, it.x + it.width);
      cur.x = Math.min(cur.x, it.x);
      cur.size = Math.max(cur.size, size);
      broke = false;
    }
    if (it.hasEOL) broke = true;
  });
  return lines.filter((l) => l.text.trim());
}

const furnitureKey = (t: string) => t.replace(/\s+/g, '').replace(/\d+/g, '#');

function inBand(line: Line, page: PdfPageText): boolean {
  return line.y > page.height * (1 - BAND) || line.y < page.height * BAND;
}

/**
 * Lines that are page furniture: in the top or bottom band, and a page number or a line (digits
 * aside) repeated in that band on most pages. A sentence (ending in 。！？) is never furniture.
 */
function furnitureOf(pages: PdfPageText[], lines: Line[][]): Set<Line> {
  const counts = new Map<string, number>();
  lines.forEach((ls, p) => {
    const keys = new Set(ls.filter((l) => inBand(l, pages[p]!)).map((l) => furnitureKey(l.text)));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  });
  const repeated = Math.max(2, Math.ceil(pages.length * 0.5));
  const out = new Set<Line>();
  lines.forEach((ls, p) => {
    for (const l of ls) {
      if (!inBand(l, pages[p]!)) continue;
      const t = l.text.trim();
      if (PAGE_NUMBER.test(t) || (pages.length >= 2 && (counts.get(furnitureKey(t)) ?? 0) >= repeated && !/[。！？；]$/.test(t))) out.add(l);
    }
  });
  return out;
}

/** The left edge of a line's column: the leftmost line start at most three characters left of it. */
function columnLeft(line: Line, lines: Line[]): number {
  let left = line.x;
  for (const l of lines) if (l.x < left && l.x >= line.x - 3 * line.size) left = l.x;
  return left;
}

/** The right edge of a line's column: the furthest end of the lines starting in that column. */
function columnRight(line: Line, lines: Line[]): number {
  const left = columnLeft(line, lines);
  let right = line.right;
  for (const l of lines) if (l.x >= left - 0.5 && l.x <= left + 3 * line.size) right = Math.max(right, l.right);
  return right;
}

/** The usual distance between the baselines of two lines of one paragraph. */
function linePitch(lines: Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1]!.y - lines[i]!.y;
    if (g > 0 && g < 4 * lines[i]!.size) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  return gaps[gaps.length >> 1] ?? 0;
}

/** Does `next` start a new paragraph after `prev` (on its page, or the next page's first line)? */
function startsParagraph(prev: Line, prevLines: Line[], next: Line, nextLines: Line[], pitch: number): boolean {
  if (Math.abs(prev.size - next.size) > 0.15 * Math.max(prev.size, next.size)) return true;
  if (next.x - columnLeft(next, nextLines) > 0.8 * next.size) return true;
  if (prev.right < columnRight(prev, prevLines) - 1.2 * prev.size) return true;
  // A wider gap than the paragraph's line pitch (same page and column only).
  const gap = prev.y - next.y;
  return prevLines === nextLines && pitch > 0 && gap > 0 && gap > 1.6 * pitch;
}

const LATIN_END = /[A-Za-z0-9,.;:%)]$/;
const LATIN_START = /^[A-Za-z0-9(]/;

/** The text of a PDF's pages; see the module comment. */
export function pdfText(pages: PdfPageText[]): PdfText {
  const lines = pages.map(linesOf);
  const furniture = furnitureOf(pages, lines);
  const parts: string[] = [];
  let length = 0;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
  };
  const itemStarts = pages.map((p) => new Int32Array(p.items.length).fill(-1));
  let prev: { line: Line; lines: Line[]; pitch: number } | null = null;
  let last = '';
  pages.forEach((page, p) => {
    const kept = lines[p]!.filter((l) => !furniture.has(l));
    const pitch = linePitch(kept);
    if (p > 0) push(PAGE_BREAK);
    kept.forEach((line, li) => {
      const text = unifyRadicals(line.text);
      if (prev) {
        const brk = startsParagraph(prev.line, prev.lines, line, kept, prev.lines === kept ? pitch : 0);
        // Before a page's form feed when the paragraph ended on the page before.
        if (brk) {
          if (li === 0) {
            parts.splice(parts.length - 1, 0, '\n');
            length += 1;
          } else push('\n');
        } else if (LATIN_END.test(last) && LATIN_START.test(text)) push(' ');
      }
      for (const i of line.items) {
        itemStarts[p]![i] = length;
        push(unifyRadicals(page.items[i]!.str));
      }
      last = text;
      prev = { line, lines: kept, pitch };
    });
  });
  return { text: parts.join(''), itemStarts, furniture: [...furniture].map((l) => l.text) };
}
