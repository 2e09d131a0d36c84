/**
 * The reader picks the report's body where the body finder was not sure: a banner asks for a click
 * on the report's first paragraph ("the report starts here"), then on its last ("ends here"); the
 * pick (lib/dom/body.ts `makePick`) is remembered for the site and the page is read again with it.
 * Cancel (or Esc) leaves everything as it was.
 */
import type { ContentScriptContext } from '#imports';
import { t } from '@/components/i18n';
import { lineInfos, makePick, offsetOf, type BodyPick, type DomTextMap } from '@/lib/dom';
import { mountPageUi } from './page-ui';

const CSS = `
.pick { position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647; background: #1d3f72; color: #fff;
  font: 15px/1.6 system-ui, "Noto Sans CJK SC", sans-serif; padding: 10px 16px; display: flex; gap: 12px; align-items: center; }
.pick button { font: inherit; padding: 2px 10px; border-radius: 4px; border: 1px solid #fff; background: transparent; color: #fff; cursor: pointer; }
.pick button:focus-visible { outline: 2px solid #ffd54f; outline-offset: 2px; }
`;

/** The line of `page` that holds the first text under `target`, or -1. */
function lineOfElement(page: DomTextMap, lines: readonly { end: number }[], target: Element): number {
  const walker = target.ownerDocument.createTreeWalker(target, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.nodeValue?.trim()) continue;
    const at = offsetOf(page, n, 0);
    if (at !== null) return lines.findIndex((l) => at <= l.end);
  }
  return -1;
}

/** Asks for the two clicks; resolves with the pick, or null when the reader cancels. */
export async function pickBody(ctx: ContentScriptContext, page: DomTextMap): Promise<BodyPick | null> {
  const infos = lineInfos(page);
  let first = -1;
  let finish: (pick: BodyPick | null) => void = () => undefined;
  const done = new Promise<BodyPick | null>((resolve) => (finish = resolve));
  let label: HTMLElement | null = null;
  const ui = await mountPageUi(ctx, 'gzbg-pick', CSS, (container) => {
    const bar = document.createElement('div');
    bar.className = 'pick';
    bar.setAttribute('role', 'status');
    bar.dataset.testid = 'body-pick';
    label = document.createElement('span');
    label.textContent = t('bodyPickStart');
    const cancel = document.createElement('button');
    cancel.textContent = t('bodyPickCancel');
    cancel.addEventListener('click', () => finish(null));
    bar.append(label, cancel);
    container.append(bar);
    return bar;
  }, () => undefined);
  const onClick = (e: MouseEvent) => {
    // Only the reader's own clicks count (a page script cannot pick for them).
    if (!e.isTrusted || !(e.target instanceof Element) || e.target.closest('[data-gzbg-ui]')) return;
    const line = lineOfElement(page, infos, e.target);
    if (line < 0) return;
    e.preventDefault();
    e.stopPropagation();
    if (first < 0) {
      first = line;
      if (label) label.textContent = t('bodyPickEnd');
      return;
    }
    finish(makePick(page, infos, first, line));
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') finish(null);
  };
  document.addEventListener('click', onClick, true);
  document.addEventListener('keydown', onKey, true);
  ctx.onInvalidated(() => finish(null));
  const pick = await done;
  document.removeEventListener('click', onClick, true);
  document.removeEventListener('keydown', onKey, true);
  ui.remove();
  return pick;
}
