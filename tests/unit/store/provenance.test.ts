/**
 * Issue 12, attacks 2 and 6 at the store: a copy of a report on another site must not replace the
 * stored one, and a page flapping between texts must not fill the report's history or push a real
 * version out.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseRecord,
  getCommitments,
  getReport,
  listVersions,
  markSeen,
  openStore,
  pinVersion,
  pruneVersions,
  saveReport,
  VERSION_RATE,
  type GzbgDB,
} from '@/lib/store';
import { analysis, commitment, freshName } from './fixtures';

const ID = 'gov:provincial:上海市:2021';
const GOV = 'https://www.shanghai.gov.cn/2021.html';
const SITE = 'http://127.0.0.1:8001/report.html';
const COPY = 'http://127.0.0.2:8002/copy.html';
const H = VERSION_RATE.windowMs;
let db: GzbgDB;
afterEach(() => db?.close());

/** A report text with its GDP target at `figure` (the commitments say so too). */
const save = (url: string, figure: number, at: number, extra = '') =>
  saveReport(db, { url, text: `全市生产总值增长${figure}%以上${extra}`, analysis: analysis({}, [commitment({ amount: figure, number: `${figure}%` })]), at });
const gdp = async () => (await getCommitments(db, ID)).map((c) => c.amount);

describe('provenance', () => {
  it('a copy on another site with a changed figure is kept as that site\'s version; the record and its commitments stay', async () => {
    db = await openStore(freshName());
    await save(SITE, 6, 0);
    const r = await save(COPY, 9, 10);
    expect(r).toMatchObject({ id: ID, created: false, changed: false, held: { origin: 'http://127.0.0.2:8002' } });
    const report = (await getReport(db, ID))!;
    expect(report.text).toBe('全市生产总值增长6%以上');
    expect(report.urls).toEqual([SITE]);
    expect(report.source).toMatchObject({ origin: 'http://127.0.0.1:8001', url: SITE, trust: 'other' });
    expect(await gdp()).toEqual([6]);
    const versions = await listVersions(db, ID);
    expect(versions.map((v) => [v.origin, v.current])).toEqual([['http://127.0.0.2:8002', false], ['http://127.0.0.1:8001', true]]);
  });

  it('the record\'s own site may revise it; an official site outranks any other; an official record is never replaced by another site', async () => {
    db = await openStore(freshName());
    await save(SITE, 6, 0);
    expect(await save(SITE, 6.5, 2 * H)).toMatchObject({ changed: true });
    expect(await gdp()).toEqual([6.5]);
    expect(await save(GOV, 7, 4 * H)).toMatchObject({ changed: true });
    expect((await getReport(db, ID))!.source.trust).toBe('official');
    expect(await save(SITE, 8, 6 * H)).toMatchObject({ changed: false, held: {} });
    expect(await gdp()).toEqual([7]);
    // An import (the reader's own file) does not outrank an official site either: equals keep the first.
    expect(await save('', 9, 8 * H)).toMatchObject({ changed: false, held: { origin: '' } });
  });

  it('the reader chooses the record: that version becomes the text with its commitments, and stays', async () => {
    db = await openStore(freshName());
    await save(SITE, 6, 0);
    const held = await save(COPY, 9, 10);
    const chosen = await chooseRecord(db, ID, held.held!.hash, (text) => analysis({ region: '别处', year: 1999 }, [commitment({ amount: 9, quote: text })]), 'e2', 20);
    expect(chosen).toMatchObject({ text: '全市生产总值增长9%以上', chosen: true, source: { origin: 'http://127.0.0.2:8002', trust: 'other' } });
    expect(chosen.meta).toMatchObject({ region: '上海市', year: 2021 }); // the same report, whatever the text says
    expect(await gdp()).toEqual([9]);
    // Chosen: an official site's text is kept as a version, not put in its place.
    expect(await save(GOV, 7, 3 * H)).toMatchObject({ changed: false, held: {} });
    expect(await gdp()).toEqual([9]);
    await expect(chooseRecord(db, ID, 'f'.repeat(64), () => analysis())).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('version retention a page cannot game', () => {
  it('a page flapping between texts keeps one version of its source an hour, never the one the reader saw', async () => {
    db = await openStore(freshName());
    await save(SITE, 6, 0);
    await save(SITE, 6.5, 2 * H, '（修订）'); // a real revision, hours later
    const real = (await listVersions(db, ID)).map((v) => v.hash);
    await markSeen(db, ID, real[1]!); // the reader saw the first text
    // Another site toggling its copy every 700 ms for 35 s: 50 texts.
    for (let k = 0; k < 50; k++) await save(COPY, k % 2 ? 9 : 10, 3 * H + k * 700, `#${k}`);
    let versions = await listVersions(db, ID);
    expect(versions.filter((v) => v.origin === 'http://127.0.0.2:8002')).toHaveLength(1);
    expect(versions.map((v) => v.hash)).toEqual(expect.arrayContaining(real));
    // The record's own site flapping: the one the reader saw and the record stay, one more at most.
    for (let k = 0; k < 20; k++) await save(SITE, 6 + k / 10, 4 * H + k * 700, `!${k}`);
    versions = await listVersions(db, ID);
    const site = versions.filter((v) => v.origin === 'http://127.0.0.1:8001');
    expect(site.length).toBeLessThanOrEqual(3);
    expect(site.some((v) => v.lastSeen)).toBe(true);
    expect(site.some((v) => v.current)).toBe(true);
    // An hour later the source may add a version again.
    await save(SITE, 5, 6 * H);
    expect((await listVersions(db, ID)).filter((v) => v.origin === 'http://127.0.0.1:8001').length).toBe(site.length + 1);
  });

  it('the size bound never drops the latest version of a source, the one last seen, a pinned one or the record', async () => {
    db = await openStore(freshName());
    await save(SITE, 1, 0);
    for (let k = 2; k <= 6; k++) await save(SITE, k, k * H);
    await save(COPY, 50, 7 * H);
    await save('http://127.0.0.3:8003/x.html', 60, 8 * H);
    const all = await listVersions(db, ID);
    const oldest = all[all.length - 1]!;
    await pinVersion(db, ID, oldest.hash, true);
    await pruneVersions(db, ID, { maxPerReport: 2, maxTotalChars: Infinity });
    const kept = await listVersions(db, ID);
    expect(kept.find((v) => v.current)).toBeDefined();
    expect(kept.find((v) => v.pinned)?.hash).toBe(oldest.hash);
    expect(new Set(kept.map((v) => v.origin))).toEqual(new Set(['http://127.0.0.1:8001', 'http://127.0.0.2:8002', 'http://127.0.0.3:8003']));
    expect(kept).toHaveLength(4); // record (latest of its site), pinned, latest of each other site
  });
});
