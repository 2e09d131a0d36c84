/**
 * The files the reader opened, kept by content hash so the reader page opens the same PDF again
 * on reload (reader.html?file=HASH) with its marks and annotations. A database of its own: the
 * reports' database (lib/store) keeps texts and analyses, and a file's bytes are not part of the
 * report; only the newest few are kept.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export interface KeptFile {
  hash: string;
  name: string;
  /** Where it was fetched from, or '' for a file the reader chose. */
  url: string;
  bytes: ArrayBuffer;
  at: number;
}

interface FilesSchema extends DBSchema {
  files: { key: string; value: KeptFile; indexes: { at: number } };
}

/** How many files are kept (the oldest opened go first). */
export const KEEP_FILES = 12;

let db: Promise<IDBPDatabase<FilesSchema>> | null = null;

function open(): Promise<IDBPDatabase<FilesSchema>> {
  db ??= openDB<FilesSchema>('gzbg-files', 1, {
    upgrade(d) {
      d.createObjectStore('files', { keyPath: 'hash' }).createIndex('at', 'at');
    },
  });
  return db;
}

/** SHA-256 of the bytes, hex. */
export async function fileHash(bytes: ArrayBuffer | Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function keepFile(file: Omit<KeptFile, 'at'>): Promise<void> {
  const d = await open();
  const tx = d.transaction('files', 'readwrite');
  await tx.store.put({ ...file, at: Date.now() });
  const keys = await tx.store.index('at').getAllKeys();
  for (const key of keys.slice(0, Math.max(0, keys.length - KEEP_FILES))) await tx.store.delete(key);
  await tx.done;
}

export async function keptFile(hash: string): Promise<KeptFile | null> {
  return (await (await open()).get('files', hash)) ?? null;
}
