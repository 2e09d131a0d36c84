/**
 * The reader chooses which stored text is a report's text of record (lib/store/provenance.ts):
 * any version of it, from any source. The chosen text is analyzed again, becomes the report's
 * text with its commitments, and stays the record until the reader chooses again (a source that
 * outranks it no longer takes its place; its own source may still revise it).
 */
import { StoreError, toStoreError } from './errors';
import { inTransaction, replaceCommitments, type AnalysisLike, type GzbgDB } from './reports';
import type { StoredReport } from './schema';

/** Analyzes a stored text again (the background's engine). */
export type AnalyzeText = (text: string, url: string) => AnalysisLike;

export async function chooseRecord(
  db: GzbgDB,
  reportId: string,
  hash: string,
  analyzeText: AnalyzeText,
  engine?: string,
  at = Date.now(),
): Promise<StoredReport> {
  let report: StoredReport | undefined;
  let version;
  try {
    [report, version] = await Promise.all([db.get('reports', reportId), db.get('versions', [reportId, hash])]);
  } catch (e) {
    throw toStoreError(e, 'Reading the report');
  }
  if (!report || !version) throw new StoreError('not-found', 'That report or version is no longer stored.');
  const analysis = analyzeText(version.text, version.url);
  // The report stays the same report: its government, year, title and summary flag are kept.
  const { identity } = report;
  const meta = { ...analysis.meta, region: identity.region, level: identity.level, year: identity.year, title: identity.title, summary: identity.summary };
  const chosen: StoredReport = {
    ...report,
    text: version.text,
    hash: version.hash,
    meta,
    headings: analysis.headings,
    commitmentCount: analysis.commitments.length,
    ...(engine ? { engine } : {}),
    source: { origin: version.origin, url: version.url, at: version.seenAt, trust: version.trust },
    chosen: true,
    updatedAt: at,
  };
  return inTransaction(db, ['reports', 'commitments'], 'Choosing the report of record', async (tx) => {
    await tx.objectStore('reports').put(chosen);
    await replaceCommitments(tx, chosen, analysis.commitments);
    return chosen;
  });
}
