// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { anchorOfFigure } from '@/lib/corrections/schema';
import type { Correction } from '@/lib/corrections/types';
import { diffSections, diffTexts } from '@/lib/diff';
import { ComparePage } from './ComparePage';
import { paragraphs, parseTextRef, pieces, rowsOf, shortDate, textRef, visibleHunks } from './model';
import { CHANGES_STRINGS, langOf, translator } from './strings';

const A = '各位代表：\n现在，我代表市政府报告工作。\n一、过去一年\n全市生产总值增长6%，好于预期。城镇新增就业50万人。\n二、今年目标\n居民收入增长5%。';
const B = '各位代表：\n现在，我代表市政府报告工作，请予审议。\n一、过去一年\n全市生产总值增长6.5%，好于预期。\n二、今年目标\n居民收入增长5%。';

describe('pieces', () => {
  it('cuts a section at the hunks of one side and at the figures, covering it exactly', () => {
    const { hunks } = diffTexts(A, B);
    const b = pieces(B, 0, B.length, 'b', hunks, [{ start: B.lastIndexOf('5%'), end: B.lastIndexOf('5%') + 2, row: 7 }]);
    expect(b.map((p) => p.text).join('')).toBe(B);
    expect(b.filter((p) => p.change === 'ins').map((p) => [p.text, p.numeric])).toEqual([['，请予审议', false], ['6.5%', true]]);
    expect(b.find((p) => p.commitment === 7)?.text).toBe('5%');
    const a = pieces(A, 0, A.length, 'a', hunks);
    expect(a.map((p) => p.text).join('')).toBe(A);
    expect(a.filter((p) => p.change === 'del').map((p) => p.text)).toEqual(['6%', '城镇新增就业50万人。']);
  });

  it('a slice cuts marks that cross its edges', () => {
    const { hunks } = diffTexts(A, B);
    const at = B.indexOf('6.5%');
    const ps = pieces(B, at + 1, at + 3, 'b', hunks);
    expect(ps).toEqual([{ text: '.5', change: 'ins', numeric: true, commitment: null }]);
  });
});

describe('paragraphs', () => {
  it('cuts pieces at line breaks, keeping their marks', () => {
    const ps = paragraphs([
      { text: '甲\n乙', change: null, numeric: false, commitment: null },
      { text: '6%', change: 'ins', numeric: true, commitment: 2 },
      { text: '\n\n丙', change: null, numeric: false, commitment: null },
    ]);
    expect(ps.map((p) => p.map((x) => x.text))).toEqual([['甲'], ['乙', '6%'], [], ['丙']]);
    expect(ps[1]![1]).toMatchObject({ change: 'ins', commitment: 2 });
  });
});

describe('rowsOf', () => {
  it('puts each commitment on the row of its current figure, else its prior one; filters number changes', () => {
    const { sections } = diffSections(A, B);
    const at = (t: string, s: string) => ({ start: t.lastIndexOf(s), end: t.lastIndexOf(s) + s.length });
    const rows = rowsOf(sections, [
      { prior: at(A, '6%') as never, current: at(B, '6.5%') as never },
      { prior: at(A, '50万人') as never, current: null },
      { prior: null, current: at(B, '5%') as never },
    ], false);
    const rowOf = (k: number) => rows.findIndex((r) => r.commitments.includes(k));
    expect(rows.map((r) => r.section.b?.title ?? '')).toEqual(['', '过去一年', '今年目标']);
    expect([rowOf(0), rowOf(1), rowOf(2)]).toEqual([1, 1, 2]);
    const numbers = rowsOf(sections, [], true);
    expect(numbers.map((r) => r.hunks.length)).toEqual([0, 2, 0]);
    expect(numbers[1]!.hunks.every((h) => h.numeric)).toBe(true);
  });
});

describe('small helpers', () => {
  it('dates as a reader writes them, with the year only when it is not this year', () => {
    const now = new Date(2026, 10, 27).getTime();
    expect(shortDate(new Date(2026, 2, 5).getTime(), 'zh', now)).toBe('3月5日');
    expect(shortDate(new Date(2025, 2, 5).getTime(), 'zh', now)).toBe('2025年3月5日');
    expect(shortDate(new Date(2026, 2, 5).getTime(), 'en', now)).toBe('Mar 5');
  });

  it('names a stored text by report and hash', () => {
    const hash = 'a'.repeat(64);
    expect(parseTextRef(textRef('url:https://x.example/a?b=1', hash))).toEqual({ reportId: 'url:https://x.example/a?b=1', hash });
    expect(parseTextRef('gov:x#nothex')).toBeNull();
    expect(parseTextRef(`#${hash}`)).toBeNull();
  });

  it('never counts cosmetic hunks', () => {
    expect(visibleHunks(diffTexts('增长6%。', '增长６％。', { showCosmetic: true }).hunks)).toEqual([]);
  });

  it('translates with the browser\'s messages where it has them, else the built-in strings', () => {
    expect(translator('zh')('changesNotice', '3月5日', 12)).toBe('自 3月5日 以来修改 12 处');
    expect(translator('en')('changesNotice', 'Mar 5', 12)).toBe('Changed in 12 places since Mar 5');
    expect(translator('zh', (k, s) => (k === 'changesShow' ? `[${s.length}]` : ''))('changesShow')).toBe('[0]');
    expect([langOf('en_US'), langOf('zh_CN'), langOf(undefined)]).toEqual(['en', 'zh', 'zh']);
  });

  it('the extension\'s locales hold every string, with the same placeholders', () => {
    for (const [dir, lang] of [['zh_CN', 'zh'], ['en', 'en']] as const) {
      const messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', dir, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
      for (const [key, text] of Object.entries(CHANGES_STRINGS)) {
        const m = messages[key];
        expect(m, `${dir} ${key}`).toBeDefined();
        const filled = m!.message.replace(/\$(\w+)\$/gu, (_, name: string) => m!.placeholders?.[name.toLowerCase()]?.content ?? '?');
        expect(filled, `${dir} ${key}`).toBe(text[lang]);
      }
    }
  });
});

