/**
 * Word-level diff of Chinese report texts: segmented words, whole numbers, hunks inside
 * paragraphs, layout/width/punctuation-only changes hidden unless asked for. Pure TypeScript: runs
 * in Node, in extension pages and in content scripts alike.
 */
export { diffTexts } from './diff';
export { alignSections, diffSections, findSections } from './sections';
export type { Section, SectionPair, SectionDiff } from './sections';
export { changeListCsv, changeListMarkdown } from './export';
export type { ChangeListOptions } from './export';
export { timeDiff } from './timing';
export type { DiffTiming } from './timing';
export { defaultSegmenter, tokenize } from './tokenize';
export type { Token } from './tokenize';
export type { DiffOptions, DiffResult, DiffStats, Hunk, HunkKind, WordSegmenter } from './types';
