import type { Analysis } from './analyze';
import type { Comparison } from './link';
import type { Amount, Change, Commitment, IndicatorSeries, Status } from './types';

const COMPARATOR_TEXT: Record<Commitment['comparator'], string> = {
  '>=': '以上', '>': '超过', '<=': '以内', '~': '左右', '=': '', range: '', '+': '增加', '-': '减少',
};
export const CHANGE_LABEL: Record<Change, string> = {
  raised: '上调', lowered: '下调', same: '持平', 'comparator-changed': '表述变化', 'unit-changed': '单位变化',
  new: '新增', dropped: '未再提及', qualitative: '无量化',
};
export const STATUS_LABEL: Record<Exclude<Status, null>, string> = {
  exceeded: '超额完成', met: '完成', missed: '未完成', 'not-reported': '未报告',
};

function amountText(a: Amount): string {
  const f = (n: number) =>
    Math.abs(n) >= 1e12
      ? `${+(n / 1e12).toPrecision(6)}万亿`
      : Math.abs(n) >= 1e8
        ? `${+(n / 1e8).toPrecision(6)}亿`
        : Math.abs(n) >= 1e4
          ? `${+(n / 1e4).toPrecision(6)}万`
          : String(+n.toPrecision(6));
  return Array.isArray(a) ? `${f(a[0])}–${f(a[1])}` : f(a);
}

/** A figure as a reader writes it in a table cell: "5万人以上", "6%–6.5%". */
export function figureText(c: Commitment | null): string {
  if (!c) return '';
  const unit = c.unit === '百分点' ? '个百分点' : c.unit;
  // A review figure is a level reached ("增长8.1%" reads 8.1%), not a planned change.
  const sign = c.kind === 'outcome' ? '' : c.comparator === '+' ? '+' : c.comparator === '-' ? '−' : '';
  const q = COMPARATOR_TEXT[c.comparator];
  if (c.comparator === '>') return `超过${amountText(c.amount)}${unit}`;
  return `${sign}${amountText(c.amount)}${unit}${c.comparator === '+' || c.comparator === '-' ? '' : q}`;
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

/** A passage as the table cites it: its quote, and its page for a report read from a PDF (（第5页）). */
function cited(c: { quote: string; page?: number } | null): string {
  return c ? `${c.quote}${c.page ? `（第${c.page}页）` : ''}` : '';
}

const HEADER = ['指标', '上年目标', '上年实绩', '完成情况', '今年目标', '变化', '上年原文', '今年原文', '置信度'];

function rowCells(r: Comparison['rows'][number]): string[] {
  return [
    r.indicator,
    figureText(r.prior),
    figureText(r.outcome),
    r.status ? STATUS_LABEL[r.status] : '',
    figureText(r.current),
    CHANGE_LABEL[r.change] + (r.notes.length ? `（${r.notes.join('；')}）` : ''),
    cited(r.prior),
    cited(r.current),
    String(r.score),
  ];
}

export function formatCompareMarkdown(c: Comparison): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`| ${HEADER.join(' | ')} |`, `|${HEADER.map(() => '---').join('|')}|`];
  for (const r of c.rows) lines.push(`| ${rowCells(r).map(esc).join(' | ')} |`);
  return lines.join('\n');
}

/** RFC 4180 CSV with a UTF-8 BOM, so Excel opens Chinese text correctly. */
export function toCsv(rows: string[][]): string {
  // A spreadsheet runs a cell starting with = + - @ (or a tab or CR before them) as a formula: prefixed with '.
  const formula = (s: string) => /^[=+\-@\t\r]/.test(s);
  const cell = (s: string) => (/[",\r\n]/.test(s) || formula(s) ? `"${(formula(s) ? "'" : '') + s.replace(/"/g, '""')}"` : s);
  return '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function formatCompareCsv(c: Comparison): string {
  return toCsv([HEADER, ...c.rows.map(rowCells)]);
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
