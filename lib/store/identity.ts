/**
 * Fixing a stored report's identity (government, level, year, summary) when the engine could not
 * tell it. The report's id is derived from its identity, so a fix moves the report to a new id,
 * and everything that hangs on it has to move with it, in the same transaction.
 */
import { reportFingerprint, sameReport, type Annotation, type ReportIdentity as AnnotatedReport } from '../anchoring/index.ts';
import type { Level, ReportMeta } from '../report/types';
import { fromRecord, looksLikeAnnotation, toRecord } from './annotations';
import { StoreError } from './errors';
import { canonicalUrl, inTransaction, reportIdOf, type GzbgDB } from './reports';
import type { ReportIdentity, StoredReport } from './schema';
import { lastSeenKey, pinnedKey } from './versions';
import { correctionReportKey } from './corrections';

export interface ReidentifyResult {
  /** The report's id now (the same as before when the fix did not change it). */
  id: string;
  /** How many records were moved or rewritten with the new identity. */
  moved: { commitments: number; versions: number; annotations: number; settings: number };
}

const LEVELS: readonly (Level | null)[] = ['national', 'provincial', 'municipal', 'county', null];

/** Refuses an identity a user could not have meant (the message names the field). */
export function checkIdentity(identity: ReportIdentity): void {
  const bad = (what: string) => new StoreError('invalid', `The report's ${what} is not valid; nothing was changed.`);
  if (!identity || typeof identity !== 'object') throw bad('identity');
  if (identity.region !== null && (typeof identity.region !== 'string' || !identity.region.trim() || identity.region.length > 40)) throw bad('region');
  if (identity.year !== null && !(Number.isInteger(identity.year) && identity.year >= 1949 && identity.year <= 2100)) throw bad('year');
  if (!LEVELS.includes(identity.level)) throw bad('level');
  if (typeof identity.summary !== 'boolean') throw bad('summary flag');
  if (identity.title !== null && typeof identity.title !== 'string') throw bad('title');
}

/** How the annotations name a stored report: its identity with the fingerprint of one of its texts. */
function annotatedAs(identity: ReportIdentity, text: string): AnnotatedReport {
  return { region: identity.region, year: identity.year, title: identity.title, fingerprint: reportFingerprint(text), ...(identity.summary ? { summary: true } : {}) };
}

/** An annotation moved to the new identity (its text fingerprint and title stay: the text did not change). */
function reidentified(a: Annotation, identity: ReportIdentity, now: string): Annotation {
  const { summary: _summary, ...report } = a.target.report;
  return {
    ...a,
    // Newer than any copy exported before the fix, so a later import does not undo it.
    modified: now,
    target: { ...a.target, report: { ...report, region: identity.region, year: identity.year, ...(identity.summary ? { summary: true } : {}) } },
  };
}

function describeIdentity(i: ReportIdentity): string {
  return [i.region ?? '?', i.level ?? '', i.year ?? '?', i.summary ? '(summary 摘要)' : ''].filter(Boolean).join(' ');
}

/**
 * Gives the stored report `oldId` a new identity and moves, in ONE transaction, its commitments
 * (with the new region, level and year), versions, annotations (matched by the old identity or
 * by the fingerprint of any of its texts) and per-report settings to the id the identity gives.
 *
 * When another report is already stored under that id the fix is refused (code `conflict`) and
 * nothing changes: the two may hold different texts, versions and annotations, and a merge would
 * have to pick whose text is current, and the version bound could then drop old texts. The user
 * can look at both, delete one, and fix again.
 */
