import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { Commitment } from '../commitments/types';
import type { Heading, Level, ReportMeta } from '../report/types';
import { StoreError, toStoreError } from './errors';
import { outranks, sameSource, sourceOf, type TextSource } from './provenance';
import { keepVersion, lastSeenKey } from './version-keep';
import type {
  GzbgSchema,
  ReportIdentity,
  ReportSummary,
  StoreName,
  StoredAnnotation,
  StoredCommitment,
  StoredReport,
} from './schema';

export type GzbgDB = IDBPDatabase<GzbgSchema>;

/** The longest text saved as one report (the longest real report is about 60,000 characters). */
export const MAX_TEXT_CHARS = 5_000_000;

/** What the engine's `analyze` gives, less the normalized text (it is recomputed from `text`). */
export interface AnalysisLike {
  meta: ReportMeta;
  headings: Heading[];
  commitments: Commitment[];
}

export interface SaveReportInput {
  /** Where the text was read ('' for a file or pasted text). */
  url: string;
  /** The source text the commitments' offsets refer to. */
  text: string;
  analysis: AnalysisLike;
  /** Defaults to now. */
  at?: number;
  /** The engine version that made `analysis` (see priorAnalyses). */
  engine?: string;
}

export interface SaveReportResult {
  id: string;
  /** No report with this identity was stored before. */
  created: boolean;
  /** The report of record changed (its text differs from the one stored before; a new version was kept). */
  changed: boolean;
  /**
   * The text came from another source than the report of record and did not outrank it: the
   * report and its commitments are unchanged, and the text was kept as a version of its source.
   */
  held?: { hash: string; origin: string };
}

export interface ReportFilter {
  region?: string;
  level?: Level;
  year?: number;
}

export interface DeleteResult {
  deleted: boolean;
  commitments: number;
  versions: number;
  annotations: number;
}

/** Runs `body` in one read-write transaction: all of it is written, or (on any error) none. */
export async function inTransaction<N extends StoreName, T>(
  db: GzbgDB,
  stores: N[],
  what: string,
  body: (tx: IDBPTransaction<GzbgSchema, N[], 'readwrite'>) => Promise<T>,
): Promise<T> {
  let tx: IDBPTransaction<GzbgSchema, N[], 'readwrite'>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (e) {
    throw toStoreError(e, what);
  }
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    await tx.done.catch(() => undefined);
    throw toStoreError(e, what, tx.error);
  }
}

/** SHA-256 of a text, as hex. */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function identityOf(meta: ReportMeta): ReportIdentity {
  return { region: meta.region, year: meta.year, level: meta.level, title: meta.title, summary: meta.summary };
}

