/**
 * Versions and changes, as a reader meets them: a seed report is served and read (the extension
 * stores it and records it as seen), then the same address serves an edited copy (two numbers
 * changed, a sentence inserted, one deleted). The notice says what changed since when; the toggle
 * marks the insertions in place (CSS highlights; in a second run per browser, wrapper elements) and
 * the deletions as markers; `]` and `[` move
 * the focus from change to change; the compare page shows both texts side by side and exports
 * the change list. Dismissing the notice records the new text as seen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ask } from './page-fns';
import { launchChromium, launchFirefox, SCREENSHOTS, type Driver } from './browsers';
import { ROOT } from './harness';

const ORIGINAL = readFileSync(join(ROOT, 'seeds/shanghai-2021.html'), 'utf8');

/** The edits, each [before, after]; every `before` occurs once in the seed page. */
const EDITS: Array<[string, string]> = [
  // Two numbers changed.
  ['居民人均可支配收入增长4%，', '居民人均可支配收入增长4.5%，'],
  ['分别增加到112家、224家', '分别增加到118家、224家'],
  // A sentence inserted.
  ['向大会报告工作，请予审议。', '向大会报告工作，请予审议。本报告已根据代表和委员的意见作了修改。'],
  // A sentence deleted.
  ['PM2.5年均浓度降至32微克/立方米，劣V类水体基本消除。', ''],
];

function edited(): string {
  let html = ORIGINAL;
  for (const [before, after] of EDITS) {
    expect(html.split(before)).toHaveLength(2);
    html = html.replace(before, after);
  }
  return html;
}

/** The largest seed (national-2019, about 60,000 characters on the page). */
const LARGEST = readFileSync(join(ROOT, 'seeds/national-2019.html'), 'utf8');

/**
 * A second version of a whole report page, as in the diff bench: in the paragraphs, every 25th
 * figure raised by one, the first sentence of every 40th paragraph dropped, a sentence added to
 * every 60th.
 */
function editedLargest(): string {
  let figures = 0;
  let paragraphs = 0;
  return LARGEST.replace(/<p>([^<]*)<\/p>/gu, (_, body: string) => {
    paragraphs++;
    let b = body.replace(/\d+(?:\.\d+)?/gu, (n) => (++figures % 25 === 0 ? String(Number(n) + 1) : n));
    if (paragraphs % 40 === 0) b = b.replace(/^([^。]*。)/u, '');
    if (paragraphs % 60 === 0) b += '我们将持续推进这项工作。';
    return `<p>${b}</p>`;
  });
}

