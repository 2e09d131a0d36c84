import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkVersions,
  getVersion,
  listVersions,
  markSeen,
  openStore,
  pinVersion,
  pruneIfGrown,
  pruneVersions,
  saveReport,
  versionHandlers,
  VERSION_POLICY,
  VERSION_RATE,
  type GzbgDB,
} from '@/lib/store';
import { analysis, freshName } from './fixtures';

const SH = 'https://www.shanghai.gov.cn/report.html';
const ID = 'gov:provincial:上海市:2021';
let db: GzbgDB;
const open = async () => (db = await openStore(freshName()));
afterEach(() => db?.close());

/** Times in these tests are in rate windows (an hour), so the rate limit of one source keeps every version. */
const T = VERSION_RATE.windowMs;
const save = (text: string, at: number, url = SH, year = 2021) => saveReport(db, { url, text, analysis: analysis({ year }), at: at * T });
const seen = (v: { seenAt: number }) => v.seenAt / T;

describe('versions', () => {
  it('keeps one version per distinct text, dated and with its address and source, newest first', async () => {
    await open();
    await save('第一稿', 1000);
    await save('第一稿', 1500);
    await save('第二稿', 2000, SH + '#x');
    // Another site's text of the same report: a version of that source, not the report of record.
    expect(await save('第三稿', 3000, 'https://mirror.example/sh')).toMatchObject({ changed: false, held: { origin: 'https://mirror.example' } });
    const list = await listVersions(db, ID);
    expect(list.map((v) => [seen(v), v.url, v.chars, v.current, v.origin, v.trust])).toEqual([
      [3000, 'https://mirror.example/sh', 3, false, 'https://mirror.example', 'other'],
      [2000, SH, 3, true, 'https://www.shanghai.gov.cn', 'official'],
      [1000, SH, 3, false, 'https://www.shanghai.gov.cn', 'official'],
    ]);
    expect((await getVersion(db, ID, list[1]!.hash))!.text).toBe('第二稿');
    expect(await getVersion(db, ID, 'f'.repeat(64))).toBeNull();
  });

  it('the first visit records the text as seen; a later text brings back the one last seen until it is marked seen', async () => {
    await open();
    await save('第一稿', 1000);
    const first = (await checkVersions(db, ID, 1100))!;
    expect(first.previous).toBeNull();
    expect((await checkVersions(db, ID))!.previous).toBeNull();
    await save('第二稿', 2000);
    const second = (await checkVersions(db, ID))!;
    expect(second.previous?.seenAt).toBe(1000 * T);
    expect(second.previous).not.toHaveProperty('text');
    // The changes come diffed, in offsets of the current text.
    expect(second.hunks.map((h) => [h.kind, h.oldText, h.newText, h.bStart])).toEqual([['replace', '第一', '第二', 0]]);
    expect(second.chars).toBe(3);
    expect(second.versions).toBe(2);
    // Seeing the notice is not seeing the text: asked again, the same answer.
    expect((await checkVersions(db, ID))!.previous?.hash).toBe(second.previous?.hash);
    await markSeen(db, ID, second.hash, 2100);
    expect((await checkVersions(db, ID))!.previous).toBeNull();
    expect((await listVersions(db, ID)).map((v) => v.lastSeen)).toEqual([true, false]);
    expect(await checkVersions(db, 'nope')).toBeNull();
  });

  it('a first text is seen when saved: a reader who left before the page asked still gets the notice, within the rate window too', async () => {
    await open();
    // Saved, the page closed before it asked for its changes; edited a minute later.
    await saveReport(db, { url: SH, text: '第一稿', analysis: analysis({ year: 2021 }), at: 1000 });
    await saveReport(db, { url: SH, text: '第二稿', analysis: analysis({ year: 2021 }), at: 61_000 });
    const check = (await checkVersions(db, ID))!;
    expect(check.previous?.seenAt).toBe(1000);
    expect(check.hunks.map((h) => [h.oldText, h.newText])).toEqual([['第一', '第二']]);
    expect((await listVersions(db, ID)).map((v) => v.lastSeen)).toEqual([false, true]);
    // Saving again never moves what was seen: only the reader does.
    await saveReport(db, { url: SH, text: '第三稿', analysis: analysis({ year: 2021 }), at: 2 * T });
    expect((await checkVersions(db, ID))!.previous?.seenAt).toBe(1000);
  });

  it('drops the oldest versions past the per-report bound, never the current, last-seen or pinned ones', async () => {
    await open();
    await save('v0', 0);
    await checkVersions(db, ID); // v0 is last seen
    for (let k = 1; k <= 6; k++) await save(`v${k}`, k);
    const hashes = Object.fromEntries((await listVersions(db, ID)).map((v) => [seen(v), v.hash]));
    await pinVersion(db, ID, hashes[1]!, true);
    const r = await pruneVersions(db, ID, { maxPerReport: 3, maxTotalChars: Infinity });
    expect(r.deleted).toHaveLength(4);
    const kept = await listVersions(db, ID);
    expect(kept.map(seen)).toEqual([6, 1, 0]);
    expect(kept.map((v) => [v.current, v.pinned, v.lastSeen])).toEqual([[true, false, false], [false, true, false], [false, false, true]]);
    await pinVersion(db, ID, hashes[1]!, false);
    expect((await listVersions(db, ID)).map((v) => v.pinned)).toEqual([false, false, false]);
  });

  it('drops the oldest versions of any report past the total size bound', async () => {
    await open();
    await save('一'.repeat(100), 1, SH, 2020);
    await save('二'.repeat(100), 2, SH, 2020);
    await save('三'.repeat(100), 3, SH, 2020);
    await save('四'.repeat(100), 4, SH, 2021);
    await save('五'.repeat(100), 5, SH, 2021);
    await save('六'.repeat(100), 6, SH, 2021);
    const r = await pruneVersions(db, undefined, { maxPerReport: 20, maxTotalChars: 450 });
    // 600 characters over 450: the two oldest that nothing protects go, whichever report they belong
    // to (each report's first text is its last seen, its newest is the record).
    expect(r.deleted.map(([, h]) => h)).toHaveLength(2);
    expect(r.totalChars).toBe(400);
    expect((await listVersions(db, 'gov:provincial:上海市:2020')).map(seen)).toEqual([3, 1]);
    expect((await listVersions(db, ID)).map(seen)).toEqual([6, 4]);
  });

  it('checks the total bound only when versions were added since the last check', async () => {
    await open();
    await save('甲', 1);
    expect(await pruneIfGrown(db)).toEqual({ deleted: [], totalChars: 1 });
    expect(await pruneIfGrown(db)).toBeNull();
    await save('乙', 2);
    expect(await pruneIfGrown(db)).not.toBeNull();
  });

  it('has a stated default policy', () => {
    expect(VERSION_POLICY).toEqual({ maxPerReport: 20, maxTotalChars: 25_000_000 });
  });

  it('answers the feature\'s messages (check, seen, list, get, pin, compare/open)', async () => {
    await open();
    const opened: string[] = [];
    const h = versionHandlers(async () => db, async (path) => opened.push(path));
    await save('第一稿', 1000);
    expect((await h['versions/check']({ reportId: ID }))!.previous).toBeNull();
    await save('第二稿', 2000);
    const check = (await h['versions/check']({ reportId: ID }))!;
    expect(check.hunks.map((h) => h.newText)).toEqual(['第二']);
    const list = await h['versions/list']({ reportId: ID });
    expect(list).toHaveLength(2);
    expect((await h['versions/get']({ reportId: ID, hash: list[0]!.hash }))!.text).toBe('第二稿');
    expect((await h['versions/pin']({ reportId: ID, hash: list[1]!.hash, pinned: true }))[1]!.pinned).toBe(true);
    await h['versions/seen']({ reportId: ID, hash: check.hash });
    expect((await h['versions/check']({ reportId: ID }))!.previous).toBeNull();
    expect(await h['compare/open']({ a: `${ID}#${list[1]!.hash}`, b: `${ID}#${list[0]!.hash}` })).toEqual({ ok: true });
    expect(opened).toHaveLength(1);
    expect(new URLSearchParams(opened[0]!.split('?')[1]).get('a')).toBe(`${ID}#${list[1]!.hash}`);
  });
});
