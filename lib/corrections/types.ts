/**
 * The reader's corrections of what the engine extracted. Each is anchored on the report's text like an
 * annotation (a quote of the figure with its context and a position hint), so it survives a reload, a
 * new version of the page and a new engine: it applies where its figure is still found as written, and
 * is listed (never dropped, never silently moved) where it is not.
 */
import type { Selectors } from '../anchoring';
import type { Amount, Comparator } from '../commitments/types';

export type CorrectionAction =
  /** Not a target (or outcome) at all: the mark goes, the counts and tables follow. */
  | { kind: 'dismiss' }
  /** A figure the engine missed, with what the reader (helped by the engine) says it measures. */
  | { kind: 'add'; role: 'target' | 'outcome'; amount: Amount; unit: string; comparator: Comparator; indicator: string }
  /** The name a reporter would head the column with. */
  | { kind: 'rename'; indicator: string }
  /** A target read as a review figure, or the other way round. */
  | { kind: 'retype'; role: 'target' | 'outcome' }
  /** The same indicator as a chosen target of an earlier year (its name there is the link's key). */
  | { kind: 'link'; year: number; indicator: string; quote: string; number?: string }
  /** Not the same indicator as whatever the engine paired it with. */
  | { kind: 'unlink' };

export interface CorrectionReport {
  region: string | null;
  year: number | null;
  level?: string | null;
  summary?: boolean;
}

export interface Correction {
  id: string;
  /** Which report, independent of its address. */
  report: CorrectionReport;
  /**
   * The figure's clause in the report's text, described like an annotation's: a figure alone (5.5)
   * recurs in a report, its clause does not.
   */
  selectors: Selectors;
  /** Where the figure starts inside the clause's quote. */
  figureAt: number;
  /** The figure as written when the correction was made (55万, 5.5). */
  number: string;
  action: CorrectionAction;
  creator?: { name?: string };
  /** ISO 8601. */
  created: string;
}

/** How a stored correction landed on the text the engine read this time. */
export type CorrectionStatus =
  /** Applied to the figure it was made on. */
  | 'applied'
  /** Its figure's numbers changed in this text: shown as changed, not applied. */
  | 'changed'
  /** Its passage is not in this text. */
  | 'orphaned'
  /** Found, but the engine no longer marks a figure there (for all but add): nothing to correct. */
  | 'no-figure'
  /** An add where the engine now finds the figure itself: the reader's values still win. */
  | 'now-found';

export interface CorrectionResult {
  correction: Correction;
  status: CorrectionStatus;
  /** For applied corrections: the id of the commitment it changed or made. */
  commitmentId?: string;
}

/** A shareable file of corrections (also inside the backup). */
export interface CorrectionsFile {
  type: 'gzbg-corrections';
  version: 1;
  exported: string;
  corrections: Correction[];
}
