import type { PortableAnalysis } from '@/lib/commitments';
import type { AnalyzeOptions } from '@/lib/commitments/analyze';
import { send } from '@/lib/messages';
import { analyzeText } from '@/lib/reading/analyze-text';

/**
 * Up to this many characters a page's text is analyzed in place, in one task on the page's main
 * thread, when the background cannot answer: the longest page read that way before the engine
 * moved to the background (a few hundred ms in Chromium).
 */
export const IN_PLACE_MAX_CHARS = 300_000;

/**
 * The engine on a page's text, in the background (its thread, not the page's: a long page's
 * analysis would otherwise be one long task). When the background does not answer (the extension
 * was reloaded under the page, its worker failed to start), a text short enough is analyzed here;
 * a longer one is not, and the error says why.
 */
export async function analyzeOffPage(text: string, hints: AnalyzeOptions): Promise<PortableAnalysis> {
  try {
    return await send('text/analyze', { text, hints });
  } catch (e) {
    if (text.length > IN_PLACE_MAX_CHARS) throw e;
    return analyzeText(text, hints);
  }
}
