import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { UI_ATTRIBUTE } from '@/lib/dom';

/**
 * Calls `changed` when the page's text changes after load (content that arrives later): after
 * mutations settle, and only when the body's text length moved by enough to matter. A page read
 * as a report reacts to any growth of 1%; any other page only to a large change, and the check
 * itself is one `textContent.length`.
 */
export function watchPage(ctx: ContentScriptContext, isReport: () => boolean, changed: () => void): void {
  const body = document.body;
  if (!body) return;
  let last = body.textContent?.length ?? 0;
  let timer = 0;
  const check = () => {
    const now = body.textContent?.length ?? 0;
    const delta = Math.abs(now - last);
    const enough = isReport() ? delta > Math.max(50, last * 0.01) : delta > Math.max(500, last * 0.2);
    if (enough) {
      last = now;
      changed();
    }
  };
  const observer = new MutationObserver((records) => {
    if (records.every((r) => (r.target as Element).closest?.(`[${UI_ATTRIBUTE}]`) || (r.target.parentElement?.closest(`[${UI_ATTRIBUTE}]`)))) return;
    clearTimeout(timer);
    timer = window.setTimeout(check, 600);
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
