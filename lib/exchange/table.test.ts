import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { createAnnotation, type AnchorResult, type ReportIdentity } from '../anchoring/index.ts';
import {
  annotationsCsv,
  annotationsCsvByReport,
  attachAnnotations,
  briefingMarkdown,
  briefingsMarkdown,
  csvHeader,
  csvField,
  mdText,
  toCsv,
  type ComparisonLike,
} from './index.ts';

const CURRENT: ReportIdentity = { region: '全国', year: 2024, title: '政府工作报告', fingerprint: 'fnv1a64:cccccccccccccccc' };
const PRIOR: ReportIdentity = { region: '全国', year: 2023, title: '政府工作报告', fingerprint: 'fnv1a64:pppppppppppppppp' };
const OTHER: ReportIdentity = { region: '上海市', year: 2024, title: '政府工作报告', fingerprint: 'fnv1a64:oooooooooooooooo' };

const TEXT_2024 = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右。';
const TEXT_2023 = '今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人左右，城镇调查失业率5.5%左右。';

const at = (text: string, q: string) => {
  const start = text.indexOf(q);
  return { start, end: start + q.length };
};
const commitment = (text: string, q: string, number: string, unit: string) => ({ ...at(text, q), quote: q, number, unit });

const ROWS: ComparisonLike[] = [
  {
    indicator: '城镇新增就业',
    prior: commitment(TEXT_2023, '城镇新增就业1200万人左右', '1200万', '人'),
    current: commitment(TEXT_2024, '城镇新增就业1200万人以上', '1200万', '人'),
    change: 'comparator-changed',
    status: 'met',
    notes: [{ kind: 'unit-differs', prior: '人', current: '万人' }],
  },
  {
    indicator: '国内生产总值增长',
    prior: commitment(TEXT_2023, '国内生产总值增长5%左右', '5%', '%'),
    current: commitment(TEXT_2024, '国内生产总值增长5%左右', '5%', '%'),
    change: 'same',
    status: null,
  },
];

const mk = (text: string, report: ReportIdentity, q: string, note: string, tags: string[] = [], name?: string) =>
  createAnnotation({
    text,
    ...at(text, q),
    source: 'https://example.org/r',
    report,
    note,
    tags,
    ...(name ? { creator: { name } } : {}),
    now: new Date('2024-03-06T00:00:00Z'),
  });

const ON_JOBS = mk(TEXT_2024, CURRENT, '1200万人以上', '=HYPERLINK("http://evil") 由“左右”改为“以上”, 见 "表2"\n第二行', ['关注'], '王记者');
const ON_GDP_PRIOR = mk(TEXT_2023, PRIOR, '国内生产总值增长5%', '去年也是5%', ['待核实', '建议']);
const LOOSE = mk(TEXT_2024, CURRENT, '今年发展主要预期目标', '<img src=x onerror=alert(1)> | 表格 *粗体*', []);
const ELSEWHERE = mk(TEXT_2024, OTHER, '城镇新增就业', '上海的', []);
const ATTACHED = attachAnnotations(ROWS, [ON_JOBS, ON_GDP_PRIOR, LOOSE, ELSEWHERE], { prior: PRIOR, current: CURRENT });

/** A strict RFC 4180 reader, to check what we write. */
function readCsv(s: string): string[][] {
  expect(s.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 1;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (s[i] === '"' && s[i + 1] === '"') (field += '"'), (i += 2);
        else if (s[i] === '"') {
          i++;
          break;
        } else field += s[i++];
      }
    } else while (i < s.length && s[i] !== ',' && s[i] !== '\r') field += s[i++];
    row.push(field);
    if (s[i] === ',') i++;
    else {
      expect(s.slice(i, i + 2)).toBe('\r\n');
      i += 2;
      rows.push(row);
      row = [];
      if (i >= s.length) return rows;
    }
  }
}

group('attachAnnotations', () => {
  it('puts annotations on the rows they overlap, on the right report; others last; other reports left out', () => {
    expect(ATTACHED).toHaveLength(3);
    expect(ATTACHED[0]!.annotations).toEqual([ON_JOBS]);
    expect(ATTACHED[1]!.annotations).toEqual([ON_GDP_PRIOR]);
    expect(ATTACHED[2]).toEqual({ row: null, annotations: [LOOSE] });
  });
});

