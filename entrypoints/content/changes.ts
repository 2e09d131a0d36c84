/**
 * Changes since the version the reader last saw: a notice (shadow root), and on request marks on
 * the page: insertions highlighted in place (CSS Custom Highlight API; wrapping only where it is
 * missing), deletions and replacements as small markers in a shadow-root overlay that show the
 * removed text on hover or focus, changed numbers stronger. `]` and `[` move to the next and
 * previous change. The diff runs on the page's text map (the background diffs the stored copy of
 * it, off the page's main thread), so every hunk maps back to a DOM range.
 */
import { messagesLocale } from '@/components/i18n';
import { h, render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { ChangeNotice, CHANGE_NOTICE_CSS } from '@/components/changes/ChangeNotice';
import { shortDate, textRef, visibleHunks } from '@/components/changes/model';
import { langOf, translator, type Translate } from '@/components/changes/strings';
import { diffTexts, type Hunk } from '@/lib/diff';
import { markPainter, toRange, UI_ATTRIBUTE, type DomTextMap, type MarkStyle } from '@/lib/dom';
import { send } from '@/lib/messages';
import { mountPageUi } from './page-ui';
import { followBarRoom } from '@/components/overlay/bar-room';

/** Mark group names (distinct from the commitments overlay's): CSS highlights, or wrapper classes. */
export const HIGHLIGHT = { ins: 'gzbg-ins', num: 'gzbg-num-change', current: 'gzbg-change-current' } as const;
const MARKERS_TAG = 'gzbg-change-markers';

const STYLE: Record<keyof typeof HIGHLIGHT, MarkStyle> = {
  ins: { css: 'background-color: rgba(34, 197, 94, 0.28)' },
  num: { css: 'background-color: rgba(245, 158, 11, 0.5); text-decoration: underline 2px #b45309', priority: 1 },
  current: { css: 'background-color: rgba(37, 99, 235, 0.3)', priority: 2 },
};

const MARKERS_CSS = `
:host { all: initial; position: absolute; left: 0; top: 0; width: 0; height: 0; z-index: 2147483646; }
.mk { position: absolute; transform: translate(-50%, -100%); margin: 0; padding: 0 3px; min-width: 12px; height: 14px;
  border: none; border-radius: 4px; font: bold 10px/14px system-ui, sans-serif; color: #fff; cursor: pointer;
  box-shadow: 0 1px 2px rgba(0,0,0,.3); white-space: nowrap; }
.mk.del { background: #dc2626; }
.mk.rep { background: #d97706; }
.mk.ins { background: #16a34a; transform: translate(-2px, -100%); }
.mk.num { background: #b45309; text-decoration: line-through; font-weight: normal; font-size: 11px; height: 15px; line-height: 15px;
  font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.mk:focus-visible, .mk.current { outline: 2px solid #2563eb; outline-offset: 1px; }
.tip { display: none; position: absolute; left: 0; top: 18px; min-width: 8em; max-width: 28em; width: max-content;
  padding: 4px 8px; border-radius: 6px; background: #1f2328; color: #fff; text-decoration: none;
  font: 13px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  white-space: pre-wrap; text-align: left; }
.mk:hover .tip, .mk:focus .tip, .mk.current .tip { display: block; }
`;

interface Mark {
  hunk: Hunk;
  /** The new text on the page (collapsed for a deletion). */
  range: Range;
  marker: HTMLButtonElement;
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** Where a marker goes: the start of the new text, or for a deletion the point it was cut at. */
function anchorRect(map: DomTextMap, hunk: Hunk, range: Range): { x: number; y: number } | null {
  if (hunk.bEnd > hunk.bStart) {
    const r = range.getClientRects()[0];
    return r ? { x: r.left, y: r.top } : null;
  }
  const at = hunk.bStart;
  const before = at > 0 && map.text[at - 1] !== '\n';
  const probe = before ? toRange(map, at - 1, at) : at < map.text.length ? toRange(map, at, at + 1) : null;
  const rects = probe?.getClientRects();
  const r = rects?.[before ? rects.length - 1 : 0];
  return r ? { x: before ? r.right : r.left, y: r.top } : null;
}

/** The marks of one diff on the page; hidden until `show`. */
class ChangeMarks {
  readonly marks: Mark[];
  private host: HTMLElement | null = null;
  private readonly painter = markPainter(document);
  private observer: ResizeObserver | null = null;
  private frame = 0;
  current: number | null = null;
  shown = false;

  constructor(
    private readonly map: DomTextMap,
    hunks: Hunk[],
    private readonly t: Translate,
  ) {
    this.marks = hunks.map((hunk, index) => ({ hunk, range: toRange(map, hunk.bStart, hunk.bEnd), marker: this.marker(hunk, index) }));
  }

  private marker(hunk: Hunk, index: number): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.dataset.index = String(index);
    b.dataset.kind = hunk.kind;
    const numeric = hunk.numeric && hunk.kind === 'replace' && hunk.oldText.length <= 12;
    b.className = `mk ${hunk.kind === 'delete' ? 'del' : hunk.kind === 'insert' ? 'ins' : 'rep'}${numeric ? ' num' : ''}`;
    const label = hunk.kind === 'insert'
      ? this.t('changesInserted', short(hunk.newText, 200))
      : hunk.kind === 'delete'
        ? this.t('changesDeleted', hunk.oldText)
        : this.t('changesReplaced', hunk.oldText);
    // Rendered as text, never HTML: the removed words come from a web page.
    b.textContent = numeric ? hunk.oldText : hunk.kind === 'delete' ? '−' : hunk.kind === 'insert' ? '+' : '±';
    const tip = document.createElement('span');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = label;
    b.append(tip);
    b.setAttribute('aria-label', label);
    b.addEventListener('click', () => this.go(index));
    return b;
  }

  show(): void {
    if (this.shown) return;
    this.shown = true;
    const inserted = this.marks.filter((m) => !m.range.collapsed);
    this.painter.paint(HIGHLIGHT.ins, inserted.filter((m) => !m.hunk.numeric).map((m) => m.range), STYLE.ins);
    this.painter.paint(HIGHLIGHT.num, inserted.filter((m) => m.hunk.numeric).map((m) => m.range), STYLE.num);
    this.host = document.createElement(MARKERS_TAG);
    this.host.setAttribute(UI_ATTRIBUTE, '');
    const shadow = this.host.attachShadow({ mode: 'open' });
    shadow.append(Object.assign(document.createElement('style'), { textContent: MARKERS_CSS }), ...this.marks.map((m) => m.marker));
    document.documentElement.append(this.host);
    this.place();
    this.observer = new ResizeObserver(() => this.schedule());
    this.observer.observe(document.body ?? document.documentElement);
    addEventListener('resize', this.schedule);
    this.setCurrent(this.current);
  }

  hide(): void {
    if (!this.shown) return;
    this.shown = false;
    for (const name of Object.values(HIGHLIGHT)) this.painter.clear(name);
    this.observer?.disconnect();
    removeEventListener('resize', this.schedule);
    for (const m of this.marks) m.marker.remove();
    this.host?.remove();
    this.host = this.observer = null;
  }

  private readonly schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.place());
  };

  /** Puts each marker at its place in document coordinates. */
  place(): void {
    for (const m of this.marks) {
      const at = anchorRect(this.map, m.hunk, m.range);
      m.marker.hidden = !at;
      if (!at) continue;
      m.marker.style.left = `${at.x + scrollX}px`;
      m.marker.style.top = `${at.y + scrollY}px`;
    }
  }

  private setCurrent(index: number | null): void {
    this.current = index;
    this.marks.forEach((m, k) => m.marker.classList.toggle('current', k === index));
    const m = index === null ? null : this.marks[index];
    if (m && !m.range.collapsed) this.painter.paint(HIGHLIGHT.current, [m.range], STYLE.current);
    else this.painter.clear(HIGHLIGHT.current);
  }

  /** Focuses change `index` (its marker), scrolled to the middle of the window. */
  go(index: number): void {
    if (this.marks.length === 0) return;
    this.show();
    const k = ((index % this.marks.length) + this.marks.length) % this.marks.length;
    this.setCurrent(k);
    const { marker } = this.marks[k]!;
    marker.scrollIntoView({ block: 'center', inline: 'nearest' });
    marker.focus({ preventScroll: true });
  }

  step(delta: 1 | -1): void {
    this.go(this.current === null ? (delta > 0 ? 0 : this.marks.length - 1) : this.current + delta);
  }
}

