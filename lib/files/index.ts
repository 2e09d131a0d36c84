/** Reports that come as files: PDF through pdf.js and .docx through mammoth, to text with a page map. */
export { checkSize, FileError, MAX_FILE_BYTES, type FileProblem } from './errors';
export { blocksOf, readDocx, type DocxText } from './docx';
export { loadPdf, type GetDocument, type LoadedPdf, type PdfAssets } from './pdf';
export { pdfText, type PdfItem, type PdfPageText, type PdfText } from './pdf-text';
export { PAGE_BREAK, pageAt, pageOf, pageStarts } from '../text/pages';
export { unifyRadicals } from './radicals';
export { originPattern, pdfAddress } from './address';
export { fileHash, keepFile, keptFile, KEEP_FILES, type KeptFile } from './kept';
