/**
 * Issue 14 in Chromium and Firefox ESR: the reader corrects the machine from a card on a real corpus
 * page (Shanghai 2022, with 2021 stored): *not a target* takes the mark out of the bar's count,
 * *rename* renames it, both by real clicks in the closed shadow root; the corrections survive a reload,
 * travel in the backup, and *undo* brings the engine's reading back. A figure added from a selection
 * is named in the form that edits the engine's proposal; *link to…* pairs a target with another of
 * 2021's targets (the card, the bar's counts and the compare page's CSV follow, and a reload keeps it),
 * *unlink* pairs it with nothing and *undo* links it again; *an outcome* takes it out of the targets;
 * the library lists a correction that no longer applies and keeps it. Under a new engine (every stored
 * analysis marked as another engine's) the corrected page reads the same; on an edited version of the page at
 * another address, the correction whose figure changed is not applied and every other one is.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SCREENSHOTS, type Driver } from './browsers';
import { bothBrowsers } from './both-browsers';
import { selectQuote, ui } from './in-page';
import { barShown } from './page-fns';
import { ROOT, TEST_OUTPUT } from './harness';
import { driverTabId, secondTab, asker, type Tab } from './tabs';

const base = inject('baseUrl');
const HOST = 'gzbg-status';
type Item = { id: string; indicator: string; start: number; quote: string; change: string | null; prior: { quote: string; figure: string } | null; corrections?: string[] };
type PriorTarget = { indicator: string; figure: string; number: string; quote: string };

describe.each(bothBrowsers())('%s', (name, launch) => {
  const dir = mkdtempSync(join(tmpdir(), 'gzbg-corrections-'));
  let d: Driver;
  let tab: Tab;
  let tabId: number;
  beforeAll(async () => {
    d = await launch();
    tab = await secondTab(d);
    await d.goto(`${base}/seeds/shanghai-2021.html`);
    await d.waitFor(barShown, null);
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(barShown, null);
    tabId = (await driverTabId(tab))!;
  });
  afterAll(async () => {
    await d?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const ask = asker(() => tab);
  const items = async (): Promise<Item[]> => (await ask({ type: 'overlay/model', tab: true }, tabId)).value.model.items;
  const priorTargets = async (): Promise<PriorTarget[]> => (await ask({ type: 'overlay/model', tab: true }, tabId)).value.model.priorTargets;
  const targets = () => d.shadowAttribute(HOST, '.pill', 'data-targets').then(Number);
  /** Opens the card of the item with `id` (what a click on its mark does), waiting until it shows. */
  const openCard = async (id: string) => {
    await (d.raw.page as { bringToFront(): Promise<void> }).bringToFront();
    expect((await ask({ type: 'overlay/show', tab: true, id }, tabId)).value).toEqual({ ok: true });
    await d.waitFor((want) => document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]')?.getAttribute('data-id') === want, id);
  };
  /** A screenshot of the open card alone, scrolled to its end (where the correction controls are). */
  const cardShot = async (shot: string) => {
    // Puppeteer's clip in Firefox is in the document's coordinates, Playwright's in the viewport's.
    const clip = await d.evaluate((inDocument) => {
      const card = document.querySelector('gzbg-status')!.shadowRoot!.querySelector('[data-testid=card]') as HTMLElement;
      card.scrollTop = card.scrollHeight;
      const b = card.getBoundingClientRect();
      const [dx, dy] = inDocument ? [window.scrollX, window.scrollY] : [0, 0];
      return { x: Math.max(0, b.left - 6) + dx, y: Math.max(0, b.top - 6) + dy, width: b.width + 12, height: b.height + 12 };
    }, name === 'firefox');
    await (d.raw.page as { screenshot(o: { path: string; clip: typeof clip }): Promise<unknown> }).screenshot({ path: join(SCREENSHOTS, `${name}-${shot}.png`), clip });
  };
  /** Waits until the page has been read again and the model says `ok`. */
  const until = async (ok: (list: Item[]) => boolean) => {
    for (let i = 0; i < 100; i++) {
      const list = await items().catch(() => [] as Item[]);
      if (list.length && ok(list)) return list;
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`${name}: the model never matched`);
  };

  let dismissedAt = -1;
  let dismissedQuote = '';
  let renamedAt = -1;

  it('dismisses a target from its card: the mark leaves the count, and stays gone after a reload', async () => {
    const before = await items();
    const n = await targets();
    expect(n).toBe(before.length);
    const victim = before[2]!;
    dismissedAt = victim.start;
    dismissedQuote = victim.quote;
    await openCard(victim.id);
    await ui(d, '[data-testid=dismiss]', HOST).click();
    await until((list) => list.length === before.length - 1 && !list.some((x) => x.start === dismissedAt));
    await d.waitFor((want) => Number(document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill')?.getAttribute('data-targets')) === want, n - 1);
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(barShown, null);
    const after = await until((list) => list.length === before.length - 1);
    expect(after.some((x) => x.start === dismissedAt)).toBe(false);
    expect(await targets()).toBe(n - 1);
  });

  it('renames a target from its card; the card says it was corrected', async () => {
    const victim = (await items())[5]!;
    renamedAt = victim.start;
    await openCard(victim.id);
    await ui(d, '[data-testid=rename]', HOST).click();
    await ui(d, '[data-testid=rename-input]', HOST).fill('读者改的名字');
    await ui(d, '[data-testid=rename-save]', HOST).click();
    const list = await until((l) => l.some((x) => x.start === renamedAt && x.indicator === '读者改的名字'));
    const renamed = list.find((x) => x.start === renamedAt)!;
    expect(renamed.corrections).toHaveLength(1);
    await openCard(renamed.id);
    await ui(d, '[data-testid=corrected]', HOST).waitFor();
    await d.screenshot('corrections-card-renamed');
  });

  it('keeps the corrections in the backup, named by report, with their creator-free anchors', async () => {
    const backup = (await ask({ type: 'backup/export' })).value as { corrections: { report: { region: string; year: number }; action: { kind: string }; number: string }[] };
    expect(backup.corrections.map((c) => c.action.kind).sort()).toEqual(['dismiss', 'rename']);
    expect(backup.corrections.every((c) => c.report.region === '上海市' && c.report.year === 2022 && c.number.length > 0)).toBe(true);
  });

  it('undoes a correction from the card: the engine\'s reading comes back', async () => {
    const renamed = (await items()).find((x) => x.start === renamedAt)!;
    await openCard(renamed.id);
    await ui(d, '[data-testid=undo-correction]', HOST).click();
    const list = await until((l) => l.some((x) => x.start === renamedAt && x.indicator !== '读者改的名字'));
    expect(list.find((x) => x.start === renamedAt)!.corrections).toBeUndefined();
    // The dismissal is still in force.
    expect(list.some((x) => x.start === dismissedAt)).toBe(false);
  });

  it('adds a figure back from a text selection, as a target, with what the engine reads of it', async () => {
    const before = await items();
    expect(await d.evaluate(selectQuote, dismissedQuote)).toBe(true);
    await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=add-figure]'), null);
    await d.clickIn('gzbg-annotate', '[data-testid=add-figure]');
    // The engine's proposal, each field editable before it is saved: the reader names it and keeps the rest.
    await ui(d, '[data-testid=figure-form]').waitFor();
    expect(await ui(d, '[data-testid=figure-amount]').inputValue()).toMatch(/\d/);
    await ui(d, '[data-testid=figure-name]').fill('读者添加的指标');
    await d.screenshot('corrections-figure-form');
    await ui(d, '[data-testid=figure-save]').click();
    const list = await until((l) => l.length === before.length + 1);
    const added = list.find((x) => x.start === dismissedAt)!;
    expect(added.indicator).toBe('读者添加的指标');
    expect(added.corrections!.length).toBeGreaterThanOrEqual(2);
    expect(await targets()).toBe(before.length + 1);
  });

  it('shares the corrections as a file: a colleague\'s fresh profile imports it and reads the same corrected report; the library exports them as labels', async () => {
    // One more target dismissed, so the corrected report differs from the engine's reading.
    const before = await items();
    await openCard(before[7]!.id);
    await ui(d, '[data-testid=dismiss]', HOST).click();
    await until((list) => list.length === before.length - 1);
    const corrected = await targets();
    await tab.open('library.html');
    await tab.waitFor(() => /\d/.test(document.querySelector('[data-testid=corrections-count]')?.textContent ?? ''), null);
    const shared = await tab.download('[data-testid=corrections-export]', dir);
    const file = JSON.parse(shared.text) as { type: string; corrections: unknown[] };
    expect(file.type).toBe('gzbg-corrections');
    expect(file.corrections.length).toBeGreaterThanOrEqual(2);
    const labels = JSON.parse((await tab.download('[data-testid=corrections-labels]', dir)).text) as { region: string; year: number; targets: { number: string; quote: string }[] }[];
    expect(labels.map((l) => [l.region, l.year])).toEqual([['上海市', 2022]]);
    expect(labels[0]!.targets).toHaveLength(corrected);

    const colleague = await launch();
    try {
      const ctab = await secondTab(colleague);
      await colleague.goto(`${base}/seeds/shanghai-2021.html`);
      await colleague.waitFor(barShown, null);
      await colleague.goto(`${base}/seeds/shanghai-2022.html`);
      await colleague.waitFor(barShown, null);
      const engines = Number(await colleague.shadowAttribute(HOST, '.pill', 'data-targets'));
      expect(engines).not.toBe(corrected);
      await ctab.open('library.html');
      await ctab.waitFor(() => !!document.querySelector('[data-testid=corrections-import]'), null);
      await ctab.upload('[data-testid=corrections-import]', shared.path);
      await ctab.waitFor(() => document.querySelector('[data-testid=corrections-message]')?.getAttribute('role') === 'status', null);
      await (colleague.raw.page as { bringToFront(): Promise<void> }).bringToFront();
      await colleague.goto(`${base}/seeds/shanghai-2022.html`);
      await colleague.waitFor(barShown, null);
      await colleague.waitFor((want) => Number(document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill')?.getAttribute('data-targets')) === want, corrected);
    } finally {
      await colleague.close();
    }
  });

  it('links a target to another of 2021\'s targets from its card: the card, the bar and the compare page\'s CSV follow, after a reload too; unlink and undo', async () => {
    const before = await items();
    const counts = async () => (await ask({ type: 'overlay/model', tab: true }, tabId)).value.model.counts as Record<string, number>;
    const countsBefore = await counts();
    const victim = before.find((x) => x.prior && x.change !== 'same' && x.change !== 'new')!;
    const offered = await priorTargets();
    const other = offered.find((p) => p.quote !== victim.prior!.quote && !before.some((x) => x.prior?.quote === p.quote) && p.indicator.length >= 3)!;
    expect(other).toBeDefined();
    await openCard(victim.id);
    await ui(d, '[data-testid=link-to]', HOST).waitFor();
    await cardShot('corrections-card-controls');
    await ui(d, '[data-testid=link-to]', HOST).click();
    await ui(d, '[data-testid=link-picker]', HOST).waitFor();
    // Typing narrows the list to the chosen target (its name), shown with its figure as written.
    await ui(d, '[data-testid=link-filter]', HOST).fill(other.indicator.slice(0, 6));
    await d.waitFor(({ quote }) => [...(document.querySelector('gzbg-status')?.shadowRoot?.querySelectorAll('[data-testid=link-choice]') ?? [])].some((b) => b.getAttribute('data-quote') === quote), { quote: other.quote });
    const at = await d.evaluate(({ quote }) => [...document.querySelector('gzbg-status')!.shadowRoot!.querySelectorAll('[data-testid=link-choice]')].findIndex((b) => b.getAttribute('data-quote') === quote), { quote: other.quote });
    expect(await ui(d, '[data-testid=link-choice]', HOST, at).textContent()).toContain(other.figure);
    await d.screenshot('corrections-card');
    await cardShot('corrections-card-link');
    await ui(d, '[data-testid=link-choice]', HOST, at).click();
    const linked = await until((l) => l.some((x) => x.start === victim.start && x.prior?.quote === other.quote));
    const now = linked.find((x) => x.start === victim.start)!;
    expect(now.prior!.figure).toBe(other.figure);
    // The bar counts the pairs again: the engine's pair is broken, so its counts move.
    expect(await counts()).not.toEqual(countsBefore);
    // The card's earlier-year line is the chosen passage, and the card says it was corrected.
    await openCard(now.id);
    await d.waitFor((q) => (document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=prior-quote]')?.textContent ?? '').includes(q), other.quote);
    await ui(d, '[data-testid=corrected]', HOST).waitFor();
    await d.screenshot('corrections-card-linked');

    // The compare page's exported table pairs the two as well.
    const csvOf = async () => {
      await tab.open(`compare.html?t=${Date.now()}`);
      await tab.waitFor(() => document.querySelectorAll('[data-testid=pick-a] option').length > 1, null, 30_000);
      await tab.evaluate(() => {
        const pick = (id: string, year: string) => {
          const s = document.querySelector<HTMLSelectElement>(`[data-testid=${id}]`)!;
          s.value = [...s.options].find((o) => o.textContent!.includes(year))!.value;
          s.dispatchEvent(new Event('change', { bubbles: true }));
        };
        pick('pick-a', '2021');
        pick('pick-b', '2022');
      }, null);
      await tab.waitFor(() => !!document.querySelector('[data-testid=stats]'), null, 30_000);
      return (await tab.download('[data-testid=export-targets-csv]', dir)).text.split('\r\n');
    };
    const rows = await csvOf();
    expect(rows.some((l) => l.includes(other.quote) && l.includes(victim.quote))).toBe(true);
    expect(rows.some((l) => l.includes(victim.prior!.quote) && l.includes(victim.quote))).toBe(false);

    // Still linked after a reload.
    await (d.raw.page as { bringToFront(): Promise<void> }).bringToFront();
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(barShown, null);
    await until((l) => l.some((x) => x.start === victim.start && x.prior?.quote === other.quote));

    // Unlink: paired with nothing, a new target; undo brings the link back.
    await openCard(now.id);
    await ui(d, '[data-testid=unlink]', HOST).click();
    const unlinked = (await until((l) => l.some((x) => x.start === victim.start && x.prior === null))).find((x) => x.start === victim.start)!;
    expect(unlinked.change).toBe('new');
    expect(unlinked.corrections).toHaveLength(2);
    await openCard(unlinked.id);
    await ui(d, '[data-testid=undo-correction]', HOST).click();
    await until((l) => l.some((x) => x.start === victim.start && x.prior?.quote === other.quote));
  });

  it('reads a target as an outcome from its card: it leaves the targets', async () => {
    const before = await items();
    const n = await targets();
    const victim = before[before.length - 1]!;
    await openCard(victim.id);
    await ui(d, '[data-testid=retype-outcome]', HOST).click();
    await until((l) => l.length === before.length - 1 && !l.some((x) => x.start === victim.start));
    await d.waitFor((want) => Number(document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill')?.getAttribute('data-targets')) === want, n - 1);
  });

  it('lists in the library the corrections that no longer apply, never dropping them', async () => {
    // One whose passage is not in the stored text (as from a colleague's copy of another version).
    const exact = '这一句不在本报告里，增长9.9%';
    const saved = await ask({ type: 'corrections/save', correction: {
      id: 'corr-e2e-stale', report: { region: '上海市', year: 2022, level: 'provincial' }, figureAt: exact.indexOf('9.9%'), number: '9.9%',
      selectors: { quote: { type: 'TextQuoteSelector', exact } }, action: { kind: 'dismiss' }, created: new Date().toISOString(),
    } });
    expect(saved.ok).toBe(true);
    await tab.open(`library.html?t=${Date.now()}`);
    await tab.waitFor(() => !!document.querySelector('[data-testid=corrections-stale-none], [data-testid=stale-correction]'), null, 30_000);
    const listed = await tab.evaluate(() => [...document.querySelectorAll('[data-testid=stale-correction]')].map((li) => [li.getAttribute('data-status'), li.textContent ?? '']), null);
    // Only that one: every correction made on the page still applies to the stored text.
    expect(listed.map(([status]) => status)).toEqual(['orphaned']);
    expect(listed[0]![1]).toContain(exact);
    await tab.evaluate(() => document.querySelector('[data-testid=corrections-stale]')!.scrollIntoView({ block: 'center' }), null);
    await tab.screenshot('corrections-stale');
    // Listed, not dropped: it is still stored.
    const ids = async () => ((await ask({ type: 'corrections/all' })).value as { id: string }[]).map((c) => c.id);
    expect(await ids()).toContain('corr-e2e-stale');
    // The reader may delete it: a second press does.
    await tab.click('[data-testid=stale-remove]');
    expect(await ids()).toContain('corr-e2e-stale');
    await tab.click('[data-testid=stale-remove]');
    await tab.waitFor(() => !!document.querySelector('[data-testid=corrections-stale-none]'), null, 30_000);
    expect(await ids()).not.toContain('corr-e2e-stale');
  });

  it('under a new engine every correction still applies; on an edited version of the page, one whose figure changed is not applied and the rest are', async () => {
    const snapshot = (l: Item[]) => l.map((x) => `${x.start}|${x.indicator}|${x.prior?.figure ?? ''}`);
    const before = await items();
    const stored = ((await ask({ type: 'corrections/all' })).value as unknown[]).length;
    // A new engine: every stored analysis is marked as another engine's, so it is redone on the next visit.
    await tab.open(`library.html?t=${Date.now()}`);
    const marked = await tab.evaluate(() => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('gzbg');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('reports', 'readwrite');
        const all = tx.objectStore('reports').getAll();
        all.onsuccess = () => { for (const r of all.result) tx.objectStore('reports').put({ ...r, engine: 'an-older-engine' }); };
        tx.oncomplete = () => { open.result.close(); resolve(all.result.length); };
        tx.onerror = () => reject(tx.error);
      };
    }), null);
    expect(marked).toBeGreaterThanOrEqual(2);
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(barShown, null);
    const redone = await until((l) => l.length === before.length);
    expect(snapshot(redone)).toEqual(snapshot(before));
    // 2021, read again for linking, carries this build's engine again.
    const engines = await tab.evaluate(() => new Promise<string[]>((resolve) => {
      const open = indexedDB.open('gzbg');
      open.onsuccess = () => {
        const all = open.result.transaction('reports').objectStore('reports').getAll();
        all.onsuccess = () => { open.result.close(); resolve(all.result.map((r: { identity: { year: number }; engine?: string }) => `${r.identity.year}:${r.engine}`)); };
      };
    }), null);
    expect(engines.find((e) => e.startsWith('2021:'))).not.toBe('2021:an-older-engine');

    // An edited version at another address: the figure the reader added by hand now reads otherwise.
    const added = redone.find((x) => x.indicator === '读者添加的指标')!;
    const figure = /\d+(?:\.\d+)?/.exec(added.quote)![0];
    const changed = figure.slice(0, -1) + String((Number(figure.slice(-1)) + 1) % 10);
    const html = readFileSync(join(ROOT, 'seeds/shanghai-2022.html'), 'utf8');
    expect(html.includes(added.quote)).toBe(true);
    writeFileSync(join(TEST_OUTPUT, 'files', `${name}-shanghai-2022-edited.html`), html.replace(added.quote, added.quote.replace(figure, changed)));
    await d.goto(`${base}/files/${name}-shanghai-2022-edited.html`);
    await d.waitFor(barShown, null);
    const edited = await until((l) => l.some((x) => x.start === added.start && x.indicator !== '读者添加的指标'));
    // Never silently applied to the changed figure; every other correction still in force; none dropped.
    expect(edited.find((x) => x.start === added.start)!.corrections).toBeUndefined();
    const others = (l: Item[]) => snapshot(l.filter((x) => x.start !== added.start));
    expect(others(edited)).toEqual(others(before));
    expect(((await ask({ type: 'corrections/all' })).value as unknown[]).length).toBe(stored);
  });
});
