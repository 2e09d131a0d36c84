import { foldString, sameReport, type Annotation, type ReportIdentity } from '../anchoring/index.ts';
import { StoreError, toStoreError } from './errors';
import { inTransaction, type GzbgDB } from './reports';
import type { StoredAnnotation } from './schema';

/*
 * The annotation repository: W3C-shaped `Annotation` records (lib/anchoring) in the `annotations`
 * store, each with a `reportId` index key derived from the report's identity (government, year,
 * summary; else the text fingerprint). A report is matched by identity, never by URL, so the
 * annotations of a report read at another address (a colleague's copy, a mirror) are found too.
 */

/** The index key of a report's annotations: `anno:<region>:<year>[:summary]`, else `fp:<fingerprint>`. */
export function annotationReportKey(report: ReportIdentity): string {
  if (report.region && report.year) return `anno:${foldString(report.region)}:${report.year}${report.summary ? ':summary' : ''}`;
  return `fp:${report.fingerprint}`;
}

/** The stored record of an annotation: the annotation with its report's index key. */
export function toRecord(a: Annotation): StoredAnnotation {
  return { ...a, reportId: annotationReportKey(a.target.report) } as unknown as StoredAnnotation;
}

export function fromRecord(r: StoredAnnotation): Annotation {
  const { reportId: _reportId, ...rest } = r;
  return rest as unknown as Annotation;
}

export function looksLikeAnnotation(a: unknown): a is Annotation {
  const x = a as Annotation | null;
  return !!x && typeof x.id === 'string' && x.id.length > 0 && typeof x.modified === 'string'
    && !!x.body && typeof x.body.note === 'string' && Array.isArray(x.body.tags)
    && !!x.target && !!x.target.report && typeof x.target.report.fingerprint === 'string'
    && !!x.target.selectors?.quote && typeof x.target.selectors.quote.exact === 'string';
}

const byPlace = (a: Annotation, b: Annotation) =>
  (a.target.selectors.position?.start ?? Infinity) - (b.target.selectors.position?.start ?? Infinity)
  || a.created.localeCompare(b.created) || a.id.localeCompare(b.id);

/** Saves (adds or replaces) one annotation. */
export async function saveAnnotation(db: GzbgDB, annotation: Annotation): Promise<Annotation> {
  if (!looksLikeAnnotation(annotation)) throw new StoreError('invalid', 'saveAnnotation: not an annotation');
  await inTransaction(db, ['annotations'], 'Saving the annotation', async (tx) => {
    await tx.objectStore('annotations').put(toRecord(annotation));
  });
  return annotation;
}

export async function getAnnotation(db: GzbgDB, id: string): Promise<Annotation | null> {
  try {
    const r = await db.get('annotations', id);
    return r && looksLikeAnnotation(r) ? fromRecord(r) : null;
  } catch (e) {
    throw toStoreError(e, 'Reading the annotation');
  }
}

/** Every annotation (records that are not annotations, e.g. from an old backup, are skipped). */
export async function allAnnotations(db: GzbgDB): Promise<Annotation[]> {
  try {
    return (await db.getAll('annotations')).filter(looksLikeAnnotation).map(fromRecord);
  } catch (e) {
    throw toStoreError(e, 'Listing annotations');
  }
}

/** The annotations of one report (matched by identity: same text, or same government, year and title), in text order. */
export async function annotationsOfReport(db: GzbgDB, report: ReportIdentity): Promise<Annotation[]> {
  return (await allAnnotations(db)).filter((a) => sameReport(a.target.report, report)).sort(byPlace);
}

export interface AnnotationQuery {
  /** Only this report's. */
  report?: ReportIdentity;
  /** Words to find in the note, the quote, the tags or the creator's name (all must occur; case, width and spaces ignored). */
  text?: string;
  /** Only annotations with this tag. */
  tag?: string;
}

/** Whether an annotation matches a query (the same test the side panel list uses). */
export function matchesQuery(a: Annotation, q: Omit<AnnotationQuery, 'report'>): boolean {
  if (q.tag && !a.body.tags.includes(q.tag)) return false;
  const words = foldString(q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = foldString([a.body.note, a.target.selectors.quote.exact, a.body.tags.join(' '), a.creator?.name ?? ''].join(' ')).toLowerCase();
  return words.every((w) => hay.includes(w));
}

export async function searchAnnotations(db: GzbgDB, q: AnnotationQuery = {}): Promise<Annotation[]> {
  const list = q.report ? await annotationsOfReport(db, q.report) : await allAnnotations(db);
  return list.filter((a) => matchesQuery(a, q));
}

/** Every tag in use, most used first. */
export function tagsInUse(list: readonly Annotation[]): string[] {
  const n = new Map<string, number>();
  for (const a of list) for (const t of a.body.tags) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

export async function deleteAnnotation(db: GzbgDB, id: string): Promise<boolean> {
  return inTransaction(db, ['annotations'], 'Deleting the annotation', async (tx) => {
    const store = tx.objectStore('annotations');
    const found = (await store.getKey(id)) !== undefined;
    if (found) await store.delete(id);
    return found;
  });
}

/** A report an imported file's annotations are on. */
export interface ImportedReportSummary {
  identity: ReportIdentity;
  urls: string[];
  count: number;
}

/** The answer to an import (preview or write): counts, or why the file was refused (nothing changed). */
export type ImportOutcome =
  | {
      ok: true;
      /** False for the preview. */
      written: boolean;
      counts: { new: number; updated: number; conflicting: number; unchanged: number };
      reports: ImportedReportSummary[];
      label: string | null;
      total: number;
    }
  | { ok: false; code: string; zh: string; en: string; at?: string };

/** What a merge decided: the annotations to write (added or replacing), and anything to report back. */
export interface MergeDecision<T> {
  write: Annotation[];
  value: T;
}

/**
 * Merges in ONE read-write transaction: reads every local annotation, lets `decide` plan the
 * merge on them (synchronously: the transaction must not wait on anything else), then writes
 * what it returned. On any error nothing is written. `decide` never deletes: there is no way to.
 */
export async function mergeAnnotations<T>(db: GzbgDB, decide: (local: Annotation[]) => MergeDecision<T>): Promise<T> {
  return inTransaction(db, ['annotations'], 'Importing annotations', async (tx) => {
    const store = tx.objectStore('annotations');
    const local = (await store.getAll()).filter(looksLikeAnnotation).map(fromRecord);
    const { write, value } = decide(local);
    for (const a of write) {
      if (!looksLikeAnnotation(a)) throw new StoreError('invalid', 'mergeAnnotations: not an annotation');
    }
    await Promise.all(write.map((a) => store.put(toRecord(a))));
    return value;
  });
}
