/**
 * Issue 15: what the library's batch import and the across-governments table cost in Node: analysing
 * 31 reports one after another (as the batch import and the table builder each do), and building the
 * table over 31 governments. The corpus has five 2026 provincial reports; the 31 columns are those five
 * under 31 names (the table's cost grows with columns × targets, which this keeps realistic).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../lib/commitments';
import { buildGovernmentsTable } from '../../lib/commitments/table';
import { timeMedian } from './engine.bench';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

export async function benchAcross(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const provinces = readdirSync(join(CORPUS, 'provinces-2026')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(CORPUS, 'provinces-2026', f), 'utf8'));
  const others = readdirSync(CORPUS).filter((f) => f.endsWith('.zh.txt')).map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const reports = [...provinces, ...others].slice(0, 31);
  out['reports analysed'] = reports.length;
  out['characters analysed'] = reports.reduce((n, r) => n + r.length, 0);
  out[`analyse ${reports.length} reports one after another, ms`] = timeMedian(() => reports.forEach((r) => analyze(r, { force: true })), 5);
  const analysed = provinces.map((raw) => ({ raw, analysis: analyze(raw) }));
  const inputs = Array.from({ length: 31 }, (_, i) => {
    const { raw, analysis } = analysed[i % analysed.length]!;
    const a: Analysis = { ...analysis, meta: { ...analysis.meta, region: `${analysis.meta.region}${i}` } };
    return { file: `r${i}`, raw, analysis: a };
  });
  const table = buildGovernmentsTable(inputs);
  out['table rows (31 governments)'] = table.rows.length;
  out['build the table over 31 governments, ms'] = timeMedian(() => buildGovernmentsTable(inputs), 5);
  return out;
}
