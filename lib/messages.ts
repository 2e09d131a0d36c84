/**
 * The one typed protocol between content scripts, the background and the extension's pages.
 *
 * A request is `{ type, ...payload }`; the background answers with an envelope
 * (`{ ok: true, value }` or `{ ok: false, error }`) so that a store error (a full disk, a bad
 * backup) reaches the asking page as a `MessageError` with its code and message, not as a silent
 * `undefined`. Add a message by adding one line to `Protocol` and its handler in the background.
 */
import { browser } from 'wxt/browser';
import type { Level } from './report/types';
import type {
  AnalysisLike,
  Backup,
  DeleteResult,
  PersistRecord,
  PriorReport,
  ReportFilter,
  ReportSummary,
  RestoreResult,
  SaveReportResult,
  StorageEstimate,
  StoreErrorCode,
  StoredReport,
} from './store';
import type { LastSeen, StoredVersion, VersionCheck, VersionSummary } from './store';
import type { Annotation, ReportIdentity as AnnotatedReport } from './anchoring';
import type { ImportOutcome } from './store/annotations';

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
}

export interface PageStatus extends PageSeen {
  tabId: number;
  at: number;
}

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
  'report/save': [{ url: string; text: string; analysis: AnalysisLike }, SaveReportResult];
  'report/get': [{ id: string }, StoredReport | null];
  'report/list': [{ filter?: ReportFilter }, ReportSummary[]];
  'report/delete': [{ id: string }, DeleteResult];
  'report/prior': [{ region: string; level: Level | null; year: number; limit?: number }, PriorReport[]];
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
}

export type MessageType = keyof Protocol;
export type Payload<K extends MessageType> = Protocol[K][0];
export type Reply<K extends MessageType> = Protocol[K][1];
export type Request<K extends MessageType = MessageType> = K extends MessageType ? { type: K } & Payload<K> : never;

export type ErrorCode = StoreErrorCode | 'unknown-message' | 'no-handler';
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
  'ping', 'page/seen', 'page/status', 'report/save', 'report/get', 'report/list', 'report/delete',
  'report/prior', 'storage/estimate', 'storage/persist-asked', 'backup/export', 'backup/restore',
  'versions/check', 'versions/seen', 'versions/list', 'versions/get', 'versions/pin', 'compare/open',
  'annotations/list', 'annotations/save', 'annotations/delete', 'annotations/import',
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
export async function dispatch(handlers: Handlers, req: unknown, sender: Sender = {}): Promise<Envelope<unknown>> {
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
    if (!isRequest(message) || (sender.id !== undefined && sender.id !== ownId)) return false;
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
    throw new MessageError('failed', 'No answer from the background (is the extension reloading?)');
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
    throw new MessageError('failed', `The extension's background did not answer (${e instanceof Error ? e.message : String(e)}). Reload the page and try again.`);
  }
  return unwrap<Reply<K>>(answer);
}
