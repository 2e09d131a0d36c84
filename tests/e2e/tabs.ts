/**
 * A second tab beside a driver's page, for extension pages that act on the first tab (the side
 * panel opened as a page with ?tab=ID, the library).
 */
import { copyFileSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import type { Driver, PageFn } from './browsers';
import { SCREENSHOTS } from './browsers';

export interface Tab {
  /** Opens an extension page (path under the extension's base). */
  open(path: string): Promise<void>;
  evaluate<A, T>(fn: PageFn<A, T>, arg: A): Promise<T>;
  waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Puts one file or several into an <input type=file> (as if the user chose them). */
  upload(selector: string, path: string | string[]): Promise<void>;
  /** Clicks `selector` and returns the file the page downloaded, copied into `into` (it outlives the browser). */
  download(selector: string, into: string): Promise<Downloaded>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface Downloaded {
  /** The file name the page gave it. */
  name: string;
  path: string;
  text: string;
}

function keep(from: string, name: string, into: string): Downloaded {
  const path = join(into, name);
  copyFileSync(from, path);
  return { name, path, text: readFileSync(path, 'utf8') };
}

/**
 * puppeteer-core's download handling is CDP-only, so for Firefox wait for a new finished file in its download directory
 * (a `.part` file beside it means Firefox is still writing).
 */
async function newDownload(dir: string, before: Set<string>, timeoutMs = 15_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = readdirSync(dir);
    const done = files.filter((f) => !before.has(f) && !f.endsWith('.part') && sizeOf(join(dir, f)) > 0);
    if (done.length === 1 && !files.some((f) => f.endsWith('.part'))) return done[0]!;
    if (done.length > 1) throw new Error(`more than one download: ${done.join(', ')}`);
    if (Date.now() > deadline) throw new Error(`no download in ${dir} after ${timeoutMs} ms (files: ${files.join(', ') || 'none'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A file's size, or 0 when it is gone: Firefox writes a download under a temporary name and renames it. */
function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export async function secondTab(d: Driver): Promise<Tab> {
  return d.raw.name === 'chromium' ? chromiumTab(d.extensionBase, await d.raw.context.newPage()) : firefoxTab(d.extensionBase, await d.raw.browser.newPage(), d.raw.downloadDir);
}

/**
 * The tab that `act` opens (e.g. the reader, opened by the popup), its address starting with
 * `prefix`, as a Tab.
 */
export async function tabOpenedBy(d: Driver, prefix: string, act: () => Promise<void>, timeoutMs = 15_000): Promise<Tab> {
  if (d.raw.name === 'chromium') {
    const { context } = d.raw;
    const opened = context.waitForEvent('page', { predicate: (p) => p.url().startsWith(prefix) || p.url() === 'about:blank', timeout: timeoutMs });
    await act();
    const page = await opened;
    await page.waitForURL((u) => u.href.startsWith(prefix), { timeout: timeoutMs });
    return chromiumTab(d.extensionBase, page);
  }
  const { browser, downloadDir } = d.raw;
  const before = new Set(await browser.pages());
  await act();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // BiDi may not report a moz-extension:// navigation (see open below): the new tab's own address is asked.
    for (const page of (await browser.pages()).filter((p) => !before.has(p))) {
      const href = await page.evaluate(() => location.href).catch(() => page.url());
      if (href.startsWith(prefix)) return firefoxTab(d.extensionBase, page, downloadDir);
    }
    if (Date.now() > deadline) throw new Error(`no tab at ${prefix}… opened`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function chromiumTab(base: string, page: PwPage): Tab {
  return {
    open: async (path) => void (await page.goto(base + path, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
    waitFor: async (fn, arg, timeout = 15_000) => void (await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout, polling: 100 })),
    click: (selector) => page.click(selector),
    upload: (selector, path) => page.setInputFiles(selector, path),
    download: async (selector, into) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return keep(await dl.path(), dl.suggestedFilename(), into);
    },
    screenshot: async (name) => {
      const path = join(SCREENSHOTS, `chromium-${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: () => page.close(),
  };
}

function firefoxTab(base: string, page: PpPage, downloadDir: string): Tab {
  return {
    // BiDi never reports the end of a moz-extension:// navigation: start it and poll (see browsers.ts).
    open: async (path) => {
      const url = base + path;
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      // The poll's context can be destroyed by the navigation it waits for: poll again until the deadline.
      const deadline = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForFunction((u: string) => location.href === u && document.readyState === 'complete', { timeout: Math.max(1, deadline - Date.now()), polling: 100 }, url);
          return;
        } catch (e) {
          if (Date.now() >= deadline) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    waitFor: async (fn, arg, timeout = 15_000) => void (await page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 100 }, arg)),
    click: (selector) => page.click(selector),
    upload: async (selector, path) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...(Array.isArray(path) ? path : [path]));
    },
    download: async (selector, into) => {
      const before = new Set(readdirSync(downloadDir));
      await page.click(selector);
      const name = await newDownload(downloadDir, before);
      return keep(join(downloadDir, name), name, into);
    },
    screenshot: async (name) => {
      const path = join(SCREENSHOTS, `firefox-${name}.png`) as `${string}.png`;
      await page.screenshot({ path });
      return path;
    },
    close: () => page.close(),
  };
}

/** Moves the mouse in the driver's page (hover). */
export async function hover(d: Driver, x: number, y: number): Promise<void> {
  await d.raw.page.mouse.move(x, y);
}

export async function clickAt(d: Driver, x: number, y: number): Promise<void> {
  await d.raw.page.mouse.click(x, y);
}

/** The id of the driver's tab, asked from an extension page opened in `tab` (the one tab that is not `tab`). */
export async function driverTabId(tab: Tab): Promise<number | null> {
  // A fresh address: Firefox's poll for the page must not see an earlier load of the same one.
  await tab.open(`popup.html?find-tab=${Date.now()}`);
  return tab.evaluate(async () => {
    type Tabs = { tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<{ id?: number }[]> } };
    const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
    const api = (g.browser ?? g.chrome)!;
    const self = await api.tabs.getCurrent();
    const all = await api.tabs.query({});
    return all.find((x) => x.id !== self?.id)?.id ?? null;
  }, null);
}

/**
 * Sends a message from the extension page open in the tab `tabOf` gives (tests open it in beforeAll): to the
 * background, or (with `toTab`) to that tab's content script. The answer is the message layer's envelope.
 */
export function asker(tabOf: () => Tab) {
  return (message: Record<string, unknown>, toTab?: number) =>
    tabOf().evaluate(async ({ m, to }) => {
      type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (to === null ? api.runtime.sendMessage(m) : api.tabs.sendMessage(to, m)) as Promise<{ ok: boolean; value: any }>;
    }, { m: message, to: toTab ?? null });
}
