import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * The room a fixed box at the viewport's bottom needs at the end of the page: its height plus
 * `gap` above and below, kept current as it resizes (wraps, collapses). The box renders a spacer
 * this tall in the page's flow, so the report's last lines can always be scrolled out from under it.
 */
export function useRoom(box: { current: HTMLElement | null }, gap: number, onRoom?: (px: number) => void): number {
  const [room, setRoom] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const px = Math.ceil(el.getBoundingClientRect().height) + gap * 2;
      setRoom(px);
      onRoom?.(px);
    };
    // Measured when the browser lays the box out (a ResizeObserver reports once on observe, then on
    // each resize), never by forcing a layout from script: on a long report that is a long task.
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    const frame = ro ? 0 : requestAnimationFrame(measure);
    return () => {
      ro?.disconnect();
      cancelAnimationFrame(frame);
      onRoom?.(0);
    };
  }, [box.current]);
  return room;
}
