// @vitest-environment happy-dom
/**
 * The content script's boundary (issue 12): a page's text reaches the engine well formed, and a
 * page too long to read is refused before any mapping or analysis.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CHARS, readPage } from '@/entrypoints/content/read-page';
import { toRange } from '@/lib/dom';

const REPORT = readFileSync('seeds/shanghai-2021.txt', 'utf8');

function page(text: string): Document {
  document.body.innerHTML = '';
  for (const para of text.split('\n')) {
    const p = document.createElement('p');
    p.textContent = para;
    document.body.append(p);
  }
  return document;
}

describe('readPage at the boundary', () => {
  it('lone surrogates a page\'s script put in its text reach the engine as U+FFFD, offsets still on the page', async () => {
    const poisoned = REPORT.replace(/(\d+(?:\.\d+)?%)/g, '\uD800$1');
    const { seen, map, analysis } = await readPage(page(poisoned), 'http://127.0.0.2/r.html');
    expect(seen.verdict).toBe('report');
    expect(map!.text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(map!.text).toContain('\uFFFD6%以上');
    expect(() => encodeURIComponent(map!.text)).not.toThrow();
    expect(analysis!.commitments.length).toBeGreaterThan(10);
    for (const c of analysis!.commitments) {
      expect(toRange(map!, c.start, c.end).toString().replace(/\s/g, '').replace(/\uD800/g, '\uFFFD')).toBe(map!.text.slice(c.start, c.end).replace(/\s/g, ''));
    }
  });

  it('a page longer than the limit is refused before mapping: no map, no analysis, its length told', async () => {
    // Paragraphs joined without their line breaks: the page's textContent is that much shorter.
    const long = REPORT.repeat(Math.ceil((MAX_PAGE_CHARS + 1) / REPORT.replace(/\n/g, '').length));
    const { seen, map, analysis } = await readPage(page(long), 'http://x/long', { force: true });
    expect(seen.tooLong).toBe(true);
    expect(seen.chars).toBeGreaterThan(MAX_PAGE_CHARS);
    expect(map).toBeNull();
    expect(analysis).toBeNull();
    // Under the limit the same report is read.
    expect((await readPage(page(REPORT), 'http://x/short')).seen.tooLong).toBeUndefined();
  });
});
