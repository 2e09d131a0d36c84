import type { ContentScriptContext } from '#imports';
import { createShadowRootUi } from '#imports';
import { UI_ATTRIBUTE } from '@/lib/dom';

/** Page CSS can reach a shadow host itself (not its shadow root): inline !important wins over it. */
const HOST_STYLE: [string, string][] = [
  ['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['filter', 'none'], ['clip-path', 'none'],
];

/**
 * One of the extension's UIs on a page: a shadow root at the end of <body> with its own CSS, its
 * host marked as the extension's (the text map and the watcher skip it) and hardened against page
 * CSS. Mounted at once; `mounted` builds what lives in it, `removed` tears that down (on `remove()`
 * or when the content script is invalidated).
 */
export async function mountPageUi<T>(
  ctx: ContentScriptContext,
  name: string,
  css: string,
  mounted: (container: HTMLElement) => T,
  removed: (built: T | undefined) => void,
): Promise<{ built: T; remove(): void }> {
  let built: T | undefined;
  const ui = await createShadowRootUi(ctx, {
    name,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount(container, _shadow, host) {
      host.setAttribute(UI_ATTRIBUTE, '');
      for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
      built = mounted(container);
      return built;
    },
    onRemove: removed,
  });
  ui.mount();
  return { built: built!, remove: () => ui.remove() };
}
