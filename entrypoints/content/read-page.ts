import { quickReject } from '@/lib/commitments';
import type { AnalyzeOptions } from '@/lib/commitments/analyze';
import { applyPickSteps, buildTextMap, findBodySteps, type BodyPick, type DomTextMap, type PageBody } from '@/lib/dom';
import { mapHoldsSteps } from '@/lib/dom/map-holds';
import { runSliced, type Slicing } from '@/lib/dom/slices';
import { buildTextMapSliced } from '@/lib/dom/textmap-sliced';
import { MAX_TEXT_CHARS, type PageAnalysis, type PageSeen } from '@/lib/messages';
import { analyzeText } from '@/lib/reading/analyze-text';
import { wellFormed } from '@/lib/text';

/**
 * Pages longer than this are refused before any work, with a notice (entrypoints/content/too-long.ts).
 * Below it the text map and the body are found in time slices and the engine runs in the
 * background; what still runs in one task is listed in README, Security (tests/bench/longtask.bench.ts).
 */
export const MAX_PAGE_CHARS = MAX_TEXT_CHARS;

/** Readings started before giving up on a page whose body keeps changing under the reading. */
const READ_ATTEMPTS = 3;

/** The map with its text well formed (lone surrogates → U+FFFD: same length, so every offset holds). */
function wellFormedMap(m: DomTextMap): DomTextMap {
  const text = wellFormed(m.text);
  return text === m.text ? m : { ...m, text };
}

export interface PageReading {
  /** The text map of the report's body (the whole page's when no body was found). */
  map: DomTextMap | null;
  /** The text map of the whole page (for the reader's pick of the body). */
  page: DomTextMap | null;
  body: PageBody | null;
  analysis: PageAnalysis | null;
  seen: PageSeen;
}

export interface ReadOptions {
  /** Extract even when the page is not recognized as a report. */
  force?: boolean;
  /** The reader's pick of the body on this site. */
  pick?: BodyPick | null;
  /** The engine: the content script runs it in the background (engine.ts); by default in place. */
  analyze?: (text: string, hints: AnalyzeOptions) => Promise<PageAnalysis> | PageAnalysis;
  /** How the text map's walk is sliced (lib/dom/slices.ts). */
  slicing?: Omit<Slicing<Node>, 'beforeSlice'>;
}

/**
 * The page's text map, walked in slices. A page that changes what was read in every walk is
 * walked once more in one task: a long task on such a page, but a map that is one reading of it.
 */
async function pageMap(root: Element, slicing: ReadOptions['slicing']): Promise<DomTextMap> {
  return wellFormedMap((await buildTextMapSliced(root, { slicing })) ?? buildTextMap(root));
}

/**
 * Reads a page: a cheap rejection on the raw text first (most pages stop here, before any layout
 * work), then the visible-text map, the report's body in it (the reader's pick for this site
 * first), and the engine on the body. The page may change while the engine runs: a body whose
 * text moved is read again, and one that never holds still is not drawn (`analysis` null).
 */
export async function readPage(doc: Document, url: string, options: ReadOptions = {}): Promise<PageReading> {
  const { force = false, pick = null, analyze = analyzeText, slicing } = options;
  const t0 = performance.now();
  const seen: PageSeen = {
    url, title: doc.title, verdict: 'rejected', confidence: 0, region: null, year: null, level: null,
    summary: false, targets: 0, outcomes: 0, chars: 0, ms: 0, mapMs: 0,
  };
  const root = doc.body ?? doc.documentElement;
  const raw = root?.textContent ?? '';
  if (!root || (!force && quickReject(raw))) return { map: null, page: null, body: null, analysis: null, seen: done(seen, t0) };
  if (raw.length > MAX_PAGE_CHARS) {
    seen.chars = raw.length;
    seen.tooLong = true;
    return { map: null, page: null, body: null, analysis: null, seen: done(seen, t0) };
  }
  for (let attempt = 1; ; attempt++) {
    const t1 = performance.now();
    // A page's script can put lone surrogates in its text: replaced here, once (same length, same offsets).
    const page = await pageMap(root, slicing);
    const t2 = performance.now();
    seen.mapMs = Math.round((t2 - t1) * 10) / 10;
    if (!force && quickReject(page.text)) {
      seen.chars = page.text.length;
      return { map: page, page, body: null, analysis: null, seen: done(seen, t0) };
    }
    const picked = pick ? await runSliced(applyPickSteps(page, pick, doc), slicing) : null;
    const body = picked ?? (await runSliced(findBodySteps(page), slicing));
    const map = wellFormedMap(body.map);
    seen.chars = map.text.length;
    seen.body = {
      source: body.source, confidence: body.confidence, confident: body.confident, chars: map.text.length,
      pageChars: page.text.length, ms: Math.round((performance.now() - t2) * 10) / 10,
    };
    const analysis = await analyze(map.text, { url, title: doc.title, force });
    record(seen, analysis, force);
    // Marks drawn from a map the page has since changed would sit on other text.
    if (await runSliced(mapHoldsSteps(map), slicing)) return { map, page, body, analysis, seen: done(seen, t0) };
    if (attempt === READ_ATTEMPTS) return { map, page, body, analysis: null, seen: done(seen, t0) };
  }
}

/** What the engine found, in what the page tells the popup and the background. */
function record(seen: PageSeen, analysis: PageAnalysis, force: boolean): void {
  const { meta, commitments } = analysis;
  Object.assign(seen, {
    verdict: meta.isReport ? 'report' : 'not-report',
    ...(force ? { forced: true } : {}),
    confidence: meta.confidence,
    region: meta.region,
    year: meta.year,
    level: meta.level,
    summary: meta.summary,
    targets: commitments.filter((c) => c.kind === 'target').length,
    outcomes: commitments.filter((c) => c.kind === 'outcome').length,
  });
}

function done(seen: PageSeen, t0: number): PageSeen {
  seen.ms = Math.round((performance.now() - t0) * 10) / 10;
  return seen;
}
