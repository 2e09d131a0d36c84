/**
 * `npm run bench [-- SUITE…]`: engine, diff and anchoring timings in Node, and, where a bench module for the
 * browsers exists, the same in Chromium and Firefox. Prints a table and writes bench-results.json.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const suites: [string, string, string][] = [
  ['engine (Node)', 'engine.bench.ts', 'benchEngine'],
  ['across governments (Node)', 'across.bench.ts', 'benchAcross'],
  ['diff (Node)', 'diff.bench.ts', 'benchDiff'],
  ['anchoring (Node)', 'anchoring.bench.ts', 'benchAnchoring'],
  ['body (Node)', 'body.bench.ts', 'benchBody'],
  ['browsers', 'browser.bench.ts', 'benchBrowsers'],
  ['long tasks (browsers)', 'longtask.bench.ts', 'benchLongTasks'],
  ['library import (browsers)', 'library.bench.ts', 'benchLibrary'],
  ['reader PDF (browsers)', 'reader.bench.ts', 'benchReader'],
];

// `npm run bench -- browsers` runs only the suites whose name contains an argument.
const only = process.argv.slice(2);
const results: Record<string, Record<string, unknown>> = {};
for (const [name, file, fn] of suites.filter(([n]) => !only.length || only.some((o) => n.includes(o)))) {
  const path = join(here, file);
  if (!existsSync(path)) continue;
  const mod = await import(path);
  try {
    results[name] = await mod[fn]();
  } catch (e) {
    results[name] = { error: String((e as Error).message ?? e) };
    console.error((e as Error).stack);
  }
  console.log(`\n## ${name}`);
  for (const [k, v] of Object.entries(results[name]!)) console.log(`${String(v).padStart(10)}  ${k}`);
}
writeFileSync(join(here, '..', '..', 'bench-results.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
console.log('\nwritten: bench-results.json');
