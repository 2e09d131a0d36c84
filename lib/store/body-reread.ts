/**
 * Reports and versions stored before the report's body was found (issue 13) hold whole-page texts:
 * menus, counters, sidebars and footers around the report. Once per database, the background
 * re-reads each stored text to its body (lib/dom/body-cues.ts `trimReportLines`: chrome lines
 * dropped, from the report's opening to its closing call) and moves what hangs on the old texts:
 *
 * - a version's text becomes its body, under the body's hash; two page versions that differed only
 *   outside the body (a view counter) are one version of the body, the earliest kept;
 * - the version last seen and the pinned versions follow their hashes;
 * - annotations named by the fingerprint of an old text (reports without government and year)
 *   follow to the fingerprint of its body (those named by government and year need nothing);
 * - the report's commitments are analyzed again from its body, lazily, as after an engine update
 *   (its `engine` mark is cleared).
 *
 * A text in which no report opening is found is left as it is. Hashing is asynchronous, so this is
 * not a schema migration (those run inside IndexedDB's upgrade transaction): every new text is
 * hashed first, then everything is written in one transaction. No schema version change.
 */
import { reportFingerprint } from '../anchoring/fingerprint';
import { trimReportLines } from '../dom/body-cues';
import { getSetting, hashText, inTransaction, type GzbgDB } from './reports';
import type { StoredReport, StoredVersion } from './schema';
import { lastSeenKey, pinnedKey, type LastSeen } from './versions';

/** Settings key recording that the stored texts were re-read to their bodies. */
export const BODY_REREAD_KEY = 'migrate.bodyReread';

export interface BodyRereadResult {
  reports: number;
  versions: number;
  annotations: number;
}

interface Moved {
  text: string;
  hash: string;
}

interface Plan {
  report: StoredReport;
  /** The report's new current text, or null when it stays. */
  current: Moved | null;
  versions: { old: StoredVersion; next: Moved }[];
  /** Old text fingerprint → the body's. */
  fingerprints: Map<string, string>;
}

async function moved(text: string): Promise<Moved | null> {
  const body = trimReportLines(text);
  return body && body !== text ? { text: body, hash: await hashText(body) } : null;
}

async function planFor(db: GzbgDB, report: StoredReport): Promise<Plan | null> {
  const current = await moved(report.text);
  const fingerprints = new Map<string, string>();
  if (current) fingerprints.set(reportFingerprint(report.text), reportFingerprint(current.text));
  const versions: Plan['versions'] = [];
  for (const old of await db.getAllFromIndex('versions', 'by-report', report.id)) {
    const next = await moved(old.text);
    if (!next) continue;
    versions.push({ old, next });
    fingerprints.set(reportFingerprint(old.text), reportFingerprint(next.text));
  }
  return current || versions.length ? { report, current, versions, fingerprints } : null;
}

/** Re-reads every stored whole-page text to its body, once (later calls return zeros). */
export async function rereadStoredBodies(db: GzbgDB): Promise<BodyRereadResult> {
  const result: BodyRereadResult = { reports: 0, versions: 0, annotations: 0 };
  if (await getSetting(db, BODY_REREAD_KEY)) return result;
  const plans: Plan[] = [];
  for (const report of await db.getAll('reports')) {
    const plan = await planFor(db, report);
    if (plan) plans.push(plan);
  }
  await inTransaction(db, ['reports', 'versions', 'annotations', 'settings'], 'Re-reading stored reports to their bodies', async (tx) => {
    const settings = tx.objectStore('settings');
    for (const { report, current, versions, fingerprints } of plans) {
      const id = report.id;
      const hashes = new Map<string, string>();
      if (current) {
        const { engine: _engine, ...rest } = report;
        await tx.objectStore('reports').put({ ...rest, text: current.text, hash: current.hash });
        hashes.set(report.hash, current.hash);
        result.reports++;
      }
      const store = tx.objectStore('versions');
      for (const { old, next } of versions) {
        await store.delete([id, old.hash]);
        hashes.set(old.hash, next.hash);
        result.versions++;
      }
      for (const { old, next } of versions) {
        const had = await store.get([id, next.hash]);
        if (!had || had.seenAt > old.seenAt) await store.put({ ...old, hash: next.hash, text: next.text });
      }
      const last = (await settings.get(lastSeenKey(id))) as LastSeen | undefined;
      if (last && hashes.has(last.hash)) await settings.put({ ...last, hash: hashes.get(last.hash)! }, lastSeenKey(id));
      const pins = (await settings.get(pinnedKey(id))) as string[] | undefined;
      if (pins) await settings.put([...new Set(pins.map((h) => hashes.get(h) ?? h))], pinnedKey(id));
      const annotations = tx.objectStore('annotations');
      for (const [from, to] of fingerprints) {
        for (const a of await annotations.index('by-report').getAll(`fp:${from}`)) {
          const target = a.target as { report: { fingerprint: string } };
          await annotations.put({ ...a, reportId: `fp:${to}`, target: { ...target, report: { ...target.report, fingerprint: to } } });
          result.annotations++;
        }
      }
    }
    await settings.put(Date.now(), BODY_REREAD_KEY);
  });
  return result;
}
