/**
 * The one typed protocol between content scripts, the background and the extension's pages.
 *
 * A request is `{ type, ...payload }`; the background answers with an envelope
 * (`{ ok: true, value }` or `{ ok: false, error }`) so that a store error (a full disk, a bad
 * backup) reaches the asking page as a `MessageError` with its code and message, not as a silent
 * `undefined`. Add a message by adding one line to `Protocol` and its handler in the background.
 */
import { browser } from 'wxt/browser';
import type { AnalyzeOptions, LinkableAnalysis, PortableAnalysis } from './commitments/analyze';
import type { Commitment } from './commitments/types';
import type { BodyPick } from './dom/body';
import type { Level } from './report/types';
import type { ReadingModel } from './reading/model';
import { wellFormedDeep } from './text';
import type {
  AnalysisLike,
  Backup,
  DeleteResult,
  PersistRecord,
  PriorAnalysis,
  PriorQuery,
  ReidentifyResult,
  ReportFilter,
  ReportIdentity,
  ReportSummary,
  RestoreResult,
  SaveReportResult,
  StorageEstimate,
  StoreErrorCode,
  StoredReport,
} from './store';
import type { LastSeen, StoredVersion, VersionCheck, VersionSummary } from './store';
import type { AnchorResult, Annotation, ReportIdentity as AnnotatedReport } from './anchoring';
import type { ImportOutcome } from './store/annotations';
import type { Correction, CorrectionReport } from './corrections/types';

/** What a content script found on a page (sent whether or not it is a report). */
export interface PageSeen {
  url: string;
  title: string;
  /** 'rejected': quickReject said it surely is not a report; the engine did not run. */
  verdict: 'report' | 'not-report' | 'rejected';
  confidence: number;
  region: string | null;
  year: number | null;
  level: Level | null;
  summary: boolean;
  targets: number;
  outcomes: number;
  /** Characters of visible text. */
  chars: number;
  /** Time to map the DOM and analyze it, ms. */
  ms: number;
  /** Of which: building the visible-text map, ms. */
  mapMs: number;
  /** The stored report's id when the page was saved. */
  reportId?: string;
  /** The user asked to analyze the page although it was not recognized. */
  forced?: boolean;
  /** From the start of reading to the overlay drawn (with the prior years linked), ms. */
  overlayMs?: number;
  /** The page was longer than the content script reads (`chars` says how long): refused, with a notice. */
  tooLong?: boolean;
  /** The report's body on the page (lib/dom/body.ts): what was read, stored and marked. */
  body?: BodySeen;
}

/** How the report's body was found on a page. */
export interface BodySeen {
  /** 'found' by the body finder, 'picked' by the reader on this site, 'page' (none found: the whole page). */
  source: 'found' | 'picked' | 'page';
  confidence: number;
  confident: boolean;
  /** Characters of the body, and of the whole page's visible text. */
  chars: number;
  pageChars: number;
  /** Of the page's time to read: finding the body, ms. */
  ms: number;
}

export interface PageStatus extends PageSeen {
  tabId: number;
  at: number;
}

/** The user's settings (kept in the store's `settings`, key 'prefs'). */
export interface Settings {
  /** Save recognized reports as the user reads them. */
  saveAsRead: boolean;
  /** Show the marks and the bar on report pages. */
  overlay: boolean;
  /**
   * Advanced: how marks are drawn on the page. 'auto' uses the CSS Custom Highlight API where it
   * exists and wraps text in elements where it does not; 'elements' always wraps (for pages or
   * browsers where highlights misbehave, and to test the element path in a browser that has the API).
   */
  marks: 'auto' | 'elements';
}

/**
 * The longest text a page is read for (content script) and analyzed (the 'text/analyze' message):
 * about 30 times the longest real report (60,000 characters), so a report with long annexes or a
 * page of several reports is read, while a page of many megabytes (a log, a data dump) is refused
 * with a notice after one `textContent` read instead of costing the tab seconds of messaging.
 */
export const MAX_TEXT_CHARS = 2_000_000;

/**
 * A page's text in a request: carried, or named by the id the background kept it under
 * (lib/reading/kept-texts.ts), so a long text crosses the messaging once.
 */
export type TextRef = { text: string; textId?: never } | { textId: string; text?: never };

/**
 * The background's answer to 'text/analyze': the analysis without the normalized text (offsets
 * point into the text sent), and the id the text is kept under with its annotation fingerprint.
 * `commitments` holds the first COMMITMENTS_PER_MESSAGE of `kept.commitments`; 'text/commitments' gives the rest.
 */
