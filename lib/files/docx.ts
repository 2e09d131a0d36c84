/**
 * A Word (.docx) report's text through mammoth: one line per heading and paragraph, in document
 * order, so part titles (一、…) stay lines of their own as the engine expects. Mammoth's HTML is
 * read for its block elements only and never rendered; images are dropped.
 */
import mammoth from 'mammoth';
import { checkSize, FileError } from './errors';

export interface DocxText {
  text: string;
  /** Headings as Word marked them (Heading 1…6), with their line's offset. */
  headings: { level: number; text: string; start: number }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' };

function plain(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (m, e: string) => {
      if (ENTITIES[e]) return ENTITIES[e]!;
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return m;
    })
    .trim();
}

/** Lines of the blocks of mammoth's HTML: headings, paragraphs, list items and table cells. */
export function blocksOf(html: string): DocxText {
  const lines: string[] = [];
  const headings: DocxText['headings'] = [];
  let at = 0;
  for (const m of html.matchAll(/<(h[1-6]|p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const text = plain(m[2]!);
    if (!text) continue;
    const tag = m[1]!.toLowerCase();
    if (tag[0] === 'h' && tag !== 'th') headings.push({ level: Number(tag[1]), text, start: at });
    lines.push(text);
    at += text.length + 1;
  }
  return { text: lines.join('\n'), headings };
}

/** Reads a .docx file; throws FileError when it is not one or holds no text. */
export async function readDocx(data: Uint8Array): Promise<DocxText> {
  checkSize(data.byteLength);
  // A .docx is a zip: "PK".
  if (data[0] !== 0x50 || data[1] !== 0x4b) throw new FileError('corrupt', 'This is not a Word (.docx) file.');
  let html: string;
  try {
    const input = typeof Buffer !== 'undefined'
      ? { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }
      : { arrayBuffer: data.slice().buffer };
    const result = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (e) {
    throw new FileError('corrupt', `The Word file cannot be read (${e instanceof Error ? e.message : String(e)}).`);
  }
  const out = blocksOf(html);
  if (!out.text.trim()) throw new FileError('no-text', 'The Word file has no text.');
  return out;
}