describe('ComparePage', () => {
  it('shows two texts side by side, filters number changes and exports the change list', async () => {
    const texts: Record<string, string> = { [textRef('r', 'a'.repeat(64))]: A, [textRef('r', 'b'.repeat(64))]: B };
    const [ra, rb] = Object.keys(texts) as [string, string];
    const downloads: Array<[string, string]> = [];
    const root = document.createElement('div');
    document.body.append(root);
    await act(async () => {
      render(
        <ComparePage
          t={translator('zh')}
          choices={[{ ref: rb, group: '某市 2022', label: '新', report: { region: '某市', year: 2022 } }, { ref: ra, group: '某市 2021', label: '旧', report: { region: '某市', year: 2021 } }]}
          a={null}
          b={null}
          loadText={async (ref) => texts[ref]!}
          download={(name, _type, content) => downloads.push([name, content])}
        />,
        root,
      );
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 50));
    });
    const q = (s: string) => [...root.querySelectorAll(s)].map((e) => e.textContent);
    expect(q('[data-testid=stats]')).toEqual(['修改 3 处，其中数字 2 处']);
    expect(q('.cell.b ins')).toEqual(['，请予审议', '6.5%']);
    expect(q('.cell.a del')).toEqual(['6%', '城镇新增就业50万人。']);
    // Compact: unchanged paragraphs of a changed section fold into ⋯; "full text" shows them.
    expect(q('.cell.b .skip')).toEqual(['⋯', '⋯']);
    expect(q('.cell.b')[0]).not.toContain('各位代表');
    await act(async () => {
      (root.querySelector('[data-testid=full-text]') as HTMLInputElement).click();
    });
    expect(q('.skip')).toEqual([]);
    expect(q('.cell.b')[0]).toContain('各位代表');
    await act(async () => {
      (root.querySelector('[data-testid=numbers-only]') as HTMLInputElement).click();
    });
    expect(q('[data-testid=stats]')).toEqual(['修改 2 处，其中数字 2 处']);
    expect(q('.cell.b ins')).toEqual(['6.5%']);
    await act(async () => {
      (root.querySelector('[data-testid=export-csv]') as HTMLButtonElement).click();
    });
    expect(downloads[0]![0]).toBe('某市2022年政府工作报告-对照2021年-数字修改.csv');
    expect(downloads[0]![1]).toContain('修改,6%,6.5%,是');
    await act(async () => {
      (root.querySelector('[data-testid=export-md]') as HTMLButtonElement).click();
      (root.querySelector('[data-testid=export-targets-csv]') as HTMLButtonElement).click();
    });
    // The Markdown leads with the targets compared, each figure with its comparator; the CSV is that table.
    expect(downloads[1]![0]).toBe('某市2022年政府工作报告-对照2021年-数字修改.md');
    expect(downloads[1]![1]).toMatch(/^# 某市2022年政府工作报告 · 对照 某市2021年政府工作报告\n\n## 指标对照/);
    expect(downloads[2]![0]).toBe('某市2022年政府工作报告-对照2021年-指标对照.csv');
    expect(downloads[2]![1].split('\r\n')[0]).toBe('\uFEFF指标,上年目标,上年实绩,完成情况,今年目标,变化,上年原文,今年原文,置信度');
    render(null, root);
  });

  it('compares the targets with the reader\'s corrections applied: a dismissed target leaves the exported table', async () => {
    const texts: Record<string, string> = { [textRef('r21', 'a'.repeat(64))]: A, [textRef('r22', 'b'.repeat(64))]: B };
    const [ra, rb] = Object.keys(texts) as [string, string];
    const at = B.lastIndexOf('5%');
    const dismiss: Correction = { id: 'c1', report: { region: '某市', year: 2022 }, ...anchorOfFigure(B, at, at + 2), action: { kind: 'dismiss' }, created: '2026-03-05T09:00:00.000Z' };
    const tables: string[] = [];
    for (const loadCorrections of [undefined, async (ref: string) => (ref === rb ? [dismiss] : [])]) {
      const root = document.createElement('div');
      document.body.append(root);
      const downloads: string[] = [];
      await act(async () => {
        render(
          <ComparePage t={translator('zh')} choices={[{ ref: rb, group: '某市 2022', label: '新' }, { ref: ra, group: '某市 2021', label: '旧' }]} a={ra} b={rb}
            loadText={async (ref) => texts[ref]!} loadCorrections={loadCorrections} download={(_n, _t, content) => downloads.push(content)} />,
          root,
        );
      });
      await act(async () => {
        await new Promise((r) => setTimeout(r, 50));
      });
      await act(async () => {
        (root.querySelector('[data-testid=export-targets-csv]') as HTMLButtonElement).click();
      });
      tables.push(downloads[0]!);
      render(null, root);
      root.remove();
    }
    // The engine pairs this year's 5% with last year's; dismissed, last year's target is 未再提及 and this year's cell is empty.
    expect(tables[0]!.split('\r\n')[1]).toBe('居民收入增长,"\'+5%",,本年回顾中未找到,"\'+5%",持平,居民收入增长5%,居民收入增长5%,1');
    expect(tables[1]!.split('\r\n')[1]).toBe('居民收入增长,"\'+5%",,本年回顾中未找到,,未再提及,居民收入增长5%,,1');
  });
});