export type KeptAnalysis = Omit<PortableAnalysis, 'normalized'> & { kept: { id: string; fingerprint: string; commitments: number } };

/**
 * Figures per message from the background to the page: a 2M-character page has about 6,500, some
 * 2 MB of JSON that Chrome turns back into objects on the page's thread in one task (a task of
 * 60–90 ms at 1.9M characters in the long-task runs); a few hundred at a time stay well under 50 ms.
 */
export const COMMITMENTS_PER_MESSAGE = 500;

/** What a page reads with: the background's answer, or the engine's run in place (with its normalized text). */
export type PageAnalysis = Omit<PortableAnalysis, 'normalized'> & { normalized?: PortableAnalysis['normalized']; kept?: KeptAnalysis['kept'] };

export const DEFAULT_SETTINGS: Settings = { saveAsRead: true, overlay: true, marks: 'auto' };

export interface Pong {
  /** The extension's version (manifest). */
  version: string;
  /** The database version. */
  schema: number;
  at: number;
}

/** Every message: `[request payload, response]`. */
export interface Protocol {
  ping: [Record<string, never>, Pong];
  'page/seen': [{ page: PageSeen }, { ok: true }];
  'page/status': [{ tabId?: number }, PageStatus | null];
  /** With `textId`, the text and (unless given) the engine's analysis the background kept from 'text/analyze'. */
  'report/save': [{ url: string } & ({ text: string; textId?: never; analysis: AnalysisLike } | { textId: string; text?: never; analysis?: AnalysisLike }), SaveReportResult];
  'report/get': [{ id: string }, StoredReport | null];
  'report/list': [{ filter?: ReportFilter }, ReportSummary[]];
  'report/delete': [{ id: string }, DeleteResult];
  /** The user fixed a report's government, level, year or summary flag: it moves to the id its new identity gives, with all that hangs on it. */
  'report/reidentify': [{ id: string; identity: ReportIdentity }, ReidentifyResult];
  /** The reader makes one stored version (of any source) the report's text of record. */
  'report/choose': [{ id: string; hash: string }, ReportSummary];
  /** Earlier years' stored analyses (no texts), nearest `years` years first. */
  'report/prior': [PriorQuery, PriorAnalysis[]];
  /**
   * A page's analysis linked to its government's nearest earlier stored years, in the background
   * (its code stays warm between pages; a page's content script starts cold on every visit).
   * Without `current`, the analysis kept under `textId`; without `current.normalized`, the
   * normalized text kept under `textId` (or `text` normalized).
   */
  'report/link': [{ current?: LinkableAnalysis; years?: number } & Partial<TextRef>, ReadingModel];
  /**
   * The engine on a page's text (the report's body), run in the background so the page's main
   * thread stays free; offsets point into the text. At most MAX_TEXT_CHARS characters. The text is
   * carried, or was sent in pieces by 'text/append' (`chars` checks that all of them arrived).
   */
  'text/analyze': [{ hints: AnalyzeOptions } & ({ text: string } | { textId: string; chars: number }), KeptAnalysis];
  /** The kept analysis's figures from `from` on, at most COMMITMENTS_PER_MESSAGE. */
  'text/commitments': [{ textId: string; from: number }, Commitment[]];
  /** One piece of a long text, each sent in its own task; `textId` null starts a text. */
  'text/append': [{ textId: string | null; piece: string }, { textId: string }];
  'storage/estimate': [Record<string, never>, { estimate: StorageEstimate | null; persist: PersistRecord | null }];
  /** A page asked `navigator.storage.persist()` (the Chromium service worker cannot); record the answer. */
  'storage/persist-asked': [{ granted: boolean }, PersistRecord];
  'backup/export': [Record<string, never>, Backup];
  'backup/restore': [{ backup: unknown }, RestoreResult];
  /** Versions and changes (lib/store/versions.ts). */
  'versions/check': [{ reportId: string }, VersionCheck | null];
  'versions/seen': [{ reportId: string; hash: string }, LastSeen];
  'versions/list': [{ reportId: string }, VersionSummary[]];
  'versions/get': [{ reportId: string; hash: string }, StoredVersion | null];
  'versions/pin': [{ reportId: string; hash: string; pinned: boolean }, VersionSummary[]];
  /** Opens the compare page on two stored texts (`reportId#hash` each). */
  'compare/open': [{ a: string; b: string }, { ok: true }];
  /** Annotations (lib/store/annotations.ts): all, or one report's (matched by identity, not URL). */
  'annotations/list': [{ report?: AnnotatedReport }, Annotation[]];
  'annotations/save': [{ annotation: Annotation }, Annotation];
  'annotations/delete': [{ id: string }, { deleted: boolean }];
  /** A shared file: validated and merged in one transaction; `write: false` only previews the counts. */
  'annotations/import': [{ text: string; fileName: string; write: boolean }, ImportOutcome];
  /** Opens the annotations page (all annotations, export, import) in a tab. */
  'annotations/open-page': [Record<string, never>, { ok: true }];
  'settings/get': [Record<string, never>, Settings];
  'settings/set': [{ patch: Partial<Settings> }, Settings];
  /** The reader's pick of where the report starts and ends on a site (its host), or null. */
  'body/pick/get': [{ site: string }, BodyPick | null];
  /** Remembers (or, with null, forgets) the reader's pick for a site. */
  'body/pick/set': [{ site: string; pick: BodyPick | null }, { ok: true }];
  /** Opens the side panel (Chrome) / sidebar (Firefox) for a tab, or the library page. */
  'ui/open': [{ what: 'sidepanel' | 'library'; tabId?: number }, { ok: true; how: string }];
  /** Opens a stored report's copy (annotations.html?read=ID) scrolled to `quote` and highlighted. */
  'ui/open-copy': [{ reportId: string; quote: string }, { ok: true }];
  /** The reader's corrections of one report (lib/corrections), oldest first. */
  'corrections/list': [{ report: CorrectionReport }, Correction[]];
  /** Saves one correction (checked against the corrections schema). */
  'corrections/save': [{ correction: Correction }, Correction];
  /** Undoes one correction. */
  'corrections/delete': [{ id: string }, { deleted: boolean }];
  /** Every correction, for the shareable file and the labels export. */
  'corrections/all': [Record<string, never>, Correction[]];
  /** Merges a corrections file (its JSON text): new ones added, ones already here kept. */
  'corrections/import': [{ text: string }, { added: number; kept: number }];
}

