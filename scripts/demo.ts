/**
 * `npm run demo`: the main job on the bundled seed reports.
 * 1. Reads each prior/current pair of seed reports with the engine and writes the year-over-year
 *    table (CSV for spreadsheets, Markdown for people) and each report's commitments.
 * 2. Where a browser demo module exists (scripts/demo-browser.ts) it builds the extension, serves
 *    seeds/ on 127.0.0.1, opens the prior and then the current report in Debian's Chromium with the
 *    extension, and saves screenshots.
 * Everything goes to demo-output/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, compareReports, type Analysis } from '../lib/commitments';
import { formatCompareCsv, formatCompareMarkdown, formatExtractTable } from '../lib/commitments/format';

const ROOT = resolve(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const OUT = join(ROOT, 'demo-output');
mkdirSync(OUT, { recursive: true });

const load = (name: string): Analysis => analyze(readFileSync(join(SEEDS, `${name}.txt`), 'utf8'));
const pairs: [string, string][] = [
  ['shanghai-2021', 'shanghai-2022'],
  ['national-2019', 'national-2020'],
];
const written: string[] = [];
for (const [p, c] of pairs) {
  const prior = load(p);
  const current = load(c);
  const cmp = compareReports(prior, current);
  const base = join(OUT, `${p}__${c}`);
  writeFileSync(`${base}.csv`, formatCompareCsv(cmp));
  writeFileSync(`${base}.md`, `# ${current.meta.region} ${prior.meta.year} → ${current.meta.year}\n\n${formatCompareMarkdown(cmp)}\n`);
  written.push(`${base}.csv`, `${base}.md`);
  const count = (k: string) => cmp.rows.filter((r) => r.change === k).length;
  console.log(
    `${current.meta.region} ${prior.meta.year} → ${current.meta.year}: ${cmp.rows.filter((r) => r.current).length} 项目标 · ${count('raised')} 上调 · ${count('lowered')} 下调 · ${count('new')} 新增 · ${count('dropped')} 未再提及`,
  );
}
for (const name of ['yuncheng-2021-summary', 'shanghai-2022', 'national-2020']) {
  const f = join(OUT, `${name}.commitments.txt`);
  writeFileSync(f, formatExtractTable(load(name)) + '\n');
  written.push(f);
}

const browserDemo = join(ROOT, 'scripts', 'demo-browser.ts');
if (existsSync(browserDemo)) {
  const mod = await import(browserDemo);
  written.push(...((await mod.runBrowserDemo(OUT)) as string[]));
}
console.log(`\nWritten to ${OUT}:\n${written.map((w) => '  ' + w.replace(ROOT + '/', '')).join('\n')}`);
