/**
 * The Firefox sidebar itself (not the side panel page opened as a tab): the MV2 build declares
 * `sidebar_action`, Firefox registers it, and, opened in the browser window, it shows the rows of
 * the report in the active tab, follows the active tab, and a click on a row opens the card on the
 * page. On a tab of the PDF reader (an extension page, no content script) it shows the PDF's report
 * once the reader has read it, and a row opens the card there.
 *
 * `sidebarAction.open()` needs a user gesture, so the test opens the sidebar from the browser's
 * own chrome: with `--remote-allow-system-access` (see browsers.ts), BiDi lists the browser
 * window's chrome context (`moz:scope: 'chrome'`) and evaluates `SidebarController.show(id)` there.
 * The sidebar's document is read from another extension page with `extension.getViews({type:
 * 'sidebar'})` (extension pages share one process), since BiDi does not list the sidebar's page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchFirefox, SCREENSHOTS, type Driver } from './browsers';
import { TEST_OUTPUT } from './harness';
import { secondTab } from './tabs';

const base = inject('baseUrl');
const firefoxBuild = inject('firefoxExtension');

type BidiConnection = { send(method: string, params: unknown): Promise<{ result: unknown }> };

/** The browser window's chrome context (listed only with system access). */
async function chromeWindow(connection: BidiConnection): Promise<string> {
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
    contexts: { context: string; url: string }[];
  };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error(`no browser window among ${tree.contexts.map((c) => c.url).join(', ')}`);
  return window.context;
}

