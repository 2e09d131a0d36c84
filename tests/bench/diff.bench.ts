/**
 * Diff timings in Node. `diffBenchCases()` gives the text pairs, so a browser bench can time the
 * same pairs with `timeDiff` from lib/diff (which uses nothing but `performance.now()`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { timeDiff, tokenize } from '../../lib/diff';

const CORPUS = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const read = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

/**
 * A second version of a report: every 25th figure raised by one, every 40th sentence dropped and a
 * clause added after every 60th. Deterministic, so every run diffs the same pair.
 */
export function editedCopy(text: string): string {
  let figures = 0;
  let sentences = 0;
  return text
    .replace(/\d+(?:\.\d+)?/gu, (m) => (++figures % 25 === 0 ? String(Number(m) + 1) : m))
    .replace(/[^。\n]*。/gu, (s) => {
      sentences++;
      if (sentences % 40 === 0) return '';
      return sentences % 60 === 0 ? `${s}我们将持续推进这项工作。` : s;
    });
}

export interface DiffBenchCase {
  /** Short key: layout, edited, year. */
  id: string;
  name: string;
  a: string;
  b: string;
}

/** The pairs the diff is timed on. */
export function diffBenchCases(): DiffBenchCase[] {
  const largest = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.zh.txt'))
    .map((f) => ({ f, text: read(f) }))
    .sort((x, y) => y.text.length - x.text.length)[0]!;
  return [
    {
      id: 'layout',
      name: 'national-2018 vs its news-agency copy (other layout, % widths)',
      a: read('national-2018.zh.txt'),
      b: read('alt/national-2018.zh.paragraphs.txt'),
    },
    {
      id: 'edited',
      name: `${largest.f.replace('.zh.txt', '')} (largest, ${largest.text.length} chars) vs an edited copy`,
      a: largest.text,
      b: editedCopy(largest.text),
    },
    { id: 'year', name: 'national-2019 vs national-2020 (report vs last year’s)', a: read('national-2019.zh.txt'), b: read('national-2020.zh.txt') },
  ];
}

/** Median of 7 runs, in ms. */
function median7(fn: () => void): number {
  const runs: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return +runs.sort((x, y) => x - y)[3]!.toFixed(1);
}

/** Median ms over 7 runs of `diffTexts` for each case, and of its word segmentation alone. */
export async function benchDiff(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const c of diffBenchCases()) {
    const t = timeDiff(c.a, c.b, { runs: 7 });
    out[`diff ${c.name}, ms`] = +t.medianMs.toFixed(1);
    const segment = median7(() => {
      tokenize(c.a);
      tokenize(c.b);
    });
    out[`  [${c.id}] of which tokenizing both texts (mostly Intl.Segmenter, slow in Node), ms`] = segment;
    out[`  [${c.id}] hunks shown`] = t.hunks;
  }
  return out;
}
