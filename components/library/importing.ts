import { analyze, type Analysis } from '@/lib/commitments';
import { buildTextMap } from '@/lib/dom';
import type { Level, ReportMeta } from '@/lib/report/types';
import type { AnalysisLike } from '@/lib/store';

/** The largest file the library imports (the longest real report is about 60,000 characters). */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/** The text of an imported file: an HTML page's visible text (never rendered), or the file's text. */
export function textOf(name: string, content: string): string {
  const isHtml = /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html)/i.test(content);
  if (!isHtml) return content.replace(/^\uFEFF/, '');
  // Parsed inert (DOMParser runs no scripts, loads nothing); only its text is kept.
  const doc = new DOMParser().parseFromString(content, 'text/html');
  return buildTextMap(doc.body ?? doc.documentElement).text;
}

export interface MetaFix {
  region?: string | null;
  level?: Level | null;
  year?: number | null;
  summary?: boolean;
}

/** Runs the engine on an imported text (extracting even when it is not recognized: the user chose it). */
export function analyzeImport(text: string, fix: MetaFix = {}): Analysis {
  const a = analyze(text, { force: true });
  return { ...a, meta: withFix(a.meta, fix) };
}

/** A report's metadata (or a stored report's identity) with the user's fix applied. */
export function withFix<T extends Pick<ReportMeta, 'region' | 'level' | 'year' | 'summary'>>(meta: T, fix: MetaFix): T {
  return {
    ...meta,
    ...(fix.region !== undefined ? { region: fix.region || null } : {}),
    ...(fix.level !== undefined ? { level: fix.level } : {}),
    ...(fix.year !== undefined ? { year: fix.year } : {}),
    ...(fix.summary !== undefined ? { summary: fix.summary } : {}),
  };
}

export function toStored(a: Analysis): AnalysisLike {
  return { meta: a.meta, headings: a.headings, commitments: a.commitments };
}