function editable(target: EventTarget | null): boolean {
  const el = target instanceof Element ? target : null;
  return !!el && (el.matches('input, textarea, select, [contenteditable], [contenteditable] *') || (el as HTMLElement).isContentEditable);
}

let active: (() => void) | null = null;

/**
 * Tells the reader what changed since the version of this report they last saw. Called by the
 * content script after the page was saved as report `reportId`.
 */
export async function showChanges(ctx: ContentScriptContext, map: DomTextMap, reportId: string): Promise<void> {
  // The content script reads a changing page again: the last notice gives way to the new one.
  active?.();
  active = null;
  const check = await send('versions/check', { reportId });
  if (!check?.previous || ctx.isInvalid) return;
  const previous = check.previous;
  // The background diffed its stored text, which is this page's text map saved a moment ago. Should
  // another tab have saved another text since, the hunks would not fit: diff here instead.
  let { hunks, diffMs } = check;
  let diffWhere: 'background' | 'page' = 'background';
  const fits = check.chars === map.text.length && hunks.every((x) => map.text.slice(x.bStart, x.bEnd) === x.newText);
  if (!fits) {
    const old = await send('versions/get', { reportId, hash: previous.hash });
    if (!old || ctx.isInvalid) return;
    const t0 = performance.now();
    hunks = diffTexts(old.text, map.text).hunks;
    diffMs = Math.round((performance.now() - t0) * 10) / 10;
    diffWhere = 'page';
  }
  hunks = visibleHunks(hunks);
  if (hunks.length === 0) {
    // Only layout or punctuation moved: nothing to tell, and this text counts as seen.
    await send('versions/seen', { reportId, hash: check.hash });
    return;
  }
  const lang = langOf(messagesLocale());
  const t = translator(lang, (key, subs) => browser.i18n.getMessage(key as never, subs));
  const marks = new ChangeMarks(map, hunks, t);
  const numeric = hunks.filter((x) => x.numeric).length;
  let container: HTMLElement | null = null;



  function draw(): void {
    if (!container) return;
    render(
      h(ChangeNotice, {
        t,
        lang,
        since: shortDate(previous.seenAt, lang),
        count: hunks.length,
        numeric,
        diffMs,
        diffWhere,
        marksOn: marks.shown,
        current: marks.current,
        numbers: hunks
          .map((x, index) => ({ index, old: x.oldText, new: x.newText, x }))
          .filter(({ x }) => x.numeric && x.kind === 'replace' && x.oldText.length <= 16 && x.newText.length <= 16)
          .slice(0, 6)
          .map(({ index, old, new: now }) => ({ index, old, new: now })),
        onGo: (index) => {
          marks.go(index);
          draw();
        },
        onToggle: () => {
          if (marks.shown) marks.hide();
          else marks.show();
          draw();
        },
        onPrev: () => step(-1),
        onNext: () => step(1),
        onCompare: () => void send('compare/open', { a: textRef(reportId, previous.hash), b: textRef(reportId, check!.hash) }),
        onDismiss: () => {
          void send('versions/seen', { reportId, hash: check!.hash }).catch(() => undefined);
          cleanup();
        },
      }),
      container,
    );
  }

  function step(delta: 1 | -1): void {
    marks.step(delta);
    draw();
  }

  const onKey = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || editable(e.composedPath()[0] ?? e.target)) return;
    if (e.key !== ']' && e.key !== '[') return;
    e.preventDefault();
    step(e.key === ']' ? 1 : -1);
  };
  document.addEventListener('keydown', onKey);

  let cleaned = false;
  let removeUi = (): void => undefined;
  function cleanup(): void {
    if (cleaned) return;
    cleaned = true;
    document.removeEventListener('keydown', onKey);
    marks.hide();
    removeUi();
  }
  ctx.onInvalidated(cleanup);
  active = cleanup;
  let unfollow = () => {};
  ({ remove: removeUi } = await mountPageUi(ctx, 'gzbg-changes', CHANGE_NOTICE_CSS, (root) => {
    container = root;
    unfollow = followBarRoom(root);
    draw();
    return root;
  }, (root) => {
    unfollow();
    if (root) render(null, root);
  }));
  if (cleaned) removeUi(); // closed while the UI was being made
}
