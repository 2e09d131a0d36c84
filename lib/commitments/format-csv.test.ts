import { describe, expect, it } from 'vitest';
import { toCsv } from './format';

/** The cells of a one-row CSV (after the BOM), quoting undone. */
const cells = (csv: string) => csv.slice(1).trimEnd();

describe('the CLI\'s CSV (compare --format csv)', () => {
  it('neutralizes every cell a spreadsheet would run as a formula: leading = + - @ tab CR', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      const out = cells(toCsv([[`${lead}HYPERLINK("http://x")`]]));
      expect(out.startsWith(`"'${lead}`)).toBe(true);
    }
  });

  it('leaves ordinary text alone and quotes what RFC 4180 quotes', () => {
    expect(cells(toCsv([['城镇新增就业', '6%以上']]))).toBe('城镇新增就业,6%以上');
    expect(cells(toCsv([['a,b', 'say "hi"']]))).toBe('"a,b","say ""hi"""');
    expect(toCsv([['x']]).charCodeAt(0)).toBe(0xfeff);
  });
});
