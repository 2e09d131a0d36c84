/**
 * Issue 12's first attack, replayed in Chromium and Firefox: a report page whose own script goes
 * after the reader's notes and cards. The page (the Shanghai 2021 seed on another origin, with a
 * script in its <head> that runs before the content script) hooks `attachShadow`, listens to every
 * key and input on `document`, then tries to find the UI's hosts, read a note, open its editor
 * (the one with the delete button), add a note of its own through the shortcuts, open a card, and
 * message the extension. All of it fails: the roots are closed, untrusted events act on nothing,
 * and nothing the page can send is obeyed. Real input does each of those things (positive controls),
 * so every check here can fail.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Driver } from './browsers';
import { bothBrowsers } from './both-browsers';
import { ROOT, startStaticServer } from './harness';
import { annotateOnPage } from './in-page';
import { barShown, locateText } from './page-fns';
import { clickAt, hover, secondTab } from './tabs';

const NOTE = 'secret plan 42';
const QUOTE = '新增就业岗位50万个以上';
const OTHER_QUOTE = '支持培养企业新型学徒1万名';
/** The GDP target's figure: its mark opens its card. */
const TARGET = '6%以上，地方';

/** Runs in the page before anything else: what a hostile site can set up. */
const HOSTILE_HEAD = `<script>
window.__hostile = { shadows: 0, keys: [], inputs: [] };
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) { window.__hostile.shadows++; return attach.call(this, init); };
for (const type of ['keydown', 'keyup', 'keypress']) document.addEventListener(type, (e) => window.__hostile.keys.push(e.key));
for (const type of ['input', 'beforeinput', 'compositionend', 'paste']) document.addEventListener(type, (e) => window.__hostile.inputs.push(String(e.data ?? '')));
</script>`;

interface Attack {
  hosts: string[];
  openRoots: number;
  hookedShadows: number;
  noteInDom: boolean;
  keysHeard: string[];
  inputsHeard: string[];
  runtime: string;
}

/** The page's own script, as the review ran it (serialized into the page: page globals only). */
const attack = async ({ note, other }: { note: string; other: string }): Promise<Attack> => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const h = (window as unknown as { __hostile: { shadows: number; keys: string[]; inputs: string[] } }).__hostile;
  const hosts = [...document.querySelectorAll('[data-gzbg-ui]')];
  const everything = document.querySelectorAll('*');
  const openRoots = [...everything].filter((e) => e.shadowRoot).length;
  const noteInDom = document.documentElement.outerHTML.includes(note) || document.body.innerText.includes(note);
  // Click every host, and everything the page can reach at the hosts' corners.
  for (const host of hosts) {
    (host as HTMLElement).click();
    const r = host.getBoundingClientRect();
    for (const [x, y] of [[r.left + 5, r.top + 5], [r.right - 5, r.bottom - 5]] as const) {
      document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    }
  }
  // The note's highlight: a click there opens its editor (with a delete button) for the reader.
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  for (const [name, hl] of reg ?? []) {
    if (!name.startsWith('gzbg-note')) continue;
    for (const range of hl) {
      const b = range.getBoundingClientRect();
      const x = b.left + 3;
      const y = b.top + b.height / 2;
      document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    }
  }
  await sleep(300);
  // A note of its own: select a passage, the shortcut, then Ctrl+Enter.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(other);
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + other.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    break;
  }
  await sleep(300);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', code: 'KeyA', altKey: true, shiftKey: true, bubbles: true, composed: true }));
  await sleep(300);
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
  // Steps through changes and cards with the page's own keys; Escape.
  for (const key of [']', '[', 'Escape']) document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  // Messages: a window message, and the extension API where a page could have one.
  window.postMessage({ type: 'annotations/delete', id: '*' }, '*');
  window.postMessage({ type: 'annotations/save', annotation: { body: { note: 'pwned' } } }, '*');
  const chromeRuntime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
  await sleep(500);
  return {
    hosts: hosts.map((e) => e.localName).sort(),
    openRoots,
    hookedShadows: h.shadows,
    noteInDom,
    keysHeard: h.keys,
    inputsHeard: h.inputs,
    runtime: typeof chromeRuntime?.sendMessage,
  };
};

/** A synthetic hover and click on a target's text (a page's script moving "the mouse"). */
const fakeHover = ({ x, y }: { x: number; y: number }) => {
  for (const type of ['mousemove', 'mouseover', 'click']) {
    document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
  }
};
const inUi = ({ host, selector }: { host: string; selector: string }) => !!document.querySelector(host)?.shadowRoot?.querySelector(selector);
const chipText = () => document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-chip]')?.textContent ?? '';
const cardOpen = () => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('[data-testid=card]');

