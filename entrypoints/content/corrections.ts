/**
 * The reader's corrections on the page: the report's stored corrections applied to what the engine
 * found (before linking and drawing, so the bar, cards, side panel and exports all read the corrected
 * list), and a correction made from a card saved for this report.
 */
import type { Analysis } from '@/lib/commitments';
import type { AddedFigure } from '@/components/annotations/FigureForm';
import { anchorOfFigure, applyCorrections, type Correction, type CorrectionAction, type CorrectionReport, type CorrectionResult } from '@/lib/corrections';
import { send } from '@/lib/messages';
import type { ModelItem } from '@/lib/reading/model';
import { annotatorName } from './annotate';

type Readable = Pick<Analysis, 'meta' | 'commitments'>;

export interface CorrectedReading<A extends Readable> {
  analysis: A;
  /** How each stored correction landed on this page's text (changed and orphaned ones are not applied). */
  results: CorrectionResult[];
}

const reportOf = (meta: Analysis['meta']) => ({ region: meta.region, year: meta.year, level: meta.level, summary: meta.summary });

export async function withCorrections<A extends Readable>(analysis: A, text: string): Promise<CorrectedReading<A>> {
  const { region, year } = analysis.meta;
  if (!region || !year) return { analysis, results: [] };
  // Without the background (the extension reloaded under the page) the engine's own reading stands.
  const list = await send('corrections/list', { report: reportOf(analysis.meta) }).catch(() => [] as Correction[]);
  if (!list.length) return { analysis, results: [] };
  const { commitments, results } = applyCorrections(text, analysis.commitments, list);
  return { analysis: { ...analysis, commitments }, results };
}

/** Saves the reader's correction of a card's figure; the page is read again to show it. */
export async function correctFigure(text: string, report: CorrectionReport, item: ModelItem, action: CorrectionAction): Promise<void> {
  await saveFor(text, report, item.start, item.end, action);
}

/**
 * Adds the figure at [start, end) as one the engine missed, with the values the reader left in the
 * form (the engine proposed them from the selection: lib/corrections proposeFigure).
 */
export async function addFigure(text: string, report: CorrectionReport, start: number, end: number, figure: AddedFigure): Promise<void> {
  await saveFor(text, report, start, end, { kind: 'add', ...figure });
}

async function saveFor(text: string, report: CorrectionReport, start: number, end: number, action: CorrectionAction): Promise<void> {
  const name = await annotatorName().catch(() => null);
  const correction: Correction = {
    id: `corr-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    report,
    ...anchorOfFigure(text, start, end),
    action,
    ...(name ? { creator: { name } } : {}),
    created: new Date().toISOString(),
  };
  await send('corrections/save', { correction });
}

export async function undoCorrection(id: string): Promise<void> {
  await send('corrections/delete', { id });
}
