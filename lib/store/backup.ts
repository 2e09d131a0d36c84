import { StoreError } from './errors';
import { DB_VERSION } from './migrations';
import { backupProblem } from './backup-schema';
import { legacySource } from './provenance';
import { inTransaction, type GzbgDB } from './reports';
import type { StoredAnnotation, StoredCommitment, StoredReport, StoredVersion } from './schema';
import { correctionReportKey } from './corrections';
import type { StoredCorrection } from './schema';

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
  /** Schema v4: the reader's corrections (absent from older backups). */
  corrections?: StoredCorrection[];
}

export interface RestoreCounts {
  added: number;
  updated: number;
  kept: number;
}

export type RestoreResult = Record<'reports' | 'versions' | 'commitments' | 'annotations' | 'settings' | 'corrections', RestoreCounts>;

/** Settings under this prefix belong to this browser profile and are not exported. */
export const LOCAL_SETTING_PREFIX = 'local.';

export { BACKUP_LIMITS } from './backup-schema';

export async function exportAll(db: GzbgDB, now = new Date()): Promise<Backup> {
  const tx = db.transaction(['reports', 'versions', 'commitments', 'annotations', 'settings', 'corrections'], 'readonly');
  const settingsStore = tx.objectStore('settings');
  const [reports, versions, commitments, annotations, keys, values, corrections] = await Promise.all([
    tx.objectStore('reports').getAll(),
    tx.objectStore('versions').getAll(),
    tx.objectStore('commitments').getAll(),
    tx.objectStore('annotations').getAll(),
    settingsStore.getAllKeys(),
    settingsStore.getAll(),
    tx.objectStore('corrections').getAll(),
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
    corrections,
  };
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks a parsed backup file against the one schema (backup-schema.ts), whole; throws
 * StoreError('invalid') naming the first problem and where it is. Records written before schema
 * v3 get their source from their first address.
 */
export function validateBackup(data: unknown): Backup {
  const bad = (why: string): never => {
    throw new StoreError('invalid', `This file is not a usable backup: ${why}. Nothing was restored.`);
  };
  // The questions a reader can act on first: is it a backup at all, and of a version this one reads?
  if (!isObj(data)) return bad('it is not a JSON object');
  if (data.format !== 'gzbg-backup') return bad('it is not a backup of this extension');
  if (data.version !== 1) return bad(`backup format version ${String(data.version)} is not supported`);
  if (typeof data.schemaVersion === 'number' && data.schemaVersion > DB_VERSION) {
    return bad('it was written by a newer version of the extension; update the extension first');
  }
  const checked = backupProblem(data);
  if (!checked.ok) return bad(checked.why);
  const b = checked.backup;
  return {
    ...b,
    format: 'gzbg-backup',
    version: 1,
    reports: b.reports.map((r) => ({ ...r, source: r.source ?? legacySource(r) })) as StoredReport[],
    versions: b.versions.map((x) => (x.origin !== undefined && x.trust !== undefined ? x : { ...x, ...pick(legacySource(x)) })) as StoredVersion[],
    commitments: b.commitments as StoredCommitment[],
    annotations: b.annotations as StoredAnnotation[],
    corrections: (b.corrections ?? []) as StoredCorrection[],
  };
}

const pick = ({ origin, trust }: { origin: string; trust: StoredVersion['trust'] }) => ({ origin, trust });

const counts = (): RestoreCounts => ({ added: 0, updated: 0, kept: 0 });

/**
 * Restores a backup by merging, in one transaction (all or nothing): records missing here are
 * added; a report or annotation is replaced only by a newer copy (a report's commitments go with
 * it); versions and settings are only added. Nothing local is deleted.
 */
export async function restoreAll(db: GzbgDB, data: unknown): Promise<RestoreResult> {
  const backup = validateBackup(data);
  const result: RestoreResult = {
    reports: counts(), versions: counts(), commitments: counts(), annotations: counts(), settings: counts(), corrections: counts(),
  };
  return inTransaction(db, ['reports', 'versions', 'commitments', 'annotations', 'settings', 'corrections'], 'Restoring the backup', async (tx) => {
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

    // A correction is only added: one with the same id here is the reader's own and stays.
    const corrections = tx.objectStore('corrections');
    for (const c of backup.corrections ?? []) {
      if ((await corrections.getKey(c.id)) !== undefined) result.corrections.kept++;
      else {
        await corrections.put({ ...c, reportKey: correctionReportKey(c.report) });
        result.corrections.added++;
      }
    }
    return result;
  });
}
