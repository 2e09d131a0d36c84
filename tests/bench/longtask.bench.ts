/**
 * Long tasks on report-like pages of 1,000,000 and 5,000,000 characters (issue 12): the longest
 * main-thread task and the total blocking time (the sum over tasks of what exceeds 50 ms), in
 * Chromium with the extension and without it, from a `longtask` PerformanceObserver installed
 * before any page script runs. The page's own parsing and layout count in both columns; the
 * difference is the extension's. Firefox has no `longtask` entries, so it is not measured here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildExtension, startStaticServer } from '../e2e/harness';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZES = [250_000, 1_000_000, 5_000_000];
/** After the overlay or the notice is up (or, without the extension, after load): linking, saving, painting. */
const SETTLE_MS = 5000;
/** The longest a reading may take before the page is measured anyway. */
const READ_TIMEOUT_MS = 90_000;

/** A report page of about `chars` characters: a real report's paragraphs, repeated. */
function reportPage(chars: number): string {
  const base = readFileSync(join(ROOT, 'tests/fixtures/corpus/national-2019.zh.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const line = base[i % base.length]!;
    out.push(`<p>${line}</p>`);
    n += line.length;
  }
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>2019年国务院政府工作报告</title></head><body><div id="zoom">${out.join('\n')}</div></body></html>`;
}

const OBSERVER = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface Blocking { longest: number; tbt: number; tasks: number; shown: string; readMs: number }

async function measure(ctx: BrowserContext, url: string, withExtension: boolean): Promise<Blocking> {
  const page = await ctx.newPage();
  await page.addInitScript(OBSERVER);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const loaded = Date.now();
  // The reading is in slices now: wait for what it shows rather than a fixed time.
  if (withExtension) await page.waitForSelector('gzbg-status, gzbg-too-long', { state: 'attached', timeout: READ_TIMEOUT_MS }).catch(() => undefined);
  const readMs = Date.now() - loaded;
  await page.waitForTimeout(SETTLE_MS);
  const r = await page.evaluate(() => {
    const tasks = (window as unknown as { __longTasks: number[] }).__longTasks;
    const shown = document.querySelector('gzbg-too-long') ? 'refused with a notice' : document.querySelector('gzbg-status') ? 'overlay' : 'nothing';
    return { tasks, shown };
  });
  await page.close();
  return {
    longest: Math.round(Math.max(0, ...r.tasks)),
    tbt: Math.round(r.tasks.reduce((s, d) => s + Math.max(0, d - 50), 0)),
    tasks: r.tasks.length,
    shown: r.shown,
    readMs,
  };
}

async function launch(extension: string | null): Promise<{ ctx: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'gzbg-longtask-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : ['--disable-extensions'])],
  });
  if (extension) ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
  return { ctx, profile };
}

export async function benchLongTasks(): Promise<Record<string, number | string>> {
  const out: Record<string, number | string> = {};
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-longtask-pages-'));
  for (const n of SIZES) writeFileSync(join(dir, `report-${n}.html`), reportPage(n));
  const server = await startStaticServer({ big: dir });
  const ext = buildExtension('chrome', mkdtempSync(join(tmpdir(), 'gzbg-longtask-ext-')), false).dir;
  try {
    for (const [label, extension] of [['with the extension', ext], ['without', null]] as const) {
      const { ctx, profile } = await launch(extension);
      try {
        for (const n of SIZES) {
          const r = await measure(ctx, `${server.baseUrl}/big/report-${n}.html`, extension !== null);
          const key = `chromium ${label}, ${n.toLocaleString('en')}-character report page`;
          out[`${key}: longest task, ms`] = r.longest;
          out[`${key}: total blocking time, ms`] = r.tbt;
          out[`${key}: long tasks`] = r.tasks;
          if (extension) {
            out[`${key}: shown`] = r.shown;
            out[`${key}: load event → overlay or notice, ms`] = r.readMs;
          }
        }
      } finally {
        await ctx.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
