import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../scripts/make-pdfs';
import { analyze } from '../commitments';
import { blocksOf, readDocx } from './docx';
import { FileError } from './errors';

describe('readDocx', () => {
  it('keeps headings and paragraphs as lines, in order, headings marked', async () => {
    const text = '政府工作报告\n一、2019年工作回顾\n去年国内生产总值增长6.1%。\n二、2020年工作总体部署\n城镇新增就业900万人以上。';
    const out = await readDocx(new Uint8Array(await reportDocx(text)));
    expect(out.text).toBe(text);
    expect(out.headings.map((h) => [h.level, h.text])).toEqual([[1, '一、2019年工作回顾'], [1, '二、2020年工作总体部署']]);
    expect(out.text.slice(out.headings[1]!.start).startsWith('二、')).toBe(true);
    expect(analyze(out.text, { force: true }).commitments.some((c) => c.number === '900万')).toBe(true);
  });

  it('refuses what is not a .docx, and one with no text', async () => {
    await expect(readDocx(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({ problem: 'corrupt' });
    await expect(readDocx(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))).rejects.toBeInstanceOf(FileError);
    await expect(readDocx(new Uint8Array(await reportDocx('   ')))).rejects.toMatchObject({ problem: 'no-text' });
  });

  it('reads mammoth HTML blocks as text, never markup', () => {
    expect(blocksOf('<h2>一、<strong>回顾</strong></h2><p>A &amp; B &lt;b&gt;</p><p></p><ul><li>增长6%</li></ul>').text).toBe('一、回顾\nA & B <b>\n增长6%');
  });
});
