/**
 * Annotating a report's text in a page: select text → a small "批注" button (or Alt+Shift+A) → the
 * editor (note, tags, colour) in a shadow root; saved annotations are painted by lib/dom/marks
 * ('gzbg-note', one group per colour, 'gzbg-note-changed' for quotes whose numbers changed): CSS
 * highlights, or wrapper elements where the API is missing. On every reading the report's
 * annotations (matched by identity, not URL) are re-anchored on the text map's text: moved text is
 * followed, a changed number is shown old vs new, and an annotation whose text is gone stays listed
 * with its quote. The host (content script or the stored-copy reader) supplies the shadow root and
 * the storage.
 */
import { h, render } from 'preact';
import {
  anchorAll,
  createAnnotation,
  describe,
  normalizeColour,
  reportFingerprint,
  type AnchorResult,
  type Annotation,
  type AnnotationBody,
  type ReportIdentity,
} from '@/lib/anchoring';
import { markPainter, offsetOf, toRange, UI_ATTRIBUTE, type DomTextMap, type MarkStyle } from '@/lib/dom';
import { proposeFigure } from '@/lib/corrections/propose';
import { tagsInUse } from '@/lib/store/annotations';
import type { AddedFigure } from './FigureForm';
import { DEFAULT_COLOUR } from './Editor';
import type { ListItem } from './NoteList';
import { PageNotes, type EditorState, type FigureFormState } from './PageNotes';
import { tr } from './strings';
import { errorText } from '../error-text';

/** Mark group names: the default colour, one per other colour, and changed quotes. */
export const NOTE_HIGHLIGHT = 'gzbg-note';
const CHANGED_HIGHLIGHT = 'gzbg-note-changed';
const colourHighlight = (c: string | null) => (c ? `${NOTE_HIGHLIGHT}-${c.slice(1)}` : NOTE_HIGHLIGHT);

/** What the content script knows about the report (lib/report's meta) and its commitments. */
export interface PageReport {
  title: string | null;
  region: string | null;
  year: number | null;
  summary?: boolean;
}

/** An annotation's mark: its colour, underlined (only #rrggbb reaches the stylesheet, see paint). */
const noteStyle = (colour: string | null): MarkStyle => ({
  css: `background-color: ${colour ?? DEFAULT_COLOUR}; color: inherit; text-decoration: underline 2px rgba(154, 42, 28, .55)`,
  priority: 2,
});
const CHANGED_STYLE: MarkStyle = { css: 'text-decoration: underline wavy 2px #dc2626', priority: 3 };

/** The text offset of a DOM boundary point (element boundaries resolved to the nearest text). */
function boundaryOffset(map: DomTextMap, node: Node, offset: number, end: boolean): number | null {
  if (node.nodeType === 3) return offsetOf(map, node, offset);
  const doc = node.ownerDocument ?? document;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const child = node.childNodes[offset] ?? null;
  if (child) {
    walker.currentNode = child;
    const t = child.nodeType === 3 ? child : walker.nextNode();
    if (t && !end) return offsetOf(map, t, 0);
    walker.currentNode = child;
    const prev = walker.previousNode();
    if (end && prev) return offsetOf(map, prev, (prev.nodeValue ?? '').length);
    return t ? offsetOf(map, t, 0) : null;
  }
  // after the last child: the end of the last text inside node, else the next text after it
  walker.currentNode = node;
  let last: Node | null = null;
  for (let n = walker.nextNode(); n && node.contains(n); n = walker.nextNode()) last = n;
  if (last) return offsetOf(map, last, (last.nodeValue ?? '').length);
  return null;
}

