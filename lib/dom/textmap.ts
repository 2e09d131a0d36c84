/**
 * The page's visible text as one string, with a map from every offset back to a DOM position.
 *
 * One TreeWalker pass over `root`. Whitespace is collapsed as a browser renders it (outside
 * `pre`), a "\n" stands at every block boundary and `<br>`, and hidden subtrees (script, style,
 * display:none, visibility:hidden, [hidden], aria-hidden, the extension's own [data-gzbg-ui])
 * are left out. The map is a list of segments: a run of output characters that stand for a run
 * of characters of one Text node (same length, constant shift), or a synthetic "\n" that stands
 * for no character. Look-ups are a binary search over the segment starts.
 */

import { currentPoint, originalPoint } from './pieces';
import { runNow, type Steps } from './slices';
import { trackRange } from './tracked';

export interface DomTextMap {
  /** The visible text. */
  readonly text: string;
  /** `starts[i]` is the text offset where segment i begins; `starts[segments]` is `text.length`. */
  readonly starts: Int32Array;
  /** The Text node of segment i, or null for a synthetic line break. */
  readonly nodes: readonly (Text | null)[];
  /** Offset in `nodes[i]` of the first character of segment i. */
  readonly nodeOffsets: Int32Array;
}

/**
 * A position in a Text node. The map's nodes are the page's own; where the mark painter split one
 * (lib/dom/marks.ts), `locate`, `toRange` and `offsetOf` translate to and from its pieces.
 */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** What the walker needs to know about an element's computed style. */
export interface ElementStyle {
  display: string;
  visibility: string;
  whiteSpace: string;
}

export interface TextMapOptions {
  /** Computed style of an element; defaults to `getComputedStyle`. */
  styleOf?: (el: Element) => ElementStyle;
  /** Elements matching this selector are skipped with their subtree. */
  skipSelector?: string;
}

/** Marks the extension's own UI; such subtrees never count as page text. */
export const UI_ATTRIBUTE = 'data-gzbg-ui';

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'SVG', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE', 'TEXTAREA', 'SELECT', 'INPUT',
  'BUTTON', 'OPTION', 'DATALIST', 'RT', 'RP',
]);

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS',
  'DIALOG', 'DIR', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

const CELL_TAGS = new Set(['TD', 'TH']);
const PRE_TAGS = new Set(['PRE', 'LISTING', 'XMP', 'PLAINTEXT']);

/** Collapsible white space in CSS (U+3000 and NBSP are not collapsible). */
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

type Kind = 'inline' | 'block' | 'cell';

interface ElementInfo {
  /** Renders nothing, and neither does its subtree. */
  skip: boolean;
  /** Its own text children render (visibility is inherited, so children may differ). */
  visible: boolean;
  kind: Kind;
  /** 'collapse' | 'pre' (keep all) | 'pre-line' (keep newlines). */
  space: 'collapse' | 'pre' | 'pre-line';
}

function defaultStyleOf(el: Element): ElementStyle {
  const view = el.ownerDocument?.defaultView;
  if (!view) return { display: '', visibility: '', whiteSpace: '' };
  const cs = view.getComputedStyle(el);
  return { display: cs.display, visibility: cs.visibility, whiteSpace: cs.whiteSpace };
}

function kindOf(tag: string, display: string): Kind {
  if (display) {
    if (display.startsWith('inline') || display === 'contents' || display === 'ruby') return 'inline';
    if (display === 'table-cell') return 'cell';
    return 'block';
  }
  if (CELL_TAGS.has(tag)) return 'cell';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}