export type MessageType = keyof Protocol;
export type Payload<K extends MessageType> = Protocol[K][0];
export type Reply<K extends MessageType> = Protocol[K][1];
export type Request<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Payload<K> : never;

/** 'text-gone': a request named a text the background no longer keeps (lib/reading/kept-texts.ts). */
/** 'no-answer': the background or the page did not answer (reloading, closed). */
export type ErrorCode = StoreErrorCode | 'unknown-message' | 'no-handler' | 'text-gone' | 'no-answer';
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** A request that failed in the background. */
export class MessageError extends Error {
  override readonly name = 'MessageError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const TYPES: ReadonlySet<string> = new Set<MessageType>([
  'ping', 'page/seen', 'page/status', 'report/save', 'report/get', 'report/list', 'report/delete', 'report/reidentify', 'report/choose',
  'report/prior', 'report/link', 'text/analyze', 'text/append', 'text/commitments', 'storage/estimate', 'storage/persist-asked', 'backup/export', 'backup/restore',
  'versions/check', 'versions/seen', 'versions/list', 'versions/get', 'versions/pin', 'compare/open',
  'annotations/list', 'annotations/save', 'annotations/delete', 'annotations/import', 'annotations/open-page',
  'settings/get', 'settings/set', 'body/pick/get', 'body/pick/set', 'ui/open', 'ui/open-copy',
  'corrections/list', 'corrections/save', 'corrections/delete', 'corrections/all', 'corrections/import',
]);

export function isRequest(x: unknown): x is Request {
  return typeof x === 'object' && x !== null && TYPES.has((x as { type?: unknown }).type as string);
}

/** Who sent a request (from `runtime.MessageSender`). */
export interface Sender {
  tabId?: number;
  url?: string;
}

export type Handlers = {
  [K in MessageType]: (req: Request<K>, sender: Sender) => Promise<Reply<K>> | Reply<K>;
};

