import { render } from 'preact';
import { trusted } from './trusted';
import { setBarRoom } from './bar-room';
import { OverlayView } from './OverlayView';
import { highlightName, markStyle } from './styles';
import { markPainter, originalPoint, toRange, type DomTextMap } from '@/lib/dom';
import { toneOf, type ModelItem, type ReadingModel, type Tone } from '@/lib/reading/model';
import type { CorrectionAction } from '@/lib/corrections/types';

const TONES: Tone[] = ['raised', 'lowered', 'same', 'comparator', 'new', 'plain'];

/** Timings shown as data attributes on the overlay's root (tests and benches read them). */
export interface OverlayTiming {
  ms: number;
  mapMs: number;
  /** Of the reading: finding the report's body in the page's map (lib/dom/body.ts). */
  bodyMs?: number;
  chars: number;
  overlayMs?: number;
  /** Waiting for the settings, and drawing the first marks when the link was not back yet. */
  askMs?: number;
  /** Then waiting for the background's link to the earlier years. */
  linkMs?: number;
}

export interface OverlayCallbacks {
  openPanel(): void;
  /** The user hid the overlay from the bar. */
  hidden(): void;
  /** Opens the stored copy of an earlier year at a passage. */
  openCopy(reportId: string, quote: string): void;
  /** The reader corrects a figure from its card, or undoes a correction. */
  correct?(item: ModelItem, action: CorrectionAction): void;
  undo?(correctionId: string): void;
}

/**
 * The marks (lib/dom/marks: CSS Custom Highlight API, no change to the page's DOM or layout;
 * wrapper elements where the API is missing), the bar and the
 * card, for one reading of the page. Hover, click or stepping (bar buttons, keyboard shortcuts)
 * opens a commitment's card.
 */
export class Overlay {
  private ranges: Range[] = [];
  private active = -1;
  private pinned = false;
  private overCard = false;
  private closeTimer = 0;
  private frame = 0;
  private on = true;
  private nodeSegments = new Map<Node, number[]>();
  private readonly painter = markPainter(document);
  private readonly abort = new AbortController();

  constructor(
    private readonly container: HTMLElement,
    private map: DomTextMap,
    private model: ReadingModel,
    private timing: OverlayTiming,
    private error: string | null,
    private readonly callbacks: OverlayCallbacks,
    /** Drawn before the earlier years arrived: marks not yet coloured by change. */
    private linking = false,
  ) {
    this.index();
    this.paint();
    const opts = { signal: this.abort.signal, passive: true } as const;
    // Only the reader's own pointer and keys act: the page's scripts can dispatch events on document too.
    document.addEventListener('mousemove', trusted((e) => this.onMove(e)), opts);
    document.addEventListener('click', trusted((e) => this.onClick(e)), { signal: this.abort.signal, capture: true });
    document.addEventListener('keydown', trusted((e) => {
      if (e.key === 'Escape' && this.active >= 0) this.close();
    }), opts);
    window.addEventListener('scroll', () => this.reposition(), opts);
    window.addEventListener('resize', () => this.reposition(), opts);
    this.render();
  }

  get isOn(): boolean {
    return this.on;
  }

  get current(): string | null {
    return this.model.items[this.active]?.id ?? null;
  }

  /** New text and analysis (a dynamic page changed). */
  update(map: DomTextMap, model: ReadingModel, timing: OverlayTiming, error: string | null, linking = false): void {
    const id = this.current;
    this.linking = linking;
    this.map = map;
    this.model = model;
    this.timing = timing;
    this.error = error;
    this.index();
    this.active = id ? model.items.findIndex((i) => i.id === id) : -1;
    this.paint();
    this.render();
  }

  setOn(on: boolean): void {
    this.on = on;
    if (!on) this.close();
    this.paint();
    this.render();
  }

  destroy(): void {
    this.abort.abort();
    this.clearMarks();
    render(null, this.container);
  }

  /** Opens the card of item `i`, scrolling it into view. */
  show(i: number, pin = true): boolean {
    const range = this.ranges[i];
    if (!range) return false;
    if (!this.on) this.setOn(true);
    const el = range.startContainer.parentElement;
    const r = range.getBoundingClientRect();
    if (el && (r.top < 60 || r.bottom > window.innerHeight - 120)) el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.active = i;
    this.pinned = pin;
    this.paintActive();
    this.render();
    return true;
  }

  /** Scrolls the report's text at `start` to the top of the view; the card, whose mark left the view, closes. */
  scrollToOffset(start: number): void {
    const el = toRange(this.map, start, start + 1).startContainer.parentElement;
    el?.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
    this.close();
  }

  showId(id: string): boolean {
    return this.show(this.model.items.findIndex((i) => i.id === id));
  }

  step(dir: 1 | -1): string | null {
    const n = this.ranges.length;
    if (!n) return null;
    const next = this.active < 0 ? (dir === 1 ? this.firstVisible() : n - 1) : (this.active + dir + n) % n;
    this.show(next);
    return this.current;
  }

  private firstVisible(): number {
    for (let i = 0; i < this.ranges.length; i++) {
      if (this.ranges[i]!.getBoundingClientRect().bottom > 0) return i;
    }
    return 0;
  }

