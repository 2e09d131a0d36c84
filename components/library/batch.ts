/**
 * Importing many report files at once (chosen, dropped, or a dropped folder): each file is read,
 * recognized and saved on its own, so one bad file never stops the others, and a file is either
 * saved whole (report/save is one transaction) or not at all, with the reason.
 */
import type { Analysis } from '@/lib/commitments';
import { analyzeImport, MAX_IMPORT_BYTES, textOf } from './importing';
import { errorText } from '../error-text';

/** A file as the batch needs it: a File, or an entry read from a dropped folder. */
export interface BatchFile {
  name: string;
  size: number;
  text(): Promise<string>;
  /** The bytes, for a PDF or Word file (a File has it). */
  arrayBuffer?(): Promise<ArrayBuffer>;
}

/** Reads the text of a PDF or Word file (lib/files); throws with a message the reader can act on. */
export type ReadBinary = (name: string, bytes: Uint8Array) => Promise<string>;

export type BatchFailure = 'too-large' | 'unreadable' | 'empty' | 'not-recognized' | 'not-a-text' | 'save-failed' | 'file-problem';

export interface BatchResult {
  name: string;
  ok: boolean;
  id?: string;
  region?: string | null;
  level?: string | null;
  year?: number | null;
  failure?: BatchFailure;
  /** What was missing (not-recognized) or the store's message (save-failed). */
  detail?: string;
}

export interface BatchProgress {
  done: number;
  total: number;
  /** The file being read now, or null when all are done. */
  current: string | null;
}

/** Saves one analysed text; returns the report's id. Throws with a message the reader can act on. */
export type SaveReport = (name: string, text: string, analysis: Analysis) => Promise<string>;

/** Files a report can come in; anything else in a dropped folder is skipped, not failed. */
export const REPORT_FILE = /\.(?:txt|html?|xhtml|pdf|docx)$/i;
const BINARY_FILE = /\.(?:pdf|docx)$/i;
/** A PDF may be large (scans, fonts); its text is what is kept. */
const MAX_BINARY_BYTES = 64 * 1024 * 1024;

export async function importBatch(files: BatchFile[], save: SaveReport, onProgress: (p: BatchProgress) => void, readBinary?: ReadBinary): Promise<BatchResult[]> {
  const results: BatchResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    onProgress({ done: i, total: files.length, current: file.name });
    // Let the progress bar paint between files: analysing one report takes a few tens of ms.
    await new Promise((r) => setTimeout(r, 0));
    results.push(await importOne(file, save, readBinary));
  }
  onProgress({ done: files.length, total: files.length, current: null });
  return results;
}

async function importOne(file: BatchFile, save: SaveReport, readBinary?: ReadBinary): Promise<BatchResult> {
  const fail = (failure: BatchFailure, detail?: string): BatchResult => ({ name: file.name, ok: false, failure, ...(detail ? { detail } : {}) });
  if (!REPORT_FILE.test(file.name)) return fail('not-a-text');
  const binary = BINARY_FILE.test(file.name);
  if (binary && (!readBinary || !file.arrayBuffer)) return fail('not-a-text');
  if (file.size > (binary ? MAX_BINARY_BYTES : MAX_IMPORT_BYTES)) return fail('too-large');
  let text: string;
  try {
    text = binary ? await readBinaryText(file, readBinary!) : textOf(file.name, await file.text());
  } catch (e) {
    return fail(binary ? 'file-problem' : 'unreadable', e instanceof Error ? e.message : String(e));
  }
  if (!text.trim()) return fail('empty');
  const analysis = analyzeImport(text);
  const { region, level, year } = analysis.meta;
  // Filed under its government and year, or not at all: an unfiled report would be invisible to
  // linking and to the table across governments. (One file can still be imported and fixed by hand.)
  if (!region || !year) return fail('not-recognized', [!region && 'region', !year && 'year'].filter(Boolean).join(','));
  try {
    const id = await save(file.name, text, analysis);
    return { name: file.name, ok: true, id, region, level, year };
  } catch (e) {
    return fail('save-failed', errorText(e));
  }
}

async function readBinaryText(file: BatchFile, readBinary: ReadBinary): Promise<string> {
  return readBinary(file.name, new Uint8Array(await file.arrayBuffer!()));
}

/** The files of a drop, folders read recursively (Chromium and Firefox both give entries). */
export async function filesOfDrop(data: DataTransfer): Promise<BatchFile[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (!entries.length) return [...data.files];
  const out: BatchFile[] = [];
  for (const entry of entries) await collect(entry, out);
  return out;
}

async function collect(entry: FileSystemEntry, out: BatchFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    // Inside a folder only report files count; a file dropped on its own is tried (and failed with its reason).
    if (REPORT_FILE.test(file.name) || !entry.fullPath.slice(1).includes('/')) out.push(file);
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns the folder's entries in batches until an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) break;
    for (const child of batch.sort((a, b) => a.name.localeCompare(b.name))) await collect(child, out);
  }
}
