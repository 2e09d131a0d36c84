import type { Change, RowNote, Status } from '../commitments/types.ts';
import type { FigureSource } from '../commitments/figure.ts';
import { foldString, sameReport, type Annotation, type ReportIdentity } from '../anchoring/index.ts';

/*
 * The comparison table (prior year's targets against this year's) with the annotations that
 * fall on its rows. Typed structurally, so lib/commitments' ComparisonRow fits and tests can
 * write rows by hand.
 */

/** A commitment as the table needs it: written through lib/commitments' writtenFigure, comparator and all. */
export interface CommitmentLike extends FigureSource {
  start: number;
  end: number;
}

export interface ComparisonLike {
  indicator: string;
  prior: CommitmentLike | null;
  current: CommitmentLike | null;
  outcome?: CommitmentLike | null;
  change: Change;
  status?: Status;
  notes?: readonly RowNote[];
}

export interface AnnotatedRow {
  /** null for annotations that fall on no row of the table. */
  row: ComparisonLike | null;
  annotations: Annotation[];
}

export interface TableReports {
  prior?: ReportIdentity | null;
  current: ReportIdentity;
}

function overlaps(a: Annotation, c: CommitmentLike): boolean {
  const p = a.target.selectors.position;
  if (p && p.start < c.end && c.start < p.end) return true;
  const exact = foldString(a.target.selectors.quote.exact);
  const quote = foldString(c.quote);
  return exact.length > 0 && quote.length > 0 && (quote.includes(exact) || exact.includes(quote));
}

/**
 * Puts each annotation on the first row whose prior or current commitment it overlaps (by
 * position, else by quote), on the report it belongs to. Annotations on neither report are left
 * out; those on a report but on no row come last, with `row: null`.
 */
export function attachAnnotations(
  rows: readonly ComparisonLike[],
  annotations: readonly Annotation[],
  reports: TableReports,
): AnnotatedRow[] {
  const out: AnnotatedRow[] = rows.map((row) => ({ row, annotations: [] }));
  const loose: Annotation[] = [];
  for (const a of annotations) {
    const onCurrent = sameReport(a.target.report, reports.current);
    const onPrior = !onCurrent && reports.prior ? sameReport(a.target.report, reports.prior) : false;
    if (!onCurrent && !onPrior) continue;
    const hit = out.find(({ row }) => {
      const c = onCurrent ? row!.current ?? row!.outcome ?? null : row!.prior;
      return c !== null && c !== undefined && overlaps(a, c);
    });
    if (hit) hit.annotations.push(a);
    else loose.push(a);
  }
  if (loose.length) out.push({ row: null, annotations: loose });
  return out;
}

export function noteLine(a: Annotation): string {
  const tags = a.body.tags.length ? `[${a.body.tags.join('][')}] ` : '';
  const who = a.creator?.name ? ` —${a.creator.name}` : '';
  return `${tags}${a.body.note}${who}`.trim();
}
