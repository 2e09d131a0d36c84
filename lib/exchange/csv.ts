import { CHANGE_LABELS, STATUS_LABELS, figure, noteLine, type AnnotatedRow } from './table.ts';

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

export const CSV_HEADER = [
  '指标',
  '上年目标',
  '上年原文',
  '本年目标',
  '本年原文',
  '上年完成情况',
  '变化',
  '完成状态',
  '备注',
  '批注',
  '标签',
  '批注人',
  '批注原文',
] as const;

/** The comparison table with its annotations, one line per row (several notes in one cell). */
export function annotationsCsv(rows: readonly AnnotatedRow[]): string {
  const table: string[][] = [[...CSV_HEADER]];
  for (const { row, annotations } of rows) {
    const notes = annotations.map(noteLine).join('\n');
    const tags = [...new Set(annotations.flatMap((a) => a.body.tags))].join('、');
    const who = [...new Set(annotations.map((a) => a.creator?.name).filter((n): n is string => !!n))].join('、');
    const quotes = annotations.map((a) => a.target.selectors.quote.exact).join('\n');
    if (row) {
      table.push([
        row.indicator,
        figure(row.prior),
        row.prior?.quote ?? '',
        figure(row.current),
        row.current?.quote ?? '',
        figure(row.outcome),
        CHANGE_LABELS[row.change] ?? row.change,
        row.status ? STATUS_LABELS[row.status] ?? row.status : '',
        (row.notes ?? []).join('；'),
        notes,
        tags,
        who,
        quotes,
      ]);
    } else {
      for (const a of annotations) {
        table.push(['（其他批注）', '', '', '', '', '', '', '', '', noteLine(a), a.body.tags.join('、'), a.creator?.name ?? '', a.target.selectors.quote.exact]);
      }
    }
  }
  return toCsv(table);
}
