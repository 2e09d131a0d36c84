/**
 * The room the bar takes at the viewport's bottom, shared with the change notice (another shadow
 * root) so that it stacks above the bar. Kept here and set on the notice's own container: a custom
 * property set on the page's root element would restyle the whole page (a long task on a long report).
 */
let px = 0;
const listeners = new Set<(px: number) => void>();

export function setBarRoom(next: number): void {
  if (next === px) return;
  px = next;
  for (const l of listeners) l(px);
}

/** Keeps `el`'s --gzbg-bar-room current; returns the unsubscribe. */
export function followBarRoom(el: HTMLElement): () => void {
  const apply = (v: number) => el.style.setProperty('--gzbg-bar-room', `${v}px`);
  apply(px);
  listeners.add(apply);
  return () => listeners.delete(apply);
}
