/**
 * Annotations end to end in Chromium: annotate a seed report with the mouse and with the keyboard;
 * reload and restart the browser (same profile): still there; an edited version of the report at
 * another URL: the annotation follows moved text and shows "changed" on a changed number; export
 * (W3C JSON-LD, CSV, Markdown); annotate the stored copy; then import into a fresh profile: a hostile file changes nothing,
 * the preview counts what is new, and the same annotations appear on the same report.
 * Export through the page's button and import into a fresh profile in Firefox too: transfer.e2e.test.ts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchFirefox, SCREENSHOTS, type Driver } from './browsers';
import { selectQuote, ui } from './in-page';

const base = inject('baseUrl');
const ext = inject('chromeExtension');
const SEED = `${base}/seeds/national-2020.html`;
const EDITED = `${base}/seeds/national-2020-revised.html`;
const QUOTE_JOBS = '城镇新增就业900万人以上';
const QUOTE_DEFICIT = '赤字率拟按3.6%以上安排';
const NOTE_JOBS = '比去年的1100万少：<b>为什么</b>？';
const NOTE_DEFICIT = '赤字率首次突破3%';
const work = mkdtempSync(join(tmpdir(), 'gzbg-anno-e2e-'));
const profile = join(work, 'profile');
const drivers: Driver[] = [];
afterAll(async () => {
  for (const d of drivers) await d.close().catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
});

async function launch(options: { profile?: string } = {}): Promise<{ d: Driver & { raw: { name: 'chromium'; context: BrowserContext; page: Page } }; page: Page }> {
  const d = await launchChromium(ext, options);
  drivers.push(d);
  if (d.raw.name !== 'chromium') throw new Error('chromium expected');
  return { d: d as Driver & { raw: { name: 'chromium'; context: BrowserContext; page: Page } }, page: d.raw.page };
}

async function close(d: Driver): Promise<void> {
  drivers.splice(drivers.indexOf(d), 1);
  await d.close();
}

/** Selects the first occurrence of `quote` in the page (as a reader would with the mouse). */
const select = selectQuote;

/** What the page shows: highlight names with their texts (main world sees the registry too) and the list. */
const state = () => {
  const root = document.querySelector('gzbg-annotate')?.shadowRoot;
  const highlights: Record<string, string[]> = {};
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  reg?.forEach((h, name) => {
    if (name.startsWith('gzbg-note')) highlights[name] = [...h].map((r) => r.toString());
  });
  return {
    chip: root?.querySelector('[data-testid=anno-chip]')?.textContent ?? null,
    highlights,
    items: [...(root?.querySelectorAll('[data-testid=anno-item]') ?? [])].map((li) => ({
      status: li.getAttribute('data-status'),
      quote: li.querySelector('[data-testid=anno-item-quote]')?.textContent ?? '',
      note: li.querySelector('[data-testid=anno-item-note]')?.textContent ?? '',
      changed: li.querySelector('[data-testid=anno-item-changed]')?.textContent ?? '',
      text: li.textContent ?? '',
    })),
  };
};

const chipCount = (n: number) => {
  const t = document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-chip]')?.textContent ?? '';
  return new RegExp(`\\b${n}\\b`).test(t);
};

async function openPanel(d: Driver) {
  await ui(d, '[data-testid=anno-chip]').click();
  await ui(d, '[data-testid=anno-panel]').waitFor();
}

