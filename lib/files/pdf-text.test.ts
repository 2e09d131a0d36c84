import { describe, expect, it } from 'vitest';
import { analyze } from '../commitments';
import { pageAt, pageStarts } from '../text';
import { pdfText, type PdfItem, type PdfPageText } from './pdf-text';
import { unifyRadicals } from './radicals';

/** A page as a printer lays it out: a running title, body lines (x, text), a page number. */
function page(n: number, lines: [number, string][], title = '2020年政府工作报告'): PdfPageText {
  const items: PdfItem[] = [{ str: title, x: 250, y: 820, width: 80, height: 7, hasEOL: true }];
  lines.forEach(([x, str], i) => items.push({ str, x, y: 770 - i * 22, width: str.length * 11.2, height: 11.2, hasEOL: true }));
  items.push({ str: `— ${n} —`, x: 286, y: 17, width: 24, height: 8, hasEOL: false });
  return { width: 596, height: 842, items };
}

const FULL = 38; // characters on a full line between the margins (x 48 to 48 + 38 × 11.2)

describe('pdfText', () => {
  it('leaves out running titles and page numbers, joins wrapped lines, starts a paragraph at an indent or after a short line', () => {
    const a = '今年要优先稳就业保民生，坚决打赢脱贫攻坚战，努力实现全面建成小康社会目标任'.slice(0, FULL - 2);
    const pages = [
      page(1, [[70.4, a], [48, '务；城镇新增就业900万人以上。'], [70.4, '各位代表！']]),
      page(2, [[70.4, '居民消费价格涨幅3.5%左右。']]),
    ];
    const { text, furniture } = pdfText(pages);
    expect(furniture.sort()).toEqual(['2020年政府工作报告', '2020年政府工作报告', '— 1 —', '— 2 —']);
    expect(text).toBe(`${a}务；城镇新增就业900万人以上。\n各位代表！\n\f居民消费价格涨幅3.5%左右。`);
  });

  it('joins a sentence split by a page break, and every offset of an item points at its string', () => {
    const full = '坚持稳中求进工作总基调，坚持新发展理念，今年中央财政将扶持15'.padStart(FULL, '一');
    const pages = [page(1, [[70.4, '各位代表：'], [48, full]]), page(2, [[48, '家企业，新增就业900万人以上。']])];
    const { text, itemStarts } = pdfText(pages);
    expect(text).toContain('扶持15\f家企业');
    pages.forEach((p, n) => p.items.forEach((it, i) => {
      const at = itemStarts[n]![i]!;
      if (at >= 0) expect(text.slice(at, at + it.str.length)).toBe(it.str);
    }));
    // The page break is a space to the engine: the figure reads 15家, on page 1, the next on page 2.
    const c = analyze(text, { force: true }).commitments;
    const starts = pageStarts(text);
    expect(pageAt(starts, text.indexOf('15'))).toBe(1);
    expect(pageAt(starts, text.indexOf('900万'))).toBe(2);
    expect(c.find((x) => x.number === '900万')?.page).toBe(2);
  });

  it('keeps the items of a line in stream order and reads a second column after the first', () => {
    const items: PdfItem[] = [
      { str: '左栏第一行，', x: 48, y: 770, width: 66, height: 11, hasEOL: false },
      { str: '写满了一整行', x: 114, y: 770, width: 174, height: 11, hasEOL: true },
      { str: '接着写完。', x: 48, y: 748, width: 55, height: 11, hasEOL: true },
      { str: '右栏新的一段。', x: 309, y: 770, width: 77, height: 11, hasEOL: true },
    ];
    expect(pdfText([{ width: 596, height: 842, items }]).text).toBe('左栏第一行，写满了一整行接着写完。\n右栏新的一段。');
  });

  it('puts a space between Latin words joined across a line', () => {
    const line = 'GDP growth of around 6 percent was targeted for the'.padEnd(FULL, ' ');
    const { text } = pdfText([page(1, [[48, line.trimEnd()], [48, 'year as a whole.']], 'Report on the Work of the Government')]);
    expect(text).toMatch(/for the year as a whole\.$/);
  });

  it('keeps a repeated body line that ends a sentence', () => {
    const pages = [1, 2, 3].map((n) => page(n, [[70.4, '各位代表！'], [70.4, `第${n}页的正文。`]]));
    // 各位代表！ stands at the top of every page yet is the report's own line.
    pages.forEach((p) => (p.items[1]!.y = 790));
    expect(pdfText(pages).text.match(/各位代表！/g)).toHaveLength(3);
  });
});

describe('unifyRadicals', () => {
  it('reads the radicals fonts name for ideographs as the ideographs, keeping the length', () => {
    const s = '政府⼯作报告：居⺠⼈均可⽀配收⼊，⻓江，⻔户，落戶';
    const u = unifyRadicals(s);
    expect(u).toBe('政府工作报告：居民人均可支配收入，长江，门户，落户');
    expect(u.length).toBe(s.length);
  });
});
