/**
 * Where the reader's file comes from: a file the reader chose or dropped, a PDF's address the
 * popup passed (fetched once, with the access the reader's click granted), or a file opened
 * before (reader.html?file=HASH, kept in lib/files/kept.ts so a reload opens it again).
 */
import { fileHash, keepFile, keptFile, MAX_FILE_BYTES, FileError } from '@/lib/files';

export interface OpenedFile {
  name: string;
  /** Where it was fetched from, or '' for the reader's own file. */
  url: string;
  bytes: Uint8Array;
  hash: string;
}

export type FileKind = 'pdf' | 'docx';

export function kindOf(name: string, bytes: Uint8Array): FileKind | null {
  if (/\.pdf$/i.test(name) || new TextDecoder('latin1').decode(bytes.subarray(0, 8)).startsWith('%PDF-')) return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  return null;
}

/** Keeps the file and puts its hash in the address, so a reload opens it again. */
async function remember(name: string, url: string, bytes: Uint8Array): Promise<OpenedFile> {
  const hash = await fileHash(bytes);
  // A file that cannot be kept (quota) is still read; only a reload would not find it.
  await keepFile({ hash, name, url, bytes: bytes.slice().buffer }).catch((e: unknown) => console.warn('gzbg keep file', e));
  const query = new URLSearchParams({ file: hash });
  history.replaceState(null, '', `?${query}`);
  return { name, url, bytes, hash };
}

export async function fromFile(file: File): Promise<OpenedFile> {
  // Refused before reading: a 200 MB file is never loaded into memory.
  if (file.size > MAX_FILE_BYTES) throw new FileError('too-large', String(file.size));
  return remember(file.name, '', new Uint8Array(await file.arrayBuffer()));
}

export async function fromUrl(url: string): Promise<OpenedFile> {
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const size = Number(response.headers.get('content-length') ?? 0);
  if (size > MAX_FILE_BYTES) throw new FileError('too-large', String(size));
  const bytes = new Uint8Array(await response.arrayBuffer());
  const name = decodeURIComponent(new URL(url).pathname.split('/').pop() || 'report.pdf');
  return remember(name, url, bytes);
}

export async function fromKept(hash: string): Promise<OpenedFile | null> {
  const kept = await keptFile(hash);
  return kept ? { name: kept.name, url: kept.url, bytes: new Uint8Array(kept.bytes), hash } : null;
}
