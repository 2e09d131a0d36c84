/**
 * A page's text sent once: in pieces through either browser's messaging (Chrome's JSON, Firefox's
 * structured clone) it is analyzed with the same commitments at the same offsets as in place, and
 * saved and linked by id with the very text sent; a text the background no longer keeps is sent
 * again, and pieces lost on the way are refused rather than analyzed at shifted offsets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../commitments';
import type { LinkableAnalysis } from '../commitments/analyze';
import { COMMITMENTS_PER_MESSAGE, dispatch, MessageError, unwrap, type Handlers, type MessageType, type Payload, type Reply } from '../messages';
import { analyzeKept, keptCommitments, linkable, saveInput } from './kept-handlers';
import { KeptTexts } from './kept-texts';
import type { ReadingModel } from './model';
import type { SaveReportResult } from '../store';
import { analyzeInBackground, byKeptText, pieceEnds, type Send } from './send-text';

const TEXT = readFileSync('seeds/shanghai-2021.txt', 'utf8');
const HINTS = { url: 'http://127.0.0.1/seeds/shanghai-2021.html', title: '2021年上海市政府工作报告' };

/** The background's handlers over one KeptTexts; saves and links note the texts they were given. */
function background(kept = new KeptTexts()) {
  const calls: string[] = [];
  const seen: { saved?: ReturnType<typeof saveInput>; linked?: LinkableAnalysis } = {};
  const handlers: Partial<Handlers> = {
    'text/analyze': (req) => analyzeKept(kept, req),
    'text/append': ({ textId, piece }) => ({ textId: kept.append(textId, piece) }),
    'text/commitments': (req) => keptCommitments(kept, req),
    'report/save': (req) => {
      seen.saved = saveInput(kept, req);
      return { id: 'saved' } as SaveReportResult;
    },
    'report/link': ({ current, years: _, ...ref }) => {
      seen.linked = linkable(kept, current, ref);
      return {} as ReadingModel;
    },
  };
  const over = (cross: (x: unknown) => unknown): Send => (async <K extends MessageType>(type: K, ...payload: [Payload<K>?]) => {
    calls.push(type);
    return unwrap<Reply<K>>(cross(await dispatch(handlers as Handlers, cross({ type, ...payload[0] }))));
  }) as Send;
  return { kept, calls, seen, json: over((x) => JSON.parse(JSON.stringify(x))), clone: over((x) => structuredClone(x)) };
}

