import { DEFAULT_TAGS, type AnchorResult, type Annotation, type ReportIdentity } from '../anchoring/index.ts';
import { writtenFigure } from '../commitments/figure.ts';
import { reportTitle, term, type Lang } from '../terms/index.ts';
import type { AnnotatedRow, TableReports } from './table.ts';

/** The briefing's sentences; its terms come from the glossary. */
const SAY = {
  zh: {
    made: (date: string, against: string, n: number) => `${date} 生成${against ? `，对照${against}` : ''}；批注 ${n} 条。`,
    importedFrom: (f: string) => `〔导入自 ${f}〕`,
  },
  en: {
    made: (date: string, against: string, n: number) => `Made ${date}${against ? `, against the ${against}` : ''}; ${n} annotation${n === 1 ? '' : 's'}.`,
    importedFrom: (f: string) => ` [imported from ${f}]`,
  },
} as const;

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
  /** The language of headings and words (the UI's); figures and quotes stay as the report writes them. */
  lang?: Lang;
}

function quoteLine(a: Annotation, lang: Lang): string {
  const note = a.body.note.trim() ? ` —— ${mdText(a.body.note)}` : '';
  const who = a.creator?.name ? `（${mdText(a.creator.name)}）` : '';
  const from = a.provenance ? SAY[lang].importedFrom(mdText(a.provenance.importedFrom)) : '';
  const more = a.body.tags.length > 1 ? ` 〔${a.body.tags.slice(1).map(mdText).join('、')}〕` : '';
  return `- 「${mdText(a.target.selectors.quote.exact)}」${note}${who}${more}${from}`;
}

/** A Markdown briefing: the comparison table with notes, notes by tag, and what needs checking. */
export function briefingMarkdown(input: BriefingInput): string {
  const { reports, rows, anchors } = input;
  const lang = input.lang ?? 'zh';
  const all = rows.flatMap((r) => r.annotations);
  const date = (input.now ?? new Date()).toISOString().slice(0, 10);
  const out: string[] = [];
  out.push(`# ${mdText(input.title ?? `${reportTitle(reports.current, lang)} ${term('briefing', lang)}`)}`, '');
  const against = reports.prior ? mdText(reportTitle(reports.prior, lang)) : '';
  out.push(SAY[lang].made(date, against, all.length), '');

  const tableRows = rows.filter((r) => r.row !== null);
  if (tableRows.length) {
    out.push(`## ${term('comparedTable', lang)}`, '');
    const head = (['indicator', 'priorTarget', 'currentTarget', 'change', 'status', 'annotation'] as const).map((k) => term(k, lang));
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`);
    for (const { row, annotations } of tableRows) {
      const r = row!;
      const notes = annotations
        .map((a) => `${a.body.tags.length ? `[${a.body.tags.map(mdText).join('][')}] ` : ''}${mdText(a.body.note)}`.trim())
        .filter(Boolean)
        .join('；');
      out.push(
        `| ${[
          mdText(r.indicator),
          mdText(writtenFigure(r.prior)),
          mdText(writtenFigure(r.current)),
          mdText(term(r.change, lang)),
          mdText(r.status ? term(r.status, lang) : ''),
          notes,
        ].join(' | ')} |`,
      );
    }
    out.push('');
  }

  if (all.length) {
    out.push(`## ${term('annotation', lang)}`, '');
    const groups = new Map<string, Annotation[]>();
    for (const t of DEFAULT_TAGS) groups.set(t, []);
    for (const a of all) {
      const tag = a.body.tags[0] ?? '';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag)!.push(a);
    }
    for (const [tag, list] of groups) {
      if (!list.length) continue;
      out.push(`### ${tag ? mdText(tag) : term('untagged', lang)}${lang === 'en' ? ` (${list.length})` : `（${list.length}）`}`, '');
      for (const a of list) out.push(quoteLine(a, lang));
      out.push('');
    }
  }

  if (anchors) {
    const changed = all.filter((a) => anchors.get(a.id)?.status === 'changed');
    const orphaned = all.filter((a) => anchors.get(a.id)?.status === 'orphaned');
    if (changed.length || orphaned.length) {
      out.push(`## ${term('toCheck', lang)}`, '');
      const colon = lang === 'en' ? ': ' : '：';
      for (const a of changed) {
        const r = anchors.get(a.id)!;
        out.push(`- ${term('changedText', lang)}${colon}「${mdText(r.oldQuote)}」→「${mdText(r.newQuote ?? '')}」${a.body.note.trim() ? ` —— ${mdText(a.body.note)}` : ''}`);
      }
      for (const a of orphaned) {
        out.push(`- ${term('orphanedText', lang)}${colon}「${mdText(a.target.selectors.quote.exact)}」${a.body.note.trim() ? ` —— ${mdText(a.body.note)}` : ''}`);
      }
      out.push('');
    }
  }
  return out.join('\n');
}

/** Several reports' briefings in one file, one after another, each under its report's heading. */
export function briefingsMarkdown(inputs: readonly BriefingInput[]): string {
  return inputs.map(briefingMarkdown).join('\n---\n\n');
}
