import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  commitmentsByKey,
  deleteReport,
  findCommitments,
  getCommitments,
  getReport,
  listAnnotations,
  listReports,
  openStore,
  putAnnotation,
  QUOTA_MESSAGE,
  saveReport,
  StoreError,
  VERSION_RATE,
  type GzbgDB,
} from '@/lib/store';
import { analysis, commitment, freshName } from './fixtures';

const SH = 'https://www.shanghai.gov.cn/nw12344/20210201/report.html';
let db: GzbgDB;
const open = async () => (db = await openStore(freshName()));
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

describe('saveReport / getReport', () => {
  it('stores the report, its commitments and a first version', async () => {
    await open();
    const r = await saveReport(db, { url: SH + '#top', text: '上海市政府工作报告全文', analysis: analysis(), at: 1000 });
    expect(r).toEqual({ id: 'gov:provincial:上海市:2021', created: true, changed: true });
    const stored = (await getReport(db, r.id))!;
    expect(stored.urls).toEqual([SH]);
    expect(stored.identity).toEqual({ region: '上海市', year: 2021, level: 'provincial', title: '政府工作报告', summary: false });
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.savedAt).toBe(1000);
    expect(stored.commitmentCount).toBe(1);
    expect((await getCommitments(db, r.id)).map((c) => [c.id, c.region, c.year, c.level])).toEqual([['T1', '上海市', 2021, 'provincial']]);
    expect(await db.count('versions')).toBe(1);
    expect(await getReport(db, 'nope')).toBeNull();
  });

  it('the same report seen again adds its address, keeps one version, and replaces the commitments', async () => {
    await open();
    await saveReport(db, { url: SH, text: '正文', analysis: analysis({}, [commitment(), commitment({ id: 'T2', key: 'jobs' })]), at: 1 });
    const again = await saveReport(db, { url: 'https://mirror.example/sh2021', text: '正文', analysis: analysis(), at: 2 });
    expect(again).toMatchObject({ created: false, changed: false });
    const stored = (await getReport(db, again.id))!;
    expect(stored.urls).toEqual([SH, 'https://mirror.example/sh2021']);
    expect(stored.savedAt).toBe(1);
    expect(stored.updatedAt).toBe(2);
    expect(await db.count('versions')).toBe(1);
    expect((await getCommitments(db, again.id)).map((c) => c.id)).toEqual(['T1']);
  });

  it('a changed text becomes a new version', async () => {
    await open();
    await saveReport(db, { url: SH, text: '第一稿', analysis: analysis(), at: 0 });
    const r = await saveReport(db, { url: SH, text: '第二稿', analysis: analysis(), at: VERSION_RATE.windowMs });
    expect(r).toMatchObject({ created: false, changed: true });
    expect((await getReport(db, r.id))!.text).toBe('第二稿');
    const versions = await db.getAllFromIndex('versions', 'by-report', r.id);
    expect(versions.map((v) => v.text).sort()).toEqual(['第一稿', '第二稿']);
  });

  it('a text the engine could not place is keyed by its address, or by its text', async () => {
    await open();
    const a = await saveReport(db, { url: 'https://x.example/a#b', text: 't', analysis: analysis({ region: null, year: null }) });
    expect(a.id).toBe('url:https://x.example/a');
    const b = await saveReport(db, { url: '', text: 't', analysis: analysis({ region: null, year: null }) });
    expect(b.id).toMatch(/^text:[0-9a-f]{16}$/);
    const s = await saveReport(db, { url: '', text: 't', analysis: analysis({ summary: true }) });
    expect(s.id).toBe('gov:provincial:上海市:2021:summary');
  });

  it('refuses an empty text', async () => {
    await open();
    await expect(saveReport(db, { url: SH, text: '', analysis: analysis() })).rejects.toMatchObject({ code: 'invalid' });
    await expect(saveReport(db, { url: SH, text: 'x'.repeat(5_000_001), analysis: analysis() })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.count('reports')).toBe(0);
  });
});

