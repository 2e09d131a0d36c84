import type { AnalyzeOptions } from '@/lib/commitments/analyze';
import { send, type PageAnalysis } from '@/lib/messages';
import { analyzeText } from '@/lib/reading/analyze-text';
import type { ReadingModel } from '@/lib/reading/model';
import type { SaveReportResult } from '@/lib/store';
import { analyzeInBackground, byKeptText } from '@/lib/reading/send-text';

/**
 * Up to this many characters a page's text is analyzed in place, in one task on the page's main
 * thread, when the background cannot answer: the longest page read that way before the engine
 * moved to the background (a few hundred ms in Chromium).
 */
export const IN_PLACE_MAX_CHARS = 300_000;

/**
 * The engine on a page's text, in the background (its thread, not the page's: a long page's
 * analysis would otherwise be one long task), the text sent in pieces and kept there for linking
 * and saving. When the background does not answer (the extension was reloaded under the page, its
 * worker failed to start), a text short enough is analyzed here; a longer one is not, and the
 * error says why.
 */
export async function analyzeOffPage(text: string, hints: AnalyzeOptions): Promise<PageAnalysis> {
  try {
    return await analyzeInBackground(send, text, hints);
  } catch (e) {
    if (text.length > IN_PLACE_MAX_CHARS) throw e;
    return analyzeText(text, hints);
  }
}

/**
 * The page's analysis linked to the stored earlier years, in the background, without sending the
 * text or the engine's figures again: the background links what it kept under the text's id. Only
 * an analysis the reader's corrections changed (`shown` is not the engine's own `read`) or one made
 * in place is carried; the text is carried only if the background no longer keeps it.
 */
export function linkPage(shown: PageAnalysis, read: PageAnalysis, text: string): Promise<ReadingModel> {
  const { meta, headings, commitments, structure, normalized } = shown;
  const current = { meta, headings, commitments, structure, ...(normalized ? { normalized: { text: normalized.text } } : {}) };
  if (normalized) return send('report/link', { current });
  const kept = shown === read ? read.kept?.id : undefined;
  return byKeptText(kept, text, (ref) => send('report/link', ref.textId !== undefined ? { textId: ref.textId } : { current, ...ref }));
}

/** Saves the page's text with the engine's own reading: by id when the background keeps both, else carried. */
export function savePage(read: PageAnalysis, text: string, url: string): Promise<SaveReportResult> {
  const analysis = { meta: read.meta, headings: read.headings, commitments: read.commitments };
  return byKeptText(read.kept?.id, text, (ref) => send('report/save', ref.textId !== undefined ? { url, textId: ref.textId } : { url, text, analysis }));
}