export async function reidentifyReport(db: GzbgDB, oldId: string, identity: ReportIdentity, at = Date.now()): Promise<ReidentifyResult> {
  checkIdentity(identity);
  const next: ReportIdentity = { ...identity, region: identity.region?.trim() ?? null };
  return inTransaction(db, ['reports', 'commitments', 'versions', 'annotations', 'settings', 'corrections'], 'Fixing the report\'s details', async (tx) => {
    const reports = tx.objectStore('reports');
    const old = await reports.get(oldId);
    if (!old) throw new StoreError('not-found', `No stored report ${oldId}; nothing was changed.`);
    const id = reportIdOf(next, old.urls[0] ?? '', old.hash);
    if (id !== oldId && (await reports.getKey(id)) !== undefined) {
      throw new StoreError('conflict', `Another report is already stored as ${describeIdentity(next)}, so this one was not changed. `
        + 'Delete one of the two, or give this one other details. （已存有同一政府、同一年份的另一份报告，本次未作修改。请先删除其中一份，或改填其他信息。）');
    }
    const region = next.region ?? '';
    const level = next.level ?? '';
    const year = next.year ?? 0;
    const report: StoredReport = {
      ...old,
      id,
      identity: next,
      region,
      level,
      year,
      meta: { ...old.meta, region: next.region, level: next.level, year: next.year, summary: next.summary },
    };
    if (id !== oldId) await reports.delete(oldId);
    await reports.put(report);

    const commitmentStore = tx.objectStore('commitments');
    const commitments = await commitmentStore.index('by-report').getAll(oldId);
    for (const c of commitments) await commitmentStore.delete([oldId, c.id]);
    for (const c of commitments) await commitmentStore.put({ ...c, reportId: id, region, level, year });

    const versionStore = tx.objectStore('versions');
    const versions = await versionStore.index('by-report').getAll(oldId);
    if (id !== oldId) {
      for (const v of versions) await versionStore.delete([oldId, v.hash]);
      for (const v of versions) await versionStore.put({ ...v, reportId: id });
    }

    // The annotations do not carry the store's id: they name the report by identity and text
    // fingerprint. Those made on any of this report's texts move to the new identity.
    const annotationStore = tx.objectStore('annotations');
    const names = [old.text, ...versions.map((v) => v.text)].map((text) => annotatedAs(old.identity, text));
    const annotations = (await annotationStore.getAll())
      .filter(looksLikeAnnotation)
      .map(fromRecord)
      .filter((a) => names.some((n) => sameReport(a.target.report, n)));
    const now = new Date(at).toISOString();
    for (const a of annotations) await annotationStore.put(toRecord(reidentified(a, next, now)));

    // The reader's corrections name the report by government and year: they move with it.
    const correctionStore = tx.objectStore('corrections');
    const fromKey = correctionReportKey(old.identity);
    const toReport = { region: next.region, year: next.year, level: next.level, summary: next.summary };
    for (const c of await correctionStore.index('by-report').getAll(fromKey)) {
      await correctionStore.put({ ...c, report: toReport, reportKey: correctionReportKey(toReport) });
    }

    let settings = 0;
    if (id !== oldId) {
      const settingStore = tx.objectStore('settings');
      for (const keyOf of [lastSeenKey, pinnedKey]) {
        const value = await settingStore.get(keyOf(oldId));
        if (value === undefined) continue;
        await settingStore.delete(keyOf(oldId));
        await settingStore.put(value, keyOf(id));
        settings++;
      }
    }
    return { id, moved: { commitments: commitments.length, versions: id !== oldId ? versions.length : 0, annotations: annotations.length, settings } };
  });
}

/**
 * A page's metadata with the identity the user gave its stored report. A page that names no
 * government or year (the Yuncheng newspaper summary) is read again as incomplete as before; when
 * exactly one stored report from the same address has a complete identity (the user fixed it), the
 * page is that report, so it is saved under it instead of splitting off again under its address.
 */
export async function rememberedIdentity(db: GzbgDB, url: string, meta: ReportMeta): Promise<ReportMeta> {
  if (!url || (meta.region && meta.year)) return meta;
  const stored = await db.getAllFromIndex('reports', 'by-url', canonicalUrl(url));
  const complete = stored.filter((r) => r.identity.region && r.identity.year);
  if (complete.length !== 1) return meta;
  const { region, level, year, summary } = complete[0]!.identity;
  return { ...meta, region, level, year, summary };
}
