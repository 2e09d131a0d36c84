/**
 * A click on the extension's toolbar button for the driver's tab, as the reader makes it: the
 * real popup opens, and the browser grants activeTab for that tab (what the popup's "read this
 * report in the reader" relies on). A popup opened as a page (popup.html?tab=ID) gets no grant.
 *
 * Chromium: CDP `Extensions.triggerAction` on the tab's target (needs `--enable-unsafe-extension-debugging`
 * and the pipe Playwright talks over; browsers.ts). Firefox: the browser window's own chrome code
 * (listed with `--remote-allow-system-access`, see firefox-sidebar.e2e.test.ts) triggers the
 * add-on's browser action, as a click on its button does.
 */
import type { Driver } from './browsers';
import type { Tab } from './tabs';

type BidiConnection = { send(method: string, params: unknown): Promise<{ result: unknown }> };

export async function clickToolbarButton(d: Driver): Promise<void> {
  if (d.raw.name === 'chromium') {
    const { context, page } = d.raw;
    await page.bringToFront();
    const session = await context.browser()!.newBrowserCDPSession();
    try {
      const send = session.send.bind(session) as (method: string, params?: object) => Promise<unknown>;
      const { targetInfos } = (await send('Target.getTargets', { filter: [{ type: 'tab' }] })) as { targetInfos: { type: string; url: string; targetId: string }[] };
      const tab = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`no tab target at ${page.url()}`);
      await send('Extensions.triggerAction', { id: new URL(d.extensionBase).host, targetId: tab.targetId });
    } finally {
      await session.detach();
    }
    return;
  }
  await d.raw.page.bringToFront();
  const { connection } = d.raw.browser as unknown as { connection: BidiConnection };
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string; url: string }[] };
  const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window');
  const { result } = (await connection.send('script.evaluate', {
    expression: `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = WebExtensionPolicy.getByID('gzbg-reader@example.org').extension;
      await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
      return 'ok';
    })()`,
    target: { context: window.context },
    awaitPromise: true,
  })) as { result: { result?: { value?: unknown } } };
  if (result.result?.value !== 'ok') throw new Error(`the toolbar button was not clicked: ${JSON.stringify(result)}`);
}

/** Clicks `testid` in the open popup, from another extension page (`tab`); returns the popup's text. */
export async function clickInPopup(tab: Tab, testid: string): Promise<string> {
  return tab.evaluate(async (id: string) => {
    type Ext = { extension: { getViews(o: { type: string }): Window[] } };
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    const api = (g.browser ?? g.chrome)!;
    for (let i = 0; i < 150; i++) {
      const view = api.extension.getViews({ type: 'popup' })[0];
      const button = view?.document.querySelector<HTMLButtonElement>(`[data-testid=${id}]`);
      if (view && button && !button.disabled) {
        const text = view.document.body.textContent ?? '';
        button.click();
        return text;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const views = api.extension.getViews({ type: 'popup' });
    throw new Error(`no ${id} in the popup (${views.length} popup views: ${views[0]?.document.body.textContent?.slice(0, 200) ?? ''})`);
  }, testid);
}
