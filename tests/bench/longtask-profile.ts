/**
 * `npx tsx tests/bench/longtask-profile.ts [CHARS]`: a CPU profile of the page's main thread (the
 * page's scripts and the content script share it) while the built Chrome extension reads a
 * report-like page, cut into busy stretches the way long tasks are (runs of samples without an
 * idle gap). Prints each stretch over 40 ms with the functions that spent the most time in it:
 * where the long tasks of tests/bench/longtask.bench.ts come from. Uses the build in .output/
 * (run `npx wxt build` first).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildExtension, startStaticServer } from '../e2e/harness';
import { reportPage } from '../e2e/long-page';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

/** Idle gaps shorter than this join two busy runs into one stretch (a task's own pauses). */
const GAP_US = 2000;

/** Per stretch: its length, and the functions with the most time in it, self (own code) and inclusive (with callees). */
function stretches(p: Profile): { ms: number; top: [string, number][]; inclusive: [string, number][] }[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  const out: { ms: number; top: [string, number][]; inclusive: [string, number][] }[] = [];
  let run: { start: number; end: number; self: Map<string, number>; incl: Map<string, number> } | null = null;
  const sorted = (m: Map<string, number>): [string, number][] => [...m].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => [k, Math.round(v / 1000)]);
  let t = p.startTime;
  const close = () => {
    if (run && run.end - run.start > 40_000) {
      out.push({ ms: Math.round((run.end - run.start) / 1000), top: sorted(run.self), inclusive: sorted(run.incl) });
    }
    run = null;
  };
  p.samples.forEach((id, i) => {
    const dt = p.timeDeltas[i + 1] ?? 0;
    t += p.timeDeltas[i]!;
    const n = byId.get(id)!;
    const idle = n.callFrame.functionName === '(idle)';
    if (idle) {
      if (run && t - run.end > GAP_US) close();
      return;
    }
    run ??= { start: t, end: t, self: new Map(), incl: new Map() };
    run.end = t + dt;
    run.self.set(label(n), (run.self.get(label(n)) ?? 0) + dt);
    // Inclusive time of the extension's own functions (a recursive one counted once per sample).
    const seen = new Set<string>();
    for (let a: number | undefined = id; a !== undefined; a = parent.get(a)) {
      const node = byId.get(a)!;
      if (!node.callFrame.url.startsWith('chrome-extension:')) continue;
      const l = label(node);
      if (seen.has(l)) continue;
      seen.add(l);
      run.incl.set(l, (run.incl.get(l) ?? 0) + dt);
    }
  });
  close();
  return out;
}

const chars = Number(process.argv[2] ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), 'gzbg-profile-'));
writeFileSync(join(dir, 'report.html'), reportPage(chars));
const server = await startStaticServer({ big: dir });
const ext = buildExtension('chrome', dir, false).dir;
const ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
  executablePath: '/usr/bin/chromium', headless: false, viewport: { width: 1280, height: 900 },
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run'],
});
try {
  ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.baseUrl}/big/report.html`, { waitUntil: 'load', timeout: 120_000 });
  const t0 = Date.now();
  while (Date.now() - t0 < 90_000 && !(await page.evaluate(() => !!document.querySelector('gzbg-status, gzbg-too-long')))) await page.waitForTimeout(250);
  await page.waitForTimeout(5000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(join(tmpdir(), `gzbg-${chars}.cpuprofile`), JSON.stringify(profile));
  for (const s of stretches(profile)) {
    console.log(`\n${s.ms} ms busy`);
    for (const [fn, ms] of s.top) console.log(`  ${String(ms).padStart(5)} ms self  ${fn}`);
    for (const [fn, ms] of s.inclusive) console.log(`  ${String(ms).padStart(5)} ms with callees  ${fn}`);
  }
  console.log(`\nprofile: ${join(tmpdir(), `gzbg-${chars}.cpuprofile`)}`);
} finally {
  await ctx.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
