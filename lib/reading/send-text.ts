/**
 * The page's side of texts sent once (lib/reading/kept-handlers.ts). A browser serializes a
 * message on the sender's thread in one go (Chrome as JSON, about 60 ms per million characters in
 * a page's CPU profile; Firefox by structured clone): a long text goes in pieces, one message each,
 * awaited one after the other so each piece is serialized in a task of its own. Later requests name
 * the text by the id the background kept it under, and carry it again only if it was dropped.
 */
import type { AnalyzeOptions } from '../commitments/analyze';
import { MessageError, type KeptAnalysis, type send, type TextRef } from '../messages';

/** Characters per piece: a few ms of serializing each, well under the 50 ms long-task bar. */
export const PIECE_CHARS = 128 * 1024;

/** `send` of lib/messages (a parameter, so the round trip can be tested through a dispatcher). */
export type Send = typeof send;

/**
 * Where to cut `text` into pieces of about `size`: never between the two halves of a surrogate pair
 * (the background makes each message well formed, which would turn a cut pair into two U+FFFD).
 */
export function pieceEnds(text: string, size = PIECE_CHARS): number[] {
  const ends: number[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + size);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > at && last >= 0xd800 && last <= 0xdbff) end--;
    ends.push(end);
    at = end;
  }
  return ends;
}

/**
 * The engine on `text` in the background, the text sent in pieces when it is long (the background
 * keeps it), and the figures fetched in as many answers as they need: the whole analysis but its
 * normalized text.
 */
export async function analyzeInBackground(send: Send, text: string, hints: AnalyzeOptions, size = PIECE_CHARS): Promise<KeptAnalysis> {
  const answer = await (text.length <= size ? send('text/analyze', { text, hints }) : analyzePieces(send, text, hints, size));
  const commitments = [...answer.commitments];
  while (commitments.length < answer.kept.commitments) {
    const next = await send('text/commitments', { textId: answer.kept.id, from: commitments.length });
    if (!next.length) throw new RangeError(`The background gave ${commitments.length} of ${answer.kept.commitments} figures.`);
    commitments.push(...next);
  }
  return { ...answer, commitments };
}

async function analyzePieces(send: Send, text: string, hints: AnalyzeOptions, size: number): Promise<KeptAnalysis> {
  let textId: string | null = null;
  let at = 0;
  for (const end of pieceEnds(text, size)) {
    ({ textId } = await send('text/append', { textId, piece: text.slice(at, end) }));
    at = end;
  }
  return send('text/analyze', { textId: textId!, chars: text.length, hints });
}

/**
 * Asks with the text named by its kept id, and again carrying the text when the background no
 * longer keeps it (a restarted service worker, or many long pages read since). Without an id, carries it.
 */
export async function byKeptText<T>(textId: string | undefined, text: string, ask: (ref: TextRef) => Promise<T>): Promise<T> {
  if (textId !== undefined) {
    try {
      return await ask({ textId });
    } catch (e) {
      if (!(e instanceof MessageError && e.code === 'text-gone')) throw e;
    }
  }
  return ask({ text });
}
