/**
 * What the overlay, the side panel and the demo show about one report: each of this year's
 * targets with its change and status against the nearest earlier stored report, the same
 * indicator's targets and actuals in earlier stored years, and last year's targets that were not
 * named again. Pure: it takes analyses and gives plain, serializable data (it crosses messages).
 */
import {
  buildHistory,
  compareReports,
  figureText,
  type Analysis,
  type LinkableAnalysis,
  type Change,
  type Commitment,
  type RowNote,
  type Status,
} from '../commitments';
import type { Level } from '../report/types';
import { term, type Lang, type TermKey } from '../terms';
import { wellFormed } from '../text/well-formed';

/** An earlier report as the model needs it. */
export interface PriorInput {
  analysis: LinkableAnalysis;
  /** Where it was read ('' for an imported file). */
  url: string;
  /** The stored report's id, for a link into the library when there is no address. */
  reportId?: string;
}

export interface HistoryPoint {
  year: number;
  /** The year's target as a reader writes it, or null. */
  target: string | null;
  /** The year's result (from the next year's review), or null. */
  actual: string | null;
}

/** The prior year's passage a commitment is linked to. */
export interface PriorPassage {
  year: number;
  figure: string;
  quote: string;
  /** A link that opens the passage (text fragment on the page it was read on), or null. */
  href: string | null;
  reportId?: string;
  /** The page of the PDF the passage is on, for a report read from a PDF. */
  page?: number;
}

export interface ModelItem {
  /** The current commitment's id (T1…). */
  id: string;
  start: number;
  end: number;
  indicator: string;
  figure: string;
  quote: string;
  section: string | null;
  sectionPath: string[];
  multiYear: boolean;
  /** Null when no earlier report is stored. */
  change: Change | null;
  /** How last year's target fared (from this year's review). */
  status: Status;
  prior: PriorPassage | null;
  /** Last year's result for this indicator, from this year's review. */
  actual: string | null;
  history: HistoryPoint[];
  notes: RowNote[];
  /** The reader's corrections of this figure (lib/corrections), oldest first, for the card to say so and undo. */
  corrections?: string[];
  /** The page of the PDF the figure is on, for a report read from a PDF. */
  page?: number;
}

/** A target of the year compared with, as the card offers it for the reader to link a figure to. */
export interface PriorTarget {
  indicator: string;
  /** As a reader writes it (5.5%左右). */
  figure: string;
  /** As written in the report, with its clause: what a link finds it by. */
  number: string;
  quote: string;
}

export interface DroppedItem {
  indicator: string;
  figure: string;
  quote: string;
  status: Status;
  prior: PriorPassage;
  change: Change;
}

export type CountKey = 'raised' | 'lowered' | 'same' | 'comparator-changed' | 'new' | 'dropped' | 'qualitative' | 'unit-changed';

export interface ReadingModel {
  region: string | null;
  level: Level | null;
  year: number | null;
  title: string | null;
  summary: boolean;
  /** The year compared with, or null when no earlier report is stored. */
  priorYear: number | null;
  /** Years of every earlier report used for the history. */
  priorYears: number[];
  /** The targets of the year compared with (its corrections applied), in text order: what "link to…" offers. */
  priorTargets?: PriorTarget[];
  items: ModelItem[];
  dropped: DroppedItem[];
  counts: Record<CountKey, number>;
  /**
   * How sure the engine is of where the review ends and the plan begins (lib/report/structure);
   * unsure: the reader is told that some marks may be last year's results. Null for an analysis
   * without its structure (an earlier build's).
   */
  structure: { confidence: number; unsure: boolean; doubts: string[]; review?: ReviewPart | null } | null;
}

/** This year's review of last year: where a reader checks a result the engine did not find. */
export interface ReviewPart {
  start: number;
  end: number;
  title: string | null;
}

/** Below this the overlay tells the reader the review/plan split is a guess. */
export const UNSURE_STRUCTURE = 0.7;

/** Classes the overlay colours by. */
export type Tone = 'raised' | 'lowered' | 'same' | 'comparator' | 'new' | 'plain';

