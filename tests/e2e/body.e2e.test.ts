/**
 * The report's body, not the page (issue 13), in both browsers, on the page templates of
 * tests/fixtures/templates (written and served at /templates/ by the global setup, scripts/make-templates.ts):
 * a TRS-style portal with a live view counter and a sidebar of headlines with figures, an e-paper
 * page with <br> text, a page filled by script a second after load, a table layout, a paginated
 * news page with comments. No mark falls outside the report's body on any of them; the same report
 * read on every template, and again with its counter changed, is one stored version; an edited
 * figure in the body is a new version with a notice; the passage link lands on last year's passage.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, type Driver } from './browsers';
import { bothBrowsers } from './both-browsers';
import { barShown } from './page-fns';
import { clickAt, driverTabId, secondTab, asker, type Tab } from './tabs';
import { locateText } from './page-fns';

const base = inject('baseUrl');
const page = (template: string, report: string) => `${base}/templates/${template}--${report}.html`;

/** Each template and the element that holds the report on it (what the marks must stay inside). */
const TEMPLATES: [string, string][] = [
  ['trs-gov', '.TRS_Editor'],
  ['epaper', '#ozoom'],
  ['script-filled', '#article-content'],
  ['table-layout', '.bt_content'],
  ['paginated', '.text'],
];
const ID_2021 = 'gov:provincial:上海市:2021';
const ID_2022 = 'gov:provincial:上海市:2022';

/** Every range of the extension's highlights, as [is it inside `within`, its text] (runs in the page). */
const highlighted = (within: string): [boolean, string][] => {
  const box = document.querySelector(within);
  const out: [boolean, string][] = [];
  (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, name) => {
    if (!name.startsWith('gzbg-')) return;
    for (const r of h) out.push([!!box && box.contains(r.startContainer) && box.contains(r.endContainer), r.toString()]);
  });
  return out;
};

const noticeShown = () => !!document.querySelector('gzbg-changes')?.shadowRoot?.querySelector('.notice');

