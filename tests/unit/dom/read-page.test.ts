// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/entrypoints/content/read-page';
import { toRange } from '@/lib/dom';
import type { AnalyzeOptions } from '@/lib/commitments/analyze';
import { analyzeText } from '@/lib/reading/analyze-text';

function open(file: string): Document {
  const html = readFileSync(file, 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

describe('readPage (content script): DOM → text map → engine', () => {
  it('reads a seed report page, and every commitment maps back onto the page', async () => {
    const { seen, map, page, analysis } = await readPage(open('seeds/shanghai-2021.html'), 'http://127.0.0.1/seeds/shanghai-2021.html');
    expect(seen.verdict).toBe('report');
    expect(seen.region).toBe('上海市');
    expect(seen.year).toBe(2021);
    expect(seen.targets).toBeGreaterThan(10);
    expect(seen.chars).toBe(map!.text.length);
    // The page chrome is in the page's text; the script and the hidden share menu are not.
    expect(page!.text).toContain('首页 > 政务公开 > 政府工作报告');
    expect(page!.text).not.toContain('_stat');
    expect(page!.text).not.toContain('微信 微博');
    // What is read is the report's body: from its opening to its closing call, none of the chrome.
    expect(seen.body).toMatchObject({ source: 'found', confident: true, pageChars: page!.text.length });
    expect(map!.text.startsWith('上海市市长　龚正 各位代表：')).toBe(true);
    expect(map!.text).not.toContain('首页');
    expect(map!.text).not.toContain('主办：');
    expect(map!.text.endsWith('不懈奋斗！')).toBe(true);
    for (const c of analysis!.commitments) {
      const onPage = toRange(map!, c.start, c.end).toString();
      expect(onPage.replace(/\s/g, '')).toBe(map!.text.slice(c.start, c.end).replace(/\s/g, ''));
      expect(onPage).toContain(c.number.replace(/\s/g, '').slice(0, 1));
    }
  });

  it('stops at the cheap test on an ordinary page with numbers', async () => {
    const { seen, analysis } = await readPage(open('tests/e2e/pages/numbers.html'), 'http://x/numbers');
    expect(seen.verdict).toBe('rejected');
    expect(analysis).toBeNull();
  });

  it('runs the engine on a news story about a report, which is not a report', async () => {
    const { seen } = await readPage(open('tests/e2e/pages/news-about-report.html'), 'http://x/news');
    expect(seen.verdict).toBe('not-report');
    expect(seen.targets).toBe(0);
  });

  it('reads again when the page changed its body while the engine ran, and draws nothing from a body that never holds still', async () => {
    const doc = open('seeds/shanghai-2021.html');
    const figure = () => [...doc.querySelectorAll('p')].find((p) => p.textContent!.includes('增长6%以上'))!;
    let runs = 0;
    // The engine's round trip: the page's script edits the GDP target meanwhile, once.
    const editOnce = (text: string, hints: AnalyzeOptions) => {
      if (++runs === 1) figure().firstChild!.nodeValue = figure().textContent!.replace('增长6%以上', '增长9%以上');
      return analyzeText(text, hints);
    };
    const once = await readPage(doc, 'http://x/sh', { analyze: editOnce });
    expect(runs).toBe(2);
    expect(once.map!.text).toContain('增长9%以上');
    expect(once.analysis!.commitments.filter((c) => c.indicator.includes('生产总值')).map((c) => c.amount)).toContain(9);

    let tick = 0;
    const editAlways = (text: string, hints: AnalyzeOptions) => {
      const p = [...doc.querySelectorAll('p')].find((e) => /增长\d+%以上/.test(e.textContent!))!;
      p.firstChild!.nodeValue = p.textContent!.replace(/增长\d+%以上/, `增长${++tick}%以上`);
      return analyzeText(text, hints);
    };
    const never = await readPage(doc, 'http://x/sh', { analyze: editAlways });
    expect(tick).toBe(3);
    expect(never.analysis).toBeNull();
  });
});
