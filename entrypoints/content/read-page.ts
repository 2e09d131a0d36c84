import { analyze, quickReject, type Analysis } from '@/lib/commitments';
import { buildTextMap, type DomTextMap } from '@/lib/dom';
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

export interface PageReading {
  map: DomTextMap | null;
  analysis: Analysis | null;
  seen: PageSeen;
}

/**
 * Reads a page: a cheap rejection on the raw text first (most pages stop here, before any layout
 * work), then the visible-text map and the engine.
 */
export function readPage(doc: Document, url: string, force = false): PageReading {
  const t0 = performance.now();
  const seen: PageSeen = {
    url, title: doc.title, verdict: 'rejected', confidence: 0, region: null, year: null, level: null,
    summary: false, targets: 0, outcomes: 0, chars: 0, ms: 0, mapMs: 0,
  };
  const root = doc.body ?? doc.documentElement;
  const raw = root?.textContent ?? '';
  if (!root || (!force && quickReject(raw))) return { map: null, analysis: null, seen: done(seen, t0) };
  if (raw.length > MAX_PAGE_CHARS) {
    seen.chars = raw.length;
    seen.tooLong = true;
    return { map: null, analysis: null, seen: done(seen, t0) };
  }
  // A page's script can put lone surrogates in its text: replaced here, once (same length, same offsets).
  const built = buildTextMap(root);
  const map: DomTextMap = { ...built, text: wellFormed(built.text) };
  seen.mapMs = Math.round((performance.now() - t0) * 10) / 10;
  seen.chars = map.text.length;
  if (!force && quickReject(map.text)) return { map, analysis: null, seen: done(seen, t0) };
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
  return { map, analysis, seen: done(seen, t0) };
}

function done(seen: PageSeen, t0: number): PageSeen {
  seen.ms = Math.round((performance.now() - t0) * 10) / 10;
  return seen;
}
