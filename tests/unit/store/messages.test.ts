import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { dispatch, isAnnotationTabRequest, isRequest, isTabReadNotice, isTabRequest, listener, MessageError, unwrap, type Handlers } from '@/lib/messages';
import { bodyPickHandlers, correctionHandlers, openStore, priorAnalyses, QUOTA_MESSAGE, reidentifyReport, saveReport, StoreError, versionHandlers } from '@/lib/store';
import { analyzeKept, keptCommitments, linkable, saveInput } from '@/lib/reading/kept-handlers';
import { KeptTexts } from '@/lib/reading/kept-texts';
import { linkToStoredYears } from '@/lib/reading/stored';
import { annotationHandlers } from '@/components/annotations/importing';
import { analysis, freshName } from './fixtures';

/** Handlers over a real (fake-indexeddb) store, as the background wires them. */
async function handlers(over: Partial<Handlers> = {}): Promise<Handlers> {
  const db = await openStore(freshName());
  const kept = new KeptTexts();
  const none = () => {
    throw new Error('not in this test');
  };
  return {
    ping: () => ({ version: '0.0.0', schema: 1, at: 0 }),
    'page/seen': () => ({ ok: true }),
    'page/status': () => null,
    'report/save': (r) => saveReport(db, { ...saveInput(kept, r), engine: 'test' }),
    'report/get': none,
    'report/list': none,
    'report/delete': none,
    'report/reidentify': (r) => reidentifyReport(db, r.id, r.identity),
    'report/choose': none,
    'report/link': ({ current, years, ...ref }) => linkToStoredYears(db, linkable(kept, current, ref), 'test', () => {
      throw new Error('saved by this engine: not analyzed again');
    }, years),
    'report/prior': (r) => priorAnalyses(db, r, 'test', () => {
      throw new Error('saved by this engine: not analyzed again');
    }),
    'text/analyze': (req) => analyzeKept(kept, req),
    'text/append': ({ textId, piece }) => ({ textId: kept.append(textId, piece) }),
    'text/commitments': (r) => keptCommitments(kept, r),
    'storage/estimate': () => ({ estimate: null, persist: null }),
    'storage/persist-asked': none,
    'backup/export': none,
    'backup/restore': none,
    'settings/get': none,
    'settings/set': none,
    'ui/open': none,
    'ui/open-copy': none,
    ...versionHandlers(async () => db, async () => undefined),
    ...annotationHandlers(async () => db),
    ...correctionHandlers(async () => db),
    ...bodyPickHandlers(async () => db),
    ...over,
  };
}

