import { getSetting, setSetting, type GzbgDB } from './reports';

export interface StorageEstimate {
  /** Bytes used by this extension's origin. */
  usage: number;
  /** Bytes it may use (very large with `unlimitedStorage`). */
  quota: number;
  /** Whether the browser promised not to evict the data under storage pressure. */
  persisted: boolean | null;
}

export interface PersistRecord {
  granted: boolean;
  at: number;
}

/** The part of StorageManager used here (injectable for tests). */
export type StorageLike = Partial<Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>>;

const PERSIST_KEY = 'local.storage.persist'; // per profile: not exported (see backup.ts)

const defaultStorage = (): StorageLike | undefined => globalThis.navigator?.storage;

/** How full the storage is, or null where the browser does not say. */
export async function storageEstimate(storage = defaultStorage()): Promise<StorageEstimate | null> {
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  const persisted = storage.persisted ? await storage.persisted().catch(() => null) : null;
  return { usage, quota, persisted };
}

/** Whether persistent storage was asked for in this profile, and the answer. */
export async function persistRecord(db: GzbgDB): Promise<PersistRecord | null> {
  return (await getSetting<PersistRecord>(db, PERSIST_KEY)) ?? null;
}

/** Records the browser's answer to `navigator.storage.persist()` (asked here or by a page). */
export async function recordPersistence(db: GzbgDB, granted: boolean, at = Date.now()): Promise<PersistRecord> {
  const record = { granted, at };
  await setSetting(db, PERSIST_KEY, record);
  return record;
}

/**
 * Asks once (per profile) for persistent storage, so the browser does not evict saved reports
 * and annotations under storage pressure; remembers the answer and asks no more. Returns null
 * where this context cannot ask: `persist()` exists only in windows, so Chromium's service
 * worker cannot, and an extension page asks instead (see `askPersistenceFromPage`).
 */
export async function requestPersistenceOnce(db: GzbgDB, storage = defaultStorage()): Promise<PersistRecord | null> {
  const before = await persistRecord(db);
  if (before) return before;
  if (!storage?.persist) return null;
  const granted = await storage.persist().catch(() => false);
  return recordPersistence(db, granted);
}

/**
 * From an extension page (a window, same storage as the background): asks for persistent storage
 * unless it was asked before, and hands the answer to `record` (a message to the background).
 */
export async function askPersistenceFromPage(
  asked: PersistRecord | null,
  record: (granted: boolean) => Promise<unknown>,
  storage = defaultStorage(),
): Promise<boolean | null> {
  if (asked || !storage?.persist) return asked?.granted ?? null;
  const granted = await storage.persist().catch(() => false);
  await record(granted);
  return granted;
}
