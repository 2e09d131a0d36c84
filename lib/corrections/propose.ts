/**
 * What the engine proposes for a figure the reader adds from a selection: the selection's figure (the
 * first with a unit, else the first), its amount, unit and comparator, and an indicator name, read by
 * the same rules as extraction but without extraction's judgement of whether it is a commitment (the
 * reader has judged that). The reader can edit each before saving.
 */
import { detectComparator } from '../commitments/comparator';
import { indicatorFor } from '../commitments/indicator';
import type { Amount, Comparator } from '../commitments/types';
import { findQuantities } from '../text/quantities';

export interface Proposal {
  /** The figure's span inside the selection. */
  start: number;
  end: number;
  number: string;
  amount: Amount;
  unit: string;
  comparator: Comparator;
  indicator: string;
}

const CLAUSE_STOP = /[。！？!?；;\n，,：:、]/;

export function proposeFigure(selection: string): Proposal | null {
  const found = findQuantities(selection).filter((q) => !/^(?:年|月|日|号|届)$/.test(q.unit));
  const q = found.find((x) => x.unit) ?? found[0];
  if (!q) return null;
  let clauseStart = q.start;
  while (clauseStart > 0 && !CLAUSE_STOP.test(selection[clauseStart - 1]!)) clauseStart--;
  let clauseEnd = q.unitEnd;
  while (clauseEnd < selection.length && !CLAUSE_STOP.test(selection[clauseEnd]!)) clauseEnd++;
  const comparator = detectComparator(selection.slice(clauseStart, q.start), selection.slice(q.unitEnd, clauseEnd), q);
  const indicator = indicatorFor(selection, q, 0, clauseStart, clauseEnd);
  return { start: q.start, end: q.end, number: selection.slice(q.start, q.end), amount: q.amount, unit: q.unit, comparator, indicator };
}
