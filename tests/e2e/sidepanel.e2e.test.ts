/**
 * Chromium's real side panel (not the panel page opened in a tab, which reading.e2e.test.ts
 * drives in both browsers): the popup's button opens it beside the report from a real click (the
 * user gesture `sidePanel.open` needs), and it lists the linked rows and last year's dropped
 * targets; a click on a row opens the card on the page. The same on a tab of the PDF reader.
 *
 * Playwright lists the panel as a target but not as a page, so it is driven over CDP: attach to
 * its target and evaluate in it (Target.sendMessageToTarget). Firefox's sidebar has no such
 * handle over WebDriver BiDi; there the panel page is tested in a tab (reading.e2e.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, SCREENSHOTS, type Driver } from './browsers';
import { TEST_OUTPUT } from './harness';

const base = inject('baseUrl');
const barShown = () => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=bar-raised]');

/** Evaluates `expression` in another target (the side panel) through a page's CDP session. */
class TargetEval {
  private next = 1;
  private readonly waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(private readonly cdp: CDPSession, private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== this.sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (m.id !== undefined) this.waiting.get(m.id)?.(m);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<TargetEval> {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new TargetEval(cdp, sessionId);
  }

  async call<T>(method: string, params: object): Promise<T> {
    const id = this.next++;
    const answer = new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => this.waiting.set(id, resolve));
    await this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) });
    const m = await answer;
    if (m.error) throw new Error(`${method}: ${m.error.message}`);
    return m.result as T;
  }

  async evaluate<T>(expression: string): Promise<T> {
    const r = await this.call<{ result: { value: T }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (r.exceptionDetails) throw new Error(`in the panel: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  async waitFor(expression: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.evaluate<boolean>(`!!(${expression})`))) {
      if (Date.now() > deadline) throw new Error(`the panel never had ${expression}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('chromium: the real side panel', () => {
  let d: Driver;
  beforeAll(async () => {
    d = await launchChromium(inject('chromeExtension'));
  });
  afterAll(async () => {
    await d?.close();
  });

  it('opens from the popup beside the report, lists the rows and the dropped targets, and a row opens the card', async () => {
    if (d.raw.name !== 'chromium') throw new Error('chromium only');
    const { context } = d.raw;
    // Last year first, so this year's panel has changes and a dropped list.
    await d.goto(`${base}/seeds/shanghai-2021.html`);
    await d.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill[data-state=ready]'), null);
    await new Promise((r) => setTimeout(r, 1000)); // the save finishes after the overlay is drawn
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(barShown, null);

    const worker = context.serviceWorkers()[0]!;
    // The only tab so far is the report's (tab URLs are not visible to the extension without the tabs permission).
    const reportTab = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return tabs.length === 1 ? tabs[0]!.id ?? null : null;
    }, null);
    expect(reportTab).not.toBeNull();
    const popup = await context.newPage();
    await popup.goto(`${d.extensionBase}popup.html?tab=${reportTab}`);
    await popup.click('[data-testid=open-panel]'); // a real click: the gesture sidePanel.open needs

    const cdp = await context.newCDPSession(d.raw.page);
    let panelTarget: { targetId: string; url: string } | undefined;
    for (let k = 0; k < 50 && !panelTarget; k++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      panelTarget = targetInfos.find((t) => t.url.includes(`sidepanel.html?tab=${reportTab}`));
      if (!panelTarget) await new Promise((r) => setTimeout(r, 100));
    }
    expect(panelTarget, 'a side panel target for the report tab').toBeDefined();
    // Not a tab: the popup closed itself and no tab shows the panel page.
    expect(context.pages().map((p) => p.url()).filter((u) => u.includes('sidepanel.html'))).toEqual([]);

    const panel = await TargetEval.attach(cdp, panelTarget!.targetId);
    await panel.waitFor(`document.querySelectorAll('[data-testid=row]').length > 0`);
    const seen = await panel.evaluate<{ width: number; heading: string; rows: number; raised: number; dropped: number }>(`({
      width: innerWidth,
      heading: document.querySelector('[data-testid=heading]')?.textContent ?? '',
      rows: document.querySelectorAll('[data-testid=row]').length,
      raised: document.querySelectorAll('[data-testid=row][data-change=raised]').length,
      dropped: document.querySelectorAll('[data-testid=dropped-row]').length,
    })`);
    expect(seen.width).toBeLessThan(800); // a panel beside the page, not a 1280-wide tab
    expect(seen.heading).toMatch(/上海市|Shanghai/);
    expect(seen.rows).toBe(56);
    expect(seen.raised).toBeGreaterThan(0);
    expect(seen.dropped).toBeGreaterThan(0);

    const shot = await panel.call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(SCREENSHOTS, 'chromium-real-side-panel.png'), Buffer.from(shot.data, 'base64'));

    const id = await panel.evaluate<string>(`(() => { const r = document.querySelector('[data-testid=row][data-change=raised]'); r.click(); return r.getAttribute('data-id'); })()`);
    await d.waitFor((want) => document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]')?.getAttribute('data-id') === want, id);
    await d.screenshot('real-side-panel-card');
  });

  it('on a tab of the PDF reader: opens from the popup, lists the PDF\'s rows, and a row opens the card in the reader', async () => {
    if (d.raw.name !== 'chromium') throw new Error('chromium only');
    const { context, page } = d.raw;
    await d.openExtensionPage('reader.html');
    await page.setInputFiles('[data-testid=reader-file]', join(TEST_OUTPUT, 'files', 'national-2020.pdf'));
    await d.waitFor(() => document.body.dataset.state === 'ready', null, 90_000);
    const worker = context.serviceWorkers()[0]!;
    // The extension sees its own pages' addresses.
    const readerTab = await worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      return (await api.tabs.query({})).find((t) => t.url?.includes('/reader.html'))?.id ?? null;
    }, null);
    expect(readerTab).not.toBeNull();
    const popup = await context.newPage();
    await popup.goto(`${d.extensionBase}popup.html?tab=${readerTab}`);
    await popup.click('[data-testid=open-panel]');

    const cdp = await context.newCDPSession(page);
    let panelTarget: { targetId: string; url: string } | undefined;
    for (let k = 0; k < 50 && !panelTarget; k++) {
      const { targetInfos } = await cdp.send('Target.getTargets');
      panelTarget = targetInfos.find((t) => t.url.includes(`sidepanel.html?tab=${readerTab}`));
      if (!panelTarget) await new Promise((r) => setTimeout(r, 100));
    }
    expect(panelTarget, 'a side panel target for the reader tab').toBeDefined();
    const panel = await TargetEval.attach(cdp, panelTarget!.targetId);
    await panel.waitFor(`document.querySelectorAll('[data-testid=row]').length > 10`);
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=heading]')?.textContent ?? ''`)).toMatch(/2020/);
    const shot = await panel.call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(SCREENSHOTS, 'chromium-real-side-panel-reader.png'), Buffer.from(shot.data, 'base64'));
    const id = await panel.evaluate<string>(`(() => { const r = document.querySelector('[data-testid=row]'); r.click(); return r.getAttribute('data-id'); })()`);
    await d.waitFor((want) => document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]')?.getAttribute('data-id') === want, id);
    // The pages in view painted (pdf.js draws a page's canvas when it comes near).
    await d.waitFor(() => [...document.querySelectorAll<HTMLElement>('.pdf-page')].filter((p) => {
      const r = p.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    }).every((p) => p.dataset.painted === 'true'), null);
    await d.screenshot('real-side-panel-reader-card');
  });
});
