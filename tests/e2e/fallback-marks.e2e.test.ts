/**
 * The element path of the marks (lib/dom/marks), forced by the advanced setting `marks: 'elements'`
 * in browsers that do have the CSS Custom Highlight API (a content script's isolated world cannot
 * be made to lose it): the commitments wrapped in <gzbg-mark> with their tone's colour, a card on
 * hover and on click of a mark, the popup's switch between the two ways on the open page, hiding
 * the overlay leaving the article's DOM exactly as served, and an annotation over a marked commitment.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Driver } from './browsers';
import { bothBrowsers } from './both-browsers';
import { clickAt, driverTabId, hover, secondTab, type Tab } from './tabs';
import { barShown } from './page-fns';

const base = inject('baseUrl');
const HOST = 'gzbg-status';

/** The wrappers in the article: count and computed background per class, and the highlights registered. */
const wrappers = () => {
  const byClass: Record<string, { count: number; background: string; display: string; text: string[] }> = {};
  for (const el of document.querySelectorAll<HTMLElement>('#zoom gzbg-mark')) {
    const cs = getComputedStyle(el);
    const entry = (byClass[el.className] ??= { count: 0, background: cs.backgroundColor, display: cs.display, text: [] });
    entry.count++;
    entry.text.push(el.textContent ?? '');
  }
  const highlights: string[] = [];
  (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.forEach((_h, name) => {
    if (name.startsWith('gzbg-')) highlights.push(name);
  });
  return { byClass, all: document.querySelectorAll('gzbg-mark').length, highlights };
};

/** The article as served (parsed from a fresh fetch) next to the article now. */
const articleAsServed = async () => {
  const html = await (await fetch(location.href)).text();
  const served = new DOMParser().parseFromString(html, 'text/html').querySelector('#zoom')!;
  const live = document.querySelector('#zoom')!;
  const texts = (root: Node) => {
    const out: string[] = [];
    const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) out.push((n as Text).data);
    return out;
  };
  return {
    same: served.innerHTML === live.innerHTML,
    servedTexts: texts(served),
    liveTexts: texts(live),
    height: live.getBoundingClientRect().height,
  };
};

/** Viewport point inside the first mark of class `cls` whose text is `text`, scrolled into view (as a person finds it). */
const markPoint = ({ cls, text }: { cls: string; text: string }) => {
  const el = [...document.querySelectorAll<HTMLElement>(`#zoom gzbg-mark.${cls}`)].find((m) => m.textContent === text);
  if (!el) return null;
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const r = el.getClientRects()[0]!;
  return { x: r.left + Math.min(6, r.width / 2), y: r.top + r.height / 2 };
};

const card = () => {
  const c = document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]');
  return c ? { id: c.getAttribute('data-id'), change: c.getAttribute('data-change'), figure: c.querySelector('[data-testid=figure]')?.textContent ?? null } : null;
};

/** The colours of components/overlay/styles.ts TONES and the active mark, as computed styles. */
const COLOURS = {
  'gzbg-plain': 'rgba(234, 179, 8, 0.32)',
  'gzbg-raised': 'rgba(34, 160, 80, 0.28)',
  'gzbg-lowered': 'rgba(220, 50, 40, 0.24)',
  'gzbg-new': 'rgba(40, 110, 235, 0.24)',
  'gzbg-active': 'rgba(255, 196, 0, 0.55)',
};

/** Changes settings from an extension page in `tab` (the background keeps them). */
const setSettings = async (tab: Tab, patch: Record<string, unknown>) =>
  (await tab.evaluate(async (p) => {
    type Ext = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: Record<string, unknown> }> } };
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'settings/set', patch: p });
  }, patch)).value;

/** Selects `quote` in the article across the Text nodes it spans (wrappers split it), as a reader's mouse would. */
const selectAcross = (quote: string) => {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.querySelector('#zoom')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join('');
  const at = text.indexOf(quote);
  if (at < 0) return false;
  const point = (offset: number, end: boolean) => {
    let seen = 0;
    for (const n of nodes) {
      if (offset < seen + n.length || (end && offset === seen + n.length)) return { n, o: offset - seen };
      seen += n.length;
    }
    throw new Error('outside');
  };
  const s = point(at, false);
  const e = point(at + quote.length, true);
  s.n.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const range = document.createRange();
  range.setStart(s.n, s.o);
  range.setEnd(e.n, e.o);
  const sel = document.getSelection()!;
  sel.removeAllRanges();
  sel.addRange(range);
  return sel.toString() === quote;
};