/** What the content script reported per page: the page map's and the body finder's ms (a measurement, not asserted). */
const timings: Record<string, Record<string, number>> = {};
afterAll(() => {
  writeFileSync(join(SCREENSHOTS, '..', 'body-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
});

const browsers = bothBrowsers();

describe.each(browsers)('%s: the report\'s body on site templates', (name, launch) => {
  let d: Driver;
  let tab: Tab;
  let tabId = -1;
  /** Last year's passage the GDP target is linked to (set by the passage link test). */
  let passage: { reportId: string; quote: string } | null = null;
  const ask = asker(() => tab);

  /** Opens `url`, waits for the bar and for the page to be saved; returns what the background knows of the tab. */
  async function read(url: string) {
    await d.goto(url);
    await d.waitFor(barShown, null, 30_000);
    for (let i = 0; i < 100; i++) {
      const status = await ask({ type: 'page/status', tabId });
      if (status.value?.url === url && status.value.reportId) return status.value;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${url} was not saved`);
  }
  const versions = async (reportId: string) => ((await ask({ type: 'versions/list', reportId })).value as unknown[]).length;

  beforeAll(async () => {
    d = await launch();
    tab = await secondTab(d);
    tabId = (await driverTabId(tab))!;
    expect(tabId).toBeGreaterThanOrEqual(0);
  });
  afterAll(async () => {
    await d?.close();
  });

  it('marks nothing outside the report\'s body on any template, and every template gives the same stored text', async () => {
    const bodies = new Set<number>();
    for (const [template, within] of TEMPLATES) {
      const status = await read(page(template, 'shanghai-2021'));
      expect(status.body, template).toMatchObject({ source: 'found', confident: true });
      expect(status.body.pageChars, template).toBeGreaterThan(status.body.chars);
      bodies.add(status.body.chars);
      (timings[name] ??= {})[`${template} × shanghai-2021: page text map, ms`] = status.mapMs;
      timings[name]![`${template} × shanghai-2021: finding the body, ms`] = status.body.ms;
      const marks = await d.evaluate(highlighted, within);
      expect(marks.length, template).toBeGreaterThan(30);
      expect(marks.filter(([inside]) => !inside).map(([, text]) => text), template).toEqual([]);
      await d.screenshot(`body-${template}`);
    }
    // One body, one stored version: reading the report on five sites changed nothing.
    expect([...bodies]).toHaveLength(1);
    expect(await versions(ID_2021)).toBe(1);
    expect(await d.evaluate(noticeShown, null)).toBe(false);
  });

  it('a revisit with the view counter changed is no new version', async () => {
    const counter = () => document.getElementById('views')?.textContent ?? '';
    await read(page('trs-gov', 'shanghai-2021'));
    const before = await d.evaluate(counter, null);
    await read(page('trs-gov', 'shanghai-2021'));
    const after = await d.evaluate(counter, null);
    expect(Number(after)).toBe(Number(before) + 1);
    expect(await versions(ID_2021)).toBe(1);
  });

  it('an edited figure in the body is a new version, and the notice says a number changed', async () => {
    await read(page('trs-gov', 'shanghai-2022'));
    await read(page('paginated', 'shanghai-2022'));
    expect(await versions(ID_2022)).toBe(1);
    await read(`${base}/templates/trs-gov--shanghai-2022--edited.html`);
    await d.waitFor(noticeShown, null);
    expect(await d.shadowAttribute('gzbg-changes', '.notice', 'data-count')).toBe('1');
    expect(await d.shadowAttribute('gzbg-changes', '.notice', 'data-numeric')).toBe('1');
    expect(await versions(ID_2022)).toBe(2);
    await d.screenshot('body-edited-notice');
  });

  it('the passage link opens last year\'s page scrolled to the passage', async () => {
    await read(page('paginated', 'shanghai-2022'));
    const model = (await ask({ type: 'overlay/model', tab: true }, tabId)).value.model as { items: { indicator: string; prior: { href: string | null; quote: string; reportId?: string } | null }[] };
    const item = model.items.find((i) => i.prior?.href && i.indicator.includes('生产总值'));
    expect(item, 'the GDP target linked to 2021').toBeTruthy();
    const href = item!.prior!.href!;
    // On the page the 2021 report was read on (the last template visited: the TRS portal).
    expect(href.startsWith(page('trs-gov', 'shanghai-2021'))).toBe(true);
    const fragment = decodeURIComponent(href.split('#:~:text=')[1]!.split('&')[0]!).split(',').pop()!.replace(/^.*-,/, '');
    await d.goto(href);
    // The text fragment matched: the passage is in view, the page scrolled well past its top.
    await d.waitFor((text) => {
      const walker = document.createTreeWalker(document.querySelector('.TRS_Editor')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = n.nodeValue!.indexOf(text);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + text.length);
        const b = r.getBoundingClientRect();
        return window.scrollY > 300 && b.top >= 0 && b.bottom <= window.innerHeight;
      }
      return false;
    }, fragment, 15_000);
    await d.screenshot('body-passage-link');
    passage = { reportId: item!.prior!.reportId!, quote: item!.prior!.quote };
  });

  it('the stored copy opens at the same passage, highlighted (the card\'s other link, for a file or a page gone)', async () => {
    expect(passage?.reportId).toBe(ID_2021);
    await tab.open(`annotations.html?${new URLSearchParams({ read: passage!.reportId, q: passage!.quote })}`);
    await tab.waitFor(() => document.body.dataset.passage === 'shown', null);
    const shown = await tab.evaluate(() => {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('gzbg-passage');
      const r = h ? [...h][0] : undefined;
      const b = r?.getBoundingClientRect();
      return { text: r?.toString() ?? '', inView: !!b && b.top >= 0 && b.bottom <= window.innerHeight, scrolled: window.scrollY };
    }, null);
    expect(shown.text.replace(/\s/g, '')).toBe(passage!.quote.replace(/\s/g, ''));
    expect(shown.inView).toBe(true);
    expect(shown.scrolled).toBeGreaterThan(300);
    await tab.screenshot(`${name}-body-stored-passage`);
  });

  it('where the body is not found with confidence, the popup says so and the reader picks it with two clicks, remembered for the site', async () => {
    const url = `${base}/templates/trs-gov--unsure.html`;
    await ask({ type: 'body/pick/set', site: new URL(url).host, pick: null });
    await d.goto(url);
    type Status = { url?: string; body?: { source: string; confident: boolean; chars: number } } | null;
    let status = null as Status;
    for (let i = 0; i < 100 && !(status?.url === url && status.body); i++) {
      status = (await ask({ type: 'page/status', tabId })).value;
      if (!(status?.url === url && status.body)) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status!.body).toMatchObject({ source: 'found', confident: false });
    await tab.open(`popup.html?tab=${tabId}`);
    await tab.waitFor(() => document.querySelector('[data-testid=body-status]')?.getAttribute('data-confident') === 'false', null);
    expect(await tab.evaluate(() => !!document.querySelector('[data-testid=body-status] [role=alert]') && !!document.querySelector('[data-testid=pick-body]'), null)).toBe(true);
    await tab.screenshot(`${name}-body-unsure-popup`);

    // Not recognized as a report either (no title, no 各位代表): the reader analyzes it anyway, then
    // picks the body (what the popup's buttons send to the page), with two clicks on the page.
    await ask({ type: 'page/analyze', tab: true, force: true }, tabId);
    expect((await ask({ type: 'body/pick-start', tab: true }, tabId)).value).toEqual({ ok: true });
    await d.waitFor(() => !!document.querySelector('gzbg-pick')?.shadowRoot?.querySelector('[data-testid=body-pick]'), null);
    await d.screenshot('body-pick-banner');
    const FIRST = '（一）毫不放松抓好';
    const LAST = '加快落实“三大任务”';
    for (const text of [FIRST, LAST]) {
      const at = await d.evaluate(locateText, { text, within: '.TRS_Editor' });
      expect(at, text).not.toBeNull();
      await clickAt(d, at!.x, at!.y);
    }
    const picked = async () => {
      for (let i = 0; i < 100; i++) {
        const s = (await ask({ type: 'page/status', tabId })).value;
        if (s?.url === url && s.body?.source === 'picked') return s;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the pick was not used');
    };
    const first = await picked();
    expect(first.body.confident).toBe(true);
    expect(first.body.chars).toBeLessThan(status!.body!.chars);
    const model = (await ask({ type: 'overlay/model', tab: true }, tabId)).value.model as { items: { quote: string }[] } | null;
    expect(model?.items.length ?? 0).toBeGreaterThan(0);
    // Remembered for the site: read again, the same body.
    await d.goto(url);
    const again = await picked();
    expect(again.body.chars).toBe(first.body.chars);
    // Forgotten: found automatically again.
    await ask({ type: 'body/pick/set', site: new URL(url).host, pick: null });
    await ask({ type: 'page/analyze', tab: true, force: false }, tabId);
    expect((await ask({ type: 'page/status', tabId })).value.body.source).toBe('found');
  });
});