/** Opens the extension's sidebar in the browser window through the window's chrome context; returns the sidebar's id. */
async function openSidebar(d: Driver, geckoId: string): Promise<string> {
  if (d.raw.name !== 'firefox') throw new Error('firefox expected');
  const { connection } = d.raw.browser as unknown as { connection: BidiConnection };
  const context = await chromeWindow(connection);
  // Firefox names an extension's sidebar after its add-on id (ext-sidebarAction.js, makeWidgetId).
  const id = `${geckoId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
  const { result } = (await connection.send('script.evaluate', {
    expression: `(async () => {
      if (!SidebarController.sidebars.has(${JSON.stringify(id)})) return 'not registered: ' + [...SidebarController.sidebars.keys()].join(', ');
      await SidebarController.show(${JSON.stringify(id)});
      return SidebarController.isOpen && SidebarController.currentID;
    })()`,
    target: { context },
    awaitPromise: true,
  })) as { result: { type: string; result?: { value?: unknown } } };
  if (result.result?.value !== id) throw new Error(`the sidebar did not open: ${JSON.stringify(result)}`);
  return id;
}

/** What the open sidebar shows, read from another extension page. */
const sidebarState = () => {
  type Ext = { extension: { getViews(o: { type: string }): Window[] } };
  const views = (globalThis as unknown as { browser: Ext }).browser.extension.getViews({ type: 'sidebar' });
  const doc = views[0]?.document;
  return {
    views: views.length,
    url: views[0]?.location.href ?? null,
    heading: doc?.querySelector('[data-testid=heading]')?.textContent ?? null,
    rows: doc?.querySelectorAll('[data-testid=row]').length ?? 0,
    empty: doc?.querySelector('[data-testid=empty]')?.textContent ?? null,
  };
};

/** Clicks the sidebar's first row (read from another extension page); returns its commitment's id. */
const clickFirstRow = () => {
  type Ext = { extension: { getViews(o: { type: string }): Window[] } };
  const doc = (globalThis as unknown as { browser: Ext }).browser.extension.getViews({ type: 'sidebar' })[0]!.document;
  const row = doc.querySelector<HTMLElement>('[data-testid=row]')!;
  row.click();
  return row.getAttribute('data-id');
};

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A PNG of the sidebar. BiDi cannot capture a chrome context, so the window's chrome draws the
 * sidebar's (remote) browser with `drawSnapshot` and hands back a data URL.
 */
async function sidebarScreenshot(d: Driver, name: string): Promise<string> {
  if (d.raw.name !== 'firefox') throw new Error('firefox expected');
  const { connection } = d.raw.browser as unknown as { connection: BidiConnection };
  const { result } = (await connection.send('script.evaluate', {
    expression: `(async () => {
      const panel = document.getElementById('sidebar').contentDocument;
      const browser = panel.querySelector('browser');
      const { width, height } = browser.getBoundingClientRect();
      const bitmap = await browser.browsingContext.currentWindowGlobal.drawSnapshot(new DOMRect(0, 0, width, height), 1, 'white');
      const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas');
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      canvas.getContext('2d').drawImage(bitmap, 0, 0);
      return canvas.toDataURL('image/png');
    })()`,
    target: { context: await chromeWindow(connection) },
    awaitPromise: true,
  })) as { result: { type: string; result?: { value?: string }; exceptionDetails?: unknown } };
  const url = result.result?.value;
  if (!url?.startsWith('data:image/png;base64,')) throw new Error(`no sidebar snapshot: ${JSON.stringify(result).slice(0, 500)}`);
  const path = join(SCREENSHOTS, `firefox-${name}.png`);
  writeFileSync(path, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
  return path;
}

describe('firefox sidebar', () => {
  const drivers: Driver[] = [];
  afterAll(async () => {
    for (const d of drivers) await d.close().catch(() => undefined);
  });

  it('the MV2 build declares sidebar_action; the sidebar shows the active tab\'s report, follows the tab, and a row opens the card', async () => {
    const manifest = JSON.parse(readFileSync(join(firefoxBuild, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      sidebar_action?: { default_panel?: string };
      browser_specific_settings: { gecko: { id: string } };
    };
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(readFileSync(join(firefoxBuild, 'sidepanel.html'), 'utf8')).toContain('<div id="app">');

    const d = await launchFirefox(firefoxBuild);
    drivers.push(d);
    if (d.raw.name !== 'firefox') throw new Error('firefox expected');
    await d.goto(`${base}/seeds/shanghai-2021.html`);
    await d.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill[data-state=ready] [data-testid=bar]'), null);
    const targets = Number(await d.shadowAttribute('gzbg-status', '.pill', 'data-targets'));
    await openSidebar(d, manifest.browser_specific_settings.gecko.id);

    // Another tab active (an extension page, from which the sidebar is read): no report to show.
    const helper = await secondTab(d);
    await helper.open('library.html');
    const read = () => helper.evaluate(sidebarState, null);
    await until(read, (s) => s.empty !== null);
    // The report's tab active again: the sidebar follows it and lists every target.
    await d.raw.page.bringToFront();
    const state = await until(read, (s) => s.rows === targets);
    expect(state).toMatchObject({ views: 1, url: `${d.extensionBase}sidepanel.html`, empty: null });
    expect(state.heading).toMatch(/上海市|Shanghai/);
    await sidebarScreenshot(d, 'sidebar');

    // A click on a row in the sidebar opens that commitment's card on the page.
    const id = await helper.evaluate(clickFirstRow, null);
    await d.waitFor((want) => document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]')?.getAttribute('data-id') === want, id);
  });

  it('on a tab of the PDF reader, the sidebar shows the PDF\'s report once it is read, and a row opens the card there', async () => {
    const d = await launchFirefox(firefoxBuild);
    drivers.push(d);
    if (d.raw.name !== 'firefox') throw new Error('firefox expected');
    const geckoId = (JSON.parse(readFileSync(join(firefoxBuild, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } }).browser_specific_settings.gecko.id;
    const helper = await secondTab(d);
    await helper.open('library.html');
    await d.openExtensionPage('reader.html');
    await d.raw.page.bringToFront();
    await openSidebar(d, geckoId);
    const read = () => helper.evaluate(sidebarState, null);
    // The reader with no file yet: nothing to show.
    await until(read, (s) => s.empty !== null);
    const input = await d.raw.page.$('[data-testid=reader-file]');
    await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(join(TEST_OUTPUT, 'files', 'national-2020.pdf'));
    // Read after the page loaded: the reader tells the sidebar (lib/messages TabReadNotice), which draws it.
    const state = await until(read, (s) => s.rows > 10, 60_000);
    expect(state.heading).toMatch(/2020/);
    await sidebarScreenshot(d, 'sidebar-reader');
    const id = await helper.evaluate(clickFirstRow, null);
    await d.waitFor((want) => document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]')?.getAttribute('data-id') === want, id);
  });
});
