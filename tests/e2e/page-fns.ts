/** Page functions shared by the e2e tests and the demo (serialized into the page: only their argument and page globals). */

/** The overlay's bar, once the earlier years are linked (before that the pill says data-state="linking"). */
export const barShown = (): boolean => !!document.querySelector('gzbg-status')?.shadowRoot?.querySelector('.pill[data-state=ready] [data-testid=bar]');

/** Marks drawn by the overlay: ranges per highlight name (CSS Custom Highlight API). */
export const marks = (): Record<string, number> => {
  const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
  const out: Record<string, number> = {};
  reg?.forEach((h, name) => {
    if (/^gzbg-(raised|lowered|same|comparator|new|plain|active)$/.test(name)) out[name] = h.size;
  });
  return out;
};

/** Viewport point just inside the first occurrence of `text` under `within`, scrolled into view. */
export const locateText = ({ text, within }: { text: string; within: string }): { x: number; y: number } | null => {
  const root = document.querySelector(within) ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.textContent!.indexOf(text);
    if (i < 0) continue;
    (n.parentElement as HTMLElement).scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + Math.min(6, b.width / 2), y: b.top + b.height / 2 };
  }
  return null;
};

/** Selects `quote` and saves a note with the annotation button and editor, from inside an extension page (the stored copy, whose roots are open; on a report page use in-page.ts annotateOnPage). */
export const annotateInPage = async ({ quote, note }: { quote: string; note: string }): Promise<void> => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let found = false;
  for (let n = walker.nextNode(); n && !found; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(quote);
    if (i < 0) continue;
    n.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + quote.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    found = true;
  }
  if (!found) throw new Error(`no ${quote} on the page`);
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
  // the editor closes once the note is saved
  for (let i = 0; i < 100 && ui().querySelector('[data-testid=anno-editor]'); i++) await new Promise((r) => setTimeout(r, 100));
};

/** The annotator's chip counts `count` notes and exactly `quotes` are highlighted (in any colour). */
export const notesAre = ({ count, quotes }: { count: number; quotes: string[] }): boolean => {
  const chip = document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector('[data-testid=anno-chip]')?.textContent ?? '';
  const shown: string[] = [];
  (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((h, name) => {
    if (name.startsWith('gzbg-note')) for (const r of h) shown.push(r.toString());
  });
  return new RegExp(`\\b${count}\\b`).test(chip) && JSON.stringify(shown.sort()) === JSON.stringify([...quotes].sort());
};

type Ext = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
/** Asks the background from an extension page (runs in the page). */
export const ask = async (message: { type: string }) => {
  const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
  return (await (g.browser ?? g.chrome)!.runtime.sendMessage(message)) as { ok: boolean; value: unknown };
};
