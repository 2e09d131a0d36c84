/**
 * One PDF in the reader: read, drawn, analysed, stored like any report, linked to the stored
 * earlier years, marked with the overlay (bar, cards) and annotated, as the content script does
 * on a web page. The times of each step go on <body> as data attributes (tests and benches).
 */
import { Annotator } from '@/components/annotations/annotator';
import { PAGE_NOTES_CSS } from '@/components/annotations/PageNotes';
import { OVERLAY_CSS } from '@/components/overlay/styles';
import { mountPageShadow } from '@/components/page-shadow';
import { Overlay } from '@/components/overlay/overlay';
import { pdfPageSelector, type Annotation } from '@/lib/anchoring';
import { analyze } from '@/lib/commitments';
import type { DomTextMap } from '@/lib/dom';
import { loadPdf, type GetDocument, type PdfAssets } from '@/lib/files';
import { send } from '@/lib/messages';
import { buildReadingModel, type ReadingModel } from '@/lib/reading/model';
import { pageAt, pageStarts } from '@/lib/text';
import type { OpenedFile } from './bytes';
import { showPdf, type PdfView } from './pdf-view';
import { errorText } from '@/components/error-text';

export interface ReaderSession {
  view: PdfView;
  map: DomTextMap;
  model: ReadingModel;
  overlay: Overlay;
  annotator: Annotator;
  reportId: string | null;
}

const ms = (from: number) => String(Math.round(performance.now() - from));

/** Where an annotation on a file points: the PDF's address, or the file's hash for a local file. */
function sourceOf(file: OpenedFile): string {
  return file.url || `urn:sha256:${file.hash}`;
}

export async function readPdf(
  main: HTMLElement,
  file: OpenedFile,
  pdfjs: { getDocument: GetDocument; assets: PdfAssets },
  creator: () => Promise<string | null>,
): Promise<ReaderSession> {
  const body = document.body.dataset;
  const t0 = performance.now();
  const pdf = await loadPdf(pdfjs.getDocument, file.bytes, pdfjs.assets);
  body.loadMs = ms(t0);
  body.pages = String(pdf.doc.numPages);
  // The engine reads the text as soon as pdf.js has it, and the background saves it and links it to
  // the stored earlier years while this page builds the text layers.
  const t2 = performance.now();
  const text = pdf.text.text;
  const analysis = analyze(text, { url: file.url, title: file.name, force: true });
  body.analyzeMs = ms(t2);
  const { meta, headings, commitments, structure } = analysis;
  const stored = { meta, headings, commitments };
  const saving = send('report/save', { url: file.url, text, analysis: stored });
  const linking = meta.region && meta.year
    ? send('report/link', { current: { ...stored, structure, normalized: { text: analysis.normalized.text } } }).catch(() => buildReadingModel(analysis))
    : Promise.resolve(buildReadingModel(analysis));
  let linked: ReadingModel | null = null;
  void linking.then((m) => (linked = m));
  const t1 = performance.now();
  const view = await showPdf(main, pdf);
  body.firstLayersMs = ms(t1);
  const container = mountPageShadow('gzbg-status', OVERLAY_CSS);
  const timing = () => ({ ms: Number(body.analyzeMs), mapMs: 0, chars: text.length, overlayMs: Math.round(performance.now() - t0) });
  // The earlier years still on their way: this year's marks now, coloured by change when they come (as on a web page).
  const first: ReadingModel | null = linked;
  const overlay = new Overlay(container, view.map, first ?? buildReadingModel(analysis), timing(), null, {
    openPanel: () => void send('ui/open', { what: 'sidepanel' }).catch(() => undefined),
    hidden: () => undefined,
    openCopy: (reportId, quote) => void send('ui/open-copy', { reportId, quote }).catch(() => undefined),
  }, first === null);
  body.overlayMs = ms(t0);
  // Every page's text layer and the link: the marks on every page, coloured by change.
  const [model, map] = await Promise.all([linking, view.whole.then((m) => {
    body.renderMs = ms(t1);
    return m;
  })]);
  overlay.update(map, model, timing(), null);
  body.linkedMs = ms(t0);
  let reportId: string | null = null;
  try {
    reportId = (await saving).id;
    body.reportId = reportId;
  } catch (e) {
    body.saveError = errorText(e);
  }
  const starts = pageStarts(text);
  const annotator = new Annotator({
    mountUi: async () => mountPageShadow('gzbg-annotate', PAGE_NOTES_CSS),
    list: (r) => send('annotations/list', { report: r }),
    // Each note says its page beside its quote (the W3C export's FragmentSelector) and points at the file.
    save: (a: Annotation) => {
      const page = a.target.selectors.position ? pageAt(starts, a.target.selectors.position.start) : null;
      const selectors = { ...a.target.selectors, ...(page ? { page: pdfPageSelector(page) } : {}) };
      return send('annotations/save', { annotation: { ...a, target: { ...a.target, source: sourceOf(file), selectors } } });
    },
    remove: async (id) => void (await send('annotations/delete', { id })),
    creator,
    openPage: () => void send('annotations/open-page').catch(() => undefined),
  }, new AbortController().signal);
  await annotator.mount();
  await annotator.setPage(map, { title: meta.title, region: meta.region, year: meta.year, summary: meta.summary }, model.items);
  body.state = 'ready';
  return { view, map, model, overlay, annotator, reportId };
}
