import { StoreError } from './errors';
import { DB_VERSION } from './migrations';
import { inTransaction, MAX_TEXT_CHARS, type GzbgDB } from './reports';
import type { StoredAnnotation, StoredCommitment, StoredReport, StoredVersion } from './schema';

/**
 * One JSON file with everything the extension keeps: the user's backup. Restoring it merges:
 * it never deletes a local record and never overwrites one that is newer than the backup's.
 */
export interface Backup {
  format: 'gzbg-backup';
  version: 1;
  /** The database version that wrote it. */
  schemaVersion: number;
  exportedAt: string;
  reports: StoredReport[];
  versions: StoredVersion[];
  commitments: StoredCommitment[];
  annotations: StoredAnnotation[];
  settings: { key: string; value: unknown }[];
}

export interface RestoreCounts {
  added: number;
  updated: number;
  kept: number;
}

export type RestoreResult = Record<'reports' | 'versions' | 'commitments' | 'annotations' | 'settings', RestoreCounts>;

/** Settings under this prefix belong to this browser profile and are not exported. */
export const LOCAL_SETTING_PREFIX = 'local.';

/** Limits on what a backup may hold (a backup is a file from outside, so it is checked). */
export const BACKUP_LIMITS = {
  records: 200_000,
  textChars: MAX_TEXT_CHARS,
};

export async function exportAll(db: GzbgDB, now = new Date()): Promise<Backup> {
  const tx = db.transaction(['reports', 'versions', 'commitments', 'annotations', 'settings'], 'readonly');
  const settingsStore = tx.objectStore('settings');
  const [reports, versions, commitments, annotations, keys, values] = await Promise.all([
    tx.objectStore('reports').getAll(),
    tx.objectStore('versions').getAll(),
    tx.objectStore('commitments').getAll(),
    tx.objectStore('annotations').getAll(),
    settingsStore.getAllKeys(),
    settingsStore.getAll(),
  ]);
  await tx.done;
  const settings = keys
    .map((key, i) => ({ key, value: values[i] }))
    .filter((s) => !s.key.startsWith(LOCAL_SETTING_PREFIX));
  return {
    format: 'gzbg-backup',
    version: 1,
    schemaVersion: DB_VERSION,
    exportedAt: now.toISOString(),
    reports,
    versions,
    commitments,
    annotations,
    settings,
  };
}

type Check = (x: Record<string, unknown>) => string | null;

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const str = (...names: string[]): Check => (x) => names.find((n) => typeof x[n] !== 'string') ?? null;
const num = (...names: string[]): Check => (x) => names.find((n) => typeof x[n] !== 'number' || !Number.isFinite(x[n])) ?? null;
const textLimit = (...names: string[]): Check => (x) =>
  names.find((n) => typeof x[n] === 'string' && (x[n] as string).length > BACKUP_LIMITS.textChars) ?? null;

const CHECKS: Record<Exclude<keyof RestoreResult, 'settings'>, Check[]> = {
  reports: [
    str('id', 'text', 'hash', 'region', 'level'),
    num('year', 'savedAt', 'updatedAt', 'commitmentCount'),
    (x) => (Array.isArray(x.urls) && x.urls.every((u) => typeof u === 'string') ? null : 'urls'),
    (x) => (isObj(x.meta) ? null : 'meta'),
    (x) => (isObj(x.identity) ? null : 'identity'),
    (x) => (Array.isArray(x.headings) ? null : 'headings'),
    textLimit('text'),
  ],
  versions: [str('reportId', 'hash', 'text', 'url'), num('seenAt'), textLimit('text')],
  commitments: [str('reportId', 'id', 'key', 'region', 'quote'), num('start', 'end', 'year')],
  annotations: [str('id', 'reportId')],
};