/** Answers one request with the handlers; errors become an error envelope. */
export async function dispatch(handlers: Handlers, message: unknown, sender: Sender = {}): Promise<Envelope<unknown>> {
  // The boundary: a page's text, a file or a backup reaches the store and the engine only well formed.
  const req = wellFormedDeep(message);
  if (!isRequest(req)) {
    return { ok: false, error: { code: 'unknown-message', message: `Unknown message ${JSON.stringify((req as { type?: unknown })?.type)}` } };
  }
  const handler = handlers[req.type] as ((r: Request, s: Sender) => unknown) | undefined;
  if (!handler) return { ok: false, error: { code: 'no-handler', message: `No handler for ${req.type}` } };
  try {
    return { ok: true, value: await handler(req, sender) };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return {
      ok: false,
      error: {
        code: typeof code === 'string' ? (code as ErrorCode) : 'failed',
        message: e instanceof Error ? e.message : String(e),
      },
    };
  }
}

type Listener = (message: unknown, sender: { id?: string; tab?: { id?: number }; url?: string }, sendResponse: (r: unknown) => void) => boolean;

/**
 * The background's `runtime.onMessage` listener. Answers through `sendResponse` (and returns
 * true), which every browser supports; messages from elsewhere or of other shapes are left alone.
 */
export function listener(handlers: Handlers, ownId: string): Listener {
  return (message, sender, sendResponse) => {
    // Only this extension's own contexts are answered (a page's scripts cannot message it at all:
    // the manifest has no externally_connectable; a sender without an id is not ours either).
    if (!isRequest(message) || sender.id !== ownId) return false;
    void dispatch(handlers, message, { tabId: sender.tab?.id, url: sender.url }).then(sendResponse);
    return true;
  };
}

/** Starts answering requests in this context (the background). */
export function serve(handlers: Handlers): () => void {
  const l = listener(handlers, browser.runtime.id);
  browser.runtime.onMessage.addListener(l as never);
  return () => browser.runtime.onMessage.removeListener(l as never);
}

/** Unwraps an envelope: the value, or a MessageError. */
export function unwrap<T>(envelope: unknown): T {
  const e = envelope as Envelope<T> | undefined;
  if (!e || typeof e !== 'object' || !('ok' in e)) {
    throw new MessageError('no-answer', 'No answer from the background (is the extension reloading?)');
  }
  if (!e.ok) throw new MessageError(e.error.code, e.error.message);
  return e.value;
}

/** Sends a request to the background and returns its typed reply (throws MessageError on failure). */
export async function send<K extends MessageType>(type: K, ...payload: Payload<K> extends Record<string, never> ? [] : [Payload<K>]): Promise<Reply<K>> {
  const message = { type, ...(payload[0] ?? {}) };
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage(message);
  } catch (e) {
    // "Extension context invalidated", "Receiving end does not exist"…: the extension was reloaded
    // or updated under this page, or its background is starting.
    throw new MessageError('no-answer', `The extension's background did not answer (${e instanceof Error ? e.message : String(e)}). Reload the page and try again.`);
  }
  return unwrap<Reply<K>>(answer);
}

/**
 * Requests a content script answers (sent to a tab by the background, the popup or the side
 * panel). Kept apart from `Protocol`: the background never answers these.
 */
export interface TabProtocol {
  /** What the overlay shows on this tab, or null when the page is not (yet) read as a report. */
  'overlay/model': [Record<string, never>, { model: ReadingModel | null; page: PageSeen | null; on: boolean }];
  /** Shows or hides the marks and the bar; `on` omitted toggles. */
  'overlay/toggle': [{ on?: boolean }, { on: boolean }];
  /** Moves to the next (1) or previous (-1) commitment and opens its card. */
  'overlay/step': [{ dir: 1 | -1 }, { id: string | null }];
  /** Scrolls to a commitment and opens its card. */
  'overlay/show': [{ id: string }, { ok: boolean }];
  /** Reads the page again; `force` extracts even when it is not recognized as a report. */
  'page/analyze': [{ force: boolean }, PageSeen | null];
  /** The reader picks the report's body: the next two clicks on the page mark where it starts and ends. */
  'body/pick-start': [Record<string, never>, { ok: boolean }];
}

export type TabMessageType = keyof TabProtocol;
export type TabRequest<K extends TabMessageType = TabMessageType> = K extends TabMessageType
  ? { type: K; tab: true } & TabProtocol[K][0]
  : never;

const TAB_TYPES: ReadonlySet<string> = new Set<TabMessageType>(['overlay/model', 'overlay/toggle', 'overlay/step', 'overlay/show', 'page/analyze', 'body/pick-start']);

export function isTabRequest(x: unknown): x is TabRequest {
  return typeof x === 'object' && x !== null && (x as { tab?: unknown }).tab === true
    && TAB_TYPES.has((x as { type?: unknown }).type as string);
}

