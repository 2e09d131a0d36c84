import { analyze, quickReject, type Analysis } from '@/lib/commitments';
import { applyPick, buildTextMap, findBody, type BodyPick, type DomTextMap, type PageBody } from '@/lib/dom';
import type { PageSeen } from '@/lib/messages';

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
  if (!root || (!force && quickReject(root.textContent ?? ''))) return { map: null, page: null, body: null, analysis: null, seen: done(seen, t0) };
  const page = buildTextMap(root);
  const t1 = performance.now();
  seen.mapMs = Math.round((t1 - t0) * 10) / 10;
  if (!force && quickReject(page.text)) {
    seen.chars = page.text.length;
    return { map: page, page, body: null, analysis: null, seen: done(seen, t0) };
  }
  const body = (pick && applyPick(page, pick, doc)) || findBody(page);
  const map = body.map;
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
