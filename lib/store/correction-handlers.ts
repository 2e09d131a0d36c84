import { parseCorrectionsFile } from '../corrections/schema';
import type { Handlers } from '../messages';
import { allCorrections, correctionsOfReport, deleteCorrection, mergeCorrections, saveCorrection } from './corrections';
import type { GzbgDB } from './reports';

type CorrectionHandlers = Pick<Handlers, 'corrections/list' | 'corrections/save' | 'corrections/delete' | 'corrections/all' | 'corrections/import'>;

/** The background's answers to the corrections messages, over its one database connection. */
export function correctionHandlers(db: () => Promise<GzbgDB>): CorrectionHandlers {
  return {
    'corrections/list': async ({ report }) => correctionsOfReport(await db(), report),
    'corrections/save': async ({ correction }) => saveCorrection(await db(), correction),
    'corrections/delete': async ({ id }) => ({ deleted: await deleteCorrection(await db(), id) }),
    'corrections/all': async () => allCorrections(await db()),
    // The file is checked whole before anything is written (parseCorrectionsFile throws with the first problem).
    'corrections/import': async ({ text }) => mergeCorrections(await db(), parseCorrectionsFile(text)),
  };
}
