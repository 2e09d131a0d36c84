/**
 * The page is untrusted: its scripts can dispatch any event anywhere they can reach (`isTrusted`
 * false), and they hear every composed event that bubbles out of a shadow root. These helpers let
 * only the reader's own input act on the extension's UI.
 */

/** Events the UI acts on: a synthetic one from the page's scripts must never reach a handler. */
export const ACTING_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'change', 'submit', 'paste', 'drop',
] as const;

/** Events that carry what the reader types or pastes into the UI's fields. */
const TYPING_EVENTS = [
  'keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'compositionstart', 'compositionupdate', 'compositionend',
  'paste', 'copy', 'cut',
] as const;

// By name, not instanceof: in Firefox a content script sees the page's elements through Xray wrappers.
const isField = (t: EventTarget | undefined): boolean => {
  const el = t as HTMLElement | undefined;
  return !!el && (['input', 'textarea', 'select'].includes(el.localName) || el.isContentEditable === true);
};

/**
 * Stops what the reader types into a field of the UI (a note, a tag, a search) at the shadow root,
 * so the page's bubbling listeners never hear a note being written. Keys pressed on the UI's
 * buttons still bubble (Escape, the `]`/`[` steps reach the document's shortcut listeners).
 */
export function silenceTyping(root: EventTarget): void {
  for (const type of TYPING_EVENTS) {
    root.addEventListener(type, (e) => {
      if (isField(e.composedPath()[0])) e.stopPropagation();
    });
  }
}

/**
 * Stops every untrusted acting event at `root` in the capture phase, before any handler below it
 * runs. Returns what removes the guard.
 */
export function guardTrusted(root: EventTarget): () => void {
  const stop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of ACTING_EVENTS) root.addEventListener(type, stop, true);
  return () => {
    for (const type of ACTING_EVENTS) root.removeEventListener(type, stop, true);
  };
}

/** A handler that ignores events the page's scripts made (for listeners on `document` or `window`). */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}
