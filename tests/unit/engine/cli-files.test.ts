import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../scripts/make-pdfs';
import { FIXTURES } from './corpus';

const ROOT = join(FIXTURES, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const cli = (...args: string[]) => spawnSync(TSX, [join(ROOT, 'lib', 'cli.ts'), ...args], { encoding: 'utf8' });

describe('cli on Word and bad files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-cli-files-'));

  it('extract reads a .docx: the same commitments as the text, offsets into the text read from it', async () => {
    const text = readFileSync(join(FIXTURES, 'corpus', 'national-2020.zh.txt'), 'utf8');
    const path = join(dir, 'national-2020.docx');
    writeFileSync(path, await reportDocx(text));
    const fromDocx = JSON.parse(cli('extract', path).stdout) as { commitments: { number: string; indicator: string; start: number; end: number; page?: number }[] };
    const fromTxt = JSON.parse(cli('extract', join(FIXTURES, 'corpus', 'national-2020.zh.txt')).stdout) as typeof fromDocx;
    expect(fromDocx.commitments.map((c) => [c.indicator, c.number])).toEqual(fromTxt.commitments.map((c) => [c.indicator, c.number]));
    // The docx text is the report's non-empty lines: offsets point at the figure there.
    const docxText = text.split('\n').filter((l) => l.trim()).join('\n');
    for (const c of fromDocx.commitments) expect(docxText.slice(c.start, c.end)).toBe(c.number);
    expect(fromDocx.commitments.every((c) => c.page === undefined)).toBe(true);
  });

  it('a corrupt PDF or .docx is one line of error and exit 1', () => {
    const pdf = join(dir, 'broken.pdf');
    writeFileSync(pdf, '%PDF-1.7\n1 0 obj <<');
    const r = cli('extract', pdf);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*broken\.pdf: The PDF cannot be read/);
    const docx = join(dir, 'broken.docx');
    writeFileSync(docx, 'plain text');
    expect(cli('extract', docx).stderr).toMatch(/not a Word \(\.docx\) file/);
  });
});