async function download(page: Page, testId: string): Promise<{ name: string; text: string; path: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-testid=${testId}]`).click()]);
  const path = join(work, dl.suggestedFilename());
  await dl.saveAs(path);
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

describe('annotations (chromium)', () => {
  let exported = '';

  it('annotates with the mouse and the keyboard; survives a reload and a browser restart', async () => {
    const { d, page } = await launch({ profile });
    await d.goto(SEED);
    await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('.root'), null); // the report's text is read

    // mouse: select, the 批注 button, note, a default tag, a colour, save
    expect(await d.evaluate(select, QUOTE_JOBS)).toBe(true);
    await ui(d, '[data-testid=anno-button]').click();
    await ui(d, '[data-testid=anno-note]').fill(NOTE_JOBS);
    await ui(d, '[data-testid=anno-tag][data-tag="质询"]').check();
    await ui(d, '[data-testid=anno-colour][data-colour="#93c5fd"]').check();
    await d.screenshot('annotations-editor');
    await ui(d, '[data-testid=anno-save]').click();
    await d.waitFor(chipCount, 1);

    // keyboard only: Alt+Shift+A on a selection, type the note, Tab to the first tag, Space, add an own tag, Ctrl+Enter
    expect(await d.evaluate(select, QUOTE_DEFICIT)).toBe(true);
    await page.keyboard.press('Alt+Shift+A');
    await ui(d, '[data-testid=anno-editor]').waitFor();
    // The editor focuses its note field once drawn: typing before that would lose the first characters.
    await d.waitFor(() => document.querySelector('gzbg-annotate')?.shadowRoot?.activeElement?.getAttribute('data-testid') === 'anno-note', null);
    await page.keyboard.type(NOTE_DEFICIT);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await ui(d, '[data-testid=anno-new-tag]').focus();
    await page.keyboard.type('预算');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await d.waitFor(chipCount, 2);

    let s = await d.evaluate(state, null);
    expect(s.highlights['gzbg-note-93c5fd']).toEqual([QUOTE_JOBS]);
    expect(s.highlights['gzbg-note']).toEqual([QUOTE_DEFICIT]);

    // the list: searchable, filterable by tag; user text shown as text
    await openPanel(d);
    s = await d.evaluate(state, null);
    expect(s.items.map((i) => i.note).sort()).toEqual([NOTE_JOBS, NOTE_DEFICIT].sort());
    expect(s.items.find((i) => i.note === NOTE_DEFICIT)!.text).toContain('预算');
    expect(s.items.find((i) => i.note === NOTE_DEFICIT)!.text).toContain('关注');
    expect(await ui(d, 'b').count()).toBe(0);
    await ui(d, '[data-testid=anno-tag-filter]').selectOption('质询');
    expect((await d.evaluate(state, null)).items.map((i) => i.note)).toEqual([NOTE_JOBS]);
    await ui(d, '[data-testid=anno-tag-filter]').selectOption('');
    await ui(d, '[data-testid=anno-search]').fill('突破');
    expect((await d.evaluate(state, null)).items.map((i) => i.note)).toEqual([NOTE_DEFICIT]);
    await d.screenshot('annotations-list');
    // the panel leads to the page with every annotation (export, import)
    const [opened] = await Promise.all([d.raw.context.waitForEvent('page'), ui(d, '[data-testid=anno-open-page]').click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(/annotations\.html$/);
    await opened.close();
    await page.bringToFront();

    // edit from the list: open, change the note, save
    await ui(d, '[data-testid=anno-item] button').first().click();
    await ui(d, '[data-testid=anno-note]').fill(`${NOTE_DEFICIT}（已核）`);
    await ui(d, '[data-testid=anno-save]').click();
    await d.waitFor(chipCount, 2);

    // an annotation on a commitment shows on its card (the figure 900万 is a marked commitment)
    const at = await d.evaluate((quote) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(quote);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i + quote.indexOf('900'));
        range.setEnd(n, i + quote.indexOf('900') + 4);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, QUOTE_JOBS);
    await page.mouse.click(at!.x, at!.y);
    await ui(d, '[data-testid=anno-card-notes]').waitFor();
    expect(await ui(d, '[data-testid=anno-card-notes]').textContent()).toContain(NOTE_JOBS);
    expect(await ui(d, '[data-testid=anno-editor]').count()).toBe(0);
    await d.screenshot('annotations-card');

    // the side panel lists the report's annotations; choosing one opens it on the page
    const panel = await d.raw.context.newPage();
    await panel.goto(`${d.extensionBase}sidepanel.html`);
    const tabId = await panel.evaluate(async (url) => {
      // without the tabs permission only the extension's own tabs show their URL: the report is the other one
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs;
      const all = await tabs.query({});
      return (all.find((t) => t.url === url) ?? all.find((t) => !(t.url ?? '').startsWith('chrome-extension://')))?.id;
    }, SEED);
    await panel.goto(`${d.extensionBase}sidepanel.html?tab=${tabId}`);
    await panel.locator('[data-testid=panel-notes] [data-testid=anno-item]').nth(1).waitFor();
    await panel.locator('[data-testid=panel-notes] [data-testid=anno-tag-filter]').selectOption('质询');
    expect(await panel.locator('[data-testid=panel-notes] [data-testid=anno-item]').count()).toBe(1);
    expect(await panel.locator('[data-testid=panel-open-page]').getAttribute('href')).toMatch(/annotations\.html$/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'chromium-annotations-sidepanel.png') });
    await panel.locator('[data-testid=panel-notes] [data-testid=anno-item] button').click();
    await ui(d, '[data-testid=anno-editor]').waitFor();
    expect(await ui(d, '[data-testid=anno-note]').inputValue()).toBe(NOTE_JOBS);
    await panel.close();

    await page.reload();
    await d.waitFor(chipCount, 2);
    await close(d);

    const again = await launch({ profile });
    await again.d.goto(SEED);
    await again.d.waitFor(chipCount, 2);
    s = await again.d.evaluate(state, null);
    expect(s.highlights['gzbg-note-93c5fd']).toEqual([QUOTE_JOBS]);
    await openPanel(again.d);
    expect((await again.d.evaluate(state, null)).items.map((i) => i.note)).toContain(`${NOTE_DEFICIT}（已核）`);

    // an edited version at another URL: a paragraph inserted before both quotes, one number changed
    const html = readFileSync(resolve(import.meta.dirname, '../../seeds/national-2020.html'), 'utf8')
      .replace('<div class="article" id="zoom">', '<div class="article" id="zoom"><p>（根据代表审议意见修改稿，新增一段说明文字，使后文整体后移。）</p>')
      .replace(QUOTE_JOBS, '城镇新增就业1000万人以上');
    await again.page.route(EDITED, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await again.d.goto(EDITED);
    await again.d.waitFor(chipCount, 2);
    s = await again.d.evaluate(state, null);
    // the deficit note followed its text; the jobs note is on the new number, marked changed
    expect(s.highlights['gzbg-note']).toEqual([QUOTE_DEFICIT]);
    expect(s.highlights['gzbg-note-changed']).toEqual(['城镇新增就业1000万人以上']);
    await openPanel(again.d);
    s = await again.d.evaluate(state, null);
    const jobs = s.items.find((i) => i.note === NOTE_JOBS)!;
    expect(jobs.status).toBe('changed');
    expect(jobs.changed).toContain('900万');
    expect(jobs.changed).toContain('1000万');
    expect(s.items.find((i) => i.note.startsWith(NOTE_DEFICIT))!.status).not.toMatch(/changed|orphaned/);
    await ui(again.d, '[data-testid=anno-item][data-status=changed] button').click();
    expect(await ui(again.d, '[data-testid=anno-changed]').textContent()).toContain('1000万');
    await again.d.screenshot('annotations-changed');
    await again.page.keyboard.press('Escape');

    // export: the JSON-LD collection, and the table with the notes as CSV and Markdown
    await again.d.openExtensionPage('annotations.html');
    await again.page.locator('[data-testid=anno-item]').first().waitFor();
    const json = await download(again.page, 'export-json');
    const doc = JSON.parse(json.text) as { type: string; total: number; first: { items: { body: unknown }[] } };
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(2);
    expect(json.text).toContain(NOTE_JOBS.replace(/"/g, '\\"'));
    exported = json.path;
    await again.page.locator('[data-testid=anno-report]').selectOption({ index: 1 });
    const csv = await download(again.page, 'export-csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    // Headings in the UI's language (lib/terms), the notes as written.
    expect(csv.text).toMatch(/批注|Annotations/);
    expect(csv.text).toContain(NOTE_JOBS);
    const md = await download(again.page, 'export-md');
    expect(md.text).toMatch(/## (?:批注|Annotations)/);
    expect(md.text).toMatch(/需要核对|To check/);
    expect(md.text).not.toContain('<b>');
    await again.d.screenshot('annotations-page');

    // the stored copy of the report: read and annotated like the live page
    await again.page.locator('[data-testid=read-stored]').click();
    await again.page.locator('[data-testid=stored-copy]').waitFor();
    await again.d.waitFor(chipCount, 2);
    expect((await again.d.evaluate(state, null)).highlights['gzbg-note']).toEqual([QUOTE_DEFICIT]);
    expect(await again.d.evaluate(select, '城镇调查失业率6%左右')).toBe(true);
    await again.page.locator('[data-testid=anno-button]').click();
    await again.page.locator('[data-testid=anno-note]').fill('在副本上批注');
    await again.page.locator('[data-testid=anno-save]').click();
    await again.d.waitFor(chipCount, 3);
    await again.d.screenshot('annotations-stored-copy');
    // the reader accepts the changed figure: the annotation moves onto the text as it is now
    await openPanel(again.d);
    await again.page.locator('[data-testid=anno-item][data-status=changed] button').click();
    await again.page.locator('[data-testid=anno-rebase]').check();
    await again.page.locator('[data-testid=anno-save]').click();
    await again.d.waitFor(() => {
      const chip = document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-chip]')?.textContent ?? '!';
      return !chip.includes('!') && !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gzbg-note-changed');
    }, null);
    await close(again.d);
  });

  it('imports the export into a fresh profile: hostile files change nothing; preview; the same annotations on the same report', async () => {
    expect(exported).not.toBe('');
    const { d, page } = await launch();
    await d.openExtensionPage('annotations.html');
    await page.locator('[data-testid=import-file]').waitFor({ state: 'attached' });

    const hostile = join(work, 'hostile.jsonld');
    writeFileSync(hostile, '{"type":"AnnotationCollection","first":{"items":[{"id":"urn:x","type":"Annotation","__proto__":{"polluted":1},"target":"javascript:alert(1)"}]}}');
    await page.locator('[data-testid=import-file]').setInputFiles(hostile);
    await page.locator('[data-testid=import-error]').waitFor();
    const huge = join(work, 'huge.json');
    writeFileSync(huge, 'x'.repeat(6 * 1024 * 1024));
    await page.locator('[data-testid=import-file]').setInputFiles(huge);
    await page.waitForFunction(() => /5\.0 MB|6\.0 MB/.test(document.querySelector('[data-testid=import-error]')?.textContent ?? ''));
    expect(await page.locator('[data-testid=import-confirm]').count()).toBe(0);

    await page.locator('[data-testid=import-file]').setInputFiles(exported);
    const preview = page.locator('[data-testid=import-preview]');
    await preview.waitFor();
    expect(await preview.getAttribute('data-new')).toBe('2');
    expect(await preview.getAttribute('data-conflicting')).toBe('0');
    expect(await page.locator('[data-testid=anno-item]').count()).toBe(0); // nothing written before confirming
    await d.screenshot('annotations-import-preview');
    await page.locator('[data-testid=import-confirm]').click();
    await page.locator('[data-testid=import-done]').waitFor();
    expect(await page.locator('[data-testid=anno-item]').count()).toBe(2);

    // the same report at another address (the colleague's copy): the annotations land on it
    await d.goto(`${SEED}?from=colleague`);
    await d.waitFor(chipCount, 2);
    const s = await d.evaluate(state, null);
    expect(s.highlights['gzbg-note-93c5fd']).toEqual([QUOTE_JOBS]);
    expect(s.highlights['gzbg-note']).toEqual([QUOTE_DEFICIT]);
    await openPanel(d);
    const items = (await d.evaluate(state, null)).items;
    expect(items.map((i) => i.note).sort()).toEqual([NOTE_JOBS, `${NOTE_DEFICIT}（已核）`].sort());
    expect(items[0]!.text).toContain(json(exported));
    await d.screenshot('annotations-imported');
  });
});

function json(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

describe('annotations (firefox)', () => {
  it('annotates with the keyboard; the note is drawn with the highlight API and survives a reload', async () => {
    const d = await launchFirefox(inject('firefoxExtension'));
    drivers.push(d);
    if (d.raw.name !== 'firefox') throw new Error('firefox expected');
    const page = d.raw.page;
    await d.goto(SEED);
    await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('.root'), null); // the report's text is read
    expect(await d.evaluate(select, QUOTE_DEFICIT)).toBe(true);
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await d.waitFor(() => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-editor]'), null);
    await page.keyboard.type(NOTE_DEFICIT);
    await page.keyboard.down('Control');
    await page.keyboard.press('Enter');
    await page.keyboard.up('Control');
    await d.waitFor(chipCount, 1);
    await d.goto(SEED);
    await d.waitFor(chipCount, 1);
    expect((await d.evaluate(state, null)).highlights['gzbg-note']).toEqual([QUOTE_DEFICIT]);
    await d.screenshot('annotations');
  });
});
