/**
 * Paints named groups of DOM Ranges on the page, one style per group. With the CSS Custom Highlight
 * API (`CSS.highlights`) the page's DOM is never touched. Where the API is missing (older browsers,
 * some webviews), or when the user asks for it (`mode: 'elements'`), each text slice of each range is
 * wrapped in a light-DOM `<gzbg-mark>` styled by one stylesheet; clearing the group unwraps exactly
 * those and merges the split Text nodes back, so the page's DOM is as it was.
 *
 * Wrappers hold page text, so they do not carry UI_ATTRIBUTE (the text map would skip them); the text
 * map reads through them (lib/dom/pieces.ts maps each piece back to the original node). Ranges over
 * page text (painted ones, and every one `toRange` made) and the user's selection are kept on the
 * same text after every wrap and unwrap (lib/dom/tracked.ts), and a watcher of the page can ignore
 * the painter's own mutations (`onMarkMutations`). What wrapping cannot avoid: page CSS with
 * structural selectors (`b:first-child`, `p:empty`, `a + b`) sees the wrappers as elements while
 * they are there. That is why highlights come first wherever they exist.
 */
import { mergeIntoPrevious, originalPoint, piecesOfOriginal, splitPiece } from './pieces';
import { UI_ATTRIBUTE } from './textmap';
import { keepingSelection, restoreTrackedRanges, trackRange } from './tracked';

export type MarkMode = 'auto' | 'elements';
export type MarkPath = 'highlights' | 'elements';

export interface MarkStyle {
  /** CSS declarations, e.g. `background-color: rgba(34, 197, 94, .28)`; the same in both paths. */
  css: string;
  /** Highlight priority (higher paints on top); in the element path a later group nests inside. */
  priority?: number;
}

export const MARK_TAG = 'gzbg-mark';
/** Carried by every wrapper (its value: the group's name). Not UI_ATTRIBUTE: wrappers hold page text. */
export const MARK_ATTRIBUTE = 'data-gzbg-mark';

/** Told before and after each batch of the painter's DOM changes (a page watcher discards them). */
export interface MutationHooks {
  before(): void;
  after(): void;
}

interface HighlightLike {
  priority: number;
}
type HighlightCtor = new (...ranges: Range[]) => HighlightLike;
interface Registry {
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

function highlightApi(view: Window | null): { Highlight: HighlightCtor; registry: Registry } | null {
  const g = (view ?? globalThis) as unknown as { Highlight?: unknown; CSS?: { highlights?: Registry } };
  const H = typeof g.Highlight === 'function' ? (g.Highlight as HighlightCtor) : null;
  const registry = g.CSS?.highlights;
  return H && registry ? { Highlight: H, registry } : null;
}

interface Group {
  ranges: readonly Range[];
  style: MarkStyle;
  path: MarkPath;
  wrappers: HTMLElement[];
}

const hooks = new Set<MutationHooks>();

/** Registers hooks around the painter's DOM changes; returns the function that removes them. */
export function onMarkMutations(h: MutationHooks): () => void {
  hooks.add(h);
  return () => hooks.delete(h);
}

/** Runs the painter's DOM change `f`: hooks told, the selection and every text range kept on their text. */
function mutating(doc: Document, f: () => void): void {
  for (const h of hooks) h.before();
  try {
    keepingSelection(doc, f);
    restoreTrackedRanges();
  } finally {
    for (const h of hooks) h.after();
  }
}

/** Collapsible white space only: formatting between elements, never wrapped. */
const BLANK = /^[ \t\n\r\f]*$/;

/** Each original Text node's slice inside `range`, in original offsets. */
function slicesOf(range: Range): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  if (range.collapsed) return out;
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root.nodeType === 3 ? root.parentNode ?? root : root, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n) || BLANK.test(n.data) || n.parentElement?.closest(`[${UI_ATTRIBUTE}]`)) continue;
    const s = n === range.startContainer ? range.startOffset : 0;
    const e = n === range.endContainer ? range.endOffset : n.length;
    if (e <= s) continue;
    const a = originalPoint(n, s);
    out.push({ node: a.node, start: a.offset, end: a.offset + (e - s) });
  }
  return out;
}

export class MarkPainter {
  private readonly groups = new Map<string, Group>();
  private sheet: CSSStyleSheet | null = null;
  private styleElement: HTMLStyleElement | null = null;
  private mode: MarkMode = 'auto';

  constructor(private readonly doc: Document) {}

  /** How marks are drawn now: highlights where the API exists, unless elements were asked for. */
  get path(): MarkPath {
    return this.mode === 'auto' && highlightApi(this.doc.defaultView) ? 'highlights' : 'elements';
  }

  /** Switches the path; groups already painted are drawn again the new way. */
  setMode(mode: MarkMode): void {
    if (mode === this.mode) return;
    const painted = [...this.groups].map(([name, g]) => [name, g.ranges, g.style] as const);
    for (const [name] of painted) this.clear(name);
    this.mode = mode;
    for (const [name, ranges, style] of painted) this.paint(name, ranges, style);
  }

