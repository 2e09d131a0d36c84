import type { ReportIdentity } from '../anchoring/index.ts';
import { writtenFigure } from '../commitments/figure.ts';
import { notesText } from '../commitments/notes.ts';
import { reportTitle, term, type Lang, type TermKey } from '../terms/index.ts';
import { noteLine, type AnnotatedRow } from './table.ts';

/** RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  // A spreadsheet runs a cell starting with = + - @ as a formula; prefix those with ' unless
  // the cell is a plain number (-0.5, +3%).
  let v = value;
  if (/^[=+\-@\t\r]/.test(v) && !/^[+-]?\d[\d.,]*%?$/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** A table as CSV: UTF-8 BOM (so Excel reads Chinese), CRLF line ends, RFC 4180 quoting. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const HEADER: TermKey[] = [
  'indicator',
  'priorTarget',
  'priorQuote',
  'currentTarget',
  'currentQuote',
  'priorActual',
  'change',
  'status',
  'notes',
  'annotation',
  'tags',
  'annotator',
  'annotatedText',
];

/** The header of the annotated table in `lang`. */
export const csvHeader = (lang: Lang = 'zh'): string[] => HEADER.map((k) => term(k, lang));

function tableRows(rows: readonly AnnotatedRow[], lang: Lang): string[][] {
  const table: string[][] = [];
  for (const { row, annotations } of rows) {
    const notes = annotations.map(noteLine).join('\n');
    const tags = [...new Set(annotations.flatMap((a) => a.body.tags))].join('、');
    const who = [...new Set(annotations.map((a) => a.creator?.name).filter((n): n is string => !!n))].join('、');
    const quotes = annotations.map((a) => a.target.selectors.quote.exact).join('\n');
    if (row) {
      table.push([
        row.indicator,
        writtenFigure(row.prior),
        row.prior?.quote ?? '',
        writtenFigure(row.current),
        row.current?.quote ?? '',
        writtenFigure(row.outcome),
        term(row.change, lang),
        row.status ? term(row.status, lang) : '',
        notesText(row.notes ?? [], lang),
        notes,
        tags,
        who,
        quotes,
      ]);
    } else {
      for (const a of annotations) {
        table.push([term('otherAnnotations', lang), '', '', '', '', '', '', '', '', noteLine(a), a.body.tags.join('、'), a.creator?.name ?? '', a.target.selectors.quote.exact]);
      }
    }
  }
  return table;
}

/** The comparison table with its annotations, one line per row (several notes in one cell). */
export function annotationsCsv(rows: readonly AnnotatedRow[], lang: Lang = 'zh'): string {
  return toCsv([csvHeader(lang), ...tableRows(rows, lang)]);
}

/** Several reports' tables in one file, grouped by report: the report's name leads every line. */
export function annotationsCsvByReport(groups: readonly { report: ReportIdentity; rows: readonly AnnotatedRow[] }[], lang: Lang = 'zh'): string {
  const lines = groups.flatMap((g) => tableRows(g.rows, lang).map((r) => [reportTitle(g.report, lang), ...r]));
  return toCsv([[term('report', lang), ...csvHeader(lang)], ...lines]);
}
