export type {
  Annotation,
  AnnotationBody,
  AnnotationTarget,
  AnchorResult,
  AnchorStatus,
  Creator,
  FragmentSelector,
  Provenance,
  ReportIdentity,
  Selectors,
  TextPositionSelector,
  TextQuoteSelector,
} from './types.ts';
export { DEFAULT_TAGS, pdfPageSelector, PDF_FRAGMENT_SPEC } from './types.ts';
export { describe, CONTEXT_CHARS } from './describe.ts';
export { anchor, anchorAll, Anchorer, toSelectors, type AnchorInput, type AnchorOptions } from './anchor.ts';
export { extractNumbers, sameNumbers } from './numbers.ts';
export { foldString } from './fold.ts';
export { reportFingerprint, reportMatch, sameReport, fnv1a64 } from './fingerprint.ts';
export { createAnnotation, newAnnotationId, normalizeColour, type NewAnnotation } from './annotation.ts';
