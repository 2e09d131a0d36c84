/**
 * Whether a text map still reads what is on the page. A map built before an await (the engine's
 * round trip to the background) may meet a page that changed meanwhile: marks drawn from it would
 * sit on other text. Each segment's Text node must still be in the document with the same
 * characters where the map took them (through the mark painter's pieces, lib/dom/pieces.ts).
 */
import { piecesOfOriginal } from './pieces';
import { runNow, type Steps } from './slices';
import type { DomTextMap } from './textmap';

/** The text `node` had before the mark painter split it (its own data when never split). */
function originalText(node: Text): string {
  const pieces = piecesOfOriginal(node);
  return pieces.length === 1 ? node.data : pieces.map((p) => p.data).join('');
}

export function mapHolds(map: DomTextMap): boolean {
  return runNow(mapHoldsSteps(map));
}

/** Segments checked between pauses of a sliced check (a 2M-character page took 35–60 ms in one task). */
const SEGMENTS_PER_STEP = 256;

/**
 * `mapHolds` as steps for `runSliced`. A change to a segment already checked, made between two
 * slices, is not seen here; neither is one made after a one-task check and before the marks are
 * drawn (the content script awaits in between): the page watcher's mutation observer reads the
 * page again after either (entrypoints/content/watch.ts).
 */
export function* mapHoldsSteps(map: DomTextMap): Steps<boolean> {
  const texts = new Map<Text, string>();
  for (let i = 0; i < map.nodes.length; i++) {
    if (i % SEGMENTS_PER_STEP === SEGMENTS_PER_STEP - 1) yield;
    const node = map.nodes[i];
    if (!node) continue;
    if (!node.isConnected) return false;
    let data = texts.get(node);
    if (data === undefined) texts.set(node, (data = originalText(node)));
    const from = map.nodeOffsets[i]!;
    const length = map.starts[i + 1]! - map.starts[i]!;
    if (data.length < from + length) return false;
    if (!sameText(map.text, map.starts[i]!, data, from, length)) return false;
  }
  return true;
}

/**
 * The map's characters against the node's: a collapsed run of white space is read as one space
 * standing for the run's first character, and a lone surrogate as U+FFFD (lib/text/well-formed.ts).
 */
function sameText(mapText: string, mapFrom: number, data: string, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    const x = mapText.charCodeAt(mapFrom + k);
    const y = data.charCodeAt(from + k);
    if (x === y) continue;
    if (x === 0x20 && (y === 0x09 || y === 0x0a || y === 0x0c || y === 0x0d)) continue;
    if (x === 0xfffd && y >= 0xd800 && y <= 0xdfff) continue;
    return false;
  }
  return true;
}
