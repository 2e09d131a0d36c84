import type { PriorInput } from '@/lib/reading/model';
import type { PriorAnalysis } from '@/lib/store';

/** Earlier years' stored analyses as the reading model takes them. */
export function priorInputs(prior: PriorAnalysis[]): PriorInput[] {
  return prior.map((p) => ({ analysis: p.analysis, url: p.url, reportId: p.reportId }));
}
