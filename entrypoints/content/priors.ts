import { analyze } from '@/lib/commitments';
import type { PriorInput } from '@/lib/reading/model';
import type { PriorReport } from '@/lib/store';

/**
 * Earlier stored reports, analyzed again from their stored text (the engine may have improved
 * since they were saved): the nearest years only, whole reports before summaries.
 */
export function priorInputs(prior: PriorReport[], year: number | null, limit = 3): PriorInput[] {
  const byYear = new Map<number, PriorReport>();
  for (const p of prior) {
    const y = p.report.year;
    if (!y || (year !== null && y >= year)) continue;
    const had = byYear.get(y);
    if (!had || (had.report.identity.summary && !p.report.identity.summary)) byYear.set(y, p);
  }
  return [...byYear.values()]
    .sort((a, b) => b.report.year - a.report.year)
    .slice(0, limit)
    .map((p) => ({ analysis: analyze(p.report.text, { url: p.report.urls[0] ?? '' }), url: p.report.urls[0] ?? '', reportId: p.report.id }));
}