export function toneOf(change: Change | null): Tone {
  switch (change) {
    case 'raised':
    case 'lowered':
    case 'same':
    case 'new':
      return change;
    case 'comparator-changed':
    case 'unit-changed':
      return 'comparator';
    default:
      return 'plain';
  }
}

/** Where a clause ends: text fragments match whole words, and a clause's edges are word edges in Chinese too. */
const CLAUSE_EDGE = /[，。；：！？、\n,;:!?]/;

// A stored text from before inputs were made well formed may still hold a lone surrogate (encodeURIComponent throws on it).
const fragmentPart = (s: string) => encodeURIComponent(wellFormed(s)).replace(/-/g, '%2D');

/**
 * A link that opens `quote` on the page at `url`: a text fragment (Chrome, Edge, Firefox 131+) on
 * the clause that holds the figure, with the clause before it in the quote as its prefix. Browsers
 * match a fragment only on word boundaries, and in Chinese a clause's edges are the sure ones (a
 * few characters cut before the figure may start inside a word and match nothing); the prefix
 * keeps the same clause in a sidebar headline from being the match.
 */
export function passageHref(url: string, c: Commitment): string | null {
  if (!/^https?:/.test(url)) return null;
  const q = c.quote;
  const at = Math.max(0, q.indexOf(c.number));
  let start = at;
  while (start > 0 && !CLAUSE_EDGE.test(q[start - 1]!)) start--;
  let end = at + Math.max(1, c.number.length);
  while (end < q.length && !CLAUSE_EDGE.test(q[end]!)) end++;
  const clause = q.slice(start, end).trim();
  if (!clause) return url;
  let from = start - 1;
  while (from > 0 && !CLAUSE_EDGE.test(q[from - 1]!)) from--;
  const prefix = start > 0 ? q.slice(Math.max(0, from), start).trim() : '';
  const base = url.split('#')[0]!;
  const usable = prefix.length > 1 && !prefix.includes('\n');
  return `${base}#:~:text=${usable ? `${fragmentPart(prefix)}-,` : ''}${fragmentPart(clause)}`;
}

function passage(p: PriorInput, c: Commitment): PriorPassage {
  return {
    year: p.analysis.meta.year ?? 0,
    figure: figureText(c),
    quote: c.quote,
    href: passageHref(p.url, c),
    ...(p.reportId ? { reportId: p.reportId } : {}),
    ...(c.page ? { page: c.page } : {}),
  };
}

/** Earlier reports to use: whole reports before summaries of the same year, newest first, at most `limit`. */
export function choosePriors(priors: PriorInput[], year: number | null, limit = 4): PriorInput[] {
  const byYear = new Map<number, PriorInput>();
  for (const p of priors) {
    const y = p.analysis.meta.year;
    if (y === null || (year !== null && y >= year) || p.analysis.commitments.length === 0) continue;
    const had = byYear.get(y);
    if (!had || (had.analysis.meta.summary && !p.analysis.meta.summary)) byYear.set(y, p);
  }
  return [...byYear.entries()].sort((a, b) => b[0] - a[0]).slice(0, limit).map(([, p]) => p);
}

const ZERO: Record<CountKey, number> = {
  raised: 0, lowered: 0, same: 0, 'comparator-changed': 0, new: 0, dropped: 0, qualitative: 0, 'unit-changed': 0,
};

/** The model of `current` against earlier stored reports of the same government. */
/** The reader's corrections a commitment carries (lib/corrections applyCorrections marks them). */
const correctionsOf = (c: Commitment): string[] | undefined => (c as Commitment & { corrections?: string[] }).corrections;

