import { toCsv } from './format';
import type { GovernmentsTable } from './table';

const header = (t: GovernmentsTable) => ['指标', ...t.governments.map((g) => g.region)];
const cellsOf = (t: GovernmentsTable) => t.rows.map((r) => [r.indicator, ...t.governments.map((g) => r.cells[g.region]?.figure ?? '')]);

/** The governments table as Markdown: one column per government, the figure as written in each cell. */
export function formatGovernmentsMarkdown(t: GovernmentsTable): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const rows = [header(t), header(t).map(() => '---'), ...cellsOf(t)];
  const title = `# ${t.year ?? ''}年 各地政府工作报告主要目标对照`;
  return [title, '', ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

/** The same as CSV for Excel (UTF-8 with BOM, formula-safe cells). */
export function formatGovernmentsCsv(t: GovernmentsTable): string {
  return toCsv([header(t), ...cellsOf(t)]);
}