group('annotationsCsv', () => {
  const csv = annotationsCsv(ATTACHED);
  const table = readCsv(csv);

  it('writes UTF-8 BOM, CRLF, RFC 4180 quoting; one line per row plus loose notes', () => {
    expect(table[0]).toEqual(csvHeader());
    expect(table).toHaveLength(4);
    expect(table.every((r) => r.length === csvHeader().length)).toBe(true);
    expect(table[1]!.slice(0, 9)).toEqual([
      '城镇新增就业',
      '1200万人左右',
      '城镇新增就业1200万人左右',
      '1200万人以上',
      '城镇新增就业1200万人以上',
      '',
      '表述变化',
      '完成',
      '单位不同：人 → 万人',
    ]);
    expect(table[1]![9]).toBe('[关注] =HYPERLINK("http://evil") 由“左右”改为“以上”, 见 "表2"\n第二行 —王记者');
    expect(table[2]![1]).toBe('5%左右');
    expect(table[2]![10]).toBe('待核实、建议');
    expect(table[3]![0]).toBe('（其他批注）');
  });

  it('defuses spreadsheet formulas but keeps plain signed numbers', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-0.5')).toBe('-0.5');
    expect(csvField('+3%')).toBe('+3%');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
  });

  it('round-trips any table through a strict reader (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (t) => {
        const back = readCsv(toCsv(t));
        expect(back).toEqual(t.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) && !/^[+-]?\d[\d.,]*%?$/.test(c) ? `'${c}` : c))));
      }),
      { numRuns: 300 },
    );
  });
});

group('briefingMarkdown', () => {
  const anchors = new Map<string, AnchorResult>([
    [ON_JOBS.id, { status: 'changed', start: 0, end: 1, oldQuote: '1200万人以上', newQuote: '1300万人以上', score: 0.9, numbers: { old: ['1200万'], new: ['1300万'] } }],
    [LOOSE.id, { status: 'orphaned', oldQuote: '今年发展主要预期目标', score: 0.2 }],
  ]);
  const md = briefingMarkdown({ reports: { prior: PRIOR, current: CURRENT }, rows: ATTACHED, anchors, now: new Date('2024-03-08T00:00:00Z') });

  it('has the title, the table, notes by tag and what needs checking', () => {
    expect(md).toContain('# 全国2024年政府工作报告 简报');
    expect(md).toContain('2024-03-08 生成，对照全国2023年政府工作报告；批注 3 条。');
    expect(md).toContain('| 城镇新增就业 | 1200万人左右 | 1200万人以上 | 表述变化 | 完成 |');
    expect(md).toContain('### 关注（1）');
    expect(md).toContain('### 待核实（1）');
    expect(md).toContain('### 未加标签（1）');
    expect(md).toContain('〔建议〕');
    expect(md).toContain('- 原文已改：「1200万人以上」→「1300万人以上」');
    expect(md).toContain('- 原文中已找不到：「今年发展主要预期目标」');
    expect(md).not.toContain('上海的');
  });

  it('keeps user text as text: no raw HTML, no table breaks, no emphasis', () => {
    expect(md).not.toMatch(/(?<!\\)</); // every < is escaped: no raw HTML at all
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\| 表格 \\*粗体\\*');
    expect(mdText('a\nb\r\n c')).toBe('a / b / c');
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) expect(line.split(/(?<!\\)\|/).length).toBe(8);
  });
});

group('exports of several reports, and in English', () => {
  it('groups the CSV by report: the report leads every line, figures keep their comparators', () => {
    const table = readCsv(annotationsCsvByReport([{ report: CURRENT, rows: ATTACHED }, { report: OTHER, rows: [] }], 'en'));
    expect(table[0]!.slice(0, 4)).toEqual(['Report', 'Indicator', "Last year's target", "Last year's text"]);
    expect(table[1]!.slice(0, 5)).toEqual(['National 2024 Government Work Report', '城镇新增就业', '1200万人左右', '城镇新增就业1200万人左右', '1200万人以上']);
    expect(table[1]![7]).toBe('wording changed');
    expect(table.slice(1).every((r) => r[0] === 'National 2024 Government Work Report')).toBe(true);
  });

  it('puts the briefings one after another, each under its report, in the UI language', () => {
    const md = briefingsMarkdown([
      { reports: { prior: PRIOR, current: CURRENT }, rows: ATTACHED, lang: 'en', now: new Date('2024-03-08T00:00:00Z') },
      { reports: { current: OTHER }, rows: [], lang: 'en', now: new Date('2024-03-08T00:00:00Z') },
    ]);
    expect(md).toContain('# National 2024 Government Work Report briefing');
    expect(md).toContain('Made 2024-03-08, against the National 2023 Government Work Report; 3 annotations.');
    expect(md).toContain('| 城镇新增就业 | 1200万人左右 | 1200万人以上 | wording changed | met |');
    expect(md).toContain('\n---\n\n# Shanghai 2024 Government Work Report briefing');
    expect(md).not.toMatch(/简报|批注|对照|生成/);
  });
});
