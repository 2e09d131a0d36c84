/**
 * The reader page (reader.html): a report that comes as a file. A PDF is drawn page by page with
 * its text layer and read like a web page (marks, cards, bar, annotations, stored with its pages);
 * a Word file is stored and opened in the stored-copy view. ?file=HASH opens a file opened before,
 * ?url=… fetches a PDF the popup found in the active tab.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { messagesLocale, useMessages } from '@/components/i18n';
import { setAnnotationLang } from '@/components/annotations/strings';
import { fr, problemMessage, setFileLang } from '@/components/files/strings';
import { analyzeImport, toStored } from '@/components/library/importing';
import { FileError, originPattern, readDocx } from '@/lib/files';
import { announceTabRead, send } from '@/lib/messages';
import { fromFile, fromKept, fromUrl, kindOf, type OpenedFile } from './bytes';
import { PDF_VIEW_CSS } from './pdf-view';
import { readPdf, type ReaderSession } from './session';
import { serveReaderTab } from './tab-api';

useMessages((key) => browser.i18n.getMessage(key as 'extName'));
setFileLang(messagesLocale());
setAnnotationLang(messagesLocale());
document.documentElement.lang = messagesLocale();
document.title = fr('readerTitle');

// pdf.js's worker, CMaps and fonts ship inside the extension (wxt.config.ts): nothing is fetched.
const asset = (path: string) => browser.runtime.getURL(path as '/popup.html');
GlobalWorkerOptions.workerSrc = asset('/pdfjs/pdf.worker.min.mjs');
const PDFJS = { getDocument, assets: { cMapUrl: asset('/pdfjs/cmaps/'), standardFontDataUrl: asset('/pdfjs/standard_fonts/') } };

const READER_CSS = `
body { margin: 0; background: #e9e6df; color: #1f2328; font: 15px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.reader-head { position: sticky; top: 0; z-index: 2; display: flex; gap: 12px; align-items: center; padding: 8px 16px; background: #faf8f2; border-bottom: 1px solid #d9d0b8; }
.reader-head h1 { font-size: 16px; margin: 0; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.reader-head .status { color: #555; font-size: 13px; }
.drop { margin: 48px auto; max-width: 560px; padding: 48px 24px; border: 2px dashed #b9ab85; border-radius: 12px; text-align: center; color: #555; background: #faf8f2; }
body.dragging .drop { border-color: #2a6; background: #eef8f0; }
.problem.ask { background: #fff8e6; color: #5a4300; border-color: #e6c97a; }
.ask p { margin: 0 0 8px; }
.ask button { font: inherit; margin-top: 4px; padding: 5px 12px; border-radius: 7px; border: 1px solid #b5651d; background: #fdf0dc; cursor: pointer; }
.problem { margin: 16px auto; max-width: 640px; padding: 12px 16px; border-radius: 8px; background: #fdecea; color: #8a1c12; border: 1px solid #f1b5ae; }
${PDF_VIEW_CSS}
`;

const app = document.getElementById('app')!;
const style = document.createElement('style');
style.textContent = READER_CSS;
document.head.appendChild(style);

const head = document.createElement('header');
head.className = 'reader-head';
const title = document.createElement('h1');
title.textContent = fr('readerTitle');
const status = document.createElement('span');
status.className = 'status';
status.setAttribute('data-testid', 'reader-status');
const input = document.createElement('input');
input.type = 'file';
input.accept = '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
input.setAttribute('data-testid', 'reader-file');
input.setAttribute('aria-label', fr('openFile'));
head.append(title, status, input);
const main = document.createElement('main');
app.append(head, main);

function showDrop(): void {
  const drop = document.createElement('div');
  drop.className = 'drop';
  drop.setAttribute('data-testid', 'reader-drop');
  drop.textContent = fr('dropHint');
  main.replaceChildren(drop);
}

function showProblem(message: string, problem = ''): void {
  const box = document.createElement('p');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'file-problem');
  box.dataset.problem = problem;
  box.textContent = message;
  main.replaceChildren(box);
  document.body.dataset.state = 'problem';
}

function failed(e: unknown): void {
  if (e instanceof FileError) {
    const mb = e.problem === 'too-large' ? Math.round(Number(e.message) / 1048576) || Math.round(Number(/(\d+) MB/.exec(e.message)?.[1] ?? 0)) : 0;
    showProblem(problemMessage(e.problem, mb), e.problem);
  } else {
    showProblem(fr('problem-corrupt'), 'corrupt');
    console.warn('gzbg reader', e);
  }
  status.textContent = '';
}

async function creator(): Promise<string | null> {
  const got = (await browser.storage.local.get('gzbgAnnotator')) as { gzbgAnnotator?: string };
  return got.gzbgAnnotator?.trim() || null;
}

let busy = false;
let current: ReaderSession | null = null;
// The side panel, the popup and the shortcuts ask this tab as they ask a report page's content script.
serveReaderTab(() => current);

async function open(get: () => Promise<OpenedFile | null>): Promise<void> {
  if (busy) return;
  busy = true;
  delete document.body.dataset.state;
  try {
    const file = await get();
    if (!file) {
      // Unless the getter said why already (a problem, or the question for access).
      if (document.body.dataset.state !== 'problem' && document.body.dataset.state !== 'ask') showProblem(fr('fileGone'), 'gone');
      return;
    }
    status.textContent = fr('reading', file.name);
    title.textContent = file.name;
    const kind = kindOf(file.name, file.bytes);
    if (!kind) throw new FileError('unsupported', file.name);
    if (kind === 'docx') {
      // A Word file has no pages to draw: stored, then read in the stored-copy view.
      const { text } = await readDocx(file.bytes);
      const saved = await send('report/save', { url: file.url, text, analysis: toStored(analyzeImport(text)) });
      location.href = browser.runtime.getURL(`/annotations.html?read=${encodeURIComponent(saved.id)}` as '/annotations.html');
      return;
    }
    main.replaceChildren();
    const session = await readPdf(main, file, PDFJS, creator);
    current = session;
    announceTabRead();
    const { model } = session;
    title.textContent = `${model.region ?? ''}${model.year ? `${model.year}年` : ''}${model.title ?? file.name}`;
    document.title = title.textContent;
    status.textContent = `${fr('pages', session.view.pages.length)}${session.reportId ? ` · ${fr('saved')}` : ''}`;
  } catch (e) {
    failed(e);
  } finally {
    busy = false;
  }
}

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void open(() => fromFile(file));
});
// A file dropped anywhere on the page.
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) void open(() => fromFile(file));
});

interface Permissions {
  request(p: { origins: string[] }): Promise<boolean>;
  remove(p: { origins: string[] }): Promise<boolean>;
}

/**
 * A PDF the popup found in a tab: fetched from here. Chromium lets the extension's pages fetch it
 * (the content script's match patterns count as host access there); Firefox does not (its activeTab
 * grant opens no cross-origin fetch, and its PDF viewer takes no script), so there the fetch fails
 * and the reader asks, on a click, for that one origin (an optional permission), reads the file
 * and gives the permission back.
 */