async function seedSeries(): Promise<void> {
  for (const year of [2020, 2021, 2022]) {
    await saveReport(db, {
      url: `https://sh.example/${year}`, text: `上海${year}`, analysis: analysis({ year }, [
        commitment({ id: 'T1', key: 'gdp-growth', amount: year - 2014 }),
        commitment({ id: 'T2', key: 'jobs', start: 40, end: 50 }),
      ]),
    });
  }
  await saveReport(db, { url: 'https://gov.example/2021', text: '全国2021', analysis: analysis({ region: '全国', level: 'national', year: 2021 }) });
  await saveReport(db, { url: 'https://hlr.example/2021', text: '海拉尔2021', analysis: analysis({ region: '海拉尔区', level: 'county', year: 2021 }) });
}

describe('listing and finding', () => {
  it('lists reports by government, newest year first, and filters', async () => {
    await open();
    await seedSeries();
    const all = await listReports(db);
    expect(all.map((r) => `${r.region}${r.year}`)).toEqual(['海拉尔区2021', '全国2021', '上海市2022', '上海市2021', '上海市2020']);
    expect(all[0]).not.toHaveProperty('text');
    expect(all[0]!.textLength).toBe('海拉尔2021'.length);
    expect((await listReports(db, { region: '上海市' })).map((r) => r.year)).toEqual([2022, 2021, 2020]);
    expect((await listReports(db, { year: 2021 })).map((r) => r.region)).toEqual(['海拉尔区', '全国', '上海市']);
    expect((await listReports(db, { level: 'national' })).map((r) => r.region)).toEqual(['全国']);
  });

  it('looks commitments up by [region, year] and by key', async () => {
    await open();
    await seedSeries();
    expect((await findCommitments(db, '上海市', 2021)).map((c) => c.id).sort()).toEqual(['T1', 'T2']);
    const gdp = await commitmentsByKey(db, 'gdp-growth');
    expect(gdp.map((c) => c.year)).toEqual([2020, 2021, 2021, 2021, 2022]);
    expect(gdp.filter((c) => c.region === '上海市').map((c) => c.amount)).toEqual([6, 7, 8]);
  });
});

describe('deleteReport', () => {
  it('removes the report with its commitments, versions and annotations, and nothing else', async () => {
    await open();
    await seedSeries();
    const id = 'gov:provincial:上海市:2021';
    await putAnnotation(db, { id: 'a1', reportId: id, body: '注意' });
    await putAnnotation(db, { id: 'a2', reportId: 'gov:provincial:上海市:2022', body: '保留' });
    expect(await deleteReport(db, id)).toEqual({ deleted: true, commitments: 2, versions: 1, annotations: 1 });
    expect(await getReport(db, id)).toBeNull();
    expect(await getCommitments(db, id)).toEqual([]);
    expect((await listReports(db)).length).toBe(4);
    expect((await listAnnotations(db, 'gov:provincial:上海市:2022')).length).toBe(1);
    expect(await db.count('commitments')).toBe(2 * 2 + 1 + 1);
    expect(await deleteReport(db, id)).toEqual({ deleted: false, commitments: 0, versions: 0, annotations: 0 });
  });
});

describe('a full disk', () => {
  it('gives a clear error and loses nothing', async () => {
    await open();
    await saveReport(db, { url: SH, text: '旧稿', analysis: analysis({}, [commitment({ id: 'T1' }), commitment({ id: 'T2' })]) });
    const before = await getReport(db, 'gov:provincial:上海市:2021');
    // The browser refuses the write part-way through the transaction, as a full disk does.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (this.name === 'commitments') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = await saveReport(db, { url: `${SH}?v=2`, text: '新稿', analysis: analysis({}, [commitment({ id: 'T9' })]) })
      .catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('quota');
    expect((err as StoreError).message).toBe(QUOTA_MESSAGE);
    expect((err as StoreError).message).toMatch(/nothing was saved; everything saved before is unchanged/);
    // The report, its versions and its commitments are as they were.
    expect(await getReport(db, 'gov:provincial:上海市:2021')).toEqual(before);
    expect(await db.count('versions')).toBe(1);
    expect((await getCommitments(db, 'gov:provincial:上海市:2021')).map((c) => c.id)).toEqual(['T1', 'T2']);
  });
});
