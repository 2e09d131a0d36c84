import type { Hunk } from './types';

export interface ChangeListOptions {
  /** The two texts the hunks came from: adds a context column (the change in its sentence). */
  a?: string;
  b?: string;
  /** Characters of context on each side, within the paragraph. Default 20. */
  context?: number;
  /** Column headers and kind names. Default 'zh'. */
  lang?: 'zh' | 'en';
}

const LABELS = {
  zh: {
    head: ['序号', '类型', '原文', '新文', '数字', '仅格式', '原文位置', '新文位置', '上下文'],
    insert: '新增',
    delete: '删除',
    replace: '修改',
    yes: '是',
  },
  en: {
    head: ['No.', 'Kind', 'Old', 'New', 'Numeric', 'Cosmetic', 'Old offsets', 'New offsets', 'Context'],
    insert: 'insert',
    delete: 'delete',
    replace: 'replace',
    yes: 'yes',
  },
} as const;

/** The change in its paragraph: …before【changed text】after… (drawn on b, or on a for a deletion). */
function contextOf(h: Hunk, opts: ChangeListOptions): string {
  const [text, start, end] = h.kind === 'delete' ? [opts.a, h.aStart, h.aEnd] : [opts.b, h.bStart, h.bEnd];
  if (text === undefined) return '';
  const n = opts.context ?? 20;
  const before = text.slice(Math.max(0, start - n), start).split(/[\r\n]/u).pop()!;
  const after = text.slice(end, end + n).split(/[\r\n]/u)[0]!;
  return `${before}【${text.slice(start, end)}】${after}`;
}

function rows(hunks: Hunk[], opts: ChangeListOptions): string[][] {
  const l = LABELS[opts.lang ?? 'zh'];
  const withContext = opts.a !== undefined || opts.b !== undefined;
  const head = withContext ? [...l.head] : l.head.slice(0, -1);
  return [
    head,
    ...hunks.map((h, k) => {
      const row = [
        String(k + 1),
        l[h.kind],
        h.oldText,
        h.newText,
        h.numeric ? l.yes : '',
        h.cosmetic ? l.yes : '',
        `${h.aStart}-${h.aEnd}`,
        `${h.bStart}-${h.bEnd}`,
      ];
      return withContext ? [...row, contextOf(h, opts)] : row;
    }),
  ];
}

/** Whitespace-only text made visible; line breaks as ↵ (a table cell holds one line). */
function visible(s: string): string {
  if (/^\s+$/u.test(s)) return s.replace(/\r?\n/gu, '↵').replace(/\u3000/gu, '□').replace(/[ \t]/gu, '␣');
  return s.replace(/\r?\n/gu, '↵');
}

/** Text for a Markdown table cell, shown as text: markup characters are escaped. */
const cell = (s: string): string => visible(s).replace(/[\\`*_[\]<>|~#&]/gu, '\\$&');

/** The hunks as a Markdown table, one row per change. */
export function changeListMarkdown(hunks: Hunk[], opts: ChangeListOptions = {}): string {
  const [head, ...body] = rows(hunks, opts);
  const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(head!), `|${head!.map(() => ' --- |').join('')}`, ...body.map(line)].join('\n') + '\n';
}

/**
 * RFC 4180 field: quoted when it holds a quote, comma or line break. A field that a spreadsheet
 * would run as a formula (= + - @ first) gets a leading apostrophe: the texts are untrusted.
 */
function field(s: string): string {
  const safe = /^[=+\-@\t\r]/u.test(s) ? `'${s}` : s;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** The hunks as CSV: UTF-8 BOM (so Excel reads the Chinese), CRLF line ends, RFC 4180 quoting. */
export function changeListCsv(hunks: Hunk[], opts: ChangeListOptions = {}): string {
  return '\uFEFF' + rows(hunks, opts).map((r) => r.map(field).join(',') + '\r\n').join('');
}
