/**
 * Re-anchoring timings in Node: 1,000 annotations made on a report, re-anchored on an edited copy
 * of it. `anchoringBenchCases()` gives the texts and selectors, so a browser bench can time the
 * same work with `Anchorer` from lib/anchoring (it uses nothing but the text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Anchorer, describe, type AnchorStatus, type Selectors } from '../../lib/anchoring';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const read = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

export const ANNOTATIONS = 1000;

/**
 * An edited copy: every 25th figure raised by one, every 40th sentence dropped, a clause added
 * after every 60th. Deterministic.
 */
export function editedCopy(text: string): string {
  let figures = 0;
  let sentences = 0;
  return text
    .replace(/\d+(?:\.\d+)?/gu, (m) => (++figures % 25 === 0 ? String(Number(m) + 1) : m))
    .replace(/[^。.\n]*[。.]/gu, (s) => {
      sentences++;
      if (sentences % 40 === 0) return '';
      return sentences % 60 === 0 ? `${s}${/[\u4e00-\u9fff]/.test(s) ? '我们将持续推进这项工作。' : ' We will keep working on this.'}` : s;
    });
}

/** 1,000 annotations spread over the text: half whole sentences, half random ranges of 2–120 chars. */
export function benchSelectors(text: string, n = ANNOTATIONS): Selectors[] {
  let seed = 20240305;
  const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  const sentences = [...text.matchAll(/[^。.\n]+[。.]/gu)].filter((m) => m[0].trim().length >= 8);
  const out: Selectors[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0 && sentences.length) {
      const m = sentences[Math.floor(rnd() * sentences.length)]!;
      const lead = m[0].length - m[0].trimStart().length;
      out.push(describe(text, m.index! + lead, m.index! + m[0].trimEnd().length));
    } else {
      const len = 2 + Math.floor(rnd() * 119);
      const start = Math.floor(rnd() * (text.length - len));
      out.push(describe(text, start, start + len));
    }
  }
  return out;
}

export interface AnchoringBenchCase {
  id: string;
  name: string;
  /** The text the annotations were made on, and the text they are re-anchored on. */
  before: string;
  after: string;
  selectors: Selectors[];
}

function largest(suffix: string): { f: string; text: string } {
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith(suffix))
    .map((f) => ({ f, text: read(f) }))
    .sort((x, y) => y.text.length - x.text.length)[0]!;
}

export function anchoringBenchCases(): AnchoringBenchCase[] {
  const all = largest('.txt');
  const zh = largest('.zh.txt');
  const cases: AnchoringBenchCase[] = [];
  for (const [id, r] of [
    ['largest', all],
    ['largest-zh', zh],
  ] as const) {
    const name = `${r.f.replace('.txt', '')} (${r.text.length} chars)`;
    const selectors = benchSelectors(r.text);
    cases.push({ id: `${id}-edited`, name: `${name}, edited copy`, before: r.text, after: editedCopy(r.text), selectors });
    cases.push({ id: `${id}-same`, name: `${name}, unchanged`, before: r.text, after: r.text, selectors });
  }
  const a = read('national-2018.zh.txt');
  cases.push({
    id: 'layout',
    name: 'national-2018 on its news-agency copy (other layout, ％ → %)',
    before: a,
    after: read('alt/national-2018.zh.paragraphs.txt'),
    selectors: benchSelectors(a),
  });
  return cases;
}

function run(c: AnchoringBenchCase): number {
  const t0 = performance.now();
  new Anchorer(c.after).anchorAll(c.selectors);
  return performance.now() - t0;
}

/** Median of 7 runs after 2 untimed ones, in ms; each run builds a fresh Anchorer (index included). */
function median7(c: AnchoringBenchCase): number {
  run(c);
  run(c);
  const runs: number[] = [];
  for (let k = 0; k < 7; k++) runs.push(run(c));
  return +runs.sort((x, y) => x - y)[3]!.toFixed(1);
}

/**
 * Median ms to re-anchor 1,000 annotations, per case; the very first run in this process (cold
 * JIT, as on a page load in a fresh tab); and how the annotations landed on the first case.
 */
export async function benchAnchoring(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const cases = anchoringBenchCases();
  const first = cases[0]!;
  const cold = +run(first).toFixed(1);
  for (const c of cases) out[`re-anchor ${ANNOTATIONS} annotations on ${c.name}, ms`] = median7(c);
  out[`  [${first.id}] first run in this process (cold JIT), ms`] = cold;
  const counts: Record<AnchorStatus, number> = { exact: 0, moved: 0, fuzzy: 0, changed: 0, orphaned: 0 };
  for (const r of new Anchorer(first.after).anchorAll(first.selectors)) counts[r.status]++;
  for (const [s, n] of Object.entries(counts)) out[`  [${first.id}] ${s}, annotations`] = n;
  return out;
}
