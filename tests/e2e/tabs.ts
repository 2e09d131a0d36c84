/**
 * A second tab beside a driver's page, for extension pages that act on the first tab (the side
 * panel opened as a page with ?tab=ID, the library).
 */
import { join } from 'node:path';
import type { Driver, PageFn } from './browsers';
import { SCREENSHOTS } from './browsers';

export interface Tab {
  /** Opens an extension page (path under the extension's base). */
  open(path: string): Promise<void>;
  evaluate<A, T>(fn: PageFn<A, T>, arg: A): Promise<T>;
  waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** Puts a file into an <input type=file> (as if the user chose it). */
  upload(selector: string, path: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function secondTab(d: Driver): Promise<Tab> {
  const base = d.extensionBase;
  if (d.raw.name === 'chromium') {
    const page = await d.raw.context.newPage();
    return {
      open: async (path) => void (await page.goto(base + path, { waitUntil: 'load' })),
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
      waitFor: async (fn, arg, timeout = 15_000) => void (await page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout, polling: 100 })),
      click: (selector) => page.click(selector),
      upload: (selector, path) => page.setInputFiles(selector, path),
      screenshot: async (name) => {
        const path = join(SCREENSHOTS, `chromium-${name}.png`);
        await page.screenshot({ path });
        return path;
      },
      close: () => page.close(),
    };
  }
  const page = await d.raw.browser.newPage();
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
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
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
