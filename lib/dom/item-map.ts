/**
 * A text map over text pieces placed by hand rather than read from the DOM: a PDF's text layer,
 * whose spans are absolutely positioned and say nothing about lines or paragraphs. The text is
 * built first (lib/files/pdf-text.ts); each piece says where its Text node's characters stand in
 * it, and whatever lies between pieces (line breaks, form feeds, spaces) is synthetic.
 */
import type { DomTextMap } from './textmap';

export interface PlacedText {
  /** Offset in the text where the node's first character stands. */
  start: number;
  node: Text;
}

/** The map of `text` over `pieces` (each node's whole data at its start; pieces must not overlap). */
export function placedTextMap(text: string, pieces: readonly PlacedText[]): DomTextMap {
  const sorted = [...pieces].filter((p) => p.node.data.length > 0).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const nodes: (Text | null)[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const p of sorted) {
    if (p.start < at) throw new RangeError(`placedTextMap: a piece at ${p.start} overlaps the one before (ends at ${at})`);
    if (p.start > at) {
      starts.push(at);
      nodes.push(null);
      offsets.push(0);
    }
    starts.push(p.start);
    nodes.push(p.node);
    offsets.push(0);
    at = p.start + p.node.data.length;
  }
  if (at < text.length) {
    starts.push(at);
    nodes.push(null);
    offsets.push(0);
  }
  starts.push(text.length);
  return { text, starts: Int32Array.from(starts), nodes, nodeOffsets: Int32Array.from(offsets) };
}
