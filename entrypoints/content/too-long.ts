/**
 * The notice on a page too long to read (read-page.ts MAX_PAGE_CHARS): said once, in the page's
 * corner, in a closed shadow root like every other in-page UI; a button closes it.
 */
import type { ContentScriptContext } from '#imports';
import { t } from '@/components/i18n';
import { FONT } from '@/components/overlay/styles';
import { mountPageUi } from './page-ui';

const CSS = `
.notice { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; max-width: 380px; font: 13px/1.5 ${FONT};
  color: #1f2328; background: #fffaf0; border: 1px solid #d3c48f; border-radius: 10px; padding: 10px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.15); }
.notice button { font: inherit; margin-top: 6px; border: 1px solid #d3c48f; border-radius: 7px; background: #fff; padding: 2px 10px; cursor: pointer; }
`;

let shown = false;

export async function showTooLong(ctx: ContentScriptContext, chars: number, limit: number): Promise<void> {
  if (shown) return;
  shown = true;
  const ui = await mountPageUi(ctx, 'gzbg-too-long', CSS, (container) => {
    const box = container.ownerDocument.createElement('div');
    box.className = 'notice';
    box.setAttribute('role', 'status');
    box.dataset.testid = 'too-long';
    box.textContent = t('pageTooLong', chars.toLocaleString(), limit.toLocaleString());
    const close = container.ownerDocument.createElement('button');
    close.type = 'button';
    close.textContent = t('close');
    close.addEventListener('click', () => ui.remove());
    box.append(document.createElement('br'), close);
    container.append(box);
    return box;
  }, () => undefined);
}
