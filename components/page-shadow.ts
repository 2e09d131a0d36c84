import { UI_ATTRIBUTE } from '@/lib/dom';

/**
 * One of the extension's UIs on one of its own pages (the stored copy, the PDF reader): a shadow
 * root at the end of <body> with its CSS, its host marked so text maps skip it. Open, unlike the
 * content script's closed roots: no page script runs on an extension page.
 */
export function mountPageShadow(name: string, css: string): HTMLElement {
  const host = document.createElement(name);
  host.setAttribute(UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.appendChild(host);
  return container;
}
