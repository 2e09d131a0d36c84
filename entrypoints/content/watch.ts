import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMarkMutations, UI_ATTRIBUTE } from '@/lib/dom';

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
  const onRecords = (records: MutationRecord[]) => {
    if (records.every((r) => (r.target as Element).closest?.(`[${UI_ATTRIBUTE}]`) || (r.target.parentElement?.closest(`[${UI_ATTRIBUTE}]`)))) return;
    clearTimeout(timer);
    timer = window.setTimeout(check, 600);
  };
  const observer = new MutationObserver(onRecords);
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  // The mark painter's own wrapping and unwrapping is not the page changing: the page's records
  // so far are handled, the painter's are dropped.
  const stopIgnoring = onMarkMutations({
    before: () => {
      const pending = observer.takeRecords();
      if (pending.length) onRecords(pending);
    },
    after: () => void observer.takeRecords(),
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    stopIgnoring();
    clearTimeout(timer);
  });
}
