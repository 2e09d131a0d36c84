/*
 * The corrections repository: the reader's corrections (lib/corrections) in the `corrections` store,
 * each indexed by its report's government, year and summary flag, so a report's corrections are found
 * at any address and after its details were fixed (reidentify moves them along).
 */
import { foldString } from '../anchoring/index.ts';
import { CorrectionSchema, type Correction, type CorrectionReport } from '../corrections';
import * as v from 'valibot';
import { StoreError, toStoreError } from './errors';
import { inTransaction, type GzbgDB } from './reports';
import type { StoredCorrection } from './schema';

/** The index key of a report's corrections: `corr:<region>:<year>[:summary]`. */
export function correctionReportKey(report: CorrectionReport): string {
  return `corr:${foldString(report.region ?? '')}:${report.year ?? ''}${report.summary ? ':summary' : ''}`;
}

function checked(c: unknown): Correction {
  const r = v.safeParse(CorrectionSchema, c);
  if (!r.success) throw new StoreError('invalid', `not a correction: ${v.getDotPath(r.issues[0]!) ?? '(top)'}: ${r.issues[0]!.message}`);
  return r.output as Correction;
}

const toRecord = (c: Correction): StoredCorrection => ({ ...c, reportKey: correctionReportKey(c.report) });
const fromRecord = ({ reportKey: _k, ...c }: StoredCorrection): Correction => c;

export async function saveCorrection(db: GzbgDB, correction: Correction): Promise<Correction> {
  const c = checked(correction);
  await inTransaction(db, ['corrections'], 'Saving the correction', async (tx) => {
    await tx.objectStore('corrections').put(toRecord(c));
  });
  return c;
}

export async function deleteCorrection(db: GzbgDB, id: string): Promise<boolean> {
  return inTransaction(db, ['corrections'], 'Undoing the correction', async (tx) => {
    const store = tx.objectStore('corrections');
    if (!(await store.get(id))) return false;
    await store.delete(id);
    return true;
  });
}

/** A report's corrections, oldest first (the order they apply in). */
export async function correctionsOfReport(db: GzbgDB, report: CorrectionReport): Promise<Correction[]> {
  try {
    const list = await db.getAllFromIndex('corrections', 'by-report', correctionReportKey(report));
    return list.map(fromRecord).sort((a, b) => a.created.localeCompare(b.created));
  } catch (e) {
    throw toStoreError(e, "Reading the report's corrections");
  }
}

export async function allCorrections(db: GzbgDB): Promise<Correction[]> {
  try {
    return (await db.getAll('corrections')).map(fromRecord).sort((a, b) => a.created.localeCompare(b.created));
  } catch (e) {
    throw toStoreError(e, 'Reading the corrections');
  }
}

/** Merges corrections from a file or a backup: new ids are added, an id already here is kept as it is (nothing lost). */
export async function mergeCorrections(db: GzbgDB, list: readonly Correction[]): Promise<{ added: number; kept: number }> {
  const checkedList = list.map(checked);
  return inTransaction(db, ['corrections'], 'Importing the corrections', async (tx) => {
    const store = tx.objectStore('corrections');
    let added = 0;
    let kept = 0;
    for (const c of checkedList) {
      if (await store.get(c.id)) kept++;
      else {
        await store.put(toRecord(c));
        added++;
      }
    }
    return { added, kept };
  });
}
