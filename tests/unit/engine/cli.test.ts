import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './corpus';

const ROOT = join(FIXTURES, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'lib', 'cli.ts'), ...args], { encoding: 'utf8' });
const file = (name: string) => join(FIXTURES, 'corpus', name);

describe('cli', () => {
  it('extract prints meta and commitments whose offsets point at the number in the file', () => {
    const out = JSON.parse(execFileSync(TSX, [join(ROOT, 'lib', 'cli.ts'), 'extract', file('yuncheng-2021-summary.zh.txt')], { encoding: 'utf8' }));
    expect(out.meta).toMatchObject({ isReport: true, summary: true, level: 'municipal' });
    const text = readFileSync(file('yuncheng-2021-summary.zh.txt'), 'utf8');
    for (const c of out.commitments) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'kind', 'start', 'end', 'quote', 'number', 'amount', 'unit', 'comparator', 'indicator', 'section', 'horizon']));
      expect(text.slice(c.start, c.end)).toBe(c.number);
    }
    expect(out.commitments.find((c: { number: string }) => c.number === '16.7万')).toMatchObject({ amount: 167000, unit: '亩', indicator: '植树造林' });
  });

  it('table sets governments side by side, headline rows first; structure prints the parts found', () => {
    const provinces = ['gansu', 'guangdong', 'ningxia'].map((p) => file(`provinces-2026/${p}-2026.zh.txt`));
    const out = JSON.parse(cli('table', ...provinces).stdout);
    expect(out.year).toBe(2026);
    expect(out.governments.map((g: { region: string }) => g.region)).toEqual(['甘肃省', '广东省', '宁夏回族自治区']);
    expect(out.rows[0]).toMatchObject({ indicator: '地区生产总值增长', cells: { 甘肃省: { figure: '5.5%左右', comparator: '~' }, 广东省: { figure: '4.5%—5%', amount: [4.5, 5] } } });
    const csv = cli('table', ...provinces, '--format', 'csv').stdout;
    expect(csv.startsWith('\uFEFF指标,甘肃省,广东省,宁夏回族自治区')).toBe(true);
    const parts = JSON.parse(cli('structure', provinces[0]!).stdout)[0].parts.map((p: { role: string }) => p.role);
    expect(parts).toEqual(['opening', 'period-review', 'review', 'multi-year', 'plan']);
  });

  it('applies a corrections file to extract, compare and labels, and says how each landed', () => {
    const text = readFileSync(file('shanghai-2022.zh.txt'), 'utf8');
    const base = JSON.parse(cli('extract', file('shanghai-2022.zh.txt')).stdout);
    const [first, second] = base.commitments.filter((c: { kind: string }) => c.kind === 'target');
    const anchorOf = (c: { start: number; end: number }) => {
      // The clause around the figure, as the extension describes it (lib/corrections anchorOfFigure).
      let s = c.start;
      while (s > 0 && !/[。；！？\n，]/.test(text[s - 1]!)) s--;
      let e = c.end;
      while (e < text.length && !/[。；！？\n，]/.test(text[e]!)) e++;
      return { selectors: { quote: { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(s - 20, s), suffix: text.slice(e, e + 20) } }, figureAt: c.start - s, number: text.slice(c.start, c.end) };
    };
    const report = { region: '上海市', year: 2022 };
    const created = '2026-03-05T09:00:00.000Z';
    const file_ = join(mkdtempSync(join(tmpdir(), 'gzbg-corr-')), 'corrections.json');
    writeFileSync(file_, JSON.stringify({ type: 'gzbg-corrections', version: 1, exported: created, corrections: [
      { id: 'a', report, ...anchorOf(first), action: { kind: 'dismiss' }, created },
      { id: 'b', report, ...anchorOf(second), action: { kind: 'rename', indicator: '读者起的名字' }, created },
      { id: 'c', report: { region: '上海市', year: 2021 }, ...anchorOf(second), action: { kind: 'dismiss' }, created },
    ] }));
    const out = JSON.parse(cli('extract', file('shanghai-2022.zh.txt'), '--corrections', file_).stdout);
    expect(out.commitments).toHaveLength(base.commitments.length - 1);
    expect(out.commitments.find((c: { start: number }) => c.start === second.start).indicator).toBe('读者起的名字');
    // Only this report's corrections, each with how it landed.
    expect(out.corrections.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([['a', 'applied'], ['b', 'applied']]);
    const rows = JSON.parse(cli('compare', file('shanghai-2021.zh.txt'), file('shanghai-2022.zh.txt'), '--corrections', file_).stdout).rows;
    expect(rows.some((r: { current: { start: number } | null }) => r.current?.start === first.start)).toBe(false);
    const labels = JSON.parse(cli('labels', file('shanghai-2022.zh.txt'), '--corrections', file_).stdout);
    expect(labels).toMatchObject({ file: 'shanghai-2022.zh.txt', region: '上海市', year: 2022 });
    expect(labels.targets.some((t: { indicator: string }) => t.indicator === '读者起的名字')).toBe(true);
    const bad = cli('extract', file('shanghai-2022.zh.txt'), '--corrections', file('shanghai-2021.zh.txt'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/not a corrections file/);
  });

  it('compare prints rows, and CSV with a BOM for Excel', () => {
    const r = cli('compare', file('shanghai-2021.zh.txt'), file('shanghai-2022.zh.txt'), '--format', 'csv');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF指标,上年目标')).toBe(true);
    const md = cli('compare', file('shanghai-2021.zh.txt'), file('shanghai-2022.zh.txt'), '--format', 'md');
    expect(md.stdout).toMatch(/\| 新增就业岗位 \| 50万个以上 \| 63\.5万个 \| 超额完成 \| 55万个以上 \| 上调 \|/);
  });

  it('extract of an HTML page maps offsets into the HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    const body = readFileSync(file('national-2019.zh.txt'), 'utf8')
      .split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;')}</p>`).join('\n');
    const html = `<!doctype html><html><head><title>政府工作报告</title><script>var x = "城镇新增就业1亿人";</script></head><body><nav>首页 &gt; 政务公开</nav>${body}</body></html>`;
    writeFileSync(join(dir, 'r.html'), html);
    const out = JSON.parse(cli('extract', join(dir, 'r.html')).stdout);
    const jobs = out.commitments.find((c: { quote: string }) => c.quote.includes('城镇新增就业1100万人'));
    expect(html.slice(jobs.start, jobs.end)).toBe('1100万');
  });

  it.each([
    ['a missing file', ['extract', '/nonexistent/report.txt'], /no such file/],
    ['an empty file', ['extract', 'EMPTY'], /empty/],
    ['a binary file', ['extract', 'BINARY'], /binary/],
    ['a page that is not a report', ['extract', join(FIXTURES, 'negative', 'news-about-report.txt')], /does not look like a Government Work Report/],
    ['no command', [], /usage/],
  ])('%s gets a one-line error and a non-zero exit', (_name, args, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const real = args.map((a) => (a === 'EMPTY' ? join(dir, 'empty.txt') : a === 'BINARY' ? join(dir, 'bin.txt') : a));
    const r = cli(...real);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
