import { analyze, portable, type PortableAnalysis } from '../commitments';
import type { AnalyzeOptions } from '../commitments/analyze';
import { MAX_TEXT_CHARS } from '../messages';

/**
 * A page's text through the engine, as the background answers 'text/analyze' (and the content
 * script does in place when the background cannot answer). Only the hints the engine reads are
 * passed on; a text over the limit is refused rather than analyzed for seconds.
 */
export function analyzeText(text: string, hints: AnalyzeOptions): PortableAnalysis {
  if (text.length > MAX_TEXT_CHARS) {
    throw new RangeError(`A text of ${text.length} characters is longer than the ${MAX_TEXT_CHARS} analyzed.`);
  }
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return portable(analyze(text, { url: str(hints.url), title: str(hints.title), force: hints.force === true }));
}
