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

const PERSIST_KEY = 'local.storage.persist'; // per profile: not exported (see backup.ts)

/** How full the storage is, or null where the browser does not say. */
export async function storageEstimate(): Promise<StorageEstimate | null> {
  const storage = globalThis.navigator?.storage;
  if (!storage?.estimate) return null;
  const { usage = 0, quota = 0 } = await storage.estimate();
  const persisted = storage.persisted ? await storage.persisted().catch(() => null) : null;
  return { usage, quota, persisted };
}

/**
 * Asks once (per profile) for persistent storage, so the browser does not evict saved reports
 * and annotations under storage pressure; remembers the answer in settings and asks no more.
 */
export async function requestPersistenceOnce(db: GzbgDB): Promise<PersistRecord | null> {
  const before = await getSetting<PersistRecord>(db, PERSIST_KEY);
  if (before) return before;
  const storage = globalThis.navigator?.storage;
  if (!storage?.persist) return null;
  const granted = await storage.persist().catch(() => false);
  const record: PersistRecord = { granted, at: Date.now() };
  await setSetting(db, PERSIST_KEY, record);
  return record;
}
