/**
 * Applies the reader's corrections to what the engine found in one text. Each correction is anchored
 * on the text first (number-aware, lib/anchoring): one whose figure changed or whose passage is gone
 * is reported, never applied to another figure; one whose figure the engine no longer marks is
 * reported too. Everything downstream (overlay, counts, tables, exports) reads the corrected list.
 */
import { anchorAll } from '../anchoring';
import { indicatorKey } from '../commitments/key';
import type { Commitment } from '../commitments/types';
import type { Correction, CorrectionResult } from './types';

/** What a commitment carries once the reader corrected it: which corrections, for the UI to say so and undo. */
export type CorrectedCommitment = Commitment & { corrections?: string[] };

export interface Corrected {
  commitments: CorrectedCommitment[];
  results: CorrectionResult[];
}

export function applyCorrections(text: string, commitments: readonly Commitment[], corrections: readonly Correction[]): Corrected {
  if (!corrections.length) return { commitments: [...commitments], results: [] };
  const out: CorrectedCommitment[] = commitments.map((c) => ({ ...c }));
  const dismissed = new Set<CorrectedCommitment>();
  const results: CorrectionResult[] = [];
  // Oldest first: a later correction of the same figure wins (rename, then rename again).
  const ordered = [...corrections].sort((a, b) => a.created.localeCompare(b.created));
  const anchors = anchorAll(text, ordered.map((c) => c.selectors));
  let added = 0;
  ordered.forEach((correction, i) => {
    const a = anchors[i]!;
    if (a.status === 'orphaned' || a.start === undefined || a.end === undefined) return void results.push({ correction, status: 'orphaned' });
    if (a.status === 'changed') return void results.push({ correction, status: 'changed' });
    // The clause was found with the same numbers: the figure sits where it sat in it.
    const start = a.start + correction.figureAt;
    const end = start + correction.number.length;
    if (text.slice(start, end) !== correction.number) return void results.push({ correction, status: 'changed' });
    const at = figureAt(out, start, end);
    const action = correction.action;
    if (action.kind === 'add') {
      const values = { kind: action.role, amount: action.amount, unit: action.unit, comparator: action.comparator, indicator: action.indicator, key: indicatorKey(action.indicator) };
      if (at) {
        Object.assign(at, values);
        dismissed.delete(at);
        mark(at, correction);
        return void results.push({ correction, status: 'now-found', commitmentId: at.id });
      }
      const made: CorrectedCommitment = {
        id: `R${++added}`, start, end, quote: clauseAround(text, start, end), number: correction.number,
        section: null, sectionPath: [], horizon: 'year', horizonLabel: null, ...values, corrections: [correction.id],
      };
      out.push(made);
      return void results.push({ correction, status: 'applied', commitmentId: made.id });
    }
    if (!at) return void results.push({ correction, status: 'no-figure' });
    if (action.kind === 'dismiss') dismissed.add(at);
    else if (action.kind === 'rename') Object.assign(at, { indicator: action.indicator, key: indicatorKey(action.indicator) });
    else if (action.kind === 'retype') at.kind = action.role;
    // Linking pairs the figure with the chosen target first (lib/commitments/link); the prior year's
    // name becomes its key too, so a history over other years joins them as one indicator.
    else if (action.kind === 'link') {
      at.key = indicatorKey(action.indicator);
      at.link = { year: action.year, indicator: action.indicator, quote: action.quote, ...(action.number ? { number: action.number } : {}) };
    }
    // Paired with nothing, whatever the engine's similarity says.
    else if (action.kind === 'unlink') at.link = null;
    mark(at, correction);
    results.push({ correction, status: 'applied', commitmentId: at.id });
  });
  const kept = out.filter((c) => !dismissed.has(c)).sort((a, b) => a.start - b.start);
  return { commitments: kept, results };
}

/** The engine's figure at an anchored span: the one starting there, else one overlapping it. */
function figureAt(list: CorrectedCommitment[], start: number, end: number): CorrectedCommitment | undefined {
  return list.find((c) => c.start === start) ?? list.find((c) => c.start < end && start < c.end);
}

function mark(c: CorrectedCommitment, correction: Correction): void {
  c.corrections = [...(c.corrections ?? []), correction.id];
}

/** The clause around a span (between stops, at most 40 characters each side): a reader-added figure's quote. */
export function clauseAround(text: string, start: number, end: number): string {
  const STOP = /[。；！？\n，]/;
  let s = start;
  while (s > 0 && start - s < 40 && !STOP.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < 40 && !STOP.test(text[e]!)) e++;
  return text.slice(s, e);
}
