export type * from './types';
export { applyCorrections, clauseAround, type Corrected, type CorrectedCommitment } from './apply';
export { proposeFigure, type Proposal } from './propose';
export { toGoldLabels, uniqueQuote, type GoldFile, type GoldEntry } from './gold';
export { parseCorrectionsFile, correctionsFile, anchorOfFigure, correctionsFor, CorrectionsFileSchema, CorrectionSchema } from './schema';
