/**
 * Draws a PDF's pages: each page a canvas (painted when it comes near the viewport) under pdf.js's
 * text layer (transparent spans placed over the glyphs, where selection, marks and annotations
 * live), and the text map that ties the reading-order text (lib/files/pdf-text.ts) to those spans.
 */
import { TextLayer } from 'pdfjs-dist';
import type { LoadedPdf } from '@/lib/files';
import { placedTextMap, type DomTextMap, type PlacedText } from '@/lib/dom';

export const PDF_VIEW_CSS = `
.pdf-pages { display: flex; flex-direction: column; align-items: center; gap: 14px; padding: 16px 0 96px; }
.pdf-page { position: relative; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); --scale-round-x: 1px; --scale-round-y: 1px; }
.pdf-page canvas { position: absolute; inset: 0; width: 100%; height: 100%; }
.pdf-page .page-no { position: absolute; right: -56px; top: 4px; font-size: 12px; color: #888; }
.textLayer { position: absolute; text-align: initial; inset: 0; overflow: clip; opacity: 1; line-height: 1; text-size-adjust: none; forced-color-adjust: none; transform-origin: 0 0; caret-color: CanvasText; z-index: 0;
  --min-font-size: 1; --text-scale-factor: calc(var(--total-scale-factor) * var(--min-font-size)); --min-font-size-inv: calc(1 / var(--min-font-size));
  /* Marks are painted as the spans' backgrounds: multiplied, the canvas's glyphs show through. */
  mix-blend-mode: multiply; }
.textLayer :is(span, br) { color: transparent; position: absolute; white-space: pre; cursor: text; transform-origin: 0% 0%; }
.textLayer > :not(.markedContent), .textLayer .markedContent span:not(.markedContent) { z-index: 1; --font-height: 0; font-size: calc(var(--text-scale-factor) * var(--font-height)); --scale-x: 1; --rotate: 0deg; transform: rotate(var(--rotate)) scaleX(var(--scale-x)) scale(var(--min-font-size-inv)); }
.textLayer .markedContent { display: contents; }
.textLayer ::selection { background: rgba(0, 90, 200, .3); }
`;

export interface PdfView {
  /** The text map over the text layers drawn so far (the first pages at first; every page once `whole` resolved). */
  map: DomTextMap;
  /** The map over every page's text layer, once the rest are drawn (then also `map`). */
  whole: Promise<DomTextMap>;
  /** The page elements, page 1 first. */
  pages: HTMLElement[];
  /** Stops painting pages. */
  destroy(): void;
}

/** Text layers drawn before the view is returned: the pages a reader sees first. The rest follow, a few at a time. */
const FIRST_LAYERS = 4;
const LAYERS_PER_TASK = 4;

/**
 * Draws `pdf` into `container` at `scale` (CSS pixels per PDF unit): every page's box at once, the
 * text layers of the first pages before it returns (the overlay's marks can go on them), the
 * others after, a few per task so the page stays responsive (`whole`).
 */
export async function showPdf(container: HTMLElement, pdf: LoadedPdf, scale = 1.5): Promise<PdfView> {
  const holder = document.createElement('div');
  holder.className = 'pdf-pages';
  container.appendChild(holder);
  const pieces: PlacedText[] = [];
  const pages: HTMLElement[] = [];
  const layers: (() => Promise<void>)[] = [];
  const painters = new Map<Element, () => void>();
  for (let n = 1; n <= pdf.doc.numPages; n++) {
    const page = await pdf.doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const el = document.createElement('div');
    el.className = 'pdf-page';
    el.dataset.page = String(n);
    el.style.width = `${viewport.width}px`;
    el.style.height = `${viewport.height}px`;
    el.style.setProperty('--total-scale-factor', String(scale));
    const canvas = document.createElement('canvas');
    const textDiv = document.createElement('div');
    textDiv.className = 'textLayer';
    const label = document.createElement('span');
    label.className = 'page-no';
    label.textContent = String(n);
    label.setAttribute('aria-hidden', 'true');
    el.append(canvas, textDiv, label);
    holder.appendChild(el);
    pages.push(el);
    layers.push(async () => {
      const layer = new TextLayer({ textContentSource: pdf.contents[n - 1]!, container: textDiv, viewport });
      await layer.render();
      const starts = pdf.text.itemStarts[n - 1]!;
      layer.textDivs.forEach((span, i) => {
        const start = starts[i] ?? -1;
        const node = span.firstChild;
        if (start >= 0 && node && node.nodeType === 3) pieces.push({ start, node: node as Text });
      });
    });
    let painted = false;
    painters.set(el, () => {
      if (painted) return;
      painted = true;
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      const ctx = canvas.getContext('2d')!;
      void page.render({ canvas, canvasContext: ctx, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise
        .then(() => void (el.dataset.painted = 'true'))
        .catch((e: unknown) => console.warn('gzbg pdf page', n, e));
    });
  }
  // Pages are painted as they come near: a 60-page report is not 60 canvases at once.
  const seen = new IntersectionObserver((entries) => {
    for (const e of entries) if (e.isIntersecting) painters.get(e.target)?.();
  }, { rootMargin: '1200px 0px' });
  for (const el of pages) seen.observe(el);
  for (const draw of layers.slice(0, FIRST_LAYERS)) await draw();
  const view: PdfView = { map: placedTextMap(pdf.text.text, pieces), whole: Promise.resolve(null as never), pages, destroy: () => seen.disconnect() };
  view.whole = (async () => {
    const rest = layers.slice(FIRST_LAYERS);
    for (let i = 0; i < rest.length; i++) {
      if (i % LAYERS_PER_TASK === 0) await new Promise((r) => setTimeout(r, 0));
      await rest[i]!();
    }
    view.map = rest.length ? placedTextMap(pdf.text.text, pieces) : view.map;
    return view.map;
  })();
  return view;
}

/** The page element holding a text offset (for scrolling to a page). */
export function pageElement(view: PdfView, page: number): HTMLElement | null {
  return view.pages[page - 1] ?? null;
}
