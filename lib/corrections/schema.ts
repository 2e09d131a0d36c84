/**
 * A corrections file from outside (a colleague's export, a newsroom's file for the command line) is
 * checked whole against one schema (valibot: no code generated at run time, so it runs under the
 * extension's content security policy) before anything is applied or stored.
 */
import * as v from 'valibot';
import { describe } from '../anchoring';
import { clauseAround } from './apply';
import type { Correction, CorrectionsFile } from './types';

const MAX_CORRECTIONS = 50_000;
const str = (max = 2000) => v.pipe(v.string(), v.maxLength(max));
const num = v.pipe(v.number(), v.finite());
const amount = v.union([num, v.pipe(v.tuple([num, num]), v.check(([a, b]) => a <= b, 'a range runs low to high'))]);
const comparator = v.picklist(['>=', '>', '<=', '~', '=', 'range', '+', '-']);
const role = v.picklist(['target', 'outcome']);

const action = v.variant('kind', [
  v.object({ kind: v.literal('dismiss') }),
  v.object({ kind: v.literal('add'), role, amount, unit: str(20), comparator, indicator: v.pipe(str(80), v.minLength(1)) }),
  v.object({ kind: v.literal('rename'), indicator: v.pipe(str(80), v.minLength(1)) }),
  v.object({ kind: v.literal('retype'), role }),
  v.object({ kind: v.literal('link'), year: v.pipe(num, v.integer()), indicator: str(80), quote: str(400), number: v.optional(str(60)) }),
  v.object({ kind: v.literal('unlink') }),
]);

/** One correction, as stored and as shared. */
export const CorrectionSchema = v.object({
  id: v.pipe(str(100), v.minLength(1)),
  report: v.object({
    region: v.nullable(str(60)),
    year: v.nullable(v.pipe(num, v.integer())),
    level: v.optional(v.nullable(v.picklist(['national', 'provincial', 'municipal', 'county']))),
    summary: v.optional(v.boolean()),
  }),
  selectors: v.object({
    quote: v.object({ type: v.literal('TextQuoteSelector'), exact: v.pipe(str(400), v.minLength(1)), prefix: v.optional(str(400)), suffix: v.optional(str(400)) }),
    position: v.optional(v.object({ type: v.literal('TextPositionSelector'), start: v.pipe(num, v.integer(), v.minValue(0)), end: v.pipe(num, v.integer(), v.minValue(0)) })),
  }),
  figureAt: v.pipe(num, v.integer(), v.minValue(0)),
  number: v.pipe(str(60), v.minLength(1)),
  action,
  creator: v.optional(v.object({ name: v.optional(str(100)) })),
  created: v.pipe(str(40), v.isoTimestamp()),
});

export const CorrectionsFileSchema = v.object({
  type: v.literal('gzbg-corrections'),
  version: v.literal(1),
  exported: str(40),
  corrections: v.pipe(v.array(CorrectionSchema), v.maxLength(MAX_CORRECTIONS)),
});

/** The file's corrections, or an error naming the first problem and where it is. */
export function parseCorrectionsFile(json: string): Correction[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new Error('not a corrections file: not JSON');
  }
  const r = v.safeParse(CorrectionsFileSchema, data);
  if (!r.success) {
    const issue = r.issues[0]!;
    const path = v.getDotPath(issue) ?? '(top)';
    throw new Error(`not a corrections file: ${path}: ${issue.message}`);
  }
  const corrections = r.output.corrections as Correction[];
  const misplaced = corrections.findIndex((c) => c.selectors.quote.exact.slice(c.figureAt, c.figureAt + c.number.length) !== c.number);
  if (misplaced >= 0) throw new Error(`not a corrections file: corrections.${misplaced}.figureAt: the figure is not there in its quote`);
  return corrections;
}

export function correctionsFile(corrections: Correction[], now = new Date()): CorrectionsFile {
  return { type: 'gzbg-corrections', version: 1, exported: now.toISOString(), corrections };
}

/** Where a correction of the figure at [start, end) is anchored: its clause, and the figure's place in it. */
export function anchorOfFigure(text: string, start: number, end: number): Pick<Correction, 'selectors' | 'figureAt' | 'number'> {
  const quote = clauseAround(text, start, end);
  const clauseStart = text.lastIndexOf(quote, start);
  const at = clauseStart >= 0 && clauseStart + quote.length >= end ? clauseStart : start;
  const selectors = describe(text, at, at === start ? end : at + quote.length);
  return { selectors, figureAt: start - at, number: text.slice(start, end) };
}

/** Corrections for one report (by government, year and whether it is a summary). */
export function correctionsFor(all: readonly Correction[], report: { region: string | null; year: number | null; summary?: boolean }): Correction[] {
  return all.filter((c) => c.report.region === report.region && c.report.year === report.year && !!c.report.summary === !!report.summary);
}
