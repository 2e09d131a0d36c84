import type { LinkableAnalysis } from '../commitments/analyze';
import type { Level } from '../report/types';
import { toStoreError } from './errors';
import { deleteByReport, inTransaction, type AnalysisLike, type GzbgDB } from './reports';
import type { StoredCommitment, StoredReport } from './schema';
import { applyCorrections } from '../corrections/apply';
import { correctionsOfReport } from './corrections';

/** An earlier report as the page links against it: its stored analysis, without its text. */
export interface PriorAnalysis {
  reportId: string;
  /** Where it was first read ('' for a file or pasted text). */
  url: string;
  analysis: LinkableAnalysis;
}

export interface PriorQuery {
  region: string;
  level: Level | null;
  /** Reports of years before this one. */
  year: number;
  /** How many distinct years, nearest first. */
  years?: number;
}

/** Analyzes a stored report's text again (the engine of this build). */
export type Reanalyze = (report: StoredReport) => AnalysisLike;

/**
 * Earlier reports of one government for linking: the nearest `years` years, a whole report
 * before a summary of the same year. Linking reads the stored commitments, so a visit costs no
 * engine run; a report saved by another engine version is analyzed again once, here, and its
 * commitments are rewritten (its identity stays: the user may have fixed it in the library).
 */
export async function priorAnalyses(db: GzbgDB, q: PriorQuery, engine: string, reanalyze: Reanalyze): Promise<PriorAnalysis[]> {
  let chosen: StoredReport[];
  try {
    const range = IDBKeyRange.bound([q.region, q.level ?? '', -Infinity], [q.region, q.level ?? '', q.year], false, true);
    chosen = nearestYears(await db.getAllFromIndex('reports', 'by-government', range), q.years ?? 3);
  } catch (e) {
    throw toStoreError(e, 'Finding earlier reports');
  }
  const out: PriorAnalysis[] = [];
  for (const report of chosen) {
    let commitments: StoredCommitment[];
    let headings = report.headings;
    if (report.engine === engine) {
      commitments = (await db.getAllFromIndex('commitments', 'by-report', report.id)).sort((a, b) => a.start - b.start);
    } else {
      const fresh = reanalyze(report);
      commitments = await rewriteAnalysis(db, report, fresh, engine);
      headings = fresh.headings;
    }
    // The reader's corrections of that year apply to it too (anchored on its stored text).
    const corrections = await correctionsOfReport(db, { region: report.identity.region, year: report.identity.year, summary: report.identity.summary });
    const corrected = corrections.length ? (applyCorrections(report.text, commitments, corrections).commitments as StoredCommitment[]) : commitments;
    out.push({
      reportId: report.id,
      url: report.urls[0] ?? '',
      analysis: { meta: report.meta, headings, commitments: corrected },
    });
  }
  return out;
}

/** Newest year first; per year a whole report before a summary. */
function nearestYears(reports: StoredReport[], years: number): StoredReport[] {
  const byYear = new Map<number, StoredReport>();
  for (const r of reports) {
    if (!r.year) continue;
    const had = byYear.get(r.year);
    if (!had || (had.identity.summary && !r.identity.summary)) byYear.set(r.year, r);
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year).slice(0, years);
}

/** Replaces a report's commitments and outline with a fresh analysis of its stored text. */
async function rewriteAnalysis(db: GzbgDB, report: StoredReport, fresh: AnalysisLike, engine: string): Promise<StoredCommitment[]> {
  const { id, region, level, year } = report;
  const commitments = fresh.commitments.map((c) => ({ ...c, reportId: id, region, level, year }));
  await inTransaction(db, ['reports', 'commitments'], 'Updating a stored report', async (tx) => {
    const current = await tx.objectStore('reports').get(id);
    if (!current || current.hash !== report.hash) return; // changed meanwhile: leave it to its own save
    await tx.objectStore('reports').put({ ...current, headings: fresh.headings, commitmentCount: commitments.length, engine });
    await deleteByReport(tx, 'commitments', id);
    const store = tx.objectStore('commitments');
    await Promise.all(commitments.map((c) => store.put(c)));
  });
  return commitments;
}
