/**
 * The extension's storage: IndexedDB through idb, owned by the background context (content
 * scripts and pages ask for it by message, see lib/messages.ts).
 */
export { connection } from './connection';
export { openStore, openWithMigrations, MIGRATIONS, DB_VERSION, DB_NAME, type Migration } from './migrations';
export {
  saveReport,
  getReport,
  listReports,
  deleteReport,
  findCommitments,
  commitmentsByKey,
  commitmentsOfGovernment,
  getCommitments,
  putAnnotation,
  listAnnotations,
  getSetting,
  setSetting,
  summarize,
  hashText,
  identityOf,
  reportIdOf,
  canonicalUrl,
  inTransaction,
  type GzbgDB,
  type AnalysisLike,
  type SaveReportInput,
  type SaveReportResult,
  type ReportFilter,
  type DeleteResult,
} from './reports';
export { priorAnalyses, type PriorAnalysis, type PriorQuery, type Reanalyze } from './prior-analyses';
export { exportAll, restoreAll, validateBackup, BACKUP_LIMITS, type Backup, type RestoreResult, type RestoreCounts } from './backup';
export {
  storageEstimate,
  requestPersistenceOnce,
  askPersistenceFromPage,
  persistRecord,
  recordPersistence,
  type StorageEstimate,
  type PersistRecord,
  type StorageLike,
} from './persist';
export * from './versions';
export { VERSION_RATE } from './version-keep';
export { chooseRecord, type AnalyzeText } from './record';
export { originOf, trustOf, sourceOf, outranks, type TextSource, type Trust } from './provenance';
export { reidentifyReport, rememberedIdentity, checkIdentity, type ReidentifyResult } from './identity';
export { StoreError, QUOTA_MESSAGE, toStoreError, type StoreErrorCode } from './errors';
export type {
  GzbgSchema,
  ReportIdentity,
  ReportSummary,
  StoredReport,
  StoredVersion,
  StoredCommitment,
  StoredAnnotation,
  StoreName,
} from './schema';
export { bodyPickHandlers, getBodyPick, setBodyPick } from './body-picks';
export { correctionHandlers } from './correction-handlers';
export { saveCorrection, deleteCorrection, correctionsOfReport, allCorrections, mergeCorrections, correctionReportKey } from './corrections';
export { rereadStoredBodies, BODY_REREAD_KEY, type BodyRereadResult } from './body-reread';
