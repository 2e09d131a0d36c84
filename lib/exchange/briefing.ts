import { DEFAULT_TAGS, type AnchorResult, type Annotation, type ReportIdentity } from '../anchoring/index.ts';
import { CHANGE_LABELS, STATUS_LABELS, figure, type AnnotatedRow, type TableReports } from './table.ts';

/**
 * User text inside Markdown: one line, with every character that could start markup or raw
 * HTML escaped (so a note reading <script> stays text in any renderer).
 */
export function mdText(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' / ')
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .trim();
}

export interface BriefingInput {
  title?: string;
  reports: TableReports;
  rows: readonly AnnotatedRow[];
  /** Re-anchoring results on the current text, by annotation id: lists changed and orphaned quotes. */
  anchors?: ReadonlyMap<string, AnchorResult>;
  now?: Date;
}

function reportName(r: ReportIdentity | null | undefined): string {
  if (!r) return '';
  return `${r.region ?? ''}${r.year ? `${r.year}年` : ''}${r.title ?? '政府工作报告'}`;
}

function quoteLine(a: Annotation): string {
  const note = a.body.note.trim() ? ` —— ${mdText(a.body.note)}` : '';
  const who = a.creator?.name ? `（${mdText(a.creator.name)}）` : '';
  const from = a.provenance ? `〔导入自 ${mdText(a.provenance.importedFrom)}〕` : '';
  const more = a.body.tags.length > 1 ? ` 〔${a.body.tags.slice(1).map(mdText).join('、')}〕` : '';
  return `- 「${mdText(a.target.selectors.quote.exact)}」${note}${who}${more}${from}`;
}

/** A Markdown briefing: the comparison table with notes, notes by tag, and what needs checking. */
export function briefingMarkdown(input: BriefingInput): string {
  const { reports, rows, anchors } = input;
  const all = rows.flatMap((r) => r.annotations);
  const date = (input.now ?? new Date()).toISOString().slice(0, 10);
  const out: string[] = [];
  out.push(`# ${mdText(input.title ?? `${reportName(reports.current)} 简报`)}`, '');
  const against = reports.prior ? `，对照${mdText(reportName(reports.prior))}` : '';
  out.push(`${date} 生成${against}；批注 ${all.length} 条。`, '');

  const tableRows = rows.filter((r) => r.row !== null);
  if (tableRows.length) {
    out.push('## 指标对照', '');
    out.push('| 指标 | 上年目标 | 本年目标 | 变化 | 完成状态 | 批注 |', '| --- | --- | --- | --- | --- | --- |');
    for (const { row, annotations } of tableRows) {
      const r = row!;
      const notes = annotations
        .map((a) => `${a.body.tags.length ? `[${a.body.tags.map(mdText).join('][')}] ` : ''}${mdText(a.body.note)}`.trim())
        .filter(Boolean)
        .join('；');
      out.push(
        `| ${[
          mdText(r.indicator),
          mdText(figure(r.prior)),
          mdText(figure(r.current)),
          mdText(CHANGE_LABELS[r.change] ?? r.change),
          mdText(r.status ? STATUS_LABELS[r.status] ?? r.status : ''),
          notes,
        ].join(' | ')} |`,
      );
    }
    out.push('');
  }

  if (all.length) {
    out.push('## 批注', '');
    const groups = new Map<string, Annotation[]>();
    for (const t of DEFAULT_TAGS) groups.set(t, []);
    for (const a of all) {
      const tag = a.body.tags[0] ?? '';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push(a);
    }
    for (const [tag, list] of groups) {
      if (!list.length) continue;
      out.push(`### ${tag ? mdText(tag) : '未加标签'}（${list.length}）`, '');
      for (const a of list) out.push(quoteLine(a));
      out.push('');
    }
  }

  if (anchors) {
    const changed = all.filter((a) => anchors.get(a.id)?.status === 'changed');
    const orphaned = all.filter((a) => anchors.get(a.id)?.status === 'orphaned');
    if (changed.length || orphaned.length) {
      out.push('## 需要核对', '');
      for (const a of changed) {
        const r = anchors.get(a.id)!;
        out.push(`- 原文已改：「${mdText(r.oldQuote)}」→「${mdText(r.newQuote ?? '')}」${a.body.note.trim() ? ` —— ${mdText(a.body.note)}` : ''}`);
      }
      for (const a of orphaned) {
        out.push(`- 原文中已找不到：「${mdText(a.target.selectors.quote.exact)}」${a.body.note.trim() ? ` —— ${mdText(a.body.note)}` : ''}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}
