/**
 * Writes the file fixtures (PDF and .docx) made from real corpus reports by real engines, for the
 * tests of lib/files and the reader: never committed, generated into OUT on every e2e run.
 *
 * - `<name>.pdf`: the report printed by Debian's Chromium (`Page.printToPDF`, CJK fonts embedded)
 *   with a running title in the header and `— N —` in the footer, as official PDFs are laid out;
 * - `national-2020.two-column.pdf`: the same in two columns;
 * - `national-2020.encrypted.pdf`: qpdf's AES-256 with a user password;
 * - `national-2020.scanned.pdf`: pages that are only pictures of text (no text layer);
 * - `national-2020.corrupt.pdf`: a PDF cut in the middle;
 * - `<name>.docx`: written by the `docx` library, part titles (一、…) as Heading 1.
 *
 *   npx tsx scripts/make-pdfs.ts [OUT]     (default test-output/files)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests/fixtures/corpus');

/** The reports printed, with the running title of their pages. */
export const PDF_REPORTS = [
  { name: 'national-2019', title: '2019年国务院政府工作报告' },
  { name: 'national-2020', title: '2020年国务院政府工作报告' },
];

const PART_TITLE = /^[一二三四五六七八九十]+、/;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The report as a printable page: one paragraph per line, part titles bold and centred. */
function reportHtml(text: string, columns: number, fontPx = 15): string {
  const body = text.split('\n').filter((l) => l.trim()).map((line, i) =>
    i === 0 ? `<h1>${escapeHtml(line)}</h1>` : PART_TITLE.test(line) ? `<h2>${escapeHtml(line)}</h2>` : `<p>${escapeHtml(line)}</p>`,
  ).join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font: ${fontPx}px/1.9 "Noto Serif CJK SC", serif; margin: 0; ${columns > 1 ? `column-count: ${columns}; column-gap: 28px;` : ''} }
    h1 { font-size: 24px; text-align: center; margin: 0 0 16px; column-span: all; }
    h2 { font-size: 17px; margin: 14px 0 6px; }
    p { margin: 0; text-indent: 2em; text-align: justify; }
  </style></head><body>${body}</body></html>`;
}

const HEADER = (title: string) =>
  `<div style="font: 9px 'Noto Sans CJK SC'; width: 100%; text-align: center; color: #555; border-bottom: 0.5px solid #999; margin: 0 40px; padding-bottom: 2px">${escapeHtml(title)}</div>`;
const FOOTER = `<div style="font: 11px 'Noto Serif CJK SC'; width: 100%; text-align: center">— <span class="pageNumber"></span> —</div>`;

async function printPdf(page: Page, html: string, title: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return page.pdf({
    format: 'A4', displayHeaderFooter: true, headerTemplate: HEADER(title), footerTemplate: FOOTER,
    margin: { top: '72px', bottom: '72px', left: '64px', right: '64px' },
  });
}

/** Pages that are only pictures: each printed page screenshotted, then printed again as an image. */
async function scannedPdf(page: Page, text: string): Promise<Buffer> {
  const lines = text.split('\n').filter((l) => l.trim()).slice(0, 40);
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.setContent(reportHtml(lines.join('\n'), 1).replace('margin: 0;', 'margin: 60px;'), { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ type: 'png' });
  const img = `<!doctype html><html><body style="margin:0"><img style="width:100%" src="data:image/png;base64,${png.toString('base64')}"></body></html>`;
  await page.setContent(img, { waitUntil: 'load' });
  return page.pdf({ format: 'A4', margin: { top: '0', bottom: '0', left: '0', right: '0' } });
}

/** The report as a Word file: part titles as Heading 1, the title as Title, the rest as paragraphs. */
export async function reportDocx(text: string): Promise<Buffer> {
  const lines = text.split('\n').filter((l) => l.trim());
  const children = lines.map((line, i) => new Paragraph({
    text: line,
    ...(i === 0 ? { heading: HeadingLevel.TITLE } : PART_TITLE.test(line) ? { heading: HeadingLevel.HEADING_1 } : {}),
  }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** The long report the bench opens: the national 2008 report (the corpus's longest), printed large enough to fill 60 pages. */
export const LONG_PDF = { name: 'national-2008', title: '2008年国务院政府工作报告', fontPx: 23.5, file: 'national-2008.60-pages.pdf' };

/** Prints LONG_PDF into `out` (not among the e2e fixtures: only `npm run bench` reads it); returns its path. */
export async function writeLongPdf(out: string): Promise<string> {
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const text = readFileSync(join(CORPUS, `${LONG_PDF.name}.zh.txt`), 'utf8');
    const path = join(out, LONG_PDF.file);
    writeFileSync(path, await printPdf(page, reportHtml(text, 1, LONG_PDF.fontPx), LONG_PDF.title));
    return path;
  } finally {
    await browser.close();
  }
}

/** Writes every fixture into `out`; returns the file names. */
export async function writeFileFixtures(out: string): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const written: string[] = [];
  const put = (name: string, data: Buffer) => {
    writeFileSync(join(out, name), data);
    written.push(name);
  };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    for (const r of PDF_REPORTS) {
      const text = readFileSync(join(CORPUS, `${r.name}.zh.txt`), 'utf8');
      put(`${r.name}.pdf`, await printPdf(page, reportHtml(text, 1), r.title));
      put(`${r.name}.docx`, await reportDocx(text));
    }
    const text2020 = readFileSync(join(CORPUS, 'national-2020.zh.txt'), 'utf8');
    put('national-2020.two-column.pdf', await printPdf(page, reportHtml(text2020, 2), PDF_REPORTS[1]!.title));
    put('national-2020.scanned.pdf', await scannedPdf(page, text2020));
  } finally {
    await browser.close();
  }
  const whole = readFileSync(join(out, 'national-2020.pdf'));
  put('national-2020.corrupt.pdf', whole.subarray(0, Math.floor(whole.length / 2)));
  execFileSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', join(out, 'national-2020.pdf'), join(out, 'national-2020.encrypted.pdf')]);
  written.push('national-2020.encrypted.pdf');
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'test-output/files'));
  const t0 = Date.now();
  const names = [...(await writeFileFixtures(out)), await writeLongPdf(out)];
  console.log(`${names.length} files in ${out} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}
