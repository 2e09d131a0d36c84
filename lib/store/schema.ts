import type { DBSchema } from 'idb';
import type { Commitment } from '../commitments/types';
import type { Heading, Level, ReportMeta } from '../report/types';
import type { TextSource, Trust } from './provenance';
import type { Correction } from '../corrections/types';

/** Which government's report of which year: what makes two copies the same report. */
export interface ReportIdentity {
  region: string | null;
  year: number | null;
  level: Level | null;
  title: string | null;
  /** A 摘要 (summary) is kept apart from the whole report of the same year. */
  summary: boolean;
}

/**
 * A saved report. The source text is kept whole, so the analysis can always be run again (the
 * engine gets better; offsets in `headings` are into the normalized text of `text`).
 * `region`, `level` and `year` repeat the identity in indexable form ('' and 0 where unknown:
 * IndexedDB cannot index null).
 */
export interface StoredReport {
  id: string;
  identity: ReportIdentity;
  region: string;
  level: Level | '';
  year: number;
  /** Every address the report was seen at, first first. */
  urls: string[];
  /** The newest source text (a page's text map or a file's text). */
  text: string;
  /** SHA-256 of `text`, hex. */
  hash: string;
  meta: ReportMeta;
  headings: Heading[];
  commitmentCount: number;
  /** The engine version whose commitments are stored (absent: saved before versions were kept). */
  engine?: string;
  /** When first saved (ms since epoch). */
  savedAt: number;
  /** When last saved or seen (ms since epoch). */
  updatedAt: number;
  /** v3: where `text` (the report of record) came from. */
  source: TextSource;
  /** v3: the reader chose this text as the report of record (a better-ranked source does not replace it). */
  chosen?: boolean;
}

/** A report as listed: everything but the text and outline. */
export type ReportSummary = Omit<StoredReport, 'text' | 'headings'> & { textLength: number };

/** One text a report was seen with. Minimal on purpose: the change-tracking issue builds on it. */
export interface StoredVersion {
  reportId: string;
  hash: string;
  text: string;
  seenAt: number;
  url: string;
  /** v3: the origin of `url` ('' for a file), and how far that source is trusted. */
  origin: string;
  trust: Trust;
}

/** A commitment with the report it came from, indexable by government and year and by key. */
export interface StoredCommitment extends Commitment {
  reportId: string;
  region: string;
  level: Level | '';
  year: number;
}

/** An annotation: a plain object (W3C Web Annotation shaped), owned by the annotation feature. */
export interface StoredAnnotation {
  id: string;
  reportId: string;
  /** ISO time of the last change; the newer copy wins when a backup is restored. */
  modified?: string;
  [field: string]: unknown;
}

export interface GzbgSchema extends DBSchema {
  reports: {
    key: string;
    value: StoredReport;
    indexes: {
      'by-government': [string, string, number];
      'by-year': number;
      'by-url': string;
    };
  };
  versions: {
    key: [string, string];
    value: StoredVersion;
    indexes: { 'by-report': string };
  };
  commitments: {
    key: [string, string];
    value: StoredCommitment;
    indexes: {
      'by-region-year': [string, number];
      /** v2. */
      'by-government-year': [string, string, number];
      'by-key': string;
      'by-report': string;
    };
  };
  annotations: {
    key: string;
    value: StoredAnnotation;
    indexes: { 'by-report': string };
  };
  settings: {
    key: string;
    value: unknown;
  };
  /** v4. */
  corrections: {
    key: string;
    value: StoredCorrection;
    indexes: { 'by-report': string };
  };
}

/** A correction with its report's index key (government, year, summary). */
export type StoredCorrection = Correction & { reportKey: string };

export type StoreName = 'reports' | 'versions' | 'commitments' | 'annotations' | 'settings' | 'corrections';
export const STORE_NAMES: readonly StoreName[] = ['reports', 'versions', 'commitments', 'annotations', 'settings', 'corrections'];