/** Checks a parsed backup file; throws StoreError('invalid') naming the first bad record. */
export function validateBackup(data: unknown): Backup {
  const bad = (why: string): never => {
    throw new StoreError('invalid', `This file is not a usable backup: ${why}. Nothing was restored.`);
  };
  if (!isObj(data)) return bad('it is not a JSON object');
  if (data.format !== 'gzbg-backup') return bad('it is not a backup of this extension');
  if (data.version !== 1) return bad(`backup format version ${String(data.version)} is not supported`);
  if (typeof data.schemaVersion !== 'number' || data.schemaVersion > DB_VERSION) {
    return bad('it was written by a newer version of the extension; update the extension first');
  }
  let records = 0;
  for (const [store, checks] of Object.entries(CHECKS)) {
    const list = data[store];
    if (!Array.isArray(list)) return bad(`"${store}" is missing`);
    records += list.length;
    list.forEach((x, i) => {
      if (!isObj(x)) bad(`${store}[${i}] is not an object`);
      for (const check of checks) {
        const field = check(x as Record<string, unknown>);
        if (field) bad(`${store}[${i}].${field} is missing or wrong`);
      }
    });
  }
  if (!Array.isArray(data.settings) || !data.settings.every((s) => isObj(s) && typeof s.key === 'string')) {
    return bad('"settings" is missing or wrong');
  }
  if (records > BACKUP_LIMITS.records) return bad(`it holds more than ${BACKUP_LIMITS.records} records`);
  return data as unknown as Backup;
}

const counts = (): RestoreCounts => ({ added: 0, updated: 0, kept: 0 });

/**
 * Restores a backup by merging, in one transaction (all or nothing): records missing here are
 * added; a report or annotation is replaced only by a newer copy (a report's commitments go with
 * it); versions and settings are only added. Nothing local is deleted.
 */
export async function restoreAll(db: GzbgDB, data: unknown): Promise<RestoreResult> {
  const backup = validateBackup(data);
  const result: RestoreResult = {
    reports: counts(), versions: counts(), commitments: counts(), annotations: counts(), settings: counts(),
  };
  return inTransaction(db, ['reports', 'versions', 'commitments', 'annotations', 'settings'], 'Restoring the backup', async (tx) => {
    const reports = tx.objectStore('reports');
    const taken = new Set<string>();
    for (const incoming of backup.reports) {
      const local = await reports.get(incoming.id);
      if (local && local.updatedAt >= incoming.updatedAt) {
        result.reports.kept++;
        continue;
      }
      const urls = [...(local?.urls ?? [])];
      for (const u of incoming.urls) if (!urls.includes(u)) urls.push(u);
      await reports.put({ ...incoming, urls, savedAt: Math.min(incoming.savedAt, local?.savedAt ?? Infinity) });
      taken.add(incoming.id);
      result.reports[local ? 'updated' : 'added']++;
    }

    const commitments = tx.objectStore('commitments');
    for (const id of taken) {
      const old = await commitments.index('by-report').getAllKeys(id);
      await Promise.all(old.map((k) => commitments.delete(k)));
    }
    for (const c of backup.commitments) {
      if (!taken.has(c.reportId)) {
        result.commitments.kept++;
        continue;
      }
      await commitments.put(c);
      result.commitments.added++;
    }

    const versions = tx.objectStore('versions');
    for (const v of backup.versions) {
      if ((await versions.getKey([v.reportId, v.hash])) !== undefined) result.versions.kept++;
      else {
        await versions.put(v);
        result.versions.added++;
      }
    }

    const annotations = tx.objectStore('annotations');
    for (const a of backup.annotations) {
      const local = await annotations.get(a.id);
      if (local && !((a.modified ?? '') > (local.modified ?? ''))) {
        result.annotations.kept++;
        continue;
      }
      await annotations.put(a);
      result.annotations[local ? 'updated' : 'added']++;
    }

    const settings = tx.objectStore('settings');
    for (const s of backup.settings) {
      if (s.key.startsWith(LOCAL_SETTING_PREFIX) || (await settings.getKey(s.key)) !== undefined) result.settings.kept++;
      else {
        await settings.put(s.value, s.key);
        result.settings.added++;
      }
    }
    return result;
  });
}