/** The address without its fragment: the same page read twice is one address. */
export function canonicalUrl(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/**
 * A report's id: its government and year when the engine could tell them (so the same report met
 * on two sites is one report), else its address, else its text.
 */
export function reportIdOf(identity: ReportIdentity, url: string, hash: string): string {
  if (identity.region && identity.year) {
    return `gov:${identity.level ?? '-'}:${identity.region}:${identity.year}${identity.summary ? ':summary' : ''}`;
  }
  if (url) return `url:${canonicalUrl(url)}`;
  return `text:${hash.slice(0, 16)}`;
}

/** Saves a report, its commitments and (when the text is new) a version, in one transaction. */
export async function saveReport(db: GzbgDB, input: SaveReportInput): Promise<SaveReportResult> {
  const { url, text, analysis } = input;
  if (typeof text !== 'string' || text.length === 0) throw new StoreError('invalid', 'saveReport: the text is empty');
  if (text.length > MAX_TEXT_CHARS) {
    throw new StoreError('invalid', `The text has ${text.length} characters; a report longer than ${MAX_TEXT_CHARS} is not saved.`);
  }
  const at = input.at ?? Date.now();
  const hash = await hashText(text); // before the transaction: awaiting it inside would end it
  const identity = identityOf(analysis.meta);
  const id = reportIdOf(identity, url, hash);
  const region = identity.region ?? '';
  const level = identity.level ?? '';
  const year = identity.year ?? 0;
  const address = url ? canonicalUrl(url) : '';
  const source = sourceOf(address, at);

  return inTransaction(db, ['reports', 'versions', 'commitments', 'settings'], 'Saving the report', async (tx) => {
    const reports = tx.objectStore('reports');
    const existing = await reports.get(id);
    const changed = !existing || existing.hash !== hash;
    const version = { reportId: id, hash, text, seenAt: at, url: address, origin: source.origin, trust: source.trust };
    if (existing && changed && !replacesRecord(existing, source)) {
      // Another source's text of the same report: a version of that source, never the record.
      await keepVersion(tx, version, existing.hash);
      return { id, created: false, changed: false, held: { hash, origin: source.origin } };
    }
    const urls = existing ? [...existing.urls] : [];
    if (address && !urls.includes(address)) urls.push(address);
    const report: StoredReport = {
      id,
      identity,
      region,
      level,
      year,
      urls,
      text,
      hash,
      meta: analysis.meta,
      headings: analysis.headings,
      commitmentCount: analysis.commitments.length,
      ...(input.engine ? { engine: input.engine } : {}),
      savedAt: existing?.savedAt ?? at,
      updatedAt: at,
      // The same text read again keeps the source it was first recorded from.
      source: existing && !changed ? existing.source : source,
      ...(existing?.chosen && !changed ? { chosen: true } : {}),
    };
    await reports.put(report);
    // A report's first text is the one its reader first saw: recorded here, with the text, so that a
    // reader who leaves before the page asked for its changes still gets the notice next time (and
    // the rate limit keeps that version).
    if (!existing) {
      const settings = tx.objectStore('settings');
      if (!(await settings.get(lastSeenKey(id)))) await settings.put({ hash, at }, lastSeenKey(id));
    }
    if (changed) await keepVersion(tx, version, hash);
    await replaceCommitments(tx, report, analysis.commitments);
    return { id, created: !existing, changed };
  });
}

/**
 * A new text replaces the report of record when it comes from the record's own source (a site
 * revising its report), or from a source that outranks it unless the reader chose the record.
 */
function replacesRecord(existing: StoredReport, source: TextSource): boolean {
  if (sameSource(existing.source, source)) return true;
  return !existing.chosen && outranks(source.trust, existing.source.trust);
}

/** A report's commitments, all of them replaced by `commitments` (indexed by its government and year). */
export async function replaceCommitments(
  tx: IDBPTransaction<GzbgSchema, StoreName[], 'readwrite'>,
  report: Pick<StoredReport, 'id' | 'region' | 'level' | 'year'>,
  commitments: readonly Commitment[],
): Promise<void> {
  const { id: reportId, region, level, year } = report;
  await deleteByReport(tx, 'commitments', reportId);
  const store = tx.objectStore('commitments');
  await Promise.all(commitments.map((c) => store.put({ ...c, reportId, region, level, year })));
}

type ByReportStore = 'versions' | 'commitments' | 'annotations';

/** Deletes every record of `name` that belongs to a report; returns how many. */
export async function deleteByReport(
  tx: IDBPTransaction<GzbgSchema, StoreName[], 'readwrite'>,
  name: ByReportStore,
  reportId: string,
): Promise<number> {
  const store = tx.objectStore(name);
  const keys = await store.index('by-report').getAllKeys(reportId);
  await Promise.all(keys.map((k) => store.delete(k)));
  return keys.length;
}

export async function getReport(db: GzbgDB, id: string): Promise<StoredReport | null> {
  try {
    return (await db.get('reports', id)) ?? null;
  } catch (e) {
    throw toStoreError(e, 'Reading the report');
  }
}

export function summarize(r: StoredReport): ReportSummary {
  const { text, headings: _headings, ...rest } = r;
  return { ...rest, textLength: text.length };
}

const collator = new Intl.Collator('zh');

/** Reports, by government (region, level) then newest year first; optionally only some. */
export async function listReports(db: GzbgDB, filter: ReportFilter = {}): Promise<ReportSummary[]> {
  let all: StoredReport[];
  try {
    all = filter.year !== undefined && filter.region === undefined
      ? await db.getAllFromIndex('reports', 'by-year', filter.year)
      : await db.getAll('reports');
  } catch (e) {
    throw toStoreError(e, 'Listing reports');
  }
  return all
    .filter((r) => (filter.region === undefined || r.region === filter.region)
      && (filter.level === undefined || r.level === filter.level)
      && (filter.year === undefined || r.year === filter.year))
    .sort((a, b) => collator.compare(a.region, b.region) || collator.compare(a.level, b.level) || b.year - a.year
      || a.id.localeCompare(b.id))
    .map(summarize);
}

/** Deletes a report with everything that hangs on it: commitments, versions, annotations. */
export async function deleteReport(db: GzbgDB, id: string): Promise<DeleteResult> {
  return inTransaction(db, ['reports', 'versions', 'commitments', 'annotations'], 'Deleting the report', async (tx) => {
    const deleted = (await tx.objectStore('reports').getKey(id)) !== undefined;
    await tx.objectStore('reports').delete(id);
    const commitments = await deleteByReport(tx, 'commitments', id);
    const versions = await deleteByReport(tx, 'versions', id);
    const annotations = await deleteByReport(tx, 'annotations', id);
    return { deleted, commitments, versions, annotations };
  });
}

/** Commitments of one report, in text order. */
export async function getCommitments(db: GzbgDB, reportId: string): Promise<StoredCommitment[]> {
  const rows = await db.getAllFromIndex('commitments', 'by-report', reportId);
  return rows.sort((a, b) => a.start - b.start);
}

/** Commitments of a government's reports of one year (all levels named `region`). */
export function findCommitments(db: GzbgDB, region: string, year: number): Promise<StoredCommitment[]> {
  return db.getAllFromIndex('commitments', 'by-region-year', [region, year]);
}

/** Commitments of one government (region and level) in a range of years, oldest first. */
export async function commitmentsOfGovernment(db: GzbgDB, region: string, level: Level | null, from: number, to: number): Promise<StoredCommitment[]> {
  const range = IDBKeyRange.bound([region, level ?? '', from], [region, level ?? '', to]);
  const rows = await db.getAllFromIndex('commitments', 'by-government-year', range);
  return rows.sort((a, b) => a.year - b.year || a.start - b.start);
}

/** Every stored commitment with this indicator key, oldest year first. */
export async function commitmentsByKey(db: GzbgDB, key: string): Promise<StoredCommitment[]> {
  const rows = await db.getAllFromIndex('commitments', 'by-key', key);
  return rows.sort((a, b) => a.year - b.year || a.start - b.start);
}

export async function putAnnotation(db: GzbgDB, annotation: StoredAnnotation): Promise<void> {
  await inTransaction(db, ['annotations'], 'Saving the annotation', async (tx) => {
    await tx.objectStore('annotations').put(annotation);
  });
}

export function listAnnotations(db: GzbgDB, reportId: string): Promise<StoredAnnotation[]> {
  return db.getAllFromIndex('annotations', 'by-report', reportId);
}

export async function getSetting<T>(db: GzbgDB, key: string): Promise<T | undefined> {
  return (await db.get('settings', key)) as T | undefined;
}

export async function setSetting(db: GzbgDB, key: string, value: unknown): Promise<void> {
  await inTransaction(db, ['settings'], 'Saving a setting', async (tx) => {
    await tx.objectStore('settings').put(value, key);
  });
}
