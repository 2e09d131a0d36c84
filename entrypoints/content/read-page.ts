import { analyze, quickReject, type Analysis } from '@/lib/commitments';
import { applyPick, buildTextMap, findBody, type BodyPick, type DomTextMap, type PageBody } from '@/lib/dom';
import { wellFormed } from '@/lib/text';
import type { PageSeen } from '@/lib/messages';

/**
 * Pages longer than this are refused before any work, with a notice: every engine pass is linear,
 * but mapping, analyzing and marking still run in one task on the page's main thread (1.1 s on a
 * 400,000-character page and 3.3 s on 1,000,000 in Chromium, tests/bench/longtask.bench.ts), so
 * the limit bounds the longest task until that work is chunked. The longest real report is about
 * 60,000 characters; this is five times that.
 */
export const MAX_PAGE_CHARS = 300_000;

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
  analysis: Analysis | null;
  seen: PageSeen;
}

/**
 * Reads a page: a cheap rejection on the raw text first (most pages stop here, before any layout
 * work), then the visible-text map, the report's body in it (the reader's pick for this site
 * first), and the engine on the body.
 */
export function readPage(doc: Document, url: string, force = false, pick: BodyPick | null = null): PageReading {
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
  // A page's script can put lone surrogates in its text: replaced here, once (same length, same offsets).
  const page = wellFormedMap(buildTextMap(root));
  const t1 = performance.now();
  seen.mapMs = Math.round((t1 - t0) * 10) / 10;
  if (!force && quickReject(page.text)) {
    seen.chars = page.text.length;
    return { map: page, page, body: null, analysis: null, seen: done(seen, t0) };
  }
  const body = (pick && applyPick(page, pick, doc)) || findBody(page);
  const map = wellFormedMap(body.map);
  seen.chars = map.text.length;
  seen.body = {
    source: body.source, confidence: body.confidence, confident: body.confident, chars: map.text.length,
    pageChars: page.text.length, ms: Math.round((performance.now() - t1) * 10) / 10,
  };
  const analysis = analyze(map.text, { url, title: doc.title, force });
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
  return { map, page, body, analysis, seen: done(seen, t0) };
}

function done(seen: PageSeen, t0: number): PageSeen {
  seen.ms = Math.round((performance.now() - t0) * 10) / 10;
  return seen;
}
