/**
 * A text map made of some lines of another: the report's body out of the page's map. The lines
 * are trimmed of white space (indentation with U+3000 or NBSP included) and joined with one
 * synthetic "\n", so the same report reads the same whether a site sets it as one `<p>` per
 * paragraph, one block with `<br><br>` or a table cell. Every character still maps to the same
 * page Text node and offset as in the page's map: the body is a view of the page, not a copy.
 */
import { runNow, type Steps } from './slices';
import { segmentAt, type DomTextMap } from './textmap';

/** A line of the parent map: [start, end) text offsets, without its "\n". */
export interface LineSpan {
  start: number;
  end: number;
}

const EDGE_SPACE = /[\s\u3000\u00a0\ufeff]/;

/** [start, end) of `span` without white space at its edges. */
export function trimSpan(text: string, span: LineSpan): LineSpan {
  let { start, end } = span;
  while (start < end && EDGE_SPACE.test(text[start]!)) start++;
  while (end > start && EDGE_SPACE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The lines of `map.text` (split at "\n"), with their offsets. */
export function linesOf(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    out.push({ start, end });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/** The map of `lines` of `map` (each trimmed; empty ones left out), joined by synthetic line breaks. */
export function subMap(map: DomTextMap, lines: readonly LineSpan[]): DomTextMap {
  return runNow(subMapSteps(map, lines));
}

/** Lines taken between two points where `subMapSteps` may pause. */
const LINES_PER_STEP = 256;

/** `subMap` as steps (lib/dom/slices.ts). */
export function* subMapSteps(map: DomTextMap, lines: readonly LineSpan[]): Steps<DomTextMap> {
  const pieces: string[] = [];
  const starts: number[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  let length = 0;

  function take(from: number, to: number): void {
    let i = segmentAt(map, from);
    let at = from;
    while (at < to) {
      const segEnd = Math.min(map.starts[i + 1]!, to);
      const node = map.nodes[i] ?? null;
      starts.push(length);
      nodes.push(node);
      offsets.push(node ? map.nodeOffsets[i]! + (at - map.starts[i]!) : 0);
      length += segEnd - at;
      at = segEnd;
      i++;
    }
    pieces.push(map.text.slice(from, to));
  }

  for (let l = 0; l < lines.length; l++) {
    if (l % LINES_PER_STEP === 0) yield;
    const { start, end } = trimSpan(map.text, lines[l]!);
    if (start >= end) continue;
    if (length > 0) {
      starts.push(length);
      nodes.push(null);
      offsets.push(0);
      pieces.push('\n');
      length += 1;
    }
    take(start, end);
  }
  starts.push(length);
  return { text: pieces.join(''), starts: Int32Array.from(starts), nodes, nodeOffsets: Int32Array.from(offsets) };
}