  /** Paints `ranges` as group `name` (replacing what the group painted before). */
  paint(name: string, ranges: readonly Range[], style: MarkStyle): void {
    // Remembered before the old marks go: unwrapping them moves the DOM under the ranges.
    for (const range of ranges) trackRange(range);
    this.clear(name);
    const group: Group = { ranges, style, path: this.path, wrappers: [] };
    this.groups.set(name, group);
    if (group.path === 'highlights' && this.highlight(name, group)) {
      this.writeStyles();
      return;
    }
    group.path = 'elements';
    this.writeStyles();
    const slices = ranges.flatMap(slicesOf);
    mutating(this.doc, () => {
      for (const slice of slices) this.wrapSlice(name, slice, group.wrappers);
    });
  }

  /** Removes group `name`'s marks; its wrappers go and the page's Text nodes are whole again. */
  clear(name: string): void {
    const group = this.groups.get(name);
    if (!group) return;
    this.groups.delete(name);
    if (group.path === 'highlights') {
      highlightApi(this.doc.defaultView)?.registry.delete(name);
    } else {
      mutating(this.doc, () => {
        for (const w of group.wrappers) this.unwrap(w);
      });
    }
    this.writeStyles();
  }

  /** Every group cleared (the page as it was before any mark). */
  clearAll(): void {
    for (const name of [...this.groups.keys()]) this.clear(name);
  }

  private highlight(name: string, group: Group): boolean {
    const api = highlightApi(this.doc.defaultView);
    if (!api) return false;
    try {
      const h = new api.Highlight(...group.ranges);
      if (group.style.priority !== undefined) h.priority = group.style.priority;
      api.registry.set(name, h);
      return true;
    } catch {
      // Some content-script worlds expose the API but refuse our ranges: wrap instead.
      return false;
    }
  }

  /** Wraps the part of each of today's pieces of `slice.node` that lies in [start, end). */
  private wrapSlice(name: string, slice: { node: Text; start: number; end: number }, into: HTMLElement[]): void {
    for (let piece of [...piecesOfOriginal(slice.node)]) {
      const base = originalPoint(piece, 0).offset;
      const s = Math.max(slice.start, base) - base;
      const e = Math.min(slice.end, base + piece.length) - base;
      if (e <= s || !piece.parentNode) continue;
      if (s > 0) piece = splitPiece(piece, s);
      if (e - s < piece.length) splitPiece(piece, e - s);
      const wrapper = this.doc.createElement(MARK_TAG);
      wrapper.setAttribute(MARK_ATTRIBUTE, name);
      wrapper.className = name;
      piece.parentNode!.insertBefore(wrapper, piece);
      wrapper.appendChild(piece);
      into.push(wrapper);
    }
  }

  private unwrap(wrapper: HTMLElement): void {
    const parent = wrapper.parentNode;
    if (!parent) return;
    const children = [...wrapper.childNodes];
    for (const child of children) parent.insertBefore(child, wrapper);
    wrapper.remove();
    // Merge each freed piece with the piece before it, and the piece after it into it.
    for (const child of children) {
      if (child.nodeType !== 3) continue;
      const merged = mergeIntoPrevious(child as Text);
      const next = merged.nextSibling;
      if (next?.nodeType === 3) mergeIntoPrevious(next as Text);
    }
  }

  /** One stylesheet for every group: `::highlight()` rules and the wrappers' rules. */
  private writeStyles(): void {
    const rules: string[] = [];
    let wrappers = false;
    for (const [name, g] of this.groups) {
      if (g.path === 'highlights') {
        rules.push(`::highlight(${name}) { ${g.style.css} }`);
      } else {
        wrappers = true;
        rules.push(`${MARK_TAG}[${MARK_ATTRIBUTE}].${name} { ${important(g.style.css)} }`);
      }
    }
    // Page CSS must not give the wrappers a box of their own: no layout change, only paint.
    if (wrappers) rules.unshift(`${MARK_TAG}[${MARK_ATTRIBUTE}] { all: unset !important; display: inline !important; }`);
    this.applyCss(rules.join('\n'));
  }

  private applyCss(css: string): void {
    if (!this.sheet && !this.styleElement) {
      if (!css) return;
      try {
        const sheet = new CSSStyleSheet();
        this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
        this.sheet = sheet;
      } catch {
        // A page (or browser) without constructed sheets: a <style> in the head, skipped as our UI.
        const el = this.doc.createElement('style');
        el.setAttribute(UI_ATTRIBUTE, '');
        mutating(this.doc, () => (this.doc.head ?? this.doc.documentElement).append(el));
        this.styleElement = el;
      }
    }
    if (this.sheet) {
      try {
        this.sheet.replaceSync(css);
      } catch {
        // unstyled marks; everything else still works
      }
    } else if (this.styleElement && this.styleElement.textContent !== css) {
      mutating(this.doc, () => void (this.styleElement!.textContent = css));
    }
  }
}

/** `!important` on each declaration (page rules with !important must not win over the wrappers'). */
function important(css: string): string {
  return css
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (d.includes('!important') ? d : `${d} !important`))
    .join('; ');
}

const painters = new WeakMap<Document, MarkPainter>();

/** The one painter of a document, shared by every part that marks it (overlapping groups nest). */
export function markPainter(doc: Document = document): MarkPainter {
  let p = painters.get(doc);
  if (!p) {
    p = new MarkPainter(doc);
    painters.set(doc, p);
  }
  return p;
}
