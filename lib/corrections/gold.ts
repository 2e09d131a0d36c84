/**
 * Corrections are data for improving the engine: a corrected report written as labels in the shape of
 * `shared/corpus/gold/SPEC.md` (targets and outcomes with a unique quote, number, amount, unit,
 * comparator, indicator and section), ready to be scored against like the labelled files.
 */
import type { ReportMeta } from '../report/types';
import type { Commitment } from '../commitments/types';

export interface GoldEntry {
  id: string;
  quote: string;
  number: string;
  amount: Commitment['amount'];
  unit: string;
  comparator: Commitment['comparator'];
  indicator: string;
  section: string | null;
  optional: boolean;
}

export interface GoldFile {
  file: string;
  region: string | null;
  level: string | null;
  year: number | null;
  targets: GoldEntry[];
  outcomes: Omit<GoldEntry, 'optional' | 'comparator'>[];
}

export function toGoldLabels(file: string, text: string, meta: Pick<ReportMeta, 'region' | 'level' | 'year'>, commitments: readonly Commitment[]): GoldFile {
  let t = 0;
  let o = 0;
  const entry = (c: Commitment, id: string) => ({
    id, quote: uniqueQuote(text, c.start, c.end), number: c.number, amount: c.amount, unit: c.unit, indicator: c.indicator + (c.horizon === 'multi-year' && c.horizonLabel ? `(${c.horizonLabel})` : ''), section: c.section,
  });
  return {
    file, region: meta.region, level: meta.level, year: meta.year,
    targets: commitments.filter((c) => c.kind === 'target').map((c) => ({ ...entry(c, `T${++t}`), comparator: c.comparator, optional: false })),
    outcomes: commitments.filter((c) => c.kind === 'outcome').map((c) => entry(c, `O${++o}`)),
  };
}

/**
 * The shortest stretch around the figure, within its clause first, that occurs once in the text (the
 * spec's rule for a quote); widened a character each side until unique, up to 60 characters.
 */
export function uniqueQuote(text: string, start: number, end: number): string {
  const STOP = /[。；！？\n]/;
  let s = start;
  let e = end;
  // The figure's own words first: back to the clause's start, on to its qualifier.
  while (s > 0 && start - s < 12 && !/[，。；！？\n、：]/.test(text[s - 1]!)) s--;
  while (e < text.length && e - end < 6 && !/[，。；！？\n、]/.test(text[e]!)) e++;
  while (occursTwice(text, text.slice(s, e)) && e - s < 60) {
    let grew = false;
    if (s > 0 && !STOP.test(text[s - 1]!)) (s--, (grew = true));
    if (e < text.length && !STOP.test(text[e]!)) (e++, (grew = true));
    if (!grew) break;
  }
  return text.slice(s, e);
}

function occursTwice(text: string, quote: string): boolean {
  const first = text.indexOf(quote);
  return first >= 0 && text.indexOf(quote, first + 1) >= 0;
}
