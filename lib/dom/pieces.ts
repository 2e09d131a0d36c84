/**
 * The pieces of page Text nodes that the mark painter split (lib/dom/marks.ts wraps text slices in
 * elements where the CSS Custom Highlight API is missing). A text map, a Range made from it and a
 * user's selection all speak of the page's own Text nodes and offsets in them; these functions
 * translate between that "original" position and the piece that holds it now, so nothing outside
 * the painter needs to know the page was split. Merging the pieces back restores the original node.
 */
import type { DomPoint } from './textmap';

/** Where a piece's first character sits in the original node. */
interface Origin {
  node: Text;
  base: number;
}

/** Pieces other than the original itself → their place in the original. */
const origins = new WeakMap<Text, Origin>();
/** Original node → its pieces in text order (the original first), while it is split. */
const piecesOf = new WeakMap<Text, Text[]>();

function originOfPiece(piece: Text): Origin {
  return origins.get(piece) ?? { node: piece, base: 0 };
}

/** The original position of a position in a piece (unchanged for a node that was never split). */
export function originalPoint(node: Text, offset: number): DomPoint {
  const o = originOfPiece(node);
  return { node: o.node, offset: o.base + offset };
}

/**
 * The position in today's pieces of an original position. At the seam between two pieces the
 * start of a range belongs to the next piece and its end to the previous one, so a range never
 * starts on an empty tail or ends on an empty head.
 */
export function currentPoint(node: Text, offset: number, bias: 'start' | 'end' = 'start'): DomPoint {
  const pieces = piecesOf.get(node);
  if (!pieces) return { node, offset };
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const base = originOfPiece(piece).base;
    const end = base + piece.length;
    const last = i === pieces.length - 1;
    if (bias === 'start' ? offset < end || last : offset <= end || last) return { node: piece, offset: Math.max(0, offset - base) };
  }
  return { node, offset };
}

/** The pieces of `node`'s original in text order (just the original when it was never split). */
export function piecesOfOriginal(original: Text): readonly Text[] {
  return piecesOf.get(original) ?? [original];
}

/** Splits a piece at `at` (0 < at < length) and records the new piece; returns it. */
export function splitPiece(piece: Text, at: number): Text {
  const origin = originOfPiece(piece);
  const pieces = piecesOf.get(origin.node) ?? [origin.node];
  const next = piece.splitText(at);
  origins.set(next, { node: origin.node, base: origin.base + at });
  pieces.splice(pieces.indexOf(piece) + 1, 0, next);
  piecesOf.set(origin.node, pieces);
  return next;
}

/**
 * Merges `piece` into the piece before it when that one is its previous sibling (nothing of the
 * page between them). Returns the piece that now holds `piece`'s text.
 */
export function mergeIntoPrevious(piece: Text): Text {
  const origin = origins.get(piece);
  if (!origin) return piece;
  const pieces = piecesOf.get(origin.node)!;
  const i = pieces.indexOf(piece);
  const prev = pieces[i - 1];
  if (!prev || piece.previousSibling !== prev) return piece;
  prev.appendData(piece.data);
  piece.remove();
  origins.delete(piece);
  pieces.splice(i, 1);
  if (pieces.length === 1) piecesOf.delete(origin.node);
  return prev;
}
