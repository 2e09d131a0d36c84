/**
 * The browser half of `npm run demo` (called by scripts/demo.ts): builds the extension, serves
 * seeds/ on 127.0.0.1, starts Debian's Chromium with it (a window where a display exists,
 * headless otherwise), reads the prior-year report and then the current one, and saves
 * screenshots and the table the extension shows (CSV and Markdown) to the output folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { toCsv } from '../lib/commitments/format';
import { CHANGE_LABEL, STATUS_LABEL } from '../lib/commitments';
import { modelTable, type ReadingModel } from '../lib/reading/model';
import { buildExtension, startStaticServer, TEST_OUTPUT } from '../tests/e2e/harness';
import { barShown, locateText } from '../tests/e2e/page-fns';
import { pollRevealed } from '../tests/e2e/reveal';

/** The bits of the extension API the demo calls inside extension pages. */
type Chrome = {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};
declare const chrome: Chrome;

const linked = () => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.part-raised');

export async function runBrowserDemo(outDir: string): Promise<string[]> {
  const written: string[] = [];
  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  console.log(`\nBuilding the extension and starting Chromium (${headless ? 'headless: no display' : 'in a window'})…`);
  const { dir } = buildExtension('chrome', join(TEST_OUTPUT, 'demo-ext'));
  const server = await startStaticServer();
  const profile = mkdtempSync(join(tmpdir(), 'gzbg-demo-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1280, height: 860 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
  const shot = async (page: Page, name: string) => {
    const path = join(outDir, `${name}.png`);
    await page.screenshot({ path });
    written.push(path);
  };
  try {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    const page = ctx.pages()[0] ?? (await ctx.newPage());

    // 1. Last year's report: read and stored as the user reads it.
    await page.goto(`${server.baseUrl}/seeds/shanghai-2021.html`);
    // The in-page UI's shadow roots are closed: the demo looks in through the automation protocol.
    const raw = { name: 'chromium' as const, context: ctx, page };
    await pollRevealed(raw, barShown, null);
    await shot(page, 'browser-1-shanghai-2021');

    // 2. This year's: every target linked to last year's, the GDP target's card open.
    const t0 = Date.now();
    await page.goto(`${server.baseUrl}/seeds/shanghai-2022.html`);
    await pollRevealed(raw, linked, null);
    console.log(`Shanghai 2022: overlay linked to 2021 ${Date.now() - t0} ms after navigation`);
    await shot(page, 'browser-2-shanghai-2022-bar');
    const at = await page.evaluate(locateText, { text: '5.5%左右', within: '#zoom' });
    if (at) {
      await page.mouse.move(at.x, at.y);
      await pollRevealed(raw, () => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]'), null, 10_000);
      await shot(page, 'browser-3-shanghai-2022-card');
    }

    // 3. The side panel's view of the same tab (opened as a page), and its table.
    const panel = await ctx.newPage();
    await panel.goto(`${base}popup.html`);
    const tabId = await panel.evaluate(async () => {
      const self = await chrome.tabs.getCurrent();
      return (await chrome.tabs.query({})).find((t: { id?: number }) => t.id !== self?.id)?.id;
    });
    const model = (await panel.evaluate(async (id) => {
      const answer = (await chrome.tabs.sendMessage(id!, { type: 'overlay/model', tab: true })) as { value: { model: ReadingModel } };
      return answer.value.model;
    }, tabId)) as ReadingModel;
    await panel.setViewportSize({ width: 420, height: 860 });
    await panel.goto(`${base}sidepanel.html?tab=${tabId}`);
    await panel.waitForSelector('[data-testid=row]');
    await shot(panel, 'browser-4-side-panel');

    const rows = modelTable(model, { change: (c) => CHANGE_LABEL[c], status: (s) => STATUS_LABEL[s] });
    const csv = join(outDir, 'browser-shanghai-2022-vs-2021.csv');
    writeFileSync(csv, toCsv(rows));
    const md = join(outDir, 'browser-shanghai-2022-vs-2021.md');
    const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
    writeFileSync(md, [
      `# ${model.region} ${model.year} 与 ${model.priorYear} 对照（扩展在浏览器中的结果）`,
      '',
      `| ${rows[0]!.join(' | ')} |`,
      `|${rows[0]!.map(() => '---').join('|')}|`,
      ...rows.slice(1).map((r) => `| ${r.map(cell).join(' | ')} |`),
      '',
    ].join('\n'));
    written.push(csv, md);

    // 4. The library with the sample reports loaded.
    await panel.setViewportSize({ width: 1100, height: 860 });
    await panel.goto(`${base}library.html`);
    await panel.click('[data-testid=load-samples]');
    await panel.waitForFunction(() => document.querySelectorAll('[data-testid=report]').length >= 5, null, { timeout: 30_000 });
    await shot(panel, 'browser-5-library');
  } finally {
    await ctx.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return written;
}
