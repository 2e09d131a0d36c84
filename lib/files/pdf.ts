/**
 * A PDF's pages and text through pdf.js. The caller passes pdf.js's `getDocument` (the browser
 * build with its bundled worker in the extension, the legacy build in Node) and where its CMaps
 * and standard fonts are (bundled: nothing is fetched from the network).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { checkSize, FileError } from './errors';
import { pdfText, type PdfPageText, type PdfText } from './pdf-text';
import { unifyRadicals } from './radicals';

export type GetDocument = typeof import('pdfjs-dist').getDocument;

export interface PdfAssets {
  /** Folder of pdf.js's packed CMaps (Chinese fonts without a ToUnicode map need them). */
  cMapUrl: string;
  standardFontDataUrl: string;
}

export interface LoadedPdf {
  doc: PDFDocumentProxy;
  /** Each page's text content, items' strings with radicals unified (what the text layer shows). */
  contents: TextContent[];
  pages: PdfPageText[];
  text: PdfText;
}

/** Fewer visible characters than this per page on average: pictures of pages, not text. */
const MIN_CHARS_PER_PAGE = 20;

function isPdf(data: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Opens a PDF and reads its text; throws FileError (encrypted, corrupt, no text, too large). */
export async function loadPdf(getDocument: GetDocument, data: Uint8Array, assets: PdfAssets): Promise<LoadedPdf> {
  checkSize(data.byteLength);
  if (!isPdf(data)) throw new FileError('corrupt', 'This is not a PDF file.');
  let doc: PDFDocumentProxy;
  try {
    doc = await getDocument({
      // pdf.js moves the bytes to its worker: a copy keeps the caller's.
      data: data.slice(),
      cMapUrl: assets.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: assets.standardFontDataUrl,
      isEvalSupported: false,
      stopAtErrors: false,
      // Errors only: a damaged file's warnings would go to the console (and the command line's stderr).
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new FileError('encrypted', 'The PDF is protected by a password; open it, save a copy without the password, and try again.');
    throw new FileError('corrupt', `The PDF cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const contents: TextContent[] = [];
  const pages: PdfPageText[] = [];
  try {
    // Every page asked at once: the worker reads them in turn, without a round trip between pages.
    const read = await Promise.all(Array.from({ length: doc.numPages }, async (_, i) => {
      const page = await doc.getPage(i + 1);
      return { page, content: await page.getTextContent() };
    }));
    for (const { page, content } of read) {
      const view = page.view;
      const items: PdfPageText['items'] = [];
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const it = raw as TextItem;
        it.str = unifyRadicals(it.str);
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5] - view[1]!, width: it.width, height: it.height, hasEOL: it.hasEOL });
      }
      contents.push(content);
      pages.push({ width: view[2]! - view[0]!, height: view[3]! - view[1]!, items });
    }
  } catch (e) {
    await doc.destroy();
    throw new FileError('corrupt', `The PDF cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const text = pdfText(pages);
  const visible = text.text.replace(/\s/g, '').length;
  if (visible < MIN_CHARS_PER_PAGE * Math.max(1, doc.numPages) / 4 || visible < MIN_CHARS_PER_PAGE) {
    await doc.destroy();
    throw new FileError('no-text', 'This PDF has no text to read: its pages are pictures (a scan). Text recognition (OCR) is not done here; a PDF with a text layer is needed.');
  }
  return { doc, contents, pages, text };
}
