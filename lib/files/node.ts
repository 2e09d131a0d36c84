/**
 * A PDF's or a .docx's text in Node (the command line, tests, benches): pdf.js's legacy build
 * (it runs on Node 20) with its CMaps and fonts from node_modules. Not part of lib/files/index.ts,
 * so the extension never bundles it.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readDocx } from './docx';
import { checkSize, FileError } from './errors';
import { loadPdf, type GetDocument, type LoadedPdf } from './pdf';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

export const FILE_EXTENSION = /\.(?:pdf|docx)$/i;

/** Opens a PDF in Node; the caller destroys `doc`. */
export async function loadPdfInNode(bytes: Uint8Array): Promise<LoadedPdf> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return loadPdf(getDocument as unknown as GetDocument, bytes, {
    cMapUrl: join(PDFJS_DIR, 'cmaps/'),
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts/'),
  });
}

/** The text of a .pdf (pages as form feeds) or .docx file; throws FileError. */
export async function fileText(path: string): Promise<string> {
  checkSize(statSync(path).size);
  const bytes = new Uint8Array(readFileSync(path));
  if (/\.docx$/i.test(path)) return (await readDocx(bytes)).text;
  if (!/\.pdf$/i.test(path)) throw new FileError('unsupported', `${path} is neither a PDF nor a .docx file`);
  const pdf = await loadPdfInNode(bytes);
  await pdf.doc.destroy();
  return pdf.text.text;
}
