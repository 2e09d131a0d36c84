/**
 * Which versions of a report are never dropped, and the rate limit that keeps a page from filling
 * the report's history: of the versions from one source seen within `VERSION_RATE.windowMs` of
 * each other, only the newest is kept (a page flapping between texts every second leaves one
 * version an hour), unless the reader saw it, pinned it, or it is the report of record.
 */
import type { IDBPTransaction } from 'idb';
import type { GzbgSchema, StoreName, StoredVersion } from './schema';

/** Settings kept under a report's id (moved with it when its identity is fixed, see identity.ts). */
export const lastSeenKey = (reportId: string) => `versions.lastSeen:${reportId}`;
export const pinnedKey = (reportId: string) => `versions.pinned:${reportId}`;

export const VERSION_RATE = { windowMs: 60 * 60 * 1000 };

/** The hashes of a report that no bound and no rate limit drops: the one last seen, the pinned ones. */
export async function protectedHashes(
  tx: IDBPTransaction<GzbgSchema, StoreName[], 'readwrite' | 'readonly'>,
  reportId: string,
): Promise<Set<string>> {
  const settings = tx.objectStore('settings');
  const [last, pins] = await Promise.all([settings.get(lastSeenKey(reportId)), settings.get(pinnedKey(reportId))]);
  const keep = new Set<string>(Array.isArray(pins) ? pins.filter((h): h is string => typeof h === 'string') : []);
  const seen = (last as { hash?: unknown } | undefined)?.hash;
  if (typeof seen === 'string') keep.add(seen);
  return keep;
}

/**
 * Stores `version`, first dropping the versions of the same report and source seen within the
 * rate window before it that nothing protects (`record`: the report of record's hash). Returns
 * the hashes dropped.
 */
export async function keepVersion(
  tx: IDBPTransaction<GzbgSchema, StoreName[], 'readwrite'>,
  version: StoredVersion,
  record: string | null,
): Promise<string[]> {
  const store = tx.objectStore('versions');
  const keep = await protectedHashes(tx, version.reportId);
  if (record) keep.add(record);
  const dropped: string[] = [];
  let cursor = await store.index('by-report').openCursor(version.reportId);
  while (cursor) {
    const v = cursor.value;
    if (v.hash !== version.hash && v.origin === version.origin && !keep.has(v.hash)
      && version.seenAt - v.seenAt < VERSION_RATE.windowMs) {
      await cursor.delete();
      dropped.push(v.hash);
    }
    cursor = await cursor.continue();
  }
  await store.put(version);
  return dropped;
}
