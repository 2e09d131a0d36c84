/**
 * The library in the browsers, for `npm run bench`: 31 corpus reports chosen at once through the
 * library's file input (each read, recognized, analysed by the engine and saved in one transaction),
 * then one year's table across governments built. Timed in the page: from the first progress line to
 * the import's closing message, and from the build click to the table's rows, so polling from Node
 * adds nothing. Each browser runs on a fresh profile (an empty store).
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, launchFirefox, type Driver } from '../e2e/browsers';
import { buildExtension, ROOT } from '../e2e/harness';
import { secondTab } from '../e2e/tabs';

const CORPUS = join(ROOT, 'tests/fixtures/corpus');

/** Every whole Chinese report of the corpus and its partial texts (32 files; a partial text of a year with a whole report is kept as one more version of it). */
function corpusReports(): string[] {
  const zh = (dir: string) => readdirSync(join(CORPUS, dir)).filter((f) => /\.zh(?:\.partial)?\.txt$/.test(f)).map((f) => join(CORPUS, dir, f));
  return [...zh('.'), ...zh('provinces-2026'), ...zh('partial')].sort();
}

interface Timed {
  importMs: number;
  reports: number;
  failures: string[];
  message: string;
  tableMs: number;
  rows: number;
}

async function timeLibrary(d: Driver, files: string[]): Promise<Timed> {
  const tab = await secondTab(d);
  await tab.open('library.html');
  await tab.waitFor(() => !!document.querySelector('[data-testid=usage]'), null);
  await tab.evaluate(() => {
    const w = window as unknown as { benchStart?: number; benchEnd?: number };
    new MutationObserver(() => {
      if (w.benchStart === undefined && document.querySelector('[data-testid=batch-progress]')) w.benchStart = performance.now();
      if (w.benchStart !== undefined && w.benchEnd === undefined && document.querySelector('[data-testid=message]') && !document.querySelector('[data-testid=batch-progress]')) w.benchEnd = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, null);
  await tab.upload('[data-testid=file]', files);
  await tab.waitFor(() => (window as unknown as { benchEnd?: number }).benchEnd !== undefined, null, 300_000);
  // The list of stored reports is drawn again after the closing message.
  await tab.waitFor(() => document.querySelectorAll('[data-testid=report]').length > 0, null, 30_000);
  const imported = await tab.evaluate(() => {
    const w = window as unknown as { benchStart: number; benchEnd: number };
    return {
      ms: w.benchEnd - w.benchStart,
      reports: document.querySelectorAll('[data-testid=report]').length,
      failures: [...document.querySelectorAll('[data-testid=batch-failure]')].map((f) => f.textContent ?? ''),
      message: document.querySelector('[data-testid=message]')?.textContent ?? '',
    };
  }, null);
  await tab.waitFor(() => !!document.querySelector('[data-testid=across-build]'), null);
  await tab.evaluate(() => {
    const w = window as unknown as { tableStart?: number; tableEnd?: number };
    const button = document.querySelector('[data-testid=across-build]') as HTMLButtonElement;
    new MutationObserver((_, o) => {
      if (document.querySelectorAll('[data-testid=across-row]').length >= 5) {
        w.tableEnd = performance.now();
        o.disconnect();
      }
    }).observe(document.body, { subtree: true, childList: true });
    w.tableStart = performance.now();
    button.click();
  }, null);
  await tab.waitFor(() => (window as unknown as { tableEnd?: number }).tableEnd !== undefined, null, 120_000);
  const table = await tab.evaluate(() => {
    const w = window as unknown as { tableStart: number; tableEnd: number };
    return { ms: w.tableEnd - w.tableStart, rows: document.querySelectorAll('[data-testid=across-row]').length };
  }, null);
  return { importMs: Math.round(imported.ms), reports: imported.reports, failures: imported.failures, message: imported.message, tableMs: Math.round(table.ms), rows: table.rows };
}

export async function benchLibrary(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-bench-library-'));
  // Copied under their own names: the library files each report under what it reads, not the path.
  const files = corpusReports().map((f) => {
    const to = join(dir, f.split('/').pop()!);
    copyFileSync(f, to);
    return to;
  });
  const out: Record<string, unknown> = { 'files chosen at once': files.length };
  try {
    for (const [name, target, launch] of [['Chromium', 'chrome', launchChromium], ['Firefox ESR', 'firefox', launchFirefox]] as const) {
      // The build in .output/ when there is one (npm run build), copied aside.
      const d = await launch(buildExtension(target, dir, false).dir);
      try {
        const t = await timeLibrary(d, files);
        out[`${name}: import and analyse ${t.reports} reports (ms)`] = t.importMs;
        out[`${name}: the library said`] = [t.message, ...t.failures].join(' | ');
        out[`${name}: per file (ms)`] = Math.round(t.importMs / files.length);
        out[`${name}: build the table across governments, ${t.rows} rows (ms)`] = t.tableMs;
      } finally {
        await d.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
