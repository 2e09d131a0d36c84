/**
 * Whether the page changed what a paused walk has already read. A walk in slices (the text map's)
 * lets the page run between slices; a change ahead of the walk is harmless (the walk reads the new
 * DOM when it gets there), a change behind it (or to the node it is at, or to an ancestor whose
 * style decided what was read) leaves the walk's result stale, so the walk must start again.
 */
import { UI_ATTRIBUTE } from './textmap';

export interface ReadGuard {
  /**
   * True when a change since the last call touched `at` or anything before it in document order,
   * or moved `at` out of the root. Changes inside the extension's own UI do not count.
   */
  changedBefore(at: Node): boolean;
  stop(): void;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (descendants follow their ancestors too)

/** `n` comes after `at` in document order, inside `root`. */
function ahead(root: Node, at: Node, n: Node): boolean {
  return n !== at && root.contains(n) && (at.compareDocumentPosition(n) & FOLLOWING) !== 0;
}

function isOwnUi(n: Node): boolean {
  const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
  return !!el?.closest(`[${UI_ATTRIBUTE}]`);
}

/** Whether record `r` changed something at or before `at`. */
function behind(root: Node, at: Node, r: MutationRecord): boolean {
  if (isOwnUi(r.target)) return false;
  if (r.type !== 'childList') return !ahead(root, at, r.target);
  if ([...r.addedNodes, ...r.removedNodes].every(isOwnUi)) return false;
  // Nodes went in or out just before `nextSibling`, or at the end of the target's children.
  if (r.nextSibling) return !ahead(root, at, r.nextSibling);
  return !(root.contains(r.target) && (r.target.contains(at) || ahead(root, at, r.target)));
}

/** Starts watching `root` (its subtree: nodes, text and attributes). */
export function guardRead(root: Node): ReadGuard {
  // Records are delivered in a microtask, before the walk resumes: kept until it asks.
  let pending: MutationRecord[] = [];
  const observer = new MutationObserver((records) => void pending.push(...records));
  observer.observe(root, { childList: true, characterData: true, attributes: true, subtree: true });
  return {
    changedBefore(at) {
      const records = pending.concat(observer.takeRecords());
      pending = [];
      if (!root.contains(at)) return true;
      return records.some((r) => behind(root, at, r));
    },
    stop: () => observer.disconnect(),
  };
}