function spaceOf(tag: string, whiteSpace: string, inherited: ElementInfo['space']): ElementInfo['space'] {
  if (!whiteSpace) return PRE_TAGS.has(tag) ? 'pre' : inherited;
  if (whiteSpace === 'pre-line') return 'pre-line';
  if (whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces') return 'pre';
  return 'collapse';
}

/** Builds the text map of `root` (an element, a document or a fragment). */
export function buildTextMap(root: Node, options: TextMapOptions = {}): DomTextMap {
  return runNow(textMapSteps(root, options));
}

/** Nodes walked between two points where the walk may pause. */
const NODES_PER_STEP = 256;

/**
 * The walk of `buildTextMap` as steps (lib/dom/slices.ts): it pauses every few hundred nodes,
 * yielding the node it is at (that node and everything before it in document order count as read;
 * its subtree and what follows do not), so a sliced run can tell whether the page changed what was
 * already read.
 */
export function* textMapSteps(root: Node, options: TextMapOptions = {}): Steps<DomTextMap, Node> {
  const styleOf = options.styleOf ?? defaultStyleOf;
  const skipSelector = options.skipSelector
    ? `[${UI_ATTRIBUTE}], ${options.skipSelector}`
    : `[${UI_ATTRIBUTE}]`;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  if (!doc) throw new Error('buildTextMap: root has no document');

  const infos = new Map<Node, ElementInfo>();
  const rootInfo: ElementInfo = { skip: false, visible: true, kind: 'inline', space: 'collapse' };

  function infoOf(el: Element, parent: ElementInfo): ElementInfo {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'
      || el.matches(skipSelector)) {
      return { skip: true, visible: false, kind: 'inline', space: parent.space };
    }
    const style = styleOf(el);
    if (style.display === 'none') return { skip: true, visible: false, kind: 'inline', space: parent.space };
    const visible = style.visibility
      ? style.visibility !== 'hidden' && style.visibility !== 'collapse'
      : parent.visible;
    return { skip: false, visible, kind: kindOf(tag, style.display), space: spaceOf(tag, style.whiteSpace, parent.space) };
  }

  // Output, built as pieces plus segment arrays.
  const pieces: string[] = [];
  let length = 0;
  let lastChar = ''; // last emitted character ('' before any)
  const starts: number[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  /** Line breaks owed before the next visible character (a block edge owes one, each <br> one more). */
  let pendingBreaks = 0;
  /** A tab is owed (between table cells) before the next visible character. */
  let pendingTab = false;
  /** A collapsed space is owed before the next visible character: where it came from. */
  let pendingSpace: DomPoint | null = null;

  function push(s: string, piece: Text | null, pieceOffset: number): void {
    if (!s) return;
    // A piece split off by the mark painter counts as the page's own node (lib/dom/pieces.ts).
    const { node, offset } = piece ? originalPoint(piece, pieceOffset) : { node: null, offset: pieceOffset };
    // Extend the previous segment when this run continues it in the same node.
    const last = nodes.length - 1;
    if (node && last >= 0 && nodes[last] === node && offsets[last]! + (length - starts[last]!) === offset) {
      // contiguous: nothing to record
    } else {
      starts.push(length);
      nodes.push(node);
      offsets.push(offset);
    }
    pieces.push(s);
    length += s.length;
    lastChar = s[s.length - 1]!;
  }

  function flushBefore(): void {
    if (length === 0) {
      pendingBreaks = 0;
      pendingTab = false;
      pendingSpace = null;
      return;
    }
    if (pendingBreaks > 0) {
      const n = pendingBreaks - (lastChar === '\n' ? 1 : 0);
      if (n > 0) push('\n'.repeat(n), null, 0);
    } else if (pendingTab) {
      if (lastChar !== '\n' && lastChar !== '\t') push('\t', null, 0);
    } else if (pendingSpace && lastChar !== '\n' && lastChar !== ' ' && lastChar !== '\t') {
      push(' ', pendingSpace.node, pendingSpace.offset);
    }
    pendingBreaks = 0;
    pendingTab = false;
    pendingSpace = null;
  }

  function emitText(node: Text, space: ElementInfo['space']): void {
    const data = node.data;
    if (!data) return;
    if (space === 'pre') {
      flushBefore();
      push(data, node, 0);
      return;
    }
    COLLAPSIBLE.lastIndex = 0;
    let from = 0;
    for (let m = COLLAPSIBLE.exec(data); ; m = COLLAPSIBLE.exec(data)) {
      const to = m ? m.index : data.length;
      if (to > from) {
        flushBefore();
        push(data.slice(from, to), node, from);
      }
      if (!m) break;
      const run = m[0];
      if (space === 'pre-line' && run.includes('\n')) {
        // Every newline in the run is a real line break, mapped to its own character.
        for (let i = 0; i < run.length; i++) {
          if (run[i] === '\n') {
            pendingSpace = null;
            flushBefore();
            if (length > 0) push('\n', node, m.index + i);
          }
        }
      } else if (!pendingSpace) {
        pendingSpace = { node, offset: m.index };
      }
      from = m.index + run.length;
    }
  }

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node: Node): number {
      if (node.nodeType !== 1) return 1; // FILTER_ACCEPT
      const el = node as Element;
      const parentInfo = (el.parentNode && infos.get(el.parentNode)) || rootInfo;
      const info = infoOf(el, parentInfo);
      if (info.skip) return 2; // FILTER_REJECT: the whole subtree
      infos.set(el, info);
      return 1;
    },
  });

  // Elements still open, innermost last, to emit block ends when the walk leaves them.
  const open: Element[] = [];
  function closeUntil(node: Node): void {
    while (open.length > 0 && !open[open.length - 1]!.contains(node)) {
      const el = open.pop()!;
      const kind = infos.get(el)!.kind;
      if (kind === 'block') pendingBreaks = Math.max(pendingBreaks, 1);
      else if (kind === 'cell') pendingTab = true;
    }
  }

  const rootIsElement = root.nodeType === 1;
  if (rootIsElement) {
    const info = infoOf(root as Element, rootInfo);
    if (info.skip) return finish();
    infos.set(root, info);
  }

  let untilPause = NODES_PER_STEP;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (--untilPause === 0) {
      untilPause = NODES_PER_STEP;
      yield walker.currentNode;
    }
    closeUntil(node);
    if (node.nodeType === 3) {
      const parent = node.parentNode;
      const info = (parent && infos.get(parent)) || rootInfo;
      if (info.visible) emitText(node as Text, info.space);
      continue;
    }
    const el = node as Element;
    const info = infos.get(el)!;
    if (el.tagName.toUpperCase() === 'BR') {
      if (info.visible && length > 0) {
        pendingSpace = null;
        pendingBreaks++;
      }
      continue;
    }
    if (info.kind === 'block') pendingBreaks = Math.max(pendingBreaks, 1);
    else if (info.kind === 'cell') pendingTab = true;
    open.push(el);
  }
  return finish();

  function finish(): DomTextMap {
    const text = pieces.join('');
    starts.push(length);
    return {
      text,
      starts: Int32Array.from(starts),
      nodes,
      nodeOffsets: Int32Array.from(offsets),
    };
  }
}

