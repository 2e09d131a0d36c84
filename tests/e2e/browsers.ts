/**
 * Launch the built extension in Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core
 * over WebDriver BiDi), behind one small driver. Never downloads a browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { revealShadowRoots } from './reveal';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../test-output/screenshots');
const VIEWPORT = { width: 1280, height: 900 };

/** A page-side function: serialized into the page, so it may use only its argument and page globals. */
export type PageFn<A, T> = (arg: A) => T | Promise<T>;

/** The automation objects behind a driver, for runners that need more (init scripts, CDP). */
export type RawHandles =
  | { name: 'chromium'; context: BrowserContext; page: PwPage }
  | { name: 'firefox'; browser: PpBrowser; page: PpPage; /** Where Firefox saves downloads, without asking. */ downloadDir: string };

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  readonly raw: RawHandles;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  readonly extensionBase: string;
  /** Console lines of the page and (Chromium) the service worker, for failure messages. */
  readonly logs: string[];
  goto(url: string): Promise<void>;
  /** Opens an extension page (e.g. 'popup.html') in the tab. */
  openExtensionPage(path: string): Promise<void>;
  /**
   * Runs `fn(arg)` in the page with the extension's closed shadow roots revealed to it (see
   * reveal.ts): the test's view, which is more than a page's script gets.
   */
  evaluate<A, T>(fn: PageFn<A, T>, arg: A): Promise<T>;
  /** Runs `fn(arg)` in the page exactly as the page's own scripts would (nothing revealed). */
  evaluateAsPage<A, T>(fn: PageFn<A, T>, arg: A): Promise<T>;
  /** Waits until `fn(arg)` is truthy in the page (closed roots revealed, as `evaluate`). */
  waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs?: number): Promise<void>;
  /** A real (trusted) click on the centre of the `index`th `inner` inside the shadow root of `host`, scrolled into view. */
  clickIn(host: string, inner: string, index?: number): Promise<void>;
  /** Types `text` with the real keyboard into whatever has focus. */
  type(text: string): Promise<void>;
  /** Presses a key or a chord with the real keyboard, Playwright's way: 'Enter', 'Control+A', 'Alt+Shift+A'. */
  press(keys: string): Promise<void>;
  /** Text of `inner` inside the shadow root of the first `host`, or null. */
  shadowText(host: string, inner: string): Promise<string | null>;
  /** An attribute of `inner` inside the shadow root of `host`, or null. */
  shadowAttribute(host: string, inner: string, attribute: string): Promise<string | null>;
  /** Saves a PNG to test-output/screenshots/<browser>-<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The viewport centre of `inner` in `host`'s (revealed) shadow root, scrolled into view, or null. */
const centreInShadow: PageFn<{ host: string; inner: string; index: number }, { x: number; y: number } | null> = ({ host, inner, index }) => {
  const el = document.querySelector(host)?.shadowRoot?.querySelectorAll(inner)[index];
  if (!el) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const r = el.getBoundingClientRect();
  return r.width || r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
};

const findInShadow: PageFn<{ host: string; inner: string; attribute: string | null }, string | null> = ({ host, inner, attribute }) => {
  const el = document.querySelector(host)?.shadowRoot?.querySelector(inner);
  if (!el) return null;
  return attribute ? el.getAttribute(attribute) : (el.textContent ?? '');
};

