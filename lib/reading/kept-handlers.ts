/**
 * The background's side of texts sent once (lib/reading/kept-texts.ts): 'text/append' takes a
 * piece, 'text/analyze' runs the engine on a text sent whole or in pieces and keeps both, and
 * 'report/link' and 'report/save' read them back by id. The answer to 'text/analyze' leaves out the
 * normalized text (the page has no use for a second copy of its text, and carrying it back cost the
 * page's thread as much as sending it) and gives the kept text's id and annotation fingerprint
 * (computed here, where it costs the page nothing); a long text's many figures follow in several
 * answers to 'text/commitments', each turned back into objects in a short task on the page.
 */
import type { LinkableAnalysis } from '../commitments/analyze';
import { reportFingerprint } from '../anchoring/fingerprint';
import type { Commitment } from '../commitments/types';
import { COMMITMENTS_PER_MESSAGE, type KeptAnalysis, type Payload, type TextRef } from '../messages';
import type { AnalysisLike } from '../store';
import { normalize } from '../text';
import { analyzeText } from './analyze-text';
import { TextGone, type KeptTexts } from './kept-texts';

/** 'text/analyze': the engine on the text (sent whole, or by id once its pieces are in), kept for linking and saving. */
export function analyzeKept(kept: KeptTexts, req: Payload<'text/analyze'>): KeptAnalysis {
  let id: string;
  let text: string;
  if ('textId' in req) {
    id = req.textId;
    text = kept.text(id);
    // Pieces lost on the way (a restarted background keeps none) would shift every offset.
    if (text.length !== req.chars) throw new RangeError(`The text ${id} has ${text.length} characters, not the ${req.chars} sent.`);
  } else {
    text = req.text;
    id = kept.keep(text);
  }
  const whole = analyzeText(text, req.hints);
  kept.setAnalysis(id, whole);
  const { normalized: _, commitments, ...analysis } = whole;
  return {
    ...analysis,
    commitments: commitments.slice(0, COMMITMENTS_PER_MESSAGE),
    kept: { id, fingerprint: reportFingerprint(text), commitments: commitments.length },
  };
}

/** 'text/commitments': the next figures of a kept analysis (the answer to 'text/analyze' holds the first ones). */
export function keptCommitments(kept: KeptTexts, { textId, from }: { textId: string; from: number }): Commitment[] {
  const analysis = kept.analysis(textId);
  if (!analysis) throw new TextGone(textId);
  return analysis.commitments.slice(from, from + COMMITMENTS_PER_MESSAGE);
}

/** What 'report/save' stores: the text carried or kept, with the analysis given or kept beside it. */
export function saveInput(kept: KeptTexts, req: Payload<'report/save'>): { url: string; text: string; analysis: AnalysisLike } {
  if (req.text !== undefined) return { url: req.url, text: req.text, analysis: req.analysis };
  const text = kept.text(req.textId);
  const analysis = req.analysis ?? kept.analysis(req.textId);
  if (!analysis) throw new TextGone(req.textId);
  return { url: req.url, text, analysis: { meta: analysis.meta, headings: analysis.headings, commitments: analysis.commitments } };
}

/**
 * The analysis to link: the one carried (the reader's corrections applied on the page), else the
 * one kept under the text's id; with its normalized text (the linker marks qualitative targets on
 * it): carried, kept, or the carried text normalized again.
 */
export function linkable(kept: KeptTexts, current: LinkableAnalysis | undefined, ref: Partial<TextRef>): LinkableAnalysis {
  const held = () => (ref.textId !== undefined ? kept.analysis(ref.textId) : undefined);
  const analysis = current ?? held();
  if (!analysis) throw new RangeError('report/link names no analysis: give `current` or the id of an analyzed text.');
  if (analysis.normalized) return analysis;
  const text = held()?.normalized.text ?? (ref.text !== undefined ? normalize(ref.text).text : undefined);
  return text === undefined ? analysis : { ...analysis, normalized: { text } };
}