describe('the message protocol', () => {
  it('remembers the reader\'s pick of the body per site, and forgets it', async () => {
    const h = await handlers();
    const pick = { start: '各位代表：', end: '而努力奋斗！', path: 'div#zoom' };
    expect(unwrap(await dispatch(h, { type: 'body/pick/get', site: 'www.example.gov.cn' }))).toBeNull();
    await dispatch(h, { type: 'body/pick/set', site: 'www.example.gov.cn', pick });
    expect(unwrap(await dispatch(h, { type: 'body/pick/get', site: 'www.example.gov.cn' }))).toEqual(pick);
    expect(unwrap(await dispatch(h, { type: 'body/pick/get', site: 'other.example.cn' }))).toBeNull();
    await dispatch(h, { type: 'body/pick/set', site: 'www.example.gov.cn', pick: null });
    expect(unwrap(await dispatch(h, { type: 'body/pick/get', site: 'www.example.gov.cn' }))).toBeNull();
  });

  it('answers a request in a value envelope', async () => {
    const h = await handlers();
    const saved = unwrap<{ id: string }>(await dispatch(h, { type: 'report/save', url: 'https://sh.example/2021', text: '正文', analysis: analysis() }));
    expect(saved.id).toBe('gov:provincial:上海市:2021');
    await dispatch(h, { type: 'report/save', url: 'https://sh.example/2022', text: '正文2', analysis: analysis({ year: 2022 }) });
    const prior = unwrap<{ analysis: { meta: { year: number } } }[]>(await dispatch(h, { type: 'report/prior', region: '上海市', level: 'provincial', year: 2022 }));
    expect(prior.map((p) => p.analysis.meta.year)).toEqual([2021]);
    // A page's analysis comes back linked to the stored 2021 (its text only, no offset map, crosses the message).
    const current = { ...analysis({ year: 2022 }), normalized: { text: '正文2' } };
    const model = unwrap<{ priorYear: number | null; items: { change: string | null }[] }>(await dispatch(h, { type: 'report/link', current }));
    expect(model.priorYear).toBe(2021);
    expect(model.items.map((i) => i.change)).toEqual(['same']);
  });

  it('carries a store error (a full disk) to the asking page with its code and message', async () => {
    const h = await handlers({
      'report/save': () => {
        throw new StoreError('quota', QUOTA_MESSAGE);
      },
    });
    const envelope = await dispatch(h, { type: 'report/save', url: '', text: 'x', analysis: analysis() });
    expect(envelope).toEqual({ ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } });
    expect(() => unwrap(envelope)).toThrow(MessageError);
    expect(() => unwrap(envelope)).toThrow(QUOTA_MESSAGE);
    try {
      unwrap(envelope);
    } catch (e) {
      expect((e as MessageError).code).toBe('quota');
    }
  });

  it('refuses unknown messages and a missing answer', async () => {
    const h = await handlers();
    expect(isRequest({ type: 'report/save' })).toBe(true);
    expect(isRequest({ type: 'evil' })).toBe(false);
    expect(isRequest('ping')).toBe(false);
    expect(await dispatch(h, { type: 'evil' })).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    expect(() => unwrap(undefined)).toThrow(/No answer from the background/);
  });

  it('the listener answers its own extension by sendResponse and leaves other messages alone', async () => {
    const h = await handlers();
    const l = listener(h, 'own-id');
    const sendResponse = vi.fn();
    expect(l({ type: 'ping' }, { id: 'own-id', tab: { id: 3 } }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: { version: '0.0.0', schema: 1, at: 0 } }));
    expect(l({ type: 'ping' }, { id: 'someone-else' }, sendResponse)).toBe(false);
    expect(l({ type: 'ping' }, {}, sendResponse)).toBe(false); // no id: not this extension's
    expect(l({ type: 'ping' }, { url: 'https://page.example/' }, sendResponse)).toBe(false);
    expect(l({ hello: 1 }, { id: 'own-id' }, sendResponse)).toBe(false);
    expect(sendResponse).toHaveBeenCalledTimes(1);
  });

  it('every string of a request reaches its handler well formed (lone surrogates become U+FFFD)', async () => {
    const seen = vi.fn((_r: unknown) => ({ ok: true as const }));
    const h = await handlers({ 'page/seen': seen as never });
    const page = { url: 'https://x/\uD800', title: '\uDC00报告', verdict: 'report' as const, confidence: 1, region: '上海\uD800', year: 2021, level: null, summary: false, targets: 0, outcomes: 0, chars: 0, ms: 0, mapMs: 0 };
    await dispatch(h, { type: 'page/seen', page });
    expect(seen.mock.calls[0]![0]).toMatchObject({ page: { url: 'https://x/\uFFFD', title: '\uFFFD报告', region: '上海\uFFFD' } });
  });

  it('passes the sender\'s tab to the handler', async () => {
    const seen = vi.fn(() => ({ ok: true as const }));
    const h = await handlers({ 'page/seen': seen });
    const l = listener(h, 'own-id');
    const page = { url: 'u', title: 't', verdict: 'report' as const, confidence: 1, region: null, year: null, level: null, summary: false, targets: 0, outcomes: 0, chars: 0, ms: 0, mapMs: 0 };
    l({ type: 'page/seen', page }, { id: 'own-id', tab: { id: 7 }, url: 'https://x' }, () => undefined);
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ type: 'page/seen', page }, { tabId: 7, url: 'https://x' }));
  });
});

describe('the tab-read notice', () => {
  it('is neither a request the background answers nor a tab request, and only its own shape is one', () => {
    const notice = { tabRead: true };
    expect(isTabReadNotice(notice)).toBe(true);
    expect(isRequest(notice)).toBe(false);
    expect(isTabRequest(notice)).toBe(false);
    expect(isAnnotationTabRequest(notice)).toBe(false);
    for (const x of [null, undefined, 'tabRead', { tabRead: 'true' }, { type: 'ping' }]) expect(isTabReadNotice(x)).toBe(false);
  });
});
