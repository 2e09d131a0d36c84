/**
 * The engine behind a message ('text/analyze'): what the background answers is what the content
 * script would have found in place, offsets and all, after the trip through either browser's
 * messaging (Chrome serializes messages as JSON, Firefox clones them); a text over the limit is
 * refused with an error envelope, not analyzed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../commitments';
import { dispatch, MAX_TEXT_CHARS, unwrap, type Handlers } from '../messages';
import { analyzeKept } from './kept-handlers';
import { KeptTexts } from './kept-texts';
import type { KeptAnalysis } from '../messages';

const TEXT = readFileSync('seeds/shanghai-2021.txt', 'utf8');
const HINTS = { url: 'http://127.0.0.1/seeds/shanghai-2021.html', title: '2021年上海市政府工作报告' };
const handlers = { 'text/analyze': (req) => analyzeKept(new KeptTexts(), req) } as Partial<Handlers> as Handlers;

/** A request and its answer as they cross Chrome's runtime messaging. */
async function viaJson(message: object): Promise<unknown> {
  return JSON.parse(JSON.stringify(await dispatch(handlers, JSON.parse(JSON.stringify(message)))));
}

describe("the 'text/analyze' message", () => {
  it('answers with the analysis found in place: the same commitments at the same offsets, the same structure', async () => {
    const here = analyze(TEXT, HINTS);
    for (const answer of [await viaJson({ type: 'text/analyze', text: TEXT, hints: HINTS }), structuredClone(await dispatch(handlers, { type: 'text/analyze', text: TEXT, hints: HINTS }))]) {
      const there = unwrap<KeptAnalysis>(answer);
      expect(there.commitments.length).toBeGreaterThan(10);
      expect(there.commitments).toEqual(here.commitments);
      expect(there.meta).toEqual(here.meta);
      expect(there.headings).toEqual(here.headings);
      expect(there.structure).toEqual(here.structure);
      // The page has its text: the normalized copy stays in the background, kept under the id.
      expect(there).not.toHaveProperty('normalized');
      expect(there.kept.id).toEqual(expect.any(String));
    }
  });

  it('passes on only the hints the engine reads, and forcing only when asked', async () => {
    const notReport = '今年的目标是增长6%左右。';
    const plain = unwrap<KeptAnalysis>(await viaJson({ type: 'text/analyze', text: notReport, hints: { url: 1, title: null } }));
    expect(plain.commitments).toEqual([]);
    const forced = unwrap<KeptAnalysis>(await viaJson({ type: 'text/analyze', text: notReport, hints: { force: true } }));
    expect(forced.commitments.length).toBeGreaterThan(0);
    expect(forced.commitments.map((c) => notReport.slice(c.start, c.end))).toEqual(analyze(notReport, { force: true }).commitments.map((c) => notReport.slice(c.start, c.end)));
  });

  it('refuses a text over the limit with an error, without analyzing it', async () => {
    const answer = await viaJson({ type: 'text/analyze', text: '各'.repeat(MAX_TEXT_CHARS + 1), hints: {} });
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringContaining(String(MAX_TEXT_CHARS)) } });
  });
});
