import { describe, expect, it } from 'vitest';
import { changeListCsv, changeListMarkdown, diffTexts, timeDiff, type Hunk } from './index';

const a = '城镇新增就业1100万人以上，增长6.5%左右。\n旧的一段。';
const b = '城镇新增就业1200万人以上，增长6.5%左右。\n新增一段，含"引号"和,逗号。\n旧的一段。';
const { hunks } = diffTexts(a, b);

/** Minimal RFC 4180 reader, to check that the writer's quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('changeListCsv', () => {
  it('starts with a UTF-8 BOM, ends rows with CRLF and round-trips quotes and commas', () => {
    const csv = changeListCsv(hunks);
    expect(csv.startsWith('\uFEFF序号,类型,原文,新文,数字,仅格式,原文位置,新文位置\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows.slice(1).map((r) => r.slice(0, 5))).toEqual([
      ['1', '修改', '1100万人', '1200万人', '是'],
      ['2', '新增', '', '新增一段，含"引号"和,逗号。', ''],
    ]);
    expect(rows[2]![7]).toBe(`${hunks[1]!.bStart}-${hunks[1]!.bEnd}`);
  });

  it('quotes line breaks and defuses spreadsheet formulas', () => {
    const h: Hunk = {
      kind: 'replace', aStart: 0, aEnd: 2, bStart: 0, bEnd: 5,
      oldText: '=1', newText: '-5%\n+1', numeric: true, cosmetic: false,
    };
    const rows = parseCsv(changeListCsv([h], { lang: 'en' }).slice(1));
    expect(rows[0]![0]).toBe('No.');
    expect(rows[1]!.slice(1, 4)).toEqual(['replace', "'=1", "'-5%\n+1"]);
  });

  it('adds the change in its sentence as context when given the texts', () => {
    const rows = parseCsv(changeListCsv(hunks, { a, b, context: 6 }).slice(1));
    expect(rows[0]!.at(-1)).toBe('上下文');
    expect(rows[1]!.at(-1)).toBe('城镇新增就业【1200万人】以上，增长6');
    expect(rows[2]!.at(-1)).toBe('【新增一段，含"引号"和,逗号。】');
  });
});

describe('changeListMarkdown', () => {
  it('writes one table row per hunk', () => {
    const md = changeListMarkdown(hunks).trimEnd().split('\n');
    expect(md).toEqual([
      '| 序号 | 类型 | 原文 | 新文 | 数字 | 仅格式 | 原文位置 | 新文位置 |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      `| 1 | 修改 | 1100万人 | 1200万人 | 是 |  | 6-12 | 6-12 |`,
      `| 2 | 新增 |  | 新增一段，含"引号"和,逗号。 |  |  | 25-25 | 25-40 |`,
    ]);
  });

  it('escapes markup and shows whitespace-only changes', () => {
    const h: Hunk = {
      kind: 'replace', aStart: 0, aEnd: 1, bStart: 0, bEnd: 9,
      oldText: '\n', newText: '<b>|*x*', numeric: false, cosmetic: true,
    };
    const row = changeListMarkdown([h], { lang: 'en' }).split('\n')[2];
    expect(row).toBe('| 1 | replace | ↵ | \\<b\\>\\|\\*x\\* |  | yes | 0-1 | 0-9 |');
  });
});

describe('timeDiff', () => {
  it('times the given number of runs and reports their median', () => {
    const t = timeDiff(a, b, { runs: 3 });
    expect(t.runsMs).toHaveLength(3);
    expect(t.hunks).toBe(hunks.length);
    expect(t.minMs).toBeLessThanOrEqual(t.medianMs);
    expect(t.medianMs).toBeLessThanOrEqual(Math.max(...t.runsMs));
  });
});