/** Waits for `fn` as the page sees it (Driver.waitFor would reveal the closed roots to the page). */
async function pollAsPage(d: Driver, fn: () => boolean): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (await d.evaluateAsPage(fn, null).catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${d.name}: the page never saw ${fn.toString()}`);
}

const browsers = bothBrowsers();

let dir: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gzbg-hostile-'));
  const html = readFileSync(join(ROOT, 'seeds/shanghai-2021.html'), 'utf8').replace('<head>', `<head>${HOSTILE_HEAD}`);
  writeFileSync(join(dir, 'report.html'), html);
  server = await startStaticServer({ hostile: dir });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the built manifests', () => {
  it('let no page message the extension, and ask for no more than they use', () => {
    for (const dir of [inject('chromeExtension'), inject('firefoxExtension')]) {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest).not.toHaveProperty('externally_connectable');
      expect(manifest).not.toHaveProperty('web_accessible_resources');
      // activeTab (a PDF tab read in the reader at the reader's click); no host is granted at install, only asked for
      // one at a time where a browser needs it to fetch that PDF.
      expect((manifest.permissions as string[]).filter((p) => p !== 'sidePanel').sort()).toEqual(['activeTab', 'storage', 'unlimitedStorage']);
      expect(manifest).not.toHaveProperty('host_permissions');
      const optional = [...((manifest.optional_permissions as string[] | undefined) ?? []), ...((manifest.optional_host_permissions as string[] | undefined) ?? [])];
      expect(optional.sort()).toEqual(['http://*/*', 'https://*/*']);
    }
  });
});

describe.each(browsers)('%s', (name, launch) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('a hostile page\'s script cannot find, read, open, add or delete the reader\'s notes or cards', async () => {
    const url = `${server.baseUrl}/hostile/report.html`;
    await d.goto(url);
    await d.waitFor(inUi, { host: 'gzbg-annotate', selector: '.root' });
    // The reader writes a note with the real keyboard while the page listens on document.
    await annotateOnPage(d, QUOTE, NOTE);
    await d.waitFor(() => /\b1\b/.test(document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-chip]')?.textContent ?? ''), null);
    const heardWhileTyping = await d.evaluateAsPage(() => (window as unknown as { __hostile: { keys: string[]; inputs: string[] } }).__hostile, null);
    expect(heardWhileTyping.keys.join('')).not.toContain('secret');
    expect(heardWhileTyping.inputs.join('')).not.toContain('secret');

    // A fresh load: the page's script runs before anything is revealed to the test.
    await d.goto(url);
    await d.waitFor(() => document.querySelectorAll('[data-gzbg-ui]').length >= 2, null);
    await d.waitFor(barShown, null);
    // The reader opens the notes list: the note's text is now rendered, inside the closed root.
    await d.clickIn('gzbg-annotate', '[data-testid=anno-chip]');
    await d.waitFor(inUi, { host: 'gzbg-annotate', selector: '[data-testid=anno-item-note]' });
    expect(await d.shadowText('gzbg-annotate', '[data-testid=anno-item-note]')).toBe(NOTE);
    await d.goto(url); // again, and this time nothing is revealed on the document before the attack
    await pollAsPage(d, () => document.querySelectorAll('[data-gzbg-ui]').length >= 2 && !!(CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.has('gzbg-note'));

    const got = await d.evaluateAsPage(attack, { note: NOTE, other: OTHER_QUOTE });
    expect(got.hosts).toEqual(expect.arrayContaining(['gzbg-annotate', 'gzbg-status']));
    expect(got.openRoots).toBe(0);
    expect(got.hookedShadows).toBe(0);
    expect(got.noteInDom).toBe(false);
    expect(got.runtime).toBe('undefined');
    // A fake hover and click on a target: no card.
    const target = await d.evaluateAsPage(locateText, { text: TARGET, within: 'body' });
    expect(target).not.toBeNull();
    await d.evaluateAsPage(fakeHover, target!);
    await new Promise((r) => setTimeout(r, 500));

    // The test's own (protocol) view: nothing opened, nothing added, the note as the reader left it.
    expect(await d.evaluate(inUi, { host: 'gzbg-annotate', selector: '[data-testid=anno-editor]' })).toBe(false);
    expect(await d.evaluate(cardOpen, null)).toBe(false);
    expect(await d.evaluate(chipText, null)).toMatch(/\b1\b/);
    const tab = await secondTab(d);
    await tab.open('annotations.html');
    await tab.waitFor(() => document.querySelectorAll('[data-testid=anno-item]').length > 0, null);
    const notes = await tab.evaluate(() => [...document.querySelectorAll('[data-testid=anno-item-note]')].map((e) => e.textContent), null);
    expect(notes).toEqual([NOTE]);
    await tab.close();

    // Positive controls: the reader's real pointer opens the card and the note's editor.
    const mark = await d.evaluate(locateText, { text: TARGET, within: 'body' });
    await hover(d, mark!.x, mark!.y);
    await d.waitFor(cardOpen, null);
    const at = await d.evaluate(locateText, { text: QUOTE, within: 'body' });
    await hover(d, 5, 5);
    await clickAt(d, at!.x + 30, at!.y);
    await d.waitFor(inUi, { host: 'gzbg-annotate', selector: '[data-testid=anno-delete]' });
    await d.screenshot('hostile-page');
    void name;
  });
});