export function buildReadingModel(current: LinkableAnalysis, priorInputs: PriorInput[] = []): ReadingModel {
  const { meta } = current;
  const priors = choosePriors(priorInputs, meta.year);
  const nearest = priors[0] ?? null;
  const targets = current.commitments.filter((c) => c.kind === 'target');
  const counts = { ...ZERO };

  const rowOf = new Map<Commitment, ReturnType<typeof compareReports>['rows'][number]>();
  const dropped: DroppedItem[] = [];
  if (nearest) {
    for (const row of compareReports(nearest.analysis, current).rows) {
      if (row.current) rowOf.set(row.current, row);
      else if (row.prior) {
        dropped.push({
          indicator: row.prior.indicator,
          figure: figureText(row.prior),
          quote: row.prior.quote,
          status: row.status,
          change: row.change,
          prior: passage(nearest, row.prior),
        });
      }
      if (row.change in counts) counts[row.change as CountKey]++;
    }
  }

  // Each indicator's series over the stored years (oldest first), keyed by this year's commitment.
  const seriesOf = new Map<Commitment, { year: number; target: Commitment | null; actual: Commitment | null }[]>();
  // With one earlier year the series is the linked row itself; buildHistory would compare again.
  if (priors.length > 1) {
    const analyses = [...priors.map((p) => p.analysis), current];
    for (const s of buildHistory(analyses)) {
      const last = s.points[s.points.length - 1];
      if (last?.target && last.year === meta.year) seriesOf.set(last.target, s.points);
    }
  }

  const items: ModelItem[] = targets.map((c) => {
    const row = rowOf.get(c);
    const points = seriesOf.get(c)
      ?? (row?.prior && nearest ? [{ year: nearest.analysis.meta.year!, target: row.prior, actual: row.outcome }, { year: meta.year ?? 0, target: c, actual: null }] : []);
    return {
      id: c.id,
      start: c.start,
      end: c.end,
      indicator: c.indicator,
      figure: figureText(c),
      quote: c.quote,
      section: c.section,
      sectionPath: c.sectionPath,
      multiYear: c.horizon === 'multi-year',
      change: nearest ? (row?.change ?? 'new') : null,
      status: row?.status ?? null,
      prior: row?.prior && nearest ? passage(nearest, row.prior) : null,
      actual: row?.outcome ? figureText(row.outcome) : null,
      history: points
        .filter((p) => p.year !== meta.year)
        .map((p) => ({ year: p.year, target: p.target ? figureText(p.target) : null, actual: p.actual ? figureText(p.actual) : null })),
      notes: row?.notes ?? [],
      ...(correctionsOf(c) ? { corrections: correctionsOf(c) } : {}),
      ...(c.page ? { page: c.page } : {}),
    };
  });

  return {
    region: meta.region,
    level: meta.level,
    year: meta.year,
    title: meta.title,
    summary: meta.summary,
    priorYear: nearest?.analysis.meta.year ?? null,
    priorYears: priors.map((p) => p.analysis.meta.year!),
    priorTargets: nearest
      ? nearest.analysis.commitments.filter((c) => c.kind === 'target').map((c) => ({ indicator: c.indicator, figure: figureText(c), number: c.number, quote: c.quote }))
      : [],
    items,
    dropped,
    counts,
    structure: current.structure
      ? { confidence: current.structure.confidence, unsure: current.structure.confidence < UNSURE_STRUCTURE, doubts: current.structure.doubts, review: reviewOf(current.structure) }
      : null,
  };
}

function reviewOf(s: NonNullable<LinkableAnalysis['structure']>): ReviewPart | null {
  const p = s.parts.find((x) => x.role === 'review');
  return p ? { start: p.start, end: p.end, title: p.title } : null;
}

/** Items grouped by their nearest section, in text order. */
export function groupBySection<T extends { section: string | null }>(items: T[]): { section: string | null; items: T[] }[] {
  const groups: { section: string | null; items: T[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.section === item.section) last.items.push(item);
    else groups.push({ section: item.section, items: [item] });
  }
  return groups;
}

const TABLE_HEAD: TermKey[] = ['indicator', 'priorTarget', 'priorActual', 'status', 'currentTarget', 'change', 'currentQuote'];

/** The model as table rows (header first): every target of this year, then last year's dropped ones. */
export function modelTable(model: ReadingModel, labels: { change(c: Change): string; status(s: Exclude<Status, null>): string }, lang: Lang = 'zh'): string[][] {
  const rows = [TABLE_HEAD.map((k) => term(k, lang))];
  for (const i of model.items) {
    rows.push([i.indicator, i.prior?.figure ?? '', i.actual ?? '', i.status ? labels.status(i.status) : '', i.figure, i.change ? labels.change(i.change) : '', i.quote]);
  }
  for (const d of model.dropped) {
    rows.push([d.indicator, d.figure, '', d.status ? labels.status(d.status) : '', '', labels.change(d.change), '']);
  }
  return rows;
}