function fetchPdf(url: string): void {
  status.textContent = fr('fetching', url);
  void open(() => fromUrl(url).catch((e: unknown) => {
    if (e instanceof FileError) throw e;
    const permissions = (browser as unknown as { permissions?: Permissions }).permissions;
    if (e instanceof TypeError && permissions) askAccess(url, permissions);
    else showProblem(fr('fetchFailed', fetchDetail(e)), 'fetch');
    status.textContent = '';
    return null;
  }));
}

/** Why a fetch failed, in the UI's language: the browser words a network refusal in English only. */
function fetchDetail(e: unknown): string {
  if (e instanceof TypeError) return fr('networkRefused');
  return e instanceof Error ? e.message : String(e);
}

function askAccess(url: string, permissions: Permissions): void {
  const origins = [originPattern(url)];
  const box = document.createElement('div');
  box.className = 'problem ask';
  box.setAttribute('data-testid', 'file-access');
  const text = document.createElement('p');
  text.textContent = fr('needAccess', new URL(url).host);
  const allow = document.createElement('button');
  allow.type = 'button';
  allow.textContent = fr('allowFetch');
  allow.setAttribute('data-testid', 'allow-fetch');
  allow.addEventListener('click', () => {
    // Asked first thing in the click: the browser wants the user's gesture.
    void permissions.request({ origins }).then(async (granted) => {
      if (!granted) return;
      allow.disabled = true;
      status.textContent = fr('fetching', url);
      await open(() => fromUrl(url).finally(() => permissions.remove({ origins }).catch(() => undefined)));
    }, (e: unknown) => showProblem(fr('fetchFailed', fetchDetail(e)), 'fetch'));
  });
  box.append(text, allow);
  main.replaceChildren(box);
  document.body.dataset.state = 'ask';
}

const query = new URLSearchParams(location.search);
const hash = query.get('file');
const url = query.get('url');
if (hash) void open(() => fromKept(hash));
else if (url) fetchPdf(url);
else showDrop();
