import { buildOutline, recognize, type Heading, type PartRole, type ReportMeta } from '../report';
import { normalize, pageAt, pageStarts, toSourceSpan, type Normalized } from '../text';
import { extractCommitments } from './extract';
import { extractEnglish } from './extract-en';
import { indicatorKey } from './key';
import type { Commitment } from './types';

export interface Analysis {
  meta: ReportMeta;
  headings: Heading[];
  commitments: Commitment[];
  normalized: Normalized;
  /** The parts found, with offsets into `raw`, and how sure the split is. */
  structure: StructureSummary;
}

export interface StructureSummary {
  parts: { role: PartRole; start: number; end: number; title: string | null }[];
  goals: { start: number; end: number } | null;
  confidence: number;
  doubts: string[];
}

/**
 * What linking needs of an analysis: a stored one has no text; one sent over a message has the
 * normalized text without its map. The text serves the qualitative check of dropped targets, the
 * map (both sides) the repeated promises.
 */
export type LinkableAnalysis = Omit<Analysis, 'normalized' | 'structure'> & { structure?: StructureSummary; normalized?: Pick<Normalized, 'text'> & Partial<Normalized> };

/**
 * An analysis as it crosses a message (the page's text analyzed in the background): the normalized
 * text without its offset map and source, which the commitments' offsets no longer need (they point
 * into the text sent) and which Chrome's JSON messaging would turn into plain objects anyway.
 */
export type PortableAnalysis = Omit<Analysis, 'normalized'> & { normalized: Pick<Normalized, 'text'> };

export function portable(a: Analysis): PortableAnalysis {
  return { ...a, normalized: { text: a.normalized.text } };
}

/**
 * The whole engine on one text: normalize, recognize, outline, extract. Commitment offsets point
 * into `raw` (a file's text or a page's text map), so they can be drawn back onto the source.
 */
export interface AnalyzeOptions {
  url?: string;
  title?: string;
  /** Extract even when the text is not recognized as a report ("analyze this page anyway"). */
  force?: boolean;
}

export function analyze(raw: string, hints: AnalyzeOptions = {}): Analysis {
  const normalized = normalize(raw);
  const meta = recognize(normalized.text, hints);
  const outline = buildOutline(normalized.text, { year: meta.year });
  const commitments: Commitment[] = [];
  if (meta.isReport || hints.force) {
    // A file's text carries its pages (form feeds, lib/text/pages.ts): each commitment says its page.
    const pages = pageStarts(raw);
    let t = 0;
    let o = 0;
    const found = meta.lang === 'en' ? extractEnglish(normalized.text, outline) : extractCommitments(normalized.text, outline);
    for (const c of found) {
      const [start, end] = toSourceSpan(normalized, c.q.start, c.q.end);
      const [qs, qe] = toSourceSpan(normalized, c.quoteStart, c.quoteEnd);
      const section = c.sectionPath[c.sectionPath.length - 1] ?? null;
      commitments.push({
        id: c.kind === 'target' ? `T${++t}` : `O${++o}`,
        kind: c.kind,
        start,
        end,
        quote: raw.slice(qs, qe).replace(/\f/g, ''),
        number: numberAsWritten(raw.slice(start, end), c.q.written),
        amount: c.q.amount,
        unit: c.q.unit,
        comparator: c.comparator,
        indicator: c.indicator,
        section,
        sectionPath: c.sectionPath,
        horizon: c.multiYear ? 'multi-year' : 'year',
        horizonLabel: c.horizonLabel,
        key: indicatorKey(c.indicator),
        ...(pages.length > 1 ? { page: pageAt(pages, start)! } : {}),
      });
    }
  }
  const toSource = (span: { start: number; end: number }) => {
    const [start, end] = toSourceSpan(normalized, span.start, Math.max(span.start + 1, span.end));
    return { start, end };
  };
  const { parts, goals, confidence, doubts } = outline.structure;
  const structure: StructureSummary = {
    parts: parts.map((p) => ({ role: p.role, ...toSource(p), title: p.title })),
    goals: goals && toSource(goals),
    confidence,
    doubts,
  };
  return { meta, headings: outline.headings, commitments, normalized, structure };
}

/** The number as the source writes it (６．５, ％), unless a page break split it. */
function numberAsWritten(source: string, normalized: string): string {
  return /[\s*]/.test(source) ? normalized : source;
}
