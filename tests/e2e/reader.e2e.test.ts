/**
 * The PDF reader (reader.html) in Chromium and Firefox ESR, on PDFs that Chromium printed from the
 * national 2019 and 2020 reports (running title, `— N —` footers; scripts/make-pdfs.ts): 2019 then
 * 2020 opened through the reader's file input; 2020's targets marked on the text layer and linked
 * to 2019 (the card shows 2019's figure and the page, 第N页); a note made on the PDF survives a
 * reload (the file is kept and opened again) and is exported with its page as a FragmentSelector;
 * an encrypted, a scanned, a corrupt PDF each get their message and store nothing. A tab showing
 * the PDF: a click on the toolbar button (which grants activeTab), the popup's "read this report in
 * the reader", the reader reading it from its address, and the side panel showing the reader tab.
 * The library's link to the reader, and a .docx opened there.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { analyze } from '@/lib/commitments';
import { loadPdf, type GetDocument } from '@/lib/files';
import { bothBrowsers } from './both-browsers';
import type { Driver } from './browsers';
import { ROOT, TEST_OUTPUT } from './harness';
import { ask } from './page-fns';
import { secondTab, tabOpenedBy, type Tab } from './tabs';
import { clickInPopup, clickToolbarButton } from './toolbar';

const FILES = join(TEST_OUTPUT, 'files');
const QUOTE = '城镇新增就业900万人以上';
const NOTE = '比去年的1100万少';

const ready = () => document.body.dataset.state === 'ready' || document.body.dataset.state === 'problem';
const settled = () => ['ready', 'problem', 'ask'].includes(document.body.dataset.state ?? '');
/** The marks' texts (CSS highlights named gzbg-…, not the notes'). */
const markTexts = (): string[] => {
  const out: string[] = [];
  (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, n) => {
    if (n.startsWith('gzbg-') && !n.startsWith('gzbg-note')) for (const r of h) out.push(r.toString());
  });
  return out;
};