/** What the annotator needs from its host (a content script, or an extension page showing a stored copy). */
export interface AnnotatorHost {
  /** A container inside a shadow root (styled with PAGE_NOTES_CSS) whose host carries UI_ATTRIBUTE. */
  mountUi(): Promise<HTMLElement>;
  list(report: ReportIdentity): Promise<Annotation[]>;
  save(annotation: Annotation): Promise<Annotation>;
  remove(id: string): Promise<void>;
  /** The reader's name for new annotations, or null. */
  creator(): Promise<string | null>;
  /** Opens the page with every annotation, when the host has one to open. */
  openPage?(): void;
  /**
   * The reader adds the selected figure as a target the engine missed (lib/corrections); offered
   * only where the selection holds a figure. Absent where the host cannot correct (a stored copy).
   */
  addFigure?(start: number, end: number, figure: AddedFigure): void;
  /**
   * The overlay's shadow root, where its cards are (our notes go under the open card). A content
   * script's roots are closed, so only it can hand them over; absent, an open root is looked up.
   */
  cardRoot?(): ShadowRoot | null;
}

export class Annotator {
  private map!: DomTextMap;
  private identity!: ReportIdentity;
  private list: Annotation[] = [];
  private anchors = new Map<string, AnchorResult>();
  private ranges = new Map<string, Range>();
  private commitments: readonly { id: string; start: number; end: number }[] = [];
  private container: HTMLElement | null = null;
  private readonly painter = markPainter(document);
  /** The mark groups painted now. */
  private painted: string[] = [];
  private pending: { start: number; end: number } | null = null;
  private button: { x: number; y: number } | null = null;
  private editor: EditorState | null = null;
  /** The figure the reader is adding, in the form that edits what the engine proposed. */
  private figure: FigureFormState | null = null;
  private listOpen = false;
  private card: { id: string; el: Element } | null = null;
  private creator: string | null = null;
  private readonly frames = new Map<string, number>();

  constructor(
    private readonly host: AnnotatorHost,
    private readonly signal: AbortSignal,
  ) {}

  /** True once a page's text was given (`setPage`). */
  get hasPage(): boolean {
    return (this.map as DomTextMap | undefined) !== undefined;
  }

