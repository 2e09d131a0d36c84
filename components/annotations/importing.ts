import type { Annotation } from '@/lib/anchoring';
import { parseImport, planMerge } from '@/lib/exchange';
import type { Handlers } from '@/lib/messages';
import type { GzbgDB } from '@/lib/store';
import {
  allAnnotations,
  annotationsOfReport,
  deleteAnnotation,
  mergeAnnotations,
  saveAnnotation,
  type ImportOutcome,
} from '@/lib/store/annotations';

/*
 * Importing a shared annotations file: validate it whole (lib/exchange parseImport: schema, size
 * cap, never partial), plan the merge against the local annotations (never deletes, never
 * overwrites a newer local edit), and only when asked write the plan, all in one transaction.
 * The same function gives the preview (write = false) and does the import (write = true), so the
 * counts the user agreed to are the counts written (re-planned on the data as it is then).
 */

export type { ImportOutcome };
export type ImportCounts = Extract<ImportOutcome, { ok: true }>['counts'];

/** Runs `decide` over the local annotations in one transaction and writes what it returns. */
export type Merger = <T>(decide: (local: Annotation[]) => { write: Annotation[]; value: T }) => Promise<T>;

export async function importAnnotationsText(text: string, fileName: string, write: boolean, merge: Merger): Promise<ImportOutcome> {
  const parsed = parseImport(text, { fileName });
  if (!parsed.ok) {
    const out: ImportOutcome = { ok: false, code: parsed.code, zh: parsed.zh, en: parsed.en };
    if (parsed.at !== undefined) out.at = parsed.at;
    return out;
  }
  const counts = await merge((local) => {
    const plan = planMerge(local, parsed.annotations);
    const value: ImportCounts = {
      new: plan.new.length,
      updated: plan.updated.length,
      conflicting: plan.conflicting.length,
      unchanged: plan.unchanged.length,
    };
    return { write: write ? [...plan.new, ...plan.updated, ...plan.conflicting.map((c) => c.copy)] : [], value };
  });
  return { ok: true, written: write, counts, reports: parsed.reports, label: parsed.label, total: parsed.annotations.length };
}

/** The background's handlers of the annotation messages (lib/messages.ts), over the store. */
export function annotationHandlers(
  db: () => Promise<GzbgDB>,
  openPage: () => Promise<void> = async () => {
    throw new Error('no page to open here');
  },
): Pick<Handlers, 'annotations/list' | 'annotations/save' | 'annotations/delete' | 'annotations/import' | 'annotations/open-page'> {
  return {
    'annotations/open-page': async () => {
      await openPage();
      return { ok: true };
    },
    'annotations/list': async ({ report }) => (report ? annotationsOfReport(await db(), report) : allAnnotations(await db())),
    'annotations/save': async ({ annotation }) => saveAnnotation(await db(), annotation),
    'annotations/delete': async ({ id }) => ({ deleted: await deleteAnnotation(await db(), id) }),
    'annotations/import': async ({ text, fileName, write }) => {
      const d = await db();
      return importAnnotationsText(text, fileName, write, (decide) => mergeAnnotations(d, decide));
    },
  };
}