  private close(): void {
    this.active = -1;
    this.pinned = false;
    this.paintActive();
    this.render();
  }

  private index(): void {
    this.ranges = this.model.items.map((item) => toRange(this.map, item.start, item.end));
    this.nodeSegments.clear();
    this.map.nodes.forEach((node, i) => {
      if (!node) return;
      const list = this.nodeSegments.get(node);
      if (list) list.push(i);
      else this.nodeSegments.set(node, [i]);
    });
  }

  private clearMarks(): void {
    for (const tone of ['active' as const, ...TONES]) this.painter.clear(highlightName(tone));
  }

  /** Draws the marks: one group per tone, then the active item on top. */
  private paint(): void {
    this.clearMarks();
    if (!this.on) return;
    const groups = new Map<Tone, Range[]>();
    this.model.items.forEach((item, i) => {
      const tone = toneOf(item.change);
      const list = groups.get(tone) ?? [];
      list.push(this.ranges[i]!);
      groups.set(tone, list);
    });
    for (const [tone, ranges] of groups) this.painter.paint(highlightName(tone), ranges, markStyle(tone));
    this.paintActive();
  }

  /** Only the active mark changes on hover and stepping: wrapping everything again would be wasted. */
  private paintActive(): void {
    const activeRange = this.on ? this.ranges[this.active] : undefined;
    if (activeRange) this.painter.paint(highlightName('active'), [activeRange], markStyle('active'));
    else this.painter.clear(highlightName('active'));
  }

  private render(): void {
    if (!this.on) {
      render(null, this.container);
      return;
    }
    const range = this.ranges[this.active];
    const r = range ? (range.getClientRects()[0] ?? range.getBoundingClientRect()) : null;
    render(
      <OverlayView
        model={this.model}
        active={this.active}
        pinned={this.pinned}
        at={r ? { left: r.left, top: r.top, bottom: r.bottom } : null}
        error={this.error}
        timing={this.timing}
        linking={this.linking}
        onStep={(d) => this.step(d)}
        onOpenPanel={() => this.callbacks.openPanel()}
        onOpenCopy={(reportId, quote) => this.callbacks.openCopy(reportId, quote)}
        corrections={this.callbacks.correct && this.callbacks.undo ? { onCorrect: (item, action) => this.callbacks.correct!(item, action), onUndo: (id) => this.callbacks.undo!(id) } : undefined}
        onShowOffset={(start) => this.scrollToOffset(start)}
        // Other boxes of ours at the bottom (the change notice, another shadow root) stack above the bar by this.
        onRoom={setBarRoom}
        onHide={() => {
          this.setOn(false);
          this.callbacks.hidden();
        }}
        onCloseCard={() => this.close()}
        onCardHover={(inside) => {
          this.overCard = inside;
          if (inside) clearTimeout(this.closeTimer);
          else if (!this.pinned) this.scheduleClose();
        }}
      />,
      this.container,
    );
  }

  private reposition(): void {
    if (this.active < 0 || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.overCard && !this.pinned) this.close();
    }, 350);
  }

  /** The item under a viewport point, or -1. */
  private itemAt(x: number, y: number): number {
    const caret = caretAt(x, y);
    if (!caret) return -1;
    // Under element marks the caret is in a piece of a page Text node: the map knows the whole node.
    const pos = caret.node.nodeType === 3 ? originalPoint(caret.node as Text, caret.offset) : caret;
    const segs = this.nodeSegments.get(pos.node);
    if (!segs) return -1;
    let offset = -1;
    for (const i of segs) {
      const start = this.map.nodeOffsets[i]!;
      const len = this.map.starts[i + 1]! - this.map.starts[i]!;
      if (pos.offset >= start && pos.offset <= start + len) {
        offset = this.map.starts[i]! + (pos.offset - start);
        break;
      }
    }
    if (offset < 0) return -1;
    const items = this.model.items;
    let lo = 0;
    let hi = items.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const it = items[mid]!;
      if (it.end < offset) lo = mid + 1;
      else if (it.start > offset) hi = mid - 1;
      else return this.contains(mid, x, y) ? mid : -1;
    }
    return -1;
  }

  private contains(i: number, x: number, y: number): boolean {
    for (const r of this.ranges[i]!.getClientRects()) {
      if (x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2) return true;
    }
    return false;
  }

  private onMove(e: MouseEvent): void {
    if (!this.on || this.pinned || this.overCard) return;
    const x = e.clientX;
    const y = e.clientY;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const i = this.itemAt(x, y);
      if (i >= 0) {
        clearTimeout(this.closeTimer);
        if (i !== this.active) {
          this.active = i;
          this.paintActive();
          this.render();
        }
      } else if (this.active >= 0) {
        this.scheduleClose();
      }
    });
  }

  private onClick(e: MouseEvent): void {
    if (!this.on || e.composedPath().some((n) => n instanceof HTMLElement && n.hasAttribute('data-gzbg-ui'))) return;
    const i = this.itemAt(e.clientX, e.clientY);
    if (i >= 0) {
      this.active = i;
      this.pinned = true;
      this.paintActive();
      this.render();
    } else if (this.pinned) {
      this.close();
    }
  }
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?(x: number, y: number): Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
