import type { ContentScriptContext } from '#imports';
import { createShadowRootUi } from '#imports';
import { UI_ATTRIBUTE } from '@/lib/dom';
import { guardTrusted, silenceTyping } from '@/components/overlay/trusted';

/** Page CSS can reach a shadow host itself (not its shadow root): inline !important wins over it. */
const HOST_STYLE: [string, string][] = [
  ['display', 'block'], ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['filter', 'none'], ['clip-path', 'none'],
];

/** The shadow roots of this content script's UIs by name: closed, so only this script holds them. */
const roots = new Map<string, ShadowRoot>();

/** One of this content script's own UIs (e.g. the overlay's, where its cards are), or null. */
export function pageUiRoot(name: string): ShadowRoot | null {
  return roots.get(name) ?? null;
}

/**
 * One of the extension's UIs on a page: a *closed* shadow root at the end of <body> with its own
 * CSS, its host marked as the extension's (the text map and the watcher skip it) and hardened
 * against page CSS. The page's scripts get no way in: `host.shadowRoot` is null to them, events
 * they synthesize are stopped before any of the UI's handlers (only `isTrusted` input acts), and
 * what the reader types or pastes inside does not bubble out to the page's listeners.
 * Mounted at once; `mounted` builds what lives in it, `removed` tears that down (on `remove()` or
 * when the content script is invalidated).
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
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount(container, shadow, host) {
      host.setAttribute(UI_ATTRIBUTE, '');
      for (const [prop, value] of HOST_STYLE) host.style.setProperty(prop, value, 'important');
      guardTrusted(shadow);
      silenceTyping(shadow);
      roots.set(name, shadow);
      built = mounted(container);
      return built;
    },
    onRemove: (b) => {
      roots.delete(name);
      removed(b);
    },
  });
  ui.mount();
  return { built: built!, remove: () => ui.remove() };
}