/** Serves addresses whose pages the test swaps (a seed, then its edited copy). */
const served: Record<string, string> = {};
let page = ORIGINAL;
let server: Server;
let url = '';
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url?.split('?')[0] ?? '';
    const body = path === '/report/shanghai-2021.html' ? page : served[path];
    if (body !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  url = `${origin}/report/shanghai-2021.html`;
});
const timings: Record<string, Record<string, number>> = {};
afterAll(async () => {
  writeFileSync(join(SCREENSHOTS, '..', 'changes-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  console.log('changes timings', JSON.stringify(timings));
  await new Promise<void>((ok) => server.close(() => ok()));
});

const ID = 'gov:provincial:上海市:2021';
const NOTICE = 'gzbg-changes';
const noticeShown = () => !!document.querySelector('gzbg-changes')?.shadowRoot?.querySelector('.notice');

type Ext = { runtime: { sendMessage(m: unknown): Promise<unknown> } };


/** The focused change marker: its index and kind, or null (runs in the page). */
const focusedMarker = () => {
  const host = document.activeElement;
  if (host?.tagName.toLowerCase() !== 'gzbg-change-markers') return null;
  const el = host.shadowRoot?.activeElement as HTMLElement | null;
  return el ? { index: Number(el.dataset.index), kind: el.dataset.kind ?? '', label: el.getAttribute('aria-label') ?? '' } : null;
};

/** Each browser twice: marks as CSS highlights, and as wrapper elements (the setting `marks: 'elements'`). */
const browsers: [string, 'auto' | 'elements', () => Promise<Driver>][] = [
  ['chromium', 'auto', () => launchChromium(inject('chromeExtension'))],
  ['firefox', 'auto', () => launchFirefox(inject('firefoxExtension'))],
  ['chromium', 'elements', () => launchChromium(inject('chromeExtension'))],
  ['firefox', 'elements', () => launchFirefox(inject('firefoxExtension'))],
];

describe.each(browsers)('%s (marks: %s): versions and changes', (browserName, marksMode, launch) => {
  const name = marksMode === 'elements' ? `${browserName} (element marks)` : browserName;
  let d: Driver;
  const shot = (what: string) => d.screenshot(marksMode === 'elements' ? `${what}-elements` : what);
  /** A key press in the page (both playwright and puppeteer pages have `keyboard.press`). */
  const press = async (key: ']' | '[') => {
    await (d.raw.page.keyboard as { press(k: string): Promise<void> }).press(key);
  };

  beforeAll(async () => {
    page = ORIGINAL;
    d = await launch();
    if (marksMode === 'elements') {
      await d.openExtensionPage('compare.html');
      const set = await d.evaluate(ask, { type: 'settings/set', patch: { marks: 'elements' } });
      expect((set.value as { marks: string }).marks).toBe('elements');
    }
  });
  afterAll(async () => {
    await d?.close();
  });

  it('stores the report on a first visit and records that version as seen, without a notice', async () => {
    await d.goto(url);
    await d.waitFor(() => !!document.querySelector('gzbg-status'), null);
    await d.openExtensionPage('compare.html');
    await d.waitFor(async (m) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      const r = (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as { value?: Array<{ lastSeen: boolean }> };
      return r.value?.length === 1 && r.value[0]!.lastSeen;
    }, { type: 'versions/list', reportId: ID });
    await d.goto(url);
    await d.waitFor(() => !!document.querySelector('gzbg-status'), null);
    await new Promise((r) => setTimeout(r, 800));
    expect(await d.evaluate(noticeShown, null)).toBe(false);
  });

  it('the same address serving an edited text: a new version, and a notice of what changed since when', async () => {
    page = edited();
    await d.goto(url);
    await d.waitFor(noticeShown, null);
    const text = (await d.shadowText(NOTICE, '[data-testid=changes-text]'))!;
    const now = new Date();
    const zh = `自 ${now.getMonth() + 1}月${now.getDate()}日 以来修改 4 处`;
    const en = `Changed in 4 places since ${now.toLocaleDateString('en', { month: 'short', day: 'numeric' })}`;
    expect([zh, en].some((s) => text.startsWith(s)), text).toBe(true);
    expect(await d.shadowAttribute(NOTICE, '.notice', 'data-count')).toBe('4');
    // Diffed in the background, where both texts are: the hunks fit the page's own text.
    expect(await d.shadowAttribute(NOTICE, '.notice', 'data-diff-where')).toBe('background');
    (timings[name] ??= {})['shanghai-2021 (18,000 chars): diff (background, first of the session), ms'] = Number(await d.shadowAttribute(NOTICE, '.notice', 'data-diff-ms'));
    // Both changed numbers count as number changes (the deleted sentence held numbers too).
    expect(Number(await d.shadowAttribute(NOTICE, '.notice', 'data-numeric'))).toBeGreaterThanOrEqual(2);
    // The changed numbers are listed, old → new, each a way to its place.
    expect(await d.evaluate(() => [...document.querySelector('gzbg-changes')!.shadowRoot!.querySelectorAll('[data-testid=changes-numbers] li')].map((li) => li.textContent), null))
      .toEqual(['4% → 4.5%', '112家 → 118家']);
    // Nothing is marked until asked.
    expect(await d.evaluate(() => document.querySelector('gzbg-change-markers'), null)).toBeNull();
    // Docked at the bottom above the bar, never over the site's header; it folds to one line and back.
    const place = await d.evaluate(() => {
      const n = document.querySelector('gzbg-changes')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect();
      const bar = document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=bar]')?.getBoundingClientRect();
      return { top: n.top, bottom: n.bottom, barTop: bar?.top ?? innerHeight, height: innerHeight };
    }, null);
    expect(place.top).toBeGreaterThan(place.height / 3);
    expect(place.bottom).toBeLessThanOrEqual(place.barTop);
    await shot('changes-notice');
    const tall = place.bottom - place.top;
    await d.clickIn('gzbg-changes', '[data-testid=changes-fold]');
    await d.waitFor((h) => document.querySelector('gzbg-changes')!.shadowRoot!.querySelector('.notice')!.getBoundingClientRect().height < h / 2, tall);
    await d.clickIn('gzbg-changes', '[data-testid=changes-fold]');
    await d.waitFor(() => !!document.querySelector('gzbg-changes')!.shadowRoot!.querySelector('[data-testid=changes-toggle]'), null);
  });

  it('the toggle marks insertions in place (highlights) and deletions as markers showing the removed text', async () => {
    await d.clickIn('gzbg-changes', '[data-testid=changes-toggle]');
    await d.waitFor(() => !!document.querySelector('gzbg-change-markers')?.shadowRoot?.querySelector('.mk'), null);
    const marks = await d.evaluate(() => {
      const root = document.querySelector('gzbg-change-markers')!.shadowRoot!;
      const markers = [...root.querySelectorAll<HTMLElement>('.mk')].map((m) => ({
        kind: m.dataset.kind, text: m.firstChild?.textContent ?? '', tip: m.querySelector('.tip')?.textContent ?? '',
        hidden: m.hidden, top: parseFloat(m.style.top), left: parseFloat(m.style.left),
      }));
      const hl = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
      const ranges = (n: string) => [...(hl?.get(n) ?? [])].map((r) => r.toString());
      // The changes' own wrappers (the commitments' marks are wrapped too where marks are elements).
      const wrapped = [...document.querySelectorAll('gzbg-mark.gzbg-ins, gzbg-mark.gzbg-num-change')].map((m) => [m.className, m.textContent]);
      return { markers, ins: ranges('gzbg-ins'), num: ranges('gzbg-num-change'), wrapped, api: !!hl };
    }, null);
    expect(marks.markers.map((m) => m.kind).sort()).toEqual(['delete', 'insert', 'replace', 'replace']);
    expect(marks.markers.every((m) => !m.hidden && m.top > 0 && m.left > 0)).toBe(true);
    const del = marks.markers.find((m) => m.kind === 'delete')!;
    expect(del.tip).toMatch(/PM2\.5年均浓度降至32微克\/立方米，劣V类水体基本消除。$/);
    // A changed number shows the old figure on its marker.
    expect(marks.markers.filter((m) => m.kind === 'replace').map((m) => m.text).sort()).toEqual(['112家', '4%']);
    if (marksMode === 'auto' && marks.api) {
      expect(marks.ins).toEqual(['本报告已根据代表和委员的意见作了修改。']);
      expect(marks.num.sort()).toEqual(['118家', '4.5%']);
      expect(marks.wrapped).toEqual([]);
    } else {
      expect(marks.ins).toEqual([]);
      expect(marks.wrapped.filter(([c]) => c === 'gzbg-ins').map(([, t]) => t).join('')).toBe('本报告已根据代表和委员的意见作了修改。');
      expect(marks.wrapped.filter(([c]) => c === 'gzbg-num-change').map(([, t]) => t).sort()).toEqual(['118家', '4.5%']);
    }
    // The page's own text is unchanged by the marks (highlights do not touch the DOM).
    expect(await d.evaluate(() => document.querySelector('#zoom')!.textContent!.includes('请予审议。本报告已根据代表和委员的意见作了修改。'), null)).toBe(true);
    await shot('changes-marks');
  });

  it('] and [ move the focus from change to change, in text order, wrapping around', async () => {
    await d.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
    await press(']');
    await d.waitFor(() => document.activeElement?.tagName.toLowerCase() === 'gzbg-change-markers', null);
    const first = (await d.evaluate(focusedMarker, null))!;
    expect(first.index).toBe(0);
    expect(first.kind).toBe('insert');
    expect(await d.shadowText(NOTICE, '[data-testid=changes-position]')).toMatch(/^(第 1 \/ 4 处|1 of 4)$/);
    await press(']');
    expect((await d.evaluate(focusedMarker, null))!.index).toBe(1);
    await press(']');
    const third = (await d.evaluate(focusedMarker, null))!;
    expect(third.index).toBe(2);
    // The focused marker is scrolled into view, its removed text shown.
    const inView = await d.evaluate(() => {
      const el = document.querySelector('gzbg-change-markers')!.shadowRoot!.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      const tip = el.querySelector('.tip') as HTMLElement;
      return r.top >= 0 && r.bottom <= innerHeight && getComputedStyle(tip).display !== 'none';
    }, null);
    expect(inView).toBe(true);
    await shot('changes-focus');
    await press('[');
    expect((await d.evaluate(focusedMarker, null))!.index).toBe(1);
    await press('[');
    await press('[');
    expect((await d.evaluate(focusedMarker, null))!.index).toBe(3);
    // The notice's buttons do the same.
    await d.clickIn('gzbg-changes', '[data-testid=changes-next]');
    expect((await d.evaluate(focusedMarker, null))!.index).toBe(0);
    // A changed number in the notice leads to its place.
    await d.clickIn('gzbg-changes', '[data-testid=changes-numbers] button', 1);
    const number = (await d.evaluate(focusedMarker, null))!;
    expect([number.index, number.kind]).toEqual([3, 'replace']);
  });

  it('the toggle hides the marks again', async () => {
    await d.clickIn('gzbg-changes', '[data-testid=changes-toggle]');
    await d.waitFor(() => !document.querySelector('gzbg-change-markers'), null);
    const left = await d.evaluate(() => {
      const hl = (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights;
      return { ins: hl?.has('gzbg-ins') ?? false, wrapped: document.querySelectorAll('gzbg-mark.gzbg-ins, gzbg-mark.gzbg-num-change, gzbg-mark.gzbg-change-current').length };
    }, null);
    expect(left).toEqual({ ins: false, wrapped: 0 });
  });

  it('the compare page shows both versions side by side, filters number changes and exports the change list', async () => {
    await d.openExtensionPage('compare.html');
    await d.waitFor(() => /^(修改 4 处|4 changes)/.test(document.querySelector('[data-testid=stats]')?.textContent ?? '')
      && document.querySelectorAll('[data-testid=compare-row]').length > 0, null, 30_000);
    const view = await d.evaluate(() => ({
      options: document.querySelectorAll('[data-testid=pick-a] option').length,
      stats: document.querySelector('[data-testid=stats]')!.textContent,
      rows: document.querySelectorAll('[data-testid=compare-row]').length,
      changed: [...document.querySelectorAll<HTMLElement>('[data-testid=compare-row]')].filter((r) => r.dataset.hunks !== '0').length,
      ins: [...document.querySelectorAll('.cell.b ins')].map((e) => e.textContent),
      del: [...document.querySelectorAll('.cell.a del')].map((e) => e.textContent),
      commitments: document.querySelectorAll('.commitments li').length,
    }), null);
    expect(view.options).toBe(2);
    expect(view.stats).toMatch(/^(修改 4 处，其中数字 \d 处|4 changes, \d of them numbers)$/);
    expect(view.rows).toBeGreaterThan(5);
    expect(view.changed).toBeGreaterThanOrEqual(2);
    expect(view.ins).toEqual(expect.arrayContaining(['本报告已根据代表和委员的意见作了修改。', '4.5%', '118家']));
    expect(view.del).toEqual(expect.arrayContaining(['4%', '112家']));
    expect(view.commitments).toBeGreaterThan(0);
    await shot('compare');

    await d.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid=numbers-only]')!.click(), null);
    await d.waitFor(() => /^(修改 [23] 处|[23] changes)/.test(document.querySelector('[data-testid=stats]')!.textContent ?? ''), null);
    const numbersOnly = await d.evaluate(() => ({
      ins: [...document.querySelectorAll('.cell.b ins')].map((e) => e.textContent),
      rows: document.querySelectorAll('[data-testid=compare-row]').length,
    }), null);
    expect(numbersOnly.ins).not.toContain('本报告已根据代表和委员的意见作了修改。');
    expect(numbersOnly.ins).toEqual(expect.arrayContaining(['4.5%', '118家']));
    await shot('compare-numbers-only');

    // Export: the download link's Blob, read back.
    const exported = await d.evaluate(async () => {
      const out: Array<{ name: string; text: string }> = [];
      const click = HTMLAnchorElement.prototype.click;
      const links: HTMLAnchorElement[] = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        links.push(this);
      };
      try {
        document.querySelector<HTMLButtonElement>('[data-testid=export-md]')!.click();
        document.querySelector<HTMLButtonElement>('[data-testid=export-csv]')!.click();
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      for (const a of links) out.push({ name: a.download, text: await (await fetch(a.href)).text() });
      return out;
    }, null);
    // Named after the report (two versions of one year: no year compared with), in the UI's language.
    expect(exported[0]!.name).toMatch(/^(?:.+政府工作报告-数字修改|.+Government-Work-Report-number-changes)\.md$/);
    expect(exported[1]!.name).toMatch(/^(?:.+政府工作报告-数字修改|.+Government-Work-Report-number-changes)\.csv$/);
    expect(exported[0]!.text).toMatch(/\| (?:修改|replace) \| 4% \| 4\.5% \| (?:是|yes) \|/);
    expect(exported[1]!.text).toMatch(/(?:修改|replace),112家,118家,(?:是|yes)/);

    // Keeping the old version: pinned versions outlive the storage bound.
    await d.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid=pin-a]')!.click(), null);
    await d.waitFor(async (m) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      const r = (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as { value?: Array<{ pinned: boolean; current: boolean }> };
      return r.value?.some((v) => v.pinned && !v.current);
    }, { type: 'versions/list', reportId: ID });
  });

  it('dismissing the notice records the new text as seen: the next visit shows no notice', async () => {
    await d.goto(url);
    await d.waitFor(noticeShown, null);
    await d.clickIn('gzbg-changes', '[data-testid=changes-dismiss]');
    await d.waitFor(() => !document.querySelector('gzbg-changes'), null);
    await d.openExtensionPage('compare.html');
    await d.waitFor(async (m) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      const r = (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as { value?: Array<{ lastSeen: boolean; current: boolean }> };
      return r.value?.some((v) => v.lastSeen && v.current);
    }, { type: 'versions/list', reportId: ID });
    const list = (await d.evaluate(ask, { type: 'versions/list', reportId: ID } as { type: string })).value as Array<{ url: string }>;
    expect(list).toHaveLength(2);
    expect(list.every((v) => v.url === url)).toBe(true);
    await d.goto(url);
    await d.waitFor(() => !!document.querySelector('gzbg-status'), null);
    await new Promise((r) => setTimeout(r, 800));
    expect(await d.evaluate(noticeShown, null)).toBe(false);
  });

  it('the compare page puts this year\'s report against last year\'s: sections aligned, targets of both on the same rows', async () => {
    await d.goto(`${inject('baseUrl')}/seeds/shanghai-2022.html`);
    await d.waitFor(() => !!document.querySelector('gzbg-status'), null);
    await d.openExtensionPage('compare.html');
    const refs = await d.evaluate(async (ids) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      const send = (m: unknown) => (g.browser ?? g.chrome)!.runtime.sendMessage(m) as Promise<{ value: Array<{ hash: string; current: boolean }> }>;
      const out: string[] = [];
      for (const id of ids) {
        const list = await send({ type: 'versions/list', reportId: id });
        const current = list.value.find((v) => v.current);
        if (current) out.push(`${id}#${current.hash}`);
      }
      return out;
    }, [ID, 'gov:provincial:上海市:2022']);
    expect(refs).toHaveLength(2);
    await d.openExtensionPage(`compare.html?${new URLSearchParams({ a: refs[0]!, b: refs[1]! })}`);
    await d.waitFor(() => !!document.querySelector('[data-testid=stats]'), null, 30_000);
    const view = await d.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('[data-testid=compare-row]')];
      return {
        paired: rows.filter((r) => r.querySelector('.ha')?.textContent !== '—' && r.querySelector('.hb')?.textContent !== '—').length,
        headings: rows.map((r) => r.querySelector('.hb')?.textContent ?? ''),
        linked: [...document.querySelectorAll('.commitments li')].filter((li) => !li.querySelector('.fig.a')?.textContent?.startsWith('—') && !li.querySelector('.fig.b')?.textContent?.startsWith('—')).length,
        changes: [...document.querySelectorAll('.commitments li')].map((li) => li.getAttribute('data-change')),
      };
    }, null);
    expect(view.paired).toBeGreaterThan(5);
    expect(view.headings.some((h) => h.includes('2022年'))).toBe(true);
    // Targets of both years linked on one row, with what changed.
    expect(view.linked).toBeGreaterThan(5);
    expect(view.changes).toEqual(expect.arrayContaining(['raised', 'new']));
    await shot('compare-years');
    await d.evaluate(() => document.querySelector('.commitments')?.scrollIntoView({ block: 'center' }), null);
    await shot('compare-years-targets');
  });

  it('the largest report edited in many places: found and diffed quickly', async () => {
    const path = '/report/national-2019.html';
    served[path] = LARGEST;
    await d.goto(origin + path);
    await d.waitFor(() => !!document.querySelector('gzbg-status'), null);
    await d.openExtensionPage('compare.html');
    await d.waitFor(async (m) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      const r = (await (g.browser ?? g.chrome)!.runtime.sendMessage(m)) as { value?: Array<{ lastSeen: boolean }> };
      return r.value?.length === 1 && r.value[0]!.lastSeen;
    }, { type: 'versions/list', reportId: 'gov:national:全国:2019' });
    served[path] = editedLargest();
    await d.goto(origin + path);
    await d.waitFor(noticeShown, null, 30_000);
    const count = Number(await d.shadowAttribute(NOTICE, '.notice', 'data-count'));
    const ms = Number(await d.shadowAttribute(NOTICE, '.notice', 'data-diff-ms'));
    const chars = await d.evaluate(() => document.body.innerText.length, null);
    expect(await d.shadowAttribute(NOTICE, '.notice', 'data-diff-where')).toBe('background');
    (timings[name] ??= {})[`national-2019 (${chars} chars) vs an edited copy: diff (background), ms`] = ms;
    timings[name]!['national-2019 changes found'] = count;
    expect(count).toBeGreaterThan(20);
    expect(ms).toBeLessThan(2000);
    await press(']');
    await d.waitFor(() => document.activeElement?.tagName.toLowerCase() === 'gzbg-change-markers', null);
    expect((await d.evaluate(focusedMarker, null))!.index).toBe(0);
    await shot('changes-largest');
  });
});
