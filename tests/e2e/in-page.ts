/**
 * Acting on the extension's in-page UI the way the reader does: its shadow roots are closed and it
 * obeys only trusted input, so a test selects text, clicks and types with the browser's real mouse
 * and keyboard (Driver.clickIn, Driver.type). On extension pages (the stored copy), whose roots
 * are open, `annotateInPage` in page-fns still does it from inside the page.
 */
import type { Driver } from './browsers';

const HOST = 'gzbg-annotate';

/**
 * A Playwright-locator-like handle on elements inside an in-page UI's closed shadow root: reads
 * through the revealed root, acts with the real mouse and keyboard only.
 */
export function ui(d: Driver, selector: string, host = HOST, index = 0) {
  const q = { host, selector, index };
  /** `fn(element, count, arg)` in the page (serialized: its parameters and page globals only). */
  const read = <T>(fn: (el: Element | null, all: number, arg: string) => T, arg = '') => d.evaluate(
    ({ host: h, selector: s, index: i, body, arg: a }) => {
      const all = document.querySelector(h)?.shadowRoot?.querySelectorAll(s);
      return new Function('el', 'all', 'arg', `return (${body})(el, all, arg);`)(all?.[i] ?? null, all?.length ?? 0, a) as unknown;
    },
    { ...q, body: fn.toString(), arg },
  ) as Promise<T>;
  const handle = {
    click: () => d.clickIn(host, selector, index),
    waitFor: () => d.waitFor(({ host: h, selector: s, index: i }) => !!document.querySelector(h)?.shadowRoot?.querySelectorAll(s)[i], q),
    count: () => read((_el, all) => all),
    textContent: () => read((el) => el?.textContent ?? null),
    inputValue: () => read((el) => (el as HTMLInputElement | null)?.value ?? null),
    /** Focus by a real click into the field; `fill` replaces its text by typing. */
    focus: () => d.clickIn(host, selector, index),
    fill: async (text: string) => {
      await d.clickIn(host, selector, index);
      await d.press('Control+A');
      await d.press('Delete');
      await d.type(text);
    },
    check: async () => {
      if (!(await read((el) => (el as HTMLInputElement | null)?.checked ?? false))) await d.clickIn(host, selector, index);
    },
    /** Chooses the option with `value` in a <select> with the keyboard (focused by a real click, then arrows and Enter). */
    selectOption: async (value: string) => {
      const [from, to] = await read((el, _all, v) => {
        const s = el as HTMLSelectElement;
        return [s.selectedIndex, [...s.options].findIndex((o) => o.value === v)] as const;
      }, value);
      if (to < 0) throw new Error(`${d.name}: no option ${value} in ${selector}`);
      await d.clickIn(host, selector, index);
      for (let k = 0; k < Math.abs(to - from); k++) await d.press(to > from ? 'ArrowDown' : 'ArrowUp');
      await d.press('Enter');
    },
    first: () => ui(d, selector, host, 0),
    nth: (i: number) => ui(d, selector, host, i),
  };
  return handle;
}

/** Selects the first occurrence of `quote` in the page's text, scrolled into view; false when absent. */
export const selectQuote = (quote: string): boolean => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(quote);
    if (i < 0) continue;
    n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + quote.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    return true;
  }
  return false;
};

const inAnnotator = (selector: string): boolean => !!document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector(selector);

/** Selects `quote`, presses the 批注 button, types `note` and saves it: all with real input. */
export async function annotateOnPage(d: Driver, quote: string, note: string): Promise<void> {
  if (!(await d.evaluate(selectQuote, quote))) throw new Error(`${d.name}: no ${quote} on the page`);
  await d.waitFor(inAnnotator, '[data-testid=anno-button]');
  await d.clickIn(HOST, '[data-testid=anno-button]');
  await d.waitFor(inAnnotator, '[data-testid=anno-note]');
  await d.clickIn(HOST, '[data-testid=anno-note]');
  await d.type(note);
  await d.clickIn(HOST, '[data-testid=anno-save]');
  // the editor closes once the note is saved
  await d.waitFor((s: string) => !document.querySelector('gzbg-annotate')?.shadowRoot?.querySelector(s), '[data-testid=anno-editor]');
}