/** Index of the segment holding text offset `offset` (0 <= offset < text.length). */
export function segmentAt(map: DomTextMap, offset: number): number {
  const { starts } = map;
  let lo = 0;
  let hi = starts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The DOM position of the character at `offset`, or null for a synthetic line break or out of range. */
export function locate(map: DomTextMap, offset: number): DomPoint | null {
  if (offset < 0 || offset >= map.text.length) return null;
  const i = segmentAt(map, offset);
  const node = map.nodes[i];
  if (!node) return null;
  return currentPoint(node, map.nodeOffsets[i]! + (offset - map.starts[i]!));
}

/** The DOM position where the character at `offset` starts, skipping synthetic breaks forward. */
function startPoint(map: DomTextMap, offset: number): DomPoint | null {
  const n = map.nodes.length;
  let i = segmentAt(map, offset);
  let at = offset;
  while (i < n && !map.nodes[i]) {
    i++;
    at = map.starts[i] ?? at;
  }
  if (i >= n) return null;
  return currentPoint(map.nodes[i]!, map.nodeOffsets[i]! + (at - map.starts[i]!), 'start');
}

/** The DOM position just after the character at `offset - 1`, skipping synthetic breaks backward. */
function endPoint(map: DomTextMap, offset: number): DomPoint | null {
  let i = segmentAt(map, offset - 1);
  let at = offset;
  while (i >= 0 && !map.nodes[i]) {
    at = map.starts[i]!;
    i--;
  }
  if (i < 0) return null;
  const segEnd = map.starts[i + 1]!;
  return currentPoint(map.nodes[i]!, map.nodeOffsets[i]! + (Math.min(at, segEnd) - map.starts[i]!), 'end');
}

/**
 * A DOM Range over text offsets [start, end). Synthetic line breaks at either edge are left out,
 * so the range starts and ends in Text nodes. An empty or wholly synthetic span gives a collapsed
 * range at the nearest text position.
 */
export function toRange(map: DomTextMap, start: number, end: number): Range {
  const len = map.text.length;
  if (!(start >= 0 && end <= len && start <= end)) {
    throw new RangeError(`toRange: [${start}, ${end}) is outside [0, ${len}]`);
  }
  const anyNode = map.nodes.find((n) => n) ?? null;
  if (!anyNode) throw new Error('toRange: the map has no text');
  const range = anyNode.ownerDocument.createRange();
  const s = start < len ? startPoint(map, start) : null;
  const e = end > 0 ? endPoint(map, end) : null;
  if (s && e && start < end && comparePoints(s, e) <= 0) {
    range.setStart(s.node, s.offset);
    range.setEnd(e.node, e.offset);
  } else {
    const p = s ?? e!;
    range.setStart(p.node, p.offset);
    range.collapse(true);
  }
  // Kept on its text should the mark painter wrap or unwrap text under it.
  trackRange(range);
  return range;
}

function comparePoints(a: DomPoint, b: DomPoint): number {
  if (a.node === b.node) return a.offset - b.offset;
  // DOCUMENT_POSITION_FOLLOWING = 4: b follows a.
  return a.node.compareDocumentPosition(b.node) & 4 ? -1 : 1;
}

/**
 * The text offset of a DOM position (e.g. a user's selection edge). A position inside a skipped
 * or collapsed part maps to the nearest following text offset. Returns null when the node is not
 * in the map.
 */
export function offsetOf(map: DomTextMap, at: Node, atOffset: number): number | null {
  if (at.nodeType !== 3) return null;
  const { node, offset } = originalPoint(at as Text, atOffset);
  let found: number | null = null;
  for (let i = 0; i < map.nodes.length; i++) {
    if (map.nodes[i] !== node) continue;
    const nodeStart = map.nodeOffsets[i]!;
    const segLen = map.starts[i + 1]! - map.starts[i]!;
    if (offset < nodeStart) return found ?? map.starts[i]!;
    if (offset < nodeStart + segLen) return map.starts[i]! + (offset - nodeStart);
    found = map.starts[i + 1]!;
  }
  return found;
}
