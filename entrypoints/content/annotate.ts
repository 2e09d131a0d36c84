/**
 * The content script's side of annotations: mounts the annotator (components/annotations/annotator.ts)
 * in a WXT shadow root on report pages, over the background's annotation messages, and answers
 * the side panel's requests for the page's annotations.
 */
import { messagesLocale } from '@/components/i18n';
import { render } from 'preact';
import type { ContentScriptContext } from '#imports';
import { Annotator, type PageReport } from '@/components/annotations/annotator';
import type { AddedFigure } from '@/components/annotations/FigureForm';
import { PAGE_NOTES_CSS } from '@/components/annotations/PageNotes';
import { setAnnotationLang } from '@/components/annotations/strings';
import type { DomTextMap } from '@/lib/dom';
import { isAnnotationTabRequest, send } from '@/lib/messages';
import { mountPageUi, pageUiRoot } from './page-ui';

export { NOTE_HIGHLIGHT } from '@/components/annotations/annotator';

let annotator: Promise<Annotator> | null = null;
/** What "add as a target" does on the current reading of the page (set by the content script after each). */
type FigureAdder = (start: number, end: number, figure: AddedFigure) => void;
let figureAdder: FigureAdder | null = null;

export function setFigureAdder(add: FigureAdder | null): void {
  figureAdder = add;
}

/** The reader's name for new annotations (set on the annotations page), or null. */
export async function annotatorName(): Promise<string | null> {
  const got = (await browser.storage.local.get('gzbgAnnotator')) as { gzbgAnnotator?: string };
  return typeof got.gzbgAnnotator === 'string' && got.gzbgAnnotator.trim() ? got.gzbgAnnotator.trim() : null;
}

function start(ctx: ContentScriptContext): Promise<Annotator> {
  setAnnotationLang(messagesLocale());
  const abort = new AbortController();
  ctx.onInvalidated(() => abort.abort());
  const a = new Annotator({
    mountUi: async () => {
      const ui = await mountPageUi(ctx, 'gzbg-annotate', PAGE_NOTES_CSS, (container) => container, (container) => {
        if (container) render(null, container);
      });
      return ui.built;
    },
    list: (report) => send('annotations/list', { report }),
    save: (annotation) => send('annotations/save', { annotation }),
    remove: async (id) => void (await send('annotations/delete', { id })),
    creator: annotatorName,
    openPage: () => void send('annotations/open-page').catch(() => undefined),
    cardRoot: () => pageUiRoot('gzbg-status'),
    addFigure: (start, end, figure) => figureAdder?.(start, end, figure),
  }, abort.signal);
  // The side panel asks for the list and opens an annotation (lib/messages AnnotationTabProtocol).
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void): boolean => {
    if (!isAnnotationTabRequest(message)) return false;
    if (message.type === 'annotations/items') sendResponse({ ok: true, value: a.hasPage ? a.items() : null });
    else sendResponse({ ok: true, value: { ok: a.openExisting(message.id, true) } });
    return false;
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  abort.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage as never));
  return a.mount().then(() => a);
}

/**
 * The one hook the content script calls after each reading of a report page: mounts the
 * annotation UI once, then (re-)anchors the report's annotations on the page's text.
 */
export async function annotatePage(
  ctx: ContentScriptContext,
  map: DomTextMap,
  report: PageReport,
  commitments: readonly { id: string; start: number; end: number }[] = [],
  /** The text's fingerprint when the background computed it (over a long text, a long task here). */
  fingerprint?: string,
): Promise<void> {
  annotator ??= start(ctx);
  await (await annotator).setPage(map, report, commitments, fingerprint);
}
