import type { Analysis } from './analyze';
import type { Comparison } from './link';
import { term, type Lang, type TermKey } from '../terms';
import { writtenFigure } from './figure';
import { notesText } from './notes';
import type { Change, Commitment, IndicatorSeries, Status } from './types';

const CHANGES: Change[] = ['raised', 'lowered', 'same', 'comparator-changed', 'unit-changed', 'new', 'dropped', 'qualitative'];
const STATUSES: Exclude<Status, null>[] = ['exceeded', 'met', 'missed', 'not-reported'];

/** The change and status words of the exports, from the one glossary (lib/terms) the UI also speaks. */
export const CHANGE_LABEL = Object.fromEntries(CHANGES.map((c) => [c, term(c)])) as Record<Change, string>;
export const STATUS_LABEL = Object.fromEntries(STATUSES.map((s) => [s, term(s)])) as Record<Exclude<Status, null>, string>;

/** A figure as a reader writes it in a table cell, with its comparator: "1100万人以上", "6%－6.5%" (see ./figure). */
export function figureText(c: Commitment | null): string {
  return writtenFigure(c);
}

function pad(s: string, width: number): string {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return s + ' '.repeat(Math.max(0, width - w));
}

export function formatExtractTable(a: Analysis): string {
  const m = a.meta;
  const head = `${m.region ?? '（地区不详）'} ${m.year ?? '（年份不详）'} ${m.title ?? ''}${m.summary ? '（摘要）' : ''} · ${m.level ?? ''} · 置信度 ${m.confidence}`;
  const lines = [head, ''];
  for (const c of a.commitments) {
    lines.push(`${pad(c.id, 5)} ${pad(c.kind === 'target' ? '目标' : '实绩', 5)}${pad(c.indicator, 30)} ${pad(figureText(c), 18)} ${c.horizon === 'multi-year' ? `[${c.horizonLabel ?? '多年'}] ` : ''}${c.quote}`);
  }
  const t = a.commitments.filter((c) => c.kind === 'target').length;
  lines.push('', `${t} 项目标，${a.commitments.length - t} 项实绩`);
  return lines.join('\n');
}

/** A passage as the table cites it: its quote, and its page for a report read from a PDF (（第5页）, (p. 5)). */
function cited(c: { quote: string; page?: number } | null, lang: Lang): string {
  if (!c) return '';
  return c.page ? `${c.quote}${lang === 'en' ? ` (p. ${c.page})` : `（第${c.page}页）`}` : c.quote;
}

const HEADER: TermKey[] = ['indicator', 'priorTarget', 'priorActual', 'status', 'currentTarget', 'change', 'priorQuote', 'currentQuote', 'confidence'];
const header = (lang: Lang) => HEADER.map((k) => term(k, lang));

function rowCells(r: Comparison['rows'][number], lang: Lang): string[] {
  return [
    r.indicator,
    figureText(r.prior),
    figureText(r.outcome),
    r.status ? term(r.status, lang) : '',
    figureText(r.current),
    term(r.change, lang) + (r.notes.length ? (lang === 'zh' ? `（${notesText(r.notes, lang)}）` : ` (${notesText(r.notes, lang)})`) : ''),
    cited(r.prior, lang),
    cited(r.current, lang),
    String(r.score),
  ];
}

export function formatCompareMarkdown(c: Comparison, lang: Lang = 'zh'): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`| ${header(lang).join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
  for (const r of c.rows) lines.push(`| ${rowCells(r, lang).map(esc).join(' | ')} |`);
  return lines.join('\n');
}

/** RFC 4180 CSV with a UTF-8 BOM, so Excel opens Chinese text correctly. */
export function toCsv(rows: string[][]): string {
  // A spreadsheet runs a cell starting with = + - @ (or a tab or CR before them) as a formula: prefixed with '.
  const formula = (s: string) => /^[=+\-@\t\r]/.test(s);
  const cell = (s: string) => (/[",\r\n]/.test(s) || formula(s) ? `"${(formula(s) ? "'" : '') + s.replace(/"/g, '""')}"` : s);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function formatCompareCsv(c: Comparison, lang: Lang = 'zh'): string {
  return toCsv([header(lang), ...c.rows.map((r) => rowCells(r, lang))]);
}

export function formatHistoryMarkdown(series: IndicatorSeries[]): string {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort();
  const lines = [`| 指标 | ${years.join(' | ')} |`, `|---|${years.map(() => '---').join('|')}|`];
  for (const s of series) {
    const cells = years.map((y) => {
      const p = s.points.find((pt) => pt.year === y);
      if (!p) return '';
      return figureText(p.target) + (p.actual ? `（实绩 ${figureText(p.actual)}）` : '');
    });
    lines.push(`| ${s.indicator} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
