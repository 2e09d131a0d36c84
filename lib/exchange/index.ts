export {
  ANNO_CONTEXT,
  EXPORT_CONTEXT,
  DEFAULT_GENERATOR,
  annotationsForReport,
  colourClass,
  exportAnnotation,
  exportCollection,
  isIri,
  reportsOf,
  serializeExport,
  sourceIri,
  type Agent,
  type ExportMeta,
  type JsonObject,
} from './jsonld.ts';
export {
  DEFAULT_MAX_BYTES,
  LIMITS,
  parseImport,
  type ImportErrorCode,
  type ImportOptions,
  type ImportResult,
  type ImportedReport,
} from './import.ts';
export { conflictCopyId, planMerge, type Conflict, type MergePlan } from './merge.ts';
export {
  attachAnnotations,
  type AnnotatedRow,
  type CommitmentLike,
  type ComparisonLike,
  type TableReports,
} from './table.ts';
export { annotationsCsv, annotationsCsvByReport, csvField, csvHeader, toCsv } from './csv.ts';
export { briefingMarkdown, briefingsMarkdown, mdText, type BriefingInput } from './briefing.ts';