const browsers = bothBrowsers();

describe.each(browsers)('%s, marks as elements', (_name, launch) => {
  let d: Driver;
  let tab: Tab;

  beforeAll(async () => {
    d = await launch();
    tab = await secondTab(d);
    await tab.open(`popup.html?settings=${Date.now()}`);
    expect((await setSettings(tab, { marks: 'elements' })).marks).toBe('elements');
  });
  afterAll(async () => {
    await d?.close();
  });

  it('wraps every commitment of a report in a coloured <gzbg-mark> and registers no highlight', async () => {
    await d.goto(`${base}/seeds/shanghai-2021.html`);
    await d.waitFor(barShown, null);
    const targets = Number(await d.shadowAttribute(HOST, '.pill', 'data-targets'));
    await d.waitFor(() => document.querySelectorAll('#zoom gzbg-mark').length > 0, null);
    const w = await d.evaluate(wrappers, null);
    expect(w.highlights).toEqual([]);
    // No earlier year stored: every target is plain; a target split by markup takes more than one wrapper.
    expect(Object.keys(w.byClass)).toEqual(['gzbg-plain']);
    expect(w.byClass['gzbg-plain']!.count).toBeGreaterThanOrEqual(targets);
    expect(w.byClass['gzbg-plain']!.background).toBe(COLOURS['gzbg-plain']);
    expect(w.byClass['gzbg-plain']!.display).toBe('inline');
    // Wrapped text is still the page's text: the same characters in the same order.
    const page = await d.evaluate(articleAsServed, null);
    expect(page.liveTexts.join('')).toBe(page.servedTexts.join(''));
  });

  it('colours the next year\'s marks by change; hover and click on a mark open its card', async () => {
    await d.goto(`${base}/seeds/shanghai-2022.html`);
    await d.waitFor(barShown, null);
    await d.waitFor((h) => !!document.querySelector(h)?.shadowRoot?.querySelector('.part-raised'), HOST);
    await d.waitFor(() => document.querySelectorAll('#zoom gzbg-mark.gzbg-raised').length > 0, null);
    const w = await d.evaluate(wrappers, null);
    expect(w.highlights).toEqual([]);
    for (const tone of ['gzbg-raised', 'gzbg-lowered', 'gzbg-new'] as const) {
      expect(w.byClass[tone]?.count).toBeGreaterThan(0);
      expect(w.byClass[tone]!.background).toBe(COLOURS[tone]);
    }
    // The GDP target's mark is its figure (the card shows it with its qualifier).
    expect(w.byClass['gzbg-lowered']!.text).toContain('5.5');

    const at = await d.evaluate(markPoint, { cls: 'gzbg-lowered', text: '5.5' });
    expect(at).not.toBeNull();
    await hover(d, at!.x, at!.y);
    await d.waitFor(card, null);
    const hovered = (await d.evaluate(card, null))!;
    expect(hovered.figure).toBe('5.5%左右');
    expect(hovered.change).toBe('lowered');
    // The active mark is its own wrapper, inside the tone's.
    await d.waitFor(() => !!document.querySelector('#zoom gzbg-mark.gzbg-lowered gzbg-mark.gzbg-active'), null);
    const active = await d.evaluate(wrappers, null);
    expect(active.byClass['gzbg-active']!.text).toEqual(['5.5']);
    expect(active.byClass['gzbg-active']!.background).toBe(COLOURS['gzbg-active']);

    // A click pins the card: moving away leaves it open.
    const again = (await d.evaluate(markPoint, { cls: 'gzbg-active', text: '5.5' }))!;
    await clickAt(d, again.x, again.y);
    await hover(d, 5, 5);
    await new Promise((r) => setTimeout(r, 700));
    expect((await d.evaluate(card, null))?.figure).toBe('5.5%左右');
    await d.screenshot('fallback-marks-card');
  });

  it('the popup\'s switch draws the open page\'s marks as highlights again, and back as elements', async () => {
    const id = await driverTabId(tab);
    expect(id).not.toBeNull();
    await tab.open(`popup.html?tab=${id}`);
    await tab.waitFor(() => (document.querySelector('[data-testid=marks-as-elements]') as HTMLInputElement | null)?.checked === true, null);
    await tab.click('[data-testid=marks-as-elements]');
    await d.waitFor(() => document.querySelectorAll('gzbg-mark').length === 0
      && !!(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gzbg-lowered'), null);
    await tab.waitFor(() => (document.querySelector('[data-testid=marks-as-elements]') as HTMLInputElement).checked === false, null);
    await tab.click('[data-testid=marks-as-elements]');
    await d.waitFor(() => document.querySelectorAll('#zoom gzbg-mark.gzbg-lowered').length > 0, null);
    expect((await d.evaluate(wrappers, null)).highlights).toEqual([]);
  });

  it('hiding the overlay removes every wrapper and leaves the article exactly as served, with the same layout', async () => {
    const marked = await d.evaluate(articleAsServed, null);
    expect(marked.same).toBe(false);
    await d.clickIn(HOST, '.nav button:last-of-type');
    await d.waitFor(() => document.querySelectorAll('gzbg-mark').length === 0, null);
    const plain = await d.evaluate(articleAsServed, null);
    expect(plain.same).toBe(true);
    // Text nodes merged back: as many, with the same data, as the served page has.
    expect(plain.liveTexts).toEqual(plain.servedTexts);
    // The wrappers changed nothing of the layout.
    expect(plain.height).toBe(marked.height);
    expect((await d.evaluate(wrappers, null)).highlights).toEqual([]);
  });

  it('an annotation over a marked commitment: both marks nest, and each unwraps on its own', async () => {
    const QUOTE = '城镇新增就业900万人以上';
    await setSettings(tab, { overlay: true });
    await d.goto(`${base}/seeds/national-2020.html`);
    await d.waitFor(barShown, null);
    await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('.root'), null);
    await d.waitFor(() => document.querySelectorAll('#zoom gzbg-mark').length > 0, null);
    expect(await d.evaluate(selectAcross, QUOTE)).toBe(true);
    // Alt+Shift+A opens the editor on the selection; a note, then save.
    // Real keys and clicks: the UI ignores events a page's script makes.
    await d.press('Alt+Shift+A');
    await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-editor]'), null);
    await d.clickIn('gzbg-annotate', '[data-testid=anno-note]');
    await d.type('比去年少');
    await d.clickIn('gzbg-annotate', '[data-testid=anno-save]');
    await d.waitFor(() => document.querySelectorAll('#zoom gzbg-mark.gzbg-note').length > 0, null);
    const nested = await d.evaluate(() => {
      const notes = [...document.querySelectorAll('#zoom gzbg-mark.gzbg-note')];
      const tones = [...document.querySelectorAll('#zoom gzbg-mark:not(.gzbg-note):not(.gzbg-active)')];
      return {
        note: notes.map((n) => n.textContent).join(''),
        // a commitment's wrapper inside the note's, or the note's inside a commitment's
        overlap: notes.some((n) => tones.some((t) => n.contains(t) || t.contains(n))),
        background: getComputedStyle(notes[0]!).backgroundColor,
      };
    }, null);
    expect(nested.note).toBe(QUOTE);
    expect(nested.overlap).toBe(true);
    expect(nested.background).not.toBe('rgba(0, 0, 0, 0)');
    await d.evaluate(() => document.getSelection()!.removeAllRanges(), null);
    await d.screenshot('fallback-marks-annotation');
    // The overlay hidden: its wrappers go, the note's stay whole, and the article's text is the served text.
    await d.clickIn(HOST, '.nav button:last-of-type');
    await d.waitFor(() => document.querySelectorAll('#zoom gzbg-mark:not(.gzbg-note)').length === 0, null);
    const after = await d.evaluate(() => [...document.querySelectorAll('#zoom gzbg-mark.gzbg-note')].map((n) => n.textContent).join(''), null);
    expect(after).toBe(QUOTE);
    const page = await d.evaluate(articleAsServed, null);
    expect(page.liveTexts.join('')).toBe(page.servedTexts.join(''));
  });
});