export function tabRequest<K extends TabMessageType>(type: K, payload: TabProtocol[K][0]): TabRequest<K> {
  return { type, tab: true, ...payload } as TabRequest<K>;
}

export type TabHandlers = { [K in TabMessageType]: (req: TabRequest<K>) => Promise<TabProtocol[K][1]> | TabProtocol[K][1] };

/** A content script's listener for tab requests (answers with an envelope, like the background). */
export function serveTab(handlers: TabHandlers): () => void {
  const l: Listener = (message, sender, sendResponse) => {
    if (!isTabRequest(message) || sender.id !== browser.runtime.id) return false;
    const handler = handlers[message.type] as (r: TabRequest) => unknown;
    Promise.resolve()
      .then(() => handler(message))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (e: unknown) => sendResponse({ ok: false, error: { code: 'failed', message: e instanceof Error ? e.message : String(e) } }),
      );
    return true;
  };
  browser.runtime.onMessage.addListener(l as never);
  return () => browser.runtime.onMessage.removeListener(l as never);
}

/**
 * A notice, not a request (nobody answers it): a tab's report was read after its page loaded (the
 * reader page, once its file is read), so an open side panel showing that tab draws it again.
 */
export interface TabReadNotice {
  tabRead: true;
}

export function isTabReadNotice(x: unknown): x is TabReadNotice {
  return typeof x === 'object' && x !== null && (x as { tabRead?: unknown }).tabRead === true;
}

/** Tells the extension's pages (the side panel) that this tab's report was read. */
export function announceTabRead(): void {
  const notice: TabReadNotice = { tabRead: true };
  // No listener (no panel open) is no error.
  void Promise.resolve().then(() => browser.runtime.sendMessage(notice)).catch(() => undefined);
}

/** Sends a request to a tab's content script (from the background or an extension page). */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, payload: TabProtocol[K][0]): Promise<TabProtocol[K][1]> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, tabRequest(type, payload));
  } catch (e) {
    throw new MessageError('no-answer', `The page did not answer (${e instanceof Error ? e.message : String(e)}). Reload the page and try again.`);
  }
  return unwrap<TabProtocol[K][1]>(answer);
}

/**
 * Requests only the annotations' part of a content script answers (entrypoints/content/annotate.ts).
 * Kept apart from `TabProtocol` (their own `annotationsTab` flag) so the overlay's listener ignores them.
 */
export interface AnnotationTabProtocol {
  /** The page's annotations with how each landed on it, or null when the page is not annotated as a report. */
  'annotations/items': [Record<string, never>, { annotation: Annotation; anchor: AnchorResult | null }[] | null];
  /** Scrolls to an annotation and opens its editor. */
  'annotations/open': [{ id: string }, { ok: boolean }];
}

export type AnnotationTabType = keyof AnnotationTabProtocol;
export type AnnotationTabRequest = { [K in AnnotationTabType]: { type: K; annotationsTab: true } & AnnotationTabProtocol[K][0] }[AnnotationTabType];

export function isAnnotationTabRequest(x: unknown): x is AnnotationTabRequest {
  return typeof x === 'object' && x !== null && (x as { annotationsTab?: unknown }).annotationsTab === true
    && ['annotations/items', 'annotations/open'].includes((x as { type?: unknown }).type as string);
}

/** Sends an annotation request to a tab's content script. */
export async function sendAnnotationTab<K extends AnnotationTabType>(tabId: number, type: K, payload: AnnotationTabProtocol[K][0]): Promise<AnnotationTabProtocol[K][1]> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, { type, annotationsTab: true, ...payload });
  } catch (e) {
    throw new MessageError('no-answer', `The page did not answer (${e instanceof Error ? e.message : String(e)}).`);
  }
  return unwrap<AnnotationTabProtocol[K][1]>(answer);
}

/** The side panel's view of a tab's annotations (the tab chosen by `tabId` at each call). */
export function annotationTabApi(tabId: () => Promise<number | undefined>) {
  return {
    items: async () => {
      const id = await tabId();
      return id === undefined ? null : sendAnnotationTab(id, 'annotations/items', {}).catch(() => null);
    },
    open: async (annotationId: string) => {
      const id = await tabId();
      if (id !== undefined) await sendAnnotationTab(id, 'annotations/open', { id: annotationId }).catch(() => undefined);
    },
    pageUrl: browser.runtime.getURL('/annotations.html'),
  };
}
