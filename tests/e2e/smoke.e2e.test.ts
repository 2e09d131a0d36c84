/**
 * Smoke: the built extension loads in Chromium and Firefox, its content script reads a seed
 * report page (status pill in a shadow root), the background stores it and answers messages (the
 * popup page renders what it was told), and a second year finds the first as its prior report.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchFirefox, SCREENSHOTS, type Driver } from './browsers';
import { hasMsg, msg } from './i18n';

const base = inject('baseUrl');
const timings: Record<string, Record<string, number>> = { build: inject('buildSeconds') };
afterAll(() => {
  writeFileSync(join(SCREENSHOTS, '..', 'e2e-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log('e2e timings', JSON.stringify(timings));
});

const PILL = 'gzbg-status';
const pillShown = () => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill');

const browsers: [string, () => Promise<Driver>][] = [
  ['chromium', () => launchChromium(inject('chromeExtension'))],
  ['firefox', () => launchFirefox(inject('firefoxExtension'))],
];

describe.each(browsers)('%s', (name, launch) => {
  let d: Driver;
  const t: Record<string, number> = {};
  timings[name] = t;
  const timed = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      t[label] = Math.round(performance.now() - t0);
    }
  };

  beforeAll(async () => {
    d = await timed('launch ms', launch);
  });
  afterAll(async () => {
    await d?.close();
  });

  it('reads a seed report page, and the background stores it', async () => {
    await timed('seed page to pill ms', async () => {
      await d.goto(`${base}/seeds/shanghai-2021.html`);
      await d.waitFor(pillShown, null);
    });
    const text = (await d.shadowText(PILL, '.pill'))!;
    expect(text).toContain('上海市 2021');
    expect(Number(await d.shadowAttribute(PILL, '.pill', 'data-targets'))).toBeGreaterThan(10);
    expect(hasMsg(text, 'noPriorStored')).toBe(true);
    t['content script map+analyze ms'] = Number(await d.shadowAttribute(PILL, '.pill', 'data-ms'));
    t['content script map ms'] = Number(await d.shadowAttribute(PILL, '.pill', 'data-map-ms'));
    t['visible chars'] = Number(await d.shadowAttribute(PILL, '.pill', 'data-chars'));
    // The page's own text is untouched and the pill is outside the article.
    expect(await d.evaluate(() => document.querySelector('#zoom p')?.textContent?.includes('各位代表'), null)).toBe(true);
    await d.screenshot('shanghai-2021');
  });

  it('opens the popup page, which renders what the background answers', async () => {
    await timed('popup ms', async () => {
      await d.openExtensionPage('popup.html');
      await d.waitFor(() => !!document.querySelector('[data-testid=stored]'), null);
    });
    const popup = await d.evaluate(() => ({
      title: document.querySelector('h1')?.textContent,
      page: document.querySelector('[data-testid=page]')?.textContent,
      stored: document.querySelector('[data-testid=stored]')?.textContent,
      status: document.querySelector('[data-testid=status]')?.textContent,
      list: [...document.querySelectorAll('li')].map((li) => li.textContent),
    }), null);
    // The browser's UI language picks the message (zh_CN is the default locale, en the other).
    expect(['政府工作报告阅读助手', 'Work Report Reader']).toContain(popup.title);
    expect(msg('storedReports', 1)).toContain(popup.stored);
    expect(popup.status).toMatch(/ v\d+ /);
    expect(popup.list[0]).toMatch(/^上海市 2021 · /);
    // Opened in the tab that showed the report: that tab now shows this page, not a report.
    expect(msg('popupPageUnknown')).toContain(popup.page);
    await d.screenshot('popup');
  });

  it('answers typed messages from an extension page (backup export, persistent storage asked once)', async () => {
    type Ext = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
    const ask = (message: { type: string }) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      return (g.browser ?? g.chrome)!.runtime.sendMessage(message);
    };
    const backup = (await d.evaluate(ask, { type: 'backup/export' })) as { ok: boolean; value: { reports: { id: string }[] } };
    expect(backup.ok).toBe(true);
    expect(backup.value.reports.map((r) => r.id)).toEqual(['gov:provincial:上海市:2021']);
    // The popup asked for persistent storage (or the background did, where it can); the answer is kept.
    await d.waitFor(async (m) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      const r = (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as { value?: { persist: unknown } } | undefined;
      return r?.value?.persist != null;
    }, { type: 'storage/estimate' });
    const storage = (await d.evaluate(ask, { type: 'storage/estimate' })) as { value: { persist: { granted: boolean }; estimate: { usage: number } } };
    t['persistent storage granted'] = Number(storage.value.persist.granted);
    expect(storage.value.estimate.usage).toBeGreaterThan(0);
  });

  it('finds last year\'s stored report when the next year is opened', async () => {
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(pillShown, null);
    expect(hasMsg(await d.shadowText(PILL, '.bar'), 'comparedWith', 2021)).toBe(true);
    await d.screenshot('shanghai-2022');
  });

  it('leaves a news story about a report alone', async () => {
    await d.goto(`${base}/pages/news-about-report.html`);
    // The content script runs at document_idle; give it time, then make sure it showed nothing.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await d.evaluate(() => document.querySelector('gzbg-status'), null)).toBeNull();
    await d.openExtensionPage('popup.html');
    await d.waitFor(() => !!document.querySelector('[data-testid=stored]'), null);
    expect(msg('storedReports', 2)).toContain(await d.evaluate(() => document.querySelector('[data-testid=stored]')?.textContent, null));
  });
});