  async mount(): Promise<void> {
    this.container = await this.host.mountUi();
    const signal = this.signal;
    signal.addEventListener('abort', () => {
      if (this.container) render(null, this.container);
      this.clearMarks();
    });
    document.addEventListener('selectionchange', () => this.schedule('selection', () => this.onSelection()), { signal });
    // The page's scripts can dispatch keys and clicks on document: only the reader's own act.
    document.addEventListener('keydown', (e) => e.isTrusted && this.onKey(e), { signal, capture: true });
    document.addEventListener('click', (e) => e.isTrusted && this.onClick(e), { signal });
    window.addEventListener('scroll', () => this.schedule('reflow', () => this.reflow()), { signal, passive: true });
    window.addEventListener('resize', () => this.schedule('reflow', () => this.reflow()), { signal, passive: true });
    // Annotations edited elsewhere (side panel, annotations page, another tab): read them again on return.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && this.map) void this.reload();
    }, { signal });
    this.watchCards(signal);
    this.creator = await this.host.creator().catch(() => null);
  }

  /** A (new) reading of the page: re-anchor the report's annotations on its text. */
  async setPage(map: DomTextMap, report: PageReport, commitments: readonly { id: string; start: number; end: number }[], fingerprint = reportFingerprint(map.text)): Promise<void> {
    this.map = map;
    this.commitments = commitments;
    this.identity = {
      region: report.region,
      year: report.year,
      title: report.title,
      fingerprint,
      ...(report.summary ? { summary: true } : {}),
    };
    await this.reload();
  }

  private async reload(): Promise<void> {
    this.list = await this.host.list(this.identity);
    this.anchor();
    this.paint();
    this.render();
  }

  private anchor(): void {
    const results = anchorAll(this.map.text, this.list.map((a) => a.target.selectors));
    this.anchors.clear();
    this.ranges.clear();
    this.list.forEach((a, i) => {
      const r = results[i]!;
      this.anchors.set(a.id, r);
      if (r.start !== undefined && r.end !== undefined && r.end > r.start) {
        try {
          this.ranges.set(a.id, toRange(this.map, r.start, r.end));
        } catch {
          // a range the map cannot draw: listed, not drawn
        }
      }
    });
  }

  private clearMarks(): void {
    for (const name of this.painted) this.painter.clear(name);
    this.painted = [];
  }

  /** Draws every anchored annotation: one group per colour, changed quotes on top. */
  private paint(): void {
    const groups = new Map<string, { colour: string | null; ranges: Range[] }>();
    const changed: Range[] = [];
    for (const a of this.list) {
      const range = this.ranges.get(a.id);
      if (!range) continue;
      // only #rrggbb reaches the style sheet (a record restored from elsewhere could hold anything)
      const colour = normalizeColour(a.body.colour);
      const name = colourHighlight(colour);
      const group = groups.get(name) ?? { colour, ranges: [] };
      group.ranges.push(range);
      groups.set(name, group);
      if (this.anchors.get(a.id)?.status === 'changed') changed.push(range);
    }
    if (changed.length) groups.set(CHANGED_HIGHLIGHT, { colour: null, ranges: changed });
    for (const name of this.painted) if (!groups.has(name)) this.painter.clear(name);
    for (const [name, g] of groups) this.painter.paint(name, g.ranges, name === CHANGED_HIGHLIGHT ? CHANGED_STYLE : noteStyle(g.colour));
    this.painted = [...groups.keys()];
  }

  /** The annotations with how each landed on this page. */
  items(): ListItem[] {
    return this.list.map((annotation) => ({ annotation, anchor: this.anchors.get(annotation.id) ?? null }));
  }

  private render(): void {
    if (!this.container) return;
    const cardItems = this.card ? this.cardItems(this.card.id) : [];
    const cardRect = this.card?.el.getBoundingClientRect();
    render(
      h(PageNotes, {
        button: this.button,
        editor: this.editor,
        knownTags: tagsInUse(this.list),
        items: this.items(),
        listOpen: this.listOpen,
        card: this.card && cardRect && cardItems.length
          ? { at: { left: cardRect.left, top: cardRect.bottom - 2, width: cardRect.width }, items: cardItems }
          : null,
        onAnnotate: () => this.openNew(),
        onAddFigure: this.host.addFigure && this.pending && holdsFigure(this.map.text.slice(this.pending.start, this.pending.end))
          ? () => this.addPendingFigure()
          : undefined,
        figure: this.figure,
        onFigureSave: (figure) => this.saveFigure(figure),
        onFigureCancel: () => {
          this.figure = null;
          this.render();
        },
        onSave: (body, rebase) => void this.save(body, rebase === true),
        onCancel: () => this.closeEditor(),
        onDelete: () => void this.remove(),
        onToggleList: () => {
          this.listOpen = !this.listOpen;
          this.render();
        },
        onSelect: (id) => this.openExisting(id, true),
        onOpenPage: this.host.openPage ? () => this.host.openPage!() : undefined,
      }),
      this.container,
    );
  }

  /** Opens the form with what the engine reads of the selection's figure; nothing when it finds none. */
  private addPendingFigure(): void {
    const p = this.pending;
    if (!p || !this.host.addFigure) return;
    const selected = this.map.text.slice(p.start, p.end);
    const proposal = proposeFigure(selected);
    this.pending = null;
    this.button = null;
    document.getSelection()?.removeAllRanges();
    if (proposal) {
      const start = p.start + proposal.start;
      const end = p.start + proposal.end;
      this.figure = {
        start, end, number: proposal.number, quote: selected, at: this.rectOf(start, end),
        proposed: { role: 'target', amount: proposal.amount, unit: proposal.unit, comparator: proposal.comparator, indicator: proposal.indicator || proposal.number },
      };
    }
    this.render();
  }

  private saveFigure(figure: AddedFigure): void {
    const f = this.figure;
    this.figure = null;
    this.render();
    if (f && this.host.addFigure) this.host.addFigure(f.start, f.end, figure);
  }

  /** Runs `f` once on the next frame, however often it is asked for until then (one slot per `key`). */
  private schedule(key: 'selection' | 'reflow' | 'card', f: () => void): void {
    if (this.frames.has(key)) return;
    this.frames.set(key, requestAnimationFrame(() => {
      this.frames.delete(key);
      f();
    }));
  }

  private reflow(): void {
    if (this.button) this.onSelection();
    else if (this.card || this.editor) this.render();
  }

  /** The selection in text offsets, trimmed of white space; null when it is not in the report's text. */
  private selectionOffsets(): { start: number; end: number; rect: DOMRect } | null {
    const sel = document.getSelection();
    if (!this.map || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const host = this.container?.getRootNode() instanceof ShadowRoot ? (this.container.getRootNode() as ShadowRoot).host : null;
    if (host && host.contains(range.commonAncestorContainer)) return null;
    let start = boundaryOffset(this.map, range.startContainer, range.startOffset, false);
    let end = boundaryOffset(this.map, range.endContainer, range.endOffset, true);
    if (start === null || end === null || end <= start) return null;
    const text = this.map.text;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) return null;
    const rects = range.getClientRects();
    const rect = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { start, end, rect };
  }

  private onSelection(): void {
    if (this.editor || this.figure) return;
    const s = this.selectionOffsets();
    const before = this.button;
    if (s) {
      this.pending = { start: s.start, end: s.end };
      this.button = { x: s.rect.right + 4, y: s.rect.bottom + 4 };
    } else {
      this.pending = null;
      this.button = null;
    }
    if (before || this.button) this.render();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.altKey && e.shiftKey && (e.code === 'KeyA' || e.key === 'A' || e.key === 'a')) {
      const s = this.selectionOffsets();
      if (!s) return;
      e.preventDefault();
      this.pending = { start: s.start, end: s.end };
      this.button = { x: s.rect.right + 4, y: s.rect.bottom + 4 };
      this.openNew();
    }
  }

  /** A click on a highlighted annotation opens it. */
  private onClick(e: MouseEvent): void {
    if (this.editor || this.figure || e.composedPath().some((n) => n instanceof Element && n.hasAttribute(UI_ATTRIBUTE))) return;
    if (!document.getSelection()?.isCollapsed) return;
    const inside = (range: Range) => [...range.getClientRects()].some((r) => e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom);
    // On a commitment, the click opens its card, and the card lists the notes on it.
    if (this.commitmentRanges().some(inside)) return;
    for (const [id, range] of this.ranges) {
      if (inside(range)) {
        this.openExisting(id, false);
        return;
      }
    }
  }

  /** Ranges of the commitments that carry a note (only those can conflict with a click on a note). */
  private commitmentRanges(): Range[] {
    const out: Range[] = [];
    for (const c of this.commitments) {
      if (!this.cardItems(c.id).length) continue;
      try {
        out.push(toRange(this.map, c.start, c.end));
      } catch {
        // not drawable
      }
    }
    return out;
  }

  private rectOf(start: number, end: number): { left: number; top: number; bottom: number } | null {
    try {
      const r = toRange(this.map, start, end).getClientRects();
      const first = r[0];
      const last = r[r.length - 1];
      return first && last ? { left: first.left, top: first.top, bottom: last.bottom } : null;
    } catch {
      return null;
    }
  }

  private openNew(): void {
    if (!this.pending || !this.map) return;
    const { start, end } = this.pending;
    this.editor = {
      id: null,
      quote: this.map.text.slice(start, end),
      anchor: null,
      initial: { note: '', tags: [], colour: null },
      provenance: null,
      at: this.rectOf(start, end),
      error: null,
    };
    this.button = null;
    this.render();
  }

  /** Opens an annotation in the editor (scrolling to it); false when it is not on this page. */
  openExisting(id: string, scroll: boolean): boolean {
    const a = this.list.find((x) => x.id === id);
    if (!a) return false;
    const anchor = this.anchors.get(id) ?? null;
    const range = this.ranges.get(id);
    if (scroll && range) {
      const el = range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    }
    const prov = a.provenance
      ? [a.provenance.originalCreator?.name ? tr('by', a.provenance.originalCreator.name) : a.creator?.name ? tr('by', a.creator.name) : '', tr('imported', a.provenance.importedFrom)].filter(Boolean).join(' · ')
      : a.creator?.name ? tr('by', a.creator.name) : null;
    this.listOpen = false;
    this.editor = {
      id,
      quote: a.target.selectors.quote.exact,
      anchor,
      initial: { ...a.body, tags: [...a.body.tags] },
      provenance: prov,
      at: anchor?.start !== undefined && anchor.end !== undefined ? this.rectOf(anchor.start, anchor.end) : null,
      error: null,
    };
    this.render();
    return true;
  }

  private closeEditor(): void {
    this.editor = null;
    this.pending = null;
    this.button = null;
    this.render();
  }

  private async save(body: AnnotationBody, rebase = false): Promise<void> {
    const ed = this.editor;
    if (!ed) return;
    try {
      let annotation: Annotation;
      if (ed.id === null) {
        if (!this.pending) return;
        annotation = createAnnotation({
          text: this.map.text,
          start: this.pending.start,
          end: this.pending.end,
          source: location.href,
          report: this.identity,
          note: body.note,
          tags: body.tags,
          colour: body.colour,
          ...(this.creator ? { creator: { name: this.creator } } : {}),
        });
      } else {
        const old = this.list.find((x) => x.id === ed.id);
        if (!old) return;
        annotation = { ...old, modified: new Date().toISOString(), body: { note: body.note, tags: [...new Set(body.tags)], colour: body.colour } };
        const at = ed.anchor;
        if (rebase && at?.start !== undefined && at.end !== undefined && at.end > at.start) {
          // the reader accepted the new text: describe it afresh on this page
          annotation.target = { ...old.target, report: this.identity, selectors: describe(this.map.text, at.start, at.end) };
        }
      }
      const saved = await this.host.save(annotation);
      const i = this.list.findIndex((x) => x.id === saved.id);
      if (i >= 0) this.list[i] = saved;
      else this.list.push(saved);
      document.getSelection()?.removeAllRanges();
      this.done();
    } catch (e) {
      this.failed(ed, e);
    }
  }

  /** The editor closes and the marks and list are drawn again. */
  private done(): void {
    this.editor = null;
    this.pending = null;
    this.button = null;
    this.anchor();
    this.paint();
    this.render();
  }

  private failed(ed: EditorState, e: unknown): void {
    this.editor = { ...ed, error: tr('saveFailed', errorText(e)) };
    this.render();
  }

  private async remove(): Promise<void> {
    const ed = this.editor;
    if (!ed?.id) return;
    try {
      await this.host.remove(ed.id);
      this.list = this.list.filter((x) => x.id !== ed.id);
      this.done();
    } catch (e) {
      this.failed(ed, e);
    }
  }

  /** Annotations overlapping a commitment's text. */
  private cardItems(commitmentId: string): ListItem[] {
    const c = this.commitments.find((x) => x.id === commitmentId);
    if (!c) return [];
    return this.items().filter(({ anchor }) => anchor?.start !== undefined && anchor.end !== undefined && anchor.start < c.end && c.start < anchor.end);
  }

  /** The commitments overlay's open card (another shadow root): our notes go under it. */
  private watchCards(signal: AbortSignal): void {
    let observed: ShadowRoot | null = null;
    const check = () => {
      const root = this.host.cardRoot ? this.host.cardRoot() : (document.querySelector('gzbg-status')?.shadowRoot ?? null);
      if (root && root !== observed) {
        observed = root;
        const mo = new MutationObserver(() => this.schedule('card', () => this.syncCard(root)));
        mo.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'data-id'] });
        signal.addEventListener('abort', () => mo.disconnect());
      }
    };
    const timer = setInterval(check, 1000);
    signal.addEventListener('abort', () => clearInterval(timer));
    check();
  }

  private syncCard(root: ShadowRoot): void {
    const el = root.querySelector('[data-testid=card]');
    const id = el?.getAttribute('data-id') ?? null;
    this.card = el && id ? { id, el } : null;
    this.render();
  }
}

/** A selection worth offering as a target: it holds a figure (digits, or Chinese numerals before a unit). */
function holdsFigure(text: string): boolean {
  return /\d/.test(text) || /[一二两三四五六七八九十百千万亿]+(?:[个项所座家万亿%]|成|倍)/.test(text);
}
