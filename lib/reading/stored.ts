import type { LinkableAnalysis } from '../commitments/analyze';
import { priorAnalyses, type GzbgDB, type Reanalyze } from '../store';
import { buildReadingModel, type ReadingModel } from './model';

/** A page's analysis linked to its government's nearest `years` earlier stored years (the background's report/link). */
export async function linkToStoredYears(db: GzbgDB, current: LinkableAnalysis, engine: string, reanalyze: Reanalyze, years = 3): Promise<ReadingModel> {
  const { region, level, year } = current.meta;
  const prior = region && year ? await priorAnalyses(db, { region, level, year, years }, engine, reanalyze) : [];
  // A stored prior analysis is already a model input: its analysis, where it was read, its id.
  return buildReadingModel(current, prior);
}
