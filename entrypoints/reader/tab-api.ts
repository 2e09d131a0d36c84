/**
 * The reader tab answers what a web page's content script answers (lib/messages TabProtocol and
 * AnnotationTabProtocol), so the side panel, the popup and the keyboard shortcuts act on a PDF in
 * the reader as on a report page: its rows, a click on a row opening the card, its notes.
 */
import type { Annotator } from '@/components/annotations/annotator';
import type { Overlay } from '@/components/overlay/overlay';
import { isAnnotationTabRequest, serveTab } from '@/lib/messages';
import type { ReadingModel } from '@/lib/reading/model';

export interface ReaderTabState {
  model: ReadingModel;
  overlay: Overlay;
  annotator: Annotator;
}

/** Serves the tab requests from `current()` (null until a PDF is read); returns the stop. */
export function serveReaderTab(current: () => ReaderTabState | null): () => void {
  const stopTab = serveTab({
    'overlay/model': () => {
      const s = current();
      return { model: s?.model ?? null, page: null, on: s?.overlay.isOn ?? false };
    },
    'overlay/toggle': ({ on }) => {
      const s = current();
      if (!s) return { on: false };
      const next = on ?? !s.overlay.isOn;
      s.overlay.setOn(next);
      return { on: next };
    },
    'overlay/step': ({ dir }) => ({ id: current()?.overlay.step(dir) ?? null }),
    'overlay/show': ({ id }) => ({ ok: current()?.overlay.showId(id) ?? false }),
    // The reader's text is the file's: nothing to read again, no body to pick.
    'page/analyze': () => null,
    'body/pick-start': () => ({ ok: false }),
  });
  const onAnnotation = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void): boolean => {
    if (!isAnnotationTabRequest(message) || sender.id !== browser.runtime.id) return false;
    const a = current()?.annotator;
    if (message.type === 'annotations/items') sendResponse({ ok: true, value: a?.hasPage ? a.items() : null });
    else sendResponse({ ok: true, value: { ok: a?.openExisting(message.id, true) ?? false } });
    return false;
  };
  browser.runtime.onMessage.addListener(onAnnotation as never);
  return () => {
    stopTab();
    browser.runtime.onMessage.removeListener(onAnnotation as never);
  };
}
