/**
 * Pure helpers of the changes views: cutting a text into marked pieces, the compare page's rows
 * (aligned sections with their hunks and the commitments of both texts), and dates as a reader
 * writes them.
 */
import type { ComparisonRow } from '@/lib/commitments';
import type { Hunk, SectionDiff } from '@/lib/diff';

/** A run of text with one set of marks. */
export interface Piece {
  text: string;
  /** Deleted (side a) or inserted (side b) by a hunk. */
  change: 'del' | 'ins' | null;
  /** The hunk changes a number. */
  numeric: boolean;
  /** Index (in the comparison's rows) of a commitment whose figure this is. */
  commitment: number | null;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Cuts `text.slice(start, end)` at the hunks' ranges on one side and at the commitments' figures.
 * Offsets are in the whole text; the pieces cover the slice exactly.
 */
export function pieces(
  text: string,
  start: number,
  end: number,
  side: 'a' | 'b',
  hunks: readonly Hunk[],
  commitments: ReadonlyArray<Span & { row: number }> = [],
): Piece[] {
  const marks: Array<Span & { hunk?: Hunk; row?: number }> = [];
  for (const h of hunks) {
    const [s, e] = side === 'a' ? [h.aStart, h.aEnd] : [h.bStart, h.bEnd];
    if (e > s) marks.push({ start: s, end: e, hunk: h });
  }
  for (const c of commitments) if (c.end > c.start) marks.push({ start: c.start, end: c.end, row: c.row });
  const cuts = new Set([start, end]);
  for (const m of marks) {
    if (m.start > start && m.start < end) cuts.add(m.start);
    if (m.end > start && m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const [s, e] = [points[k]!, points[k + 1]!];
    const hunk = marks.find((m) => m.hunk && m.start <= s && m.end >= e)?.hunk;
    const row = marks.find((m) => m.row !== undefined && m.start <= s && m.end >= e)?.row ?? null;
    const piece: Piece = {
      text: text.slice(s, e),
      change: hunk ? (side === 'a' ? 'del' : 'ins') : null,
      numeric: hunk?.numeric ?? false,
      commitment: row,
    };
    const last = out[out.length - 1];
    if (last && last.change === piece.change && last.numeric === piece.numeric && last.commitment === piece.commitment) {
      last.text += piece.text;
    } else {
      out.push(piece);
    }
  }
  return out;
}

/** The pieces cut into paragraphs (at line breaks, which are left out). */
export function paragraphs(parts: readonly Piece[]): Piece[][] {
  const out: Piece[][] = [[]];
  for (const p of parts) {
    p.text.split('\n').forEach((line, k) => {
      if (k > 0) out.push([]);
      if (line) out[out.length - 1]!.push({ ...p, text: line });
    });
  }
  return out;
}

/** One row of the compare page: a pair of aligned sections. */
export interface CompareRow {
  index: number;
  section: SectionDiff;
  /** The hunks shown (all, or only numeric ones). */
  hunks: Hunk[];
  /** Indexes into the comparison's rows of the commitments that lie in this row (either side). */
  commitments: number[];
}

/** Which section pair holds each comparison row: by the current figure, else the prior one. */
export function rowsOf(
  sections: readonly SectionDiff[],
  comparison: readonly Pick<ComparisonRow, 'prior' | 'current'>[],
  numericOnly: boolean,
): CompareRow[] {
  const rows: CompareRow[] = sections.map((section, index) => ({
    index,
    section,
    hunks: numericOnly ? section.hunks.filter((h) => h.numeric) : section.hunks,
    commitments: [],
  }));
  const inside = (s: Span | null, at: number) => !!s && s.start <= at && at < s.end;
  comparison.forEach((c, k) => {
    const row = (c.current && rows.find((r) => inside(r.section.b, c.current!.start)))
      ?? (c.prior && rows.find((r) => inside(r.section.a, c.prior!.start)));
    row?.commitments.push(k);
  });
  return rows;
}

/** 3月5日 (zh) or Mar 5 (en); with the year when it is not this year's. */
export function shortDate(ms: number, lang: 'zh' | 'en', now = Date.now()): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  if (lang === 'zh') return `${sameYear ? '' : `${d.getFullYear()}年`}${d.getMonth() + 1}月${d.getDate()}日`;
  return d.toLocaleDateString('en', { month: 'short', day: 'numeric', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** Hunks shown to a reader: the cosmetic ones are never counted. */
export function visibleHunks(hunks: readonly Hunk[]): Hunk[] {
  return hunks.filter((h) => !h.cosmetic);
}

/** How the compare page names a stored text: `reportId#hash` (report ids never hold a '#'). */
export function textRef(reportId: string, hash: string): string {
  return `${reportId}#${hash}`;
}

export function parseTextRef(ref: string): { reportId: string; hash: string } | null {
  const i = ref.lastIndexOf('#');
  return i > 0 && /^[0-9a-f]{64}$/u.test(ref.slice(i + 1)) ? { reportId: ref.slice(0, i), hash: ref.slice(i + 1) } : null;
}
