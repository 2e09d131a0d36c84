/**
 * Ranges over page text that keep their text while the mark painter splits, wraps and merges the
 * page's Text nodes. The DOM moves a live range's edge to the parent element when the Text node it
 * sits in is moved into or out of a wrapper, so every range made by `toRange` or painted is
 * remembered here by its original text positions (lib/dom/pieces.ts) and put back after each change.
 * Held weakly: a range nobody keeps is forgotten. A tracked range is not meant to be moved by its
 * owner (none is): it would be put back where it was first seen.
 */
import { currentPoint, originalPoint } from './pieces';
import type { DomPoint } from './textmap';

interface Edges {
  start: DomPoint;
  end: DomPoint;
}

const edges = new WeakMap<Range, Edges>();
const refs = new Set<WeakRef<Range>>();
const forget = new FinalizationRegistry<WeakRef<Range>>((ref) => refs.delete(ref));

/** Remembers where `range` is now (only ranges whose edges are in Text nodes). */
export function trackRange(range: Range): void {
  if (edges.has(range)) return;
  const { startContainer: s, endContainer: e } = range;
  if (s.nodeType !== 3 || e.nodeType !== 3) return;
  edges.set(range, { start: originalPoint(s as Text, range.startOffset), end: originalPoint(e as Text, range.endOffset) });
  const ref = new WeakRef(range);
  refs.add(ref);
  forget.register(range, ref);
}

function put(range: Range, at: Edges): void {
  const s = currentPoint(at.start.node, at.start.offset, 'start');
  const e = currentPoint(at.end.node, at.end.offset, 'end');
  try {
    range.setStart(s.node, s.offset);
    range.setEnd(e.node, e.offset);
  } catch {
    // The page changed that text itself: the range stays where the DOM put it.
  }
}

/** Puts every remembered range back on its text (after the painter changed the DOM). */
export function restoreTrackedRanges(): void {
  for (const ref of refs) {
    const range = ref.deref();
    const at = range && edges.get(range);
    if (range && at) put(range, at);
  }
}

/**
 * Runs `change` (a DOM change by the painter) keeping the user's selection on the same text: a
 * reader selecting words to annotate must not lose the selection because a mark was repainted.
 */
export function keepingSelection(doc: Document, change: () => void): void {
  const sel = doc.getSelection();
  const a = sel?.anchorNode;
  const f = sel?.focusNode;
  const at = sel && a?.nodeType === 3 && f?.nodeType === 3
    ? { anchor: originalPoint(a as Text, sel.anchorOffset), focus: originalPoint(f as Text, sel.focusOffset) }
    : null;
  change();
  if (!sel || !at) return;
  const anchor = currentPoint(at.anchor.node, at.anchor.offset);
  const focus = currentPoint(at.focus.node, at.focus.offset);
  if (sel.anchorNode === anchor.node && sel.anchorOffset === anchor.offset && sel.focusNode === focus.node && sel.focusOffset === focus.offset) return;
  try {
    sel.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
  } catch {
    // a selection in text the page changed itself
  }
}
