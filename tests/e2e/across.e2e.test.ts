/**
 * Issue 15 in Chromium and Firefox ESR: ten reports imported at once through the library's file input
 * (with one file that is not a report, listed with its reason), the progress seen, the table of one
 * year's targets across governments built, a headline row sorted both ways, a cell's passage opened
 * (in the panel and in the stored copy), and the CSV exported and read back.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Driver } from './browsers';
import { bothBrowsers } from './both-browsers';
import { ROOT } from './harness';
import { secondTab, type Tab } from './tabs';

const CORPUS = join(ROOT, 'tests/fixtures/corpus');
/** PDF and Word files printed from corpus reports in the e2e global setup (scripts/make-pdfs.ts). */
const FILES = join(ROOT, 'test-output/files');
const TEN = [
  ...['gansu', 'guangdong', 'hainan', 'jilin', 'ningxia'].map((p) => join(CORPUS, `provinces-2026/${p}-2026.zh.txt`)),
  join(FILES, 'national-2019.docx'), join(FILES, 'national-2020.pdf'),
  ...['shanghai-2020.zh.txt', 'shanghai-2021.zh.txt', 'shanghai-2022.zh.txt'].map((f) => join(CORPUS, f)),
];

/** The table as shown: column heads and each row's cells, in display order. */
const shown = () => {
  const heads = [...document.querySelectorAll('[data-testid=across-gov]')].map((th) => th.firstChild?.textContent ?? '');
  const rows = [...document.querySelectorAll('[data-testid=across-row]')].map((tr) => ({
    indicator: tr.getAttribute('data-indicator')!,
    cells: [...tr.querySelectorAll('td[data-region]')].map((td) => td.textContent ?? ''),
  }));
  return { heads, rows };
};
/** The middle of a figure as written (5%左右 → 5, 4.5%—5% → 4.75), or null for none. */
const valueOf = (figure: string): number | null => {
  const n = [...figure.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  return n.length ? (n[0]! + n[n.length - 1]!) / 2 : null;
};

describe.each(bothBrowsers())('%s', (name, launch) => {
  let d: Driver;
  let tab: Tab;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gzbg-across-'));
    d = await launch();
    tab = await secondTab(d);
    await tab.open('library.html');
    await tab.waitFor(() => !!document.querySelector('[data-testid=usage]'), null);
  });
  afterAll(async () => {
    await d?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports ten reports at once (text, a PDF, a Word file) with progress, each filed under its government and year, and lists the files it could not read', async () => {
    const files = TEN.map((f) => {
      const to = join(dir, f.split('/').pop()!);
      copyFileSync(f, to);
      return to;
    });
    const scanned = join(dir, 'national-2020.scanned.pdf');
    copyFileSync(join(FILES, 'national-2020.scanned.pdf'), scanned);
    const notes = join(dir, '会议纪要.txt');
    writeFileSync(notes, '会议纪要：下午三点在三楼会议室开会，讨论食堂菜单和停车位。');
    // Every progress line the page shows, kept as it appears.
    await tab.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid=batch-progress]');
        if (p && seen.at(-1) !== p.textContent) seen.push(p.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, null);
    await tab.upload('[data-testid=file]', [...files, notes, scanned]);
    await tab.waitFor(() => document.querySelectorAll('[data-testid=batch-failure]').length === 2, null, 60_000);
    const state = await tab.evaluate(() => ({
      ids: [...document.querySelectorAll('[data-testid=report]')].map((r) => r.getAttribute('data-id')),
      failures: [...document.querySelectorAll('[data-testid=batch-failure]')].map((f) => f.textContent ?? ''),
      message: document.querySelector('[data-testid=message]')?.textContent ?? '',
      progress: (window as unknown as { progressSeen: string[] }).progressSeen,
    }), null);
    expect(state.ids).toHaveLength(10);
    expect(state.ids).toEqual(expect.arrayContaining(['gov:provincial:甘肃省:2026', 'gov:provincial:宁夏回族自治区:2026', 'gov:national:全国:2019', 'gov:national:全国:2020', 'gov:provincial:上海市:2022']));
    expect(state.failures[0]).toContain('会议纪要.txt');
    // The scanned PDF says why: no text to read (no OCR).
    expect(state.failures[1]).toMatch(/national-2020\.scanned\.pdf.*(?:OCR)/);
    expect(state.message).toMatch(/10/);
    // The bar went through the files one by one.
    expect(state.progress.length).toBeGreaterThanOrEqual(5);
    expect(state.progress.some((p) => /12/.test(p))).toBe(true);
    await tab.screenshot(`library-batch`);
  });

  it('builds one year\'s table across governments, headline rows first with each figure as written and a spread', async () => {
    await tab.waitFor(() => !!document.querySelector('[data-testid=across-build]'), null);
    expect(await tab.evaluate(() => (document.querySelector('[data-testid=across-year]') as HTMLSelectElement).value, null)).toBe('2026');
    await tab.click('[data-testid=across-build]');
    await tab.waitFor(() => document.querySelectorAll('[data-testid=across-row]').length >= 5, null, 30_000);
    const t = await tab.evaluate(shown, null);
    expect(t.heads).toHaveLength(5);
    expect(t.rows.slice(0, 5).map((r) => r.indicator)).toEqual(['地区生产总值增长', '城镇新增就业', '城镇调查失业率', '居民消费价格涨幅', '一般公共预算收入增长']);
    const gdp = t.rows[0]!;
    expect(gdp.cells.every((c) => /\d/.test(c))).toBe(true);
    // As the reports write them: with their qualifiers.
    expect(gdp.cells.some((c) => /左右|以上|—|-/.test(c))).toBe(true);
    expect(await tab.evaluate(() => document.querySelectorAll('[data-testid=across-spread]').length, null)).toBeGreaterThanOrEqual(3);
    await tab.evaluate(() => document.querySelector('[data-testid=across]')!.scrollIntoView(), null);
    await tab.screenshot(`library-across`);
  });

  it('sorts the governments by a headline row, up then down', async () => {
    await tab.click('[data-testid=sort-row]');
    await tab.waitFor(() => !!document.querySelector('[data-testid=across-sorted]'), null);
    const up = (await tab.evaluate(shown, null)).rows[0]!.cells.map(valueOf);
    expect(up.every((v) => v !== null)).toBe(true);
    expect(up).toEqual([...up].sort((a, b) => a! - b!));
    await tab.click('[data-testid=sort-row]');
    await tab.waitFor(() => document.querySelector('[data-testid=sort-row]')?.getAttribute('aria-sort') === 'descending', null);
    const down = (await tab.evaluate(shown, null)).rows[0]!.cells.map(valueOf);
    expect(down).toEqual([...up].reverse());
  });

  it('opens a cell\'s passage, with its figure marked, and the stored copy at it', async () => {
    const first = await tab.evaluate(() => {
      const td = document.querySelector('[data-testid=across-row] td[data-region]');
      return { region: td!.getAttribute('data-region')!, figure: td!.textContent! };
    }, null);
    await tab.click('[data-testid=across-row] [data-testid=across-cell]');
    await tab.waitFor(() => !!document.querySelector('[data-testid=across-passage] mark'), null);
    const passage = await tab.evaluate(() => ({
      title: document.querySelector('[data-testid=across-passage] h3')!.textContent!,
      mark: document.querySelector('[data-testid=across-passage] mark')!.textContent!,
    }), null);
    expect(passage.title).toContain(first.region);
    expect(passage.mark).toBe(first.figure);
    // What the button asks the background for (both browsers) …
    await tab.evaluate(() => {
      const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
      const runtime = (g.browser ?? g.chrome)!.runtime;
      const send = runtime.sendMessage.bind(runtime);
      const sent: unknown[] = [];
      (window as unknown as { sent: unknown[] }).sent = sent;
      runtime.sendMessage = (m: unknown) => (sent.push(m), send(m));
    }, null);
    const pagesBefore = await openUrls(d);
    await tab.click('[data-testid=across-open]');
    await tab.waitFor(() => (window as unknown as { sent: { type: string }[] }).sent.some((m) => m.type === 'ui/open-copy'), null);
    const asked = await tab.evaluate(() => (window as unknown as { sent: { type: string; reportId: string; quote: string }[] }).sent.find((m) => m.type === 'ui/open-copy')!, null);
    expect(asked.reportId).toMatch(/^gov:provincial:/);
    expect(asked.quote).toContain(first.figure.replace(/[左右以上以内]+$/, ''));
    // … and, where the automation lists extension tabs by address (Chromium), the stored copy opened at the passage.
    if (d.raw.name === 'chromium') {
      let opened: string | undefined;
      for (let i = 0; i < 50 && !opened; i++) {
        opened = (await openUrls(d)).find((u) => !pagesBefore.includes(u) && u.includes('annotations.html?read='));
        if (!opened) await new Promise((r) => setTimeout(r, 200));
      }
      const q = new URL(opened!).searchParams;
      expect([q.get('read'), q.get('q')]).toEqual([asked.reportId, asked.quote]);
    }
  });

  it('exports the table as CSV (Excel-safe) and reads it back', async () => {
    const csv = await tab.download('[data-testid=across-csv]', dir);
    // Named after the year in the UI's language (English unless the browser's Chinese UI is installed).
    expect(csv.name).toMatch(/^2026(?:年各地政府工作报告目标对照| Government Work Report targets across governments)\.csv$/);
    const text = readFileSync(csv.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r\n/).map((l) => l.split(','));
    const t = await tab.evaluate(shown, null);
    expect(lines[0]!.slice(1)).toEqual(t.heads);
    expect(lines[1]).toEqual([t.rows[0]!.indicator, ...t.rows[0]!.cells.map((c) => (c === '—' ? '' : c))]);
  });
});

/** The addresses of every open tab of the browser under test. */
async function openUrls(d: Driver): Promise<string[]> {
  const raw = d.raw;
  const pages = raw.name === 'chromium' ? raw.context.pages() : await raw.browser.pages();
  return pages.map((p) => p.url());
}
