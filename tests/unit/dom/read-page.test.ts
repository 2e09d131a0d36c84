// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/entrypoints/content/read-page';
import { toRange } from '@/lib/dom';

function open(file: string): Document {
  const html = readFileSync(file, 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

describe('readPage (content script): DOM → text map → engine', () => {
  it('reads a seed report page, and every commitment maps back onto the page', () => {
    const { seen, map, page, analysis } = readPage(open('seeds/shanghai-2021.html'), 'http://127.0.0.1/seeds/shanghai-2021.html');
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

  it('stops at the cheap test on an ordinary page with numbers', () => {
    const { seen, analysis } = readPage(open('tests/e2e/pages/numbers.html'), 'http://x/numbers');
    expect(seen.verdict).toBe('rejected');
    expect(analysis).toBeNull();
  });

  it('runs the engine on a news story about a report, which is not a report', () => {
    const { seen } = readPage(open('tests/e2e/pages/news-about-report.html'), 'http://x/news');
    expect(seen.verdict).toBe('not-report');
    expect(seen.targets).toBe(0);
  });
});
