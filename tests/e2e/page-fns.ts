/** Page functions shared by the e2e tests and the demo (serialized into the page: only their argument and page globals). */

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