function common(
  raw: RawHandles,
  extensionBase: string,
  logs: string[],
  page: {
    goto(url: string): Promise<unknown>;
    /** Navigation to an extension page, where it differs from `goto`. */
    gotoExtension?(url: string): Promise<unknown>;
    evaluate<A, T>(fn: PageFn<A, T>, arg: A): Promise<T>;
    waitFor<A>(fn: PageFn<A, unknown>, arg: A, timeoutMs: number): Promise<unknown>;
    screenshot(path: string): Promise<unknown>;
  },
  close: () => Promise<void>,
): Driver {
  const { name } = raw;
  const onExtensionPage = () => raw.page.url().startsWith(extensionBase);
  // Extension pages' roots are open; a report page's are closed and revealed through the protocol.
  const reveal = () => (onExtensionPage() ? Promise.resolve() : revealShadowRoots(raw));
  const evaluate = async <A, T>(fn: PageFn<A, T>, arg: A): Promise<T> => {
    await reveal();
    return page.evaluate(fn, arg);
  };
  return {
    name,
    raw,
    extensionBase,
    logs,
    goto: async (url) => void (await page.goto(url)),
    openExtensionPage: async (path) => void (await (page.gotoExtension ?? page.goto)(extensionBase + path)),
    evaluate,
    evaluateAsPage: (fn, arg) => page.evaluate(fn, arg),
    waitFor: async (fn, arg, timeoutMs = 15_000) => {
      if (onExtensionPage()) {
        try {
          await page.waitFor(fn, arg, timeoutMs);
          return;
        } catch (e) {
          throw new Error(`${name}: waited ${timeoutMs} ms for ${fn.toString().slice(0, 200)}\nlogs:\n${logs.slice(-30).join('\n')}`, { cause: e });
        }
      }
      // Polled from here: each poll reveals the UI's roots mounted since the last.
      const deadline = Date.now() + timeoutMs;
      let last: unknown = null;
      for (;;) {
        try {
          if (await evaluate(fn, arg)) return;
        } catch (e) {
          last = e; // a navigation under the poll: poll again
        }
        if (Date.now() > deadline) {
          throw new Error(`${name}: waited ${timeoutMs} ms for ${fn.toString().slice(0, 200)}\nlogs:\n${logs.slice(-30).join('\n')}`, { cause: last });
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    clickIn: async (host, inner, index = 0) => {
      // As a person waits for a button to appear: poll for it (the UI renders after the event that shows it).
      const deadline = Date.now() + 10_000;
      let at = await evaluate(centreInShadow, { host, inner, index });
      while (!at && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        at = await evaluate(centreInShadow, { host, inner, index });
      }
      if (!at) throw new Error(`${name}: no ${inner} in ${host} to click`);
      await raw.page.mouse.click(at.x, at.y);
    },
    type: async (text) => void (await raw.page.keyboard.type(text)),
    press: async (keys) => {
      if (raw.name === 'chromium') return void (await raw.page.keyboard.press(keys));
      const parts = keys.split('+') as Parameters<typeof raw.page.keyboard.down>[0][];
      for (const k of parts.slice(0, -1)) await raw.page.keyboard.down(k);
      await raw.page.keyboard.press(parts[parts.length - 1]!);
      for (const k of parts.slice(0, -1).reverse()) await raw.page.keyboard.up(k);
    },
    shadowText: (host, inner) => evaluate(findInShadow, { host, inner, attribute: null }),
    shadowAttribute: (host, inner, attribute) => evaluate(findInShadow, { host, inner, attribute }),
    screenshot: async (shot) => {
      const path = join(SCREENSHOTS, `${name}-${shot}.png`);
      await page.screenshot(path);
      return path;
    },
    close,
  };
}

export interface LaunchOptions {
  /** A profile directory to use (and keep on close), e.g. to restart the browser on the same profile. */
  profile?: string;
  /**
   * The page language Chromium announces (default zh-CN). The extension's own strings follow the
   * UI language, which is English unless Debian's chromium-l10n is installed.
   */
  lang?: string;
  /**
   * The browser's UI language, which the extension's messages follow. On Linux Chromium takes it
   * from LANGUAGE (not --lang), and needs Debian's chromium-l10n for zh-CN. Unset: the machine's.
   */
  uiLanguage?: 'zh' | 'en';
}

/** Chromium with the unpacked MV3 build; the extension id is read from its service worker. */
export async function launchChromium(extensionDir: string, options: LaunchOptions = {}): Promise<Driver> {
  const keep = options.profile !== undefined;
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'gzbg-chromium-'));
  const ctx: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: false,
    viewport: VIEWPORT,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // The CDP Extensions domain (Extensions.triggerAction: a click on the toolbar button, see toolbar.ts).
      '--enable-unsafe-extension-debugging',
      `--lang=${options.lang ?? 'zh-CN'}`,
    ],
    locale: options.lang ?? 'zh-CN',
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage === 'zh' ? 'zh_CN' : 'en_US' } } : {}),
  });
  const logs: string[] = [];
  try {
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 30_000 }));
    worker.on('console', (m) => logs.push(`[sw ${m.type()}] ${m.text()}`));
    const id = new URL(worker.url()).host;
    const page: PwPage = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('console', (m) => logs.push(`[page ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`[page error] ${e.message}`));
    return common({ name: 'chromium', context: ctx, page }, `chrome-extension://${id}/`, logs, {
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => never, arg),
      waitFor: (fn, arg, timeout) => page.waitForFunction(fn as (a: unknown) => unknown, arg, { timeout, polling: 100 }),
      screenshot: (path) => page.screenshot({ path }),
    }, async () => {
      await ctx.close();
      if (!keep) rmSync(profile, { recursive: true, force: true });
    });
  } catch (e) {
    await ctx.close();
    if (!keep) rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Firefox ESR with the unpacked MV2 build installed as a temporary add-on over BiDi. The
 * moz-extension UUID is chosen here (pref extensions.webextensions.uuids) so pages can be opened;
 * the add-on id comes from the built manifest.
 */
export const FIREFOX_EXTENSION_UUID = 'd1f0b7c2-5a4e-4c3b-9e2a-6b7c8d9e0f1a';

export interface FirefoxLaunchOptions {
  /** A profile directory to use (and keep on close), e.g. to restart the browser on the same profile. */
  profile?: string;
  /**
   * Install `extensionDir` as a temporary add-on (default true). False when the profile already
   * holds the add-on (installed permanently) or the caller installs it itself.
   */
  install?: boolean;
  /** The browser's UI language (intl.locale.requested; zh-CN needs Debian's firefox-esr-l10n-zh-cn). Unset: the machine's. */
  uiLanguage?: 'zh' | 'en';
}

export async function launchFirefox(extensionDir: string, options: FirefoxLaunchOptions = {}): Promise<Driver> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error('firefox build has no browser_specific_settings.gecko.id');
  // puppeteer-core's download handling is CDP-only: Firefox saves downloads, unasked, to a directory of ours (prefs below).
  const downloadDir = mkdtempSync(join(tmpdir(), 'gzbg-firefox-downloads-'));
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: VIEWPORT,
    ...(options.profile !== undefined ? { userDataDir: options.profile } : {}),
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // An optional permission the extension asks for on a click (the reader's one origin of a PDF) is
      // granted without the doorhanger, which WebDriver cannot answer; Firefox still wants the click.
      'extensions.webextOptionalPermissionPrompts': false,
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.panel.shown': true,
      ...(options.uiLanguage ? { 'intl.locale.requested': options.uiLanguage === 'zh' ? 'zh-CN' : 'en-US' } : {}),
    },
  });
  try {
    if (options.install !== false) {
      const installed = await browser.installExtension(extensionDir);
      if (installed !== geckoId) throw new Error(`installed ${installed}, expected ${geckoId}`);
    }
    const page: PpPage = (await browser.pages())[0] ?? (await browser.newPage());
    const logs: string[] = [];
    page.on('console', (m) => logs.push(`[page ${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => logs.push(`[page error] ${e instanceof Error ? e.message : String(e)}`));
    return common({ name: 'firefox', browser, page, downloadDir }, `moz-extension://${FIREFOX_EXTENSION_UUID}/`, logs, {
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      // Firefox loads moz-extension:// pages in the extension process and BiDi never reports the
      // navigation's end (goto times out although the page is there), so start it without
      // waiting and poll for the page instead.
      gotoExtension: async (url) => {
        page.goto(url, { timeout: 0 }).catch(() => undefined);
        // While the document is swapped, BiDi can fail a poll with a protocol error ("right-hand
        // side of 'in' should be an object, got null"): poll again until the deadline.
        const deadline = Date.now() + 15_000;
        for (;;) {
          try {
            await page.waitForFunction(
              (u: string) => location.href === u && document.readyState === 'complete',
              { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
              url,
            );
            return;
          } catch (e) {
            if (Date.now() >= deadline) throw e;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      },
      evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
      waitFor: (fn, arg, timeout) => page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 100 }, arg),
      screenshot: (path) => page.screenshot({ path: path as `${string}.png` }),
    }, async () => {
      await browser.close();
      rmSync(downloadDir, { recursive: true, force: true });
    });
  } catch (e) {
    await browser.close();
    rmSync(downloadDir, { recursive: true, force: true });
    throw e;
  }
}

