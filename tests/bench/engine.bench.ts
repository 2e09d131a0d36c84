import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, buildHistory, compareReports } from '../../lib/commitments';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function timeMedian(fn: () => void, runs = 9): number {
  fn(); // warm up
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return +median(t).toFixed(2);
}

/** Median ms of normalize + recognize + extract per corpus file, and the heap it peaks at. */
export async function benchEngine(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.zh.txt')).sort();
  for (const f of files) {
    const text = readFileSync(join(CORPUS, f), 'utf8');
    out[`analyze ${f} (${text.length} chars), ms`] = timeMedian(() => analyze(text));
  }
  // A 60,000-character report: three national reports end to end.
  const big = ['national-2016.zh.txt', 'national-2017.zh.txt', 'national-2018.zh.txt'].map((f) => readFileSync(join(CORPUS, f), 'utf8')).join('\n');
  out[`analyze synthetic ${big.length}-char report, ms`] = timeMedian(() => analyze(big));
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const keep = files.map((f) => {
    const a = analyze(readFileSync(join(CORPUS, f), 'utf8'));
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return a;
  });
  out['heap growth holding every analysis, MB'] = +((peak - before) / 2 ** 20).toFixed(1);
  out['peak RSS, MB'] = +(process.memoryUsage().rss / 2 ** 20).toFixed(1);

  const pairs: [string, string][] = [['shanghai-2021.zh.txt', 'shanghai-2022.zh.txt'], ['national-2018.zh.txt', 'national-2019.zh.txt'], ['hailar-2015.zh.txt', 'hailar-2016.zh.txt']];
  for (const [p, c] of pairs) {
    const a = analyze(readFileSync(join(CORPUS, p), 'utf8'));
    const b = analyze(readFileSync(join(CORPUS, c), 'utf8'));
    out[`compare ${p} → ${c}, ms`] = timeMedian(() => compareReports(a, b));
  }
  const decade = ['2010', '2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020'].map((y) => analyze(readFileSync(join(CORPUS, `national-${y}.zh.txt`), 'utf8')));
  out['history national 2010–2020 (11 reports), ms'] = timeMedian(() => buildHistory(decade), 5);
  void keep;
  return out;
}