describe('a page text sent in pieces', () => {
  it('is analyzed as in place, through JSON and structured clone, without the normalized text coming back', async () => {
    const here = analyze(TEXT, HINTS);
    for (const via of ['json', 'clone'] as const) {
      const bg = background();
      const there = await analyzeInBackground(bg[via], TEXT, HINTS, 4096);
      expect(bg.calls.filter((c) => c === 'text/append')).toHaveLength(Math.ceil(TEXT.length / 4096));
      expect(there.commitments.length).toBeGreaterThan(10);
      expect(there.commitments).toEqual(here.commitments);
      expect(there.meta).toEqual(here.meta);
      expect(there.structure).toEqual(here.structure);
      expect(there).not.toHaveProperty('normalized');
      expect(bg.kept.text(there.kept.id)).toBe(TEXT);
      expect(bg.kept.analysis(there.kept.id)?.normalized.text).toBe(here.normalized.text);
    }
  });

  it('brings many figures back in several answers, each of at most COMMITMENTS_PER_MESSAGE, in order', async () => {
    const long = Array.from({ length: 12 }, () => TEXT).join('\n');
    const here = analyze(long, HINTS);
    expect(here.commitments.length).toBeGreaterThan(2 * COMMITMENTS_PER_MESSAGE);
    for (const via of ['json', 'clone'] as const) {
      const bg = background();
      const there = await analyzeInBackground(bg[via], long, HINTS);
      expect(bg.calls.filter((c) => c === 'text/commitments')).toHaveLength(Math.ceil(here.commitments.length / COMMITMENTS_PER_MESSAGE) - 1);
      expect(there.commitments).toEqual(here.commitments);
    }
  });

  it('never cuts a surrogate pair, so the text arrives unchanged through the well-formed boundary', async () => {
    const text = '目标😀增长😀'.repeat(50);
    for (const size of [3, 4, 7]) {
      const ends = pieceEnds(text, size);
      expect(ends.at(-1)).toBe(text.length);
      for (const end of ends.slice(0, -1)) expect(text.charCodeAt(end - 1) >= 0xd800 && text.charCodeAt(end - 1) <= 0xdbff).toBe(false);
      const bg = background();
      const { kept } = await analyzeInBackground(bg.json, text, { force: true }, size);
      expect(bg.kept.text(kept.id)).toBe(text);
    }
  });

  it('is saved and linked by id with the text sent, the engine analysis and its normalized text', async () => {
    const bg = background();
    const { kept, ...analysis } = await analyzeInBackground(bg.json, TEXT, HINTS, 8192);
    const here = analyze(TEXT, HINTS);
    await bg.json('report/save', { url: HINTS.url, textId: kept.id });
    expect(bg.seen.saved).toEqual({ url: HINTS.url, text: TEXT, analysis: { meta: here.meta, headings: here.headings, commitments: here.commitments } });
    await bg.json('report/link', { textId: kept.id });
    expect(bg.seen.linked?.commitments).toEqual(here.commitments);
    expect(bg.seen.linked?.normalized?.text).toBe(here.normalized.text);
    // The reader's corrections change what is linked: carried, with the normalized text still the kept one.
    const corrected = { ...analysis, commitments: analysis.commitments.slice(1) } as LinkableAnalysis;
    await bg.clone('report/link', { current: corrected, textId: kept.id });
    expect(bg.seen.linked?.commitments).toEqual(here.commitments.slice(1));
    expect(bg.seen.linked?.normalized?.text).toBe(here.normalized.text);
    // Carried without an id, the text is normalized again, the same way.
    await bg.json('report/link', { current: corrected, text: TEXT });
    expect(bg.seen.linked?.normalized?.text).toBe(here.normalized.text);
  });

  it('is sent again when the background no longer keeps it, and other errors are not retried', async () => {
    const bg = background(new KeptTexts({ count: 1, chars: 1e7, ttlMs: 60_000 }));
    const { kept, ...analysis } = await analyzeInBackground(bg.json, TEXT, HINTS, 8192);
    await analyzeInBackground(bg.json, '另一页', {}); // the only place goes to another page
    const sent: string[] = [];
    await byKeptText(kept.id, TEXT, (ref) => {
      sent.push(ref.textId !== undefined ? 'id' : 'text');
      return bg.clone('report/save', ref.textId !== undefined ? { url: HINTS.url, textId: ref.textId } : { url: HINTS.url, text: TEXT, analysis });
    });
    expect(sent).toEqual(['id', 'text']);
    expect(bg.seen.saved?.text).toBe(TEXT);
    await expect(bg.json('report/link', { textId: kept.id })).rejects.toMatchObject({ code: 'text-gone' });
    const failing = byKeptText(kept.id, TEXT, () => Promise.reject(new MessageError('quota', 'full')));
    await expect(failing).rejects.toMatchObject({ code: 'quota' });
  });

  it('is refused when pieces went missing on the way (the offsets would not hold)', async () => {
    const bg = background();
    const { textId } = await bg.json('text/append', { textId: null, piece: TEXT.slice(0, 1000) });
    await expect(bg.json('text/analyze', { textId, chars: TEXT.length, hints: HINTS })).rejects.toThrow(/characters/);
    await expect(bg.json('text/analyze', { textId: 'unknown', chars: 1, hints: HINTS })).rejects.toMatchObject({ code: 'text-gone' });
  });
});