/** Waits for `fn` in `tab` across the navigations under it (Firefox's poll dies with its page). */
async function waitAcross<A>(tab: Tab, fn: (a: A) => unknown, arg: A, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await tab.evaluate(fn, arg)) return;
    } catch {
      // a navigation under the poll: poll again
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${fn.toString().slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
const state = () => ({ ...document.body.dataset, problem: document.querySelector('[data-testid=file-problem]')?.getAttribute('data-problem') ?? null });

/** Selects `quote` across the text layer's spans (a PDF line is several spans) and annotates it from inside the page. */
const annotateAcross = async ({ quote, note }: { quote: string; note: string }): Promise<void> => {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(document.querySelector('.pdf-pages')!, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const whole = nodes.map((n) => n.data).join('');
  const at = whole.indexOf(quote);
  if (at < 0) throw new Error(`no ${quote} in the text layer`);
  const point = (offset: number, end: boolean): [Text, number] => {
    let seen = 0;
    for (const n of nodes) {
      if (offset < seen + n.data.length || (end && offset === seen + n.data.length)) return [n, offset - seen];
      seen += n.data.length;
    }
    throw new Error('out of range');
  };
  const range = document.createRange();
  range.setStart(...point(at, false));
  range.setEnd(...point(at + quote.length, true));
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  const ui = () => document.querySelector('gzbg-annotate')!.shadowRoot!;
  const until = async (f: () => Element | null | undefined) => {
    for (let i = 0; i < 100; i++) {
      const el = f();
      if (el) return el as HTMLElement;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out: ${f.toString()}`);
  };
  (await until(() => ui().querySelector('[data-testid=anno-button]'))).click();
  const field = (await until(() => ui().querySelector('[data-testid=anno-note]'))) as HTMLTextAreaElement;
  field.value = note;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  (await until(() => ui().querySelector('[data-testid=anno-save]'))).click();
  await until(() => (ui().querySelector('[data-testid=anno-editor]') ? null : document.body));
};

/** The note highlights' texts (CSS highlights named gzbg-note…). */
const noteTexts = (): string[] => {
  const out: string[] = [];
  (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, name) => {
    if (name.startsWith('gzbg-note')) for (const r of h) out.push(r.toString());
  });
  return out;
};

/** What 2020's PDF says in Node: the page of each target, read by the same engine. */
async function expectedPages(): Promise<Map<string, number>> {
  const pdf = await loadPdf(getDocument as unknown as GetDocument, new Uint8Array(readFileSync(join(FILES, 'national-2020.pdf'))), {
    cMapUrl: join(ROOT, 'node_modules/pdfjs-dist/cmaps/'),
    standardFontDataUrl: join(ROOT, 'node_modules/pdfjs-dist/standard_fonts/'),
  });
  const pages = new Map(analyze(pdf.text.text, { force: true }).commitments.map((c) => [c.id, c.page!]));
  await pdf.doc.destroy();
  return pages;
}

// The command line on the same printed PDFs: offsets into the text read from them, each commitment's page.
describe('cli on PDFs', () => {
  const cli = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'lib/cli.ts'), ...args], { encoding: 'utf8' });

  it('extract gives every commitment its page; compare and its table cite the pages of both years', async () => {
    const pages = await expectedPages();
    const out = JSON.parse(cli('extract', join(FILES, 'national-2020.pdf')).stdout) as { commitments: { id: string; page: number }[] };
    expect(out.commitments.length).toBe(pages.size);
    for (const c of out.commitments) expect(c.page).toBe(pages.get(c.id));
    const md = cli('compare', join(FILES, 'national-2019.pdf'), join(FILES, 'national-2020.pdf'), '--format', 'md').stdout;
    expect(md).toMatch(/\| 城镇新增就业 \| 1100万人以上 .*城镇新增就业1100万人以上（第\d+页） \| 城镇新增就业900万人以上（第4页） \|/);
    // The same report printed in two columns, and written as a Word file: the same targets as its .txt, in order.
    const targets = (file: string) => (JSON.parse(cli('extract', file).stdout) as { commitments: { kind: string; quote: string; amount: unknown }[] }).commitments.filter((c) => c.kind === 'target').map((c) => `${c.quote}|${JSON.stringify(c.amount)}`);
    const fromTxt = targets(join(ROOT, 'tests/fixtures/corpus/national-2020.zh.txt'));
    expect(fromTxt.length).toBeGreaterThan(20);
    expect(targets(join(FILES, 'national-2020.two-column.pdf'))).toEqual(fromTxt);
    expect(targets(join(FILES, 'national-2020.docx'))).toEqual(fromTxt);
    const scanned = cli('extract', join(FILES, 'national-2020.scanned.pdf'));
    expect(scanned.status).toBe(1);
    expect(scanned.stderr).toMatch(/no text to read/);
  });
});

describe.each(bothBrowsers())('%s', (name, launch) => {
  let d: Driver;
  let tab: Tab;
  let pages: Map<string, number>;
  beforeAll(async () => {
    pages = await expectedPages();
    d = await launch();
    tab = await secondTab(d);
  });
  afterAll(async () => {
    await d?.close();
  });

  async function openPdf(file: string): Promise<Record<string, string | null>> {
    await tab.open('reader.html');
    await tab.waitFor(() => !!document.querySelector('[data-testid=reader-file]'), null);
    await tab.upload('[data-testid=reader-file]', join(FILES, file));
    await tab.waitFor(ready, null, 90_000);
    return tab.evaluate(state, null);
  }

  it('reads 2019 then 2020: marks on the text layer, linked to 2019, a card with 第N页; a note survives a reload and is exported with its page', async () => {
    const first = await openPdf('national-2019.pdf');
    expect(first.state).toBe('ready');
    expect(first.reportId).toBe('gov:national:全国:2019');
    const second = await openPdf('national-2020.pdf');
    expect(second.state).toBe('ready');
    expect(second.pages).toBe('15');
    console.log(`${name} national-2020.pdf: load ${second.loadMs} ms, text layers ${second.renderMs} ms, analysis ${second.analyzeMs} ms, overlay ${second.overlayMs} ms`);

    // The marks are CSS highlights over the text layer's spans.
    const marked = await tab.evaluate(() => {
      const out: string[] = [];
      (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, n) => {
        if (n.startsWith('gzbg-') && !n.startsWith('gzbg-note')) for (const r of h) out.push(r.toString());
      });
      return out;
    }, null);
    expect(marked).toContain('900万');
    // Linked to 2019: the bar compares with 2019, and the first target's card shows 2019's figure and its page.
    const bar = await tab.evaluate(() => document.querySelector('gzbg-status')!.shadowRoot!.querySelector('[data-testid=bar]')!.textContent, null);
    expect(bar).toMatch(/2019/);
    await tab.evaluate(() => (document.querySelector('gzbg-status')!.shadowRoot!.querySelector('[data-testid=next]') as HTMLElement).click(), null);
    await tab.waitFor(() => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]'), null);
    const card = await tab.evaluate(() => {
      const c = document.querySelector('gzbg-status')!.shadowRoot!.querySelector('[data-testid=card]')!;
      return { id: c.getAttribute('data-id'), page: c.querySelector('[data-testid=page]')?.textContent ?? '', history: c.querySelector('[data-testid=history]')?.textContent ?? '', prior: c.querySelector('[data-testid=prior-quote]')?.textContent ?? '' };
    }, null);
    const page = pages.get(card.id!)!;
    expect(page).toBeGreaterThan(1);
    expect(card.page).toMatch(new RegExp(`^(第${page}页|p\\. ${page})$`));
    expect(card.history).toContain('2019');
    // 2019's passage is cited by its page in the 2019 PDF too.
    expect(card.prior).toMatch(/第\d+页|p\. \d+/);
    await tab.screenshot('reader-card');

    await tab.evaluate(annotateAcross, { quote: QUOTE, note: NOTE });
    await tab.waitFor((q: string) => {
      const out: string[] = [];
      (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, n) => {
        if (n.startsWith('gzbg-note')) for (const r of h) out.push(r.toString());
      });
      return out.includes(q);
    }, QUOTE);
    // Reload: the file is kept (reader.html?file=HASH) and the note is anchored on it again.
    const search = await tab.evaluate(() => location.search, null);
    expect(search).toMatch(/^\?file=[0-9a-f]{64}$/);
    await tab.open(`reader.html${search}`);
    await tab.waitFor(ready, null, 90_000);
    await tab.waitFor((q: string) => {
      const out: string[] = [];
      (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, n) => {
        if (n.startsWith('gzbg-note')) for (const r of h) out.push(r.toString());
      });
      return out.length === 1 && out[0] === q;
    }, QUOTE);
    expect(await tab.evaluate(noteTexts, null)).toEqual([QUOTE]);
    await tab.screenshot('reader-note');

    // The W3C export says the page beside the quote: FragmentSelector page=N (RFC 8118).
    await tab.open('annotations.html');
    await tab.waitFor(() => document.querySelectorAll('[data-testid=anno-item]').length === 1, null);
    const exported = await tab.download('[data-testid=export-json]', join(TEST_OUTPUT, 'screenshots'));
    const doc = JSON.parse(exported.text) as { first: { items: { target: { selector: { type: string; value?: string; exact?: string }[] } }[] } };
    const selectors = doc.first.items[0]!.target.selector;
    expect(selectors.find((s) => s.type === 'TextQuoteSelector')?.exact).toBe(QUOTE);
    expect(selectors.find((s) => s.type === 'FragmentSelector')?.value).toBe(`page=${pages.get('T1')}`);
  });

  it('a tab showing the 2020 PDF: the toolbar button\'s popup reads it in the reader, marked and linked; the side panel shows the reader tab', async () => {
    const pdfUrl = `${inject('baseUrl')}/files/national-2020.pdf`;
    if (d.raw.name === 'chromium') {
      // Headless Chromium has no PDF viewer (it downloads every PDF), so the tab shows a stand-in page at
      // the PDF's address; the reader's own fetch of that address (another page) gets the real file.
      await d.raw.page.route(pdfUrl, (route) => route.request().isNavigationRequest()
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>national-2020.pdf</title><embed type="application/pdf">' })
        : route.continue());
    }
    await d.goto(pdfUrl);
    // Without the click's grant the popup cannot see the tab's address, so it offers nothing.
    const tabId = await tab.evaluate(async () => {
      type Tabs = { tabs: { getCurrent(): Promise<{ id?: number } | undefined>; query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
      const api = (g.browser ?? g.chrome)!;
      const self = await api.tabs.getCurrent();
      return (await api.tabs.query({})).find((x) => x.id !== self?.id)!.id!;
    }, null);
    await tab.open(`popup.html?tab=${tabId}`);
    await tab.waitFor(() => !!document.querySelector('[data-testid=open-reader]'), null);
    expect(await tab.evaluate(() => !!document.querySelector('[data-testid=read-pdf]'), null)).toBe(false);
    await tab.open(`library.html?away=${Date.now()}`);

    await clickToolbarButton(d);
    const reader = await tabOpenedBy(d, `${d.extensionBase}reader.html`, async () => void (await clickInPopup(tab, 'read-pdf')), 30_000);
    await waitAcross(reader, settled, null, 90_000);
    let got: Record<string, string | null | undefined> = await reader.evaluate(state, null);
    if (got.state === 'ask') {
      // Firefox: the reader asks for the file's one origin on a click (its activeTab opens no fetch).
      expect(name).toBe('firefox');
      await reader.screenshot('reader-ask');
      await reader.click('[data-testid=allow-fetch]');
      await waitAcross(reader, ready, null, 90_000);
      got = await reader.evaluate(state, null);
    }
    expect(got.state, `${JSON.stringify(got)} ${await reader.evaluate(() => document.querySelector('main')?.textContent ?? '', null)}`).toBe('ready');
    expect(got.pages).toBe('15');
    expect(got.reportId).toBe('gov:national:全国:2020');
    console.log(`${name} popup → reader, national-2020.pdf from ${pdfUrl}: load ${got.loadMs} ms, overlay ${got.overlayMs} ms`);
    expect(await reader.evaluate(markTexts, null)).toContain('900万');
    expect(await reader.evaluate(() => document.querySelector('gzbg-status')!.shadowRoot!.querySelector('[data-testid=bar]')!.textContent, null)).toMatch(/2019/);
    // Kept by its hash like a chosen file; no host permission is left behind.
    expect(await reader.evaluate(() => location.search, null)).toMatch(/^\?file=[0-9a-f]{64}$/);
    const origins = await reader.evaluate(async () => {
      type P = { permissions: { getAll(): Promise<{ origins?: string[] }> } };
      const g = globalThis as unknown as { browser?: P; chrome?: P };
      return (await (g.browser ?? g.chrome)!.permissions.getAll()).origins ?? [];
    }, null);
    expect(origins.filter((o) => o.startsWith('http'))).toEqual([]);

    // The side panel on the reader tab: the report's rows; a row opens its card in the reader.
    const readerTab = await reader.evaluate(async () => {
      type Tabs = { tabs: { getCurrent(): Promise<{ id?: number } | undefined> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome?: Tabs };
      return (await (g.browser ?? g.chrome)!.tabs.getCurrent())!.id!;
    }, null);
    await tab.open(`sidepanel.html?tab=${readerTab}`);
    await tab.waitFor(() => document.querySelectorAll('[data-testid=row]').length > 5, null, 30_000);
    const panel = await tab.evaluate(() => ({
      heading: document.querySelector('[data-testid=heading]')?.textContent ?? '',
      rows: [...document.querySelectorAll('[data-testid=row]')].map((r) => r.getAttribute('data-id')),
    }), null);
    expect(panel.heading).toMatch(/2020/);
    expect(panel.rows.length).toBeGreaterThan(10);
    const row = panel.rows.find((id) => id === 'T1') ?? panel.rows[0]!;
    await tab.evaluate((id: string) => document.querySelector<HTMLElement>(`[data-testid=row][data-id="${id}"]`)!.click(), row);
    await reader.waitFor((id: string) => document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]')?.getAttribute('data-id') === id, row);
    expect(await reader.evaluate(() => document.querySelector('gzbg-status')!.shadowRoot!.querySelector('[data-testid=card] [data-testid=page]')?.textContent ?? '', null)).toMatch(/^(第\d+页|p\. \d+)$/);
    await reader.screenshot('reader-from-popup');
    await reader.close();
  });

  it('the library links to the reader; a .docx opened there is stored and read in the stored-copy view', async () => {
    await tab.open(`library.html?reader=${Date.now()}`);
    await tab.waitFor(() => !!document.querySelector('[data-testid=open-reader]'), null);
    await tab.click('[data-testid=open-reader]');
    await waitAcross(tab, () => location.pathname === '/reader.html' && !!document.querySelector('[data-testid=reader-drop]'), null);
    await tab.upload('[data-testid=reader-file]', join(FILES, 'national-2019.docx'));
    await waitAcross(tab, () => location.pathname === '/annotations.html' && (document.querySelector('[data-testid=stored-copy]')?.textContent ?? '').includes('城镇新增就业'), null, 60_000);
    expect(await tab.evaluate(() => new URLSearchParams(location.search).get('read'), null)).toBe('gov:national:全国:2019');
  });

  it('an encrypted, a scanned and a corrupt PDF each get their message, and nothing is stored', async () => {
    const before = ((await tab.evaluate(ask, { type: 'report/list' })) as { value: unknown[] }).value.length;
    for (const [file, problem] of [['national-2020.encrypted.pdf', 'encrypted'], ['national-2020.scanned.pdf', 'no-text'], ['national-2020.corrupt.pdf', 'corrupt']] as const) {
      const got = await openPdf(file);
      expect(got.state, file).toBe('problem');
      expect(got.problem, file).toBe(problem);
      if (problem === 'no-text') await tab.screenshot('reader-scanned');
    }
    const after = ((await tab.evaluate(ask, { type: 'report/list' })) as { value: unknown[] }).value.length;
    expect(after).toBe(before);
  });
});
