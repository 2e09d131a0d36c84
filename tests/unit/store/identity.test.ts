import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnnotation, reportFingerprint, type ReportIdentity as AnnotatedReport } from '@/lib/anchoring';
import {
  priorAnalyses,
  getCommitments,
  getLastSeen,
  getReport,
  listVersions,
  markSeen,
  openStore,
  pinVersion,
  reidentifyReport,
  rememberedIdentity,
  saveReport,
  StoreError,
  VERSION_RATE,
  type GzbgDB,
  type ReportIdentity,
} from '@/lib/store';
import { STORE_NAMES } from '@/lib/store/schema';
import { annotationReportKey, annotationsOfReport, saveAnnotation } from '@/lib/store/annotations';
import { analysis, commitment, freshName, meta } from './fixtures';

const URL = 'https://www.yuncheng.example/news/summary.html';
const FIRST = '运城日报讯 政府工作报告摘要（初稿）。全市生产总值增长6.5%左右，城镇新增就业4万人以上。';
const SECOND = '运城日报讯 政府工作报告摘要。全市生产总值增长6.5%左右，城镇新增就业4.5万人以上，粮食产量稳定。';
const FIXED: ReportIdentity = { region: '运城市', level: 'municipal', year: 2021, title: '政府工作报告', summary: true };
const NEW_ID = 'gov:municipal:运城市:2021:summary';

let db: GzbgDB;
const open = async () => (db = await openStore(freshName()));
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

/** Every record of every store, keyed, so "nothing changed" and "nothing lost" can be compared. */
async function dump(): Promise<Record<string, [unknown, unknown][]>> {
  const out: Record<string, [unknown, unknown][]> = {};
  for (const name of STORE_NAMES) {
    const [keys, values] = await Promise.all([db.getAllKeys(name), db.getAll(name)]);
    out[name] = keys.map((k, i) => [k, values[i]]);
  }
  return out;
}

const counts = async () => Object.fromEntries(await Promise.all(STORE_NAMES.map(async (n) => [n, await db.count(n)] as const)));

/** The newspaper summary as the engine read it (no government, no year), seen with two texts; a note on each. */
async function seedSummary() {
  const yearless = analysis({ region: null, level: null, year: null, summary: true },
    [commitment({ id: 'T1', key: 'gdp-growth' }), commitment({ id: 'T2', key: 'jobs', start: 30, end: 40 })]);
  await saveReport(db, { url: URL, text: FIRST, analysis: yearless, at: 1 });
  const saved = await saveReport(db, { url: URL, text: SECOND, analysis: yearless, at: 2 + VERSION_RATE.windowMs });
  expect(saved.id).toBe(`url:${URL}`);
  const versions = await listVersions(db, saved.id);
  await pinVersion(db, saved.id, versions.find((v) => !v.current)!.hash, true);
  await markSeen(db, saved.id, versions.find((v) => v.current)!.hash, 3);
  const on = (text: string, quote: string, note: string) => {
    const report: AnnotatedReport = { region: null, year: null, title: '政府工作报告', fingerprint: reportFingerprint(text), summary: true };
    const start = text.indexOf(quote);
    return saveAnnotation(db, createAnnotation({ text, start, end: start + quote.length, source: URL, report, note, now: new Date('2021-03-01T00:00:00Z') }));
  };
  const current = await on(SECOND, '城镇新增就业4.5万人以上', '比初稿多五千');
  const earlier = await on(FIRST, '全市生产总值增长6.5%左右', '初稿上的批注');
  return { oldId: saved.id, current, earlier };
}

/** Another government's report with a note: must come through every fix untouched. */
async function seedBystander() {
  const text = '上海市政府工作报告。全市生产总值增长6%以上。';
  await saveReport(db, { url: 'https://sh.example/2021', text, analysis: analysis(), at: 1 });
  return saveAnnotation(db, createAnnotation({
    text, start: 10, end: 20, source: 'https://sh.example/2021', note: '上海',
    report: { region: '上海市', year: 2021, title: '政府工作报告', fingerprint: reportFingerprint(text) },
  }));
}

describe('reidentifyReport', () => {
  it('moves the report, its commitments, versions, annotations and settings to the new id; nothing lost', async () => {
    await open();
    const { oldId, current, earlier } = await seedSummary();
    const bystander = await seedBystander();
    const before = await counts();
    const oldVersions = await listVersions(db, oldId);

    const result = await reidentifyReport(db, oldId, FIXED, Date.parse('2024-01-01T00:00:00Z'));
    expect(result).toEqual({ id: NEW_ID, moved: { commitments: 2, versions: 2, annotations: 2, settings: 2 } });
    expect(await counts()).toEqual(before);
    expect(await getReport(db, oldId)).toBeNull();
    expect(await getCommitments(db, oldId)).toEqual([]);
    expect(await listVersions(db, oldId)).toEqual([]);
    expect(await getLastSeen(db, oldId)).toBeNull();

    const report = (await getReport(db, NEW_ID))!;
    expect(report).toMatchObject({ id: NEW_ID, identity: FIXED, region: '运城市', level: 'municipal', year: 2021, text: SECOND, urls: [URL] });
    expect(report.meta).toMatchObject({ region: '运城市', level: 'municipal', year: 2021, summary: true });
    expect((await getCommitments(db, NEW_ID)).map((c) => [c.id, c.region, c.level, c.year])).toEqual([
      ['T1', '运城市', 'municipal', 2021],
      ['T2', '运城市', 'municipal', 2021],
    ]);
    // the same texts, the same pin and the same "last seen" under the new id
    const moved = await listVersions(db, NEW_ID);
    expect(moved.map(({ reportId: _r, ...v }) => v)).toEqual(oldVersions.map(({ reportId: _r, ...v }) => v));
    expect(moved.filter((v) => v.pinned)).toHaveLength(1);
    expect(await getLastSeen(db, NEW_ID)).toEqual({ hash: report.hash, at: 3 });

    // both notes (on the current and on the earlier text) now name the fixed government and year
    const found = await annotationsOfReport(db, { region: '运城市', year: 2021, title: '政府工作报告', fingerprint: 'fnv1a64:none', summary: true });
    expect(found.map((a) => a.body.note).sort()).toEqual([current.body.note, earlier.body.note].sort());
    for (const a of found) {
      expect(a.target.selectors).toEqual((a.id === current.id ? current : earlier).target.selectors);
      expect(a.modified).toBe('2024-01-01T00:00:00.000Z');
      expect((await db.get('annotations', a.id))!.reportId).toBe(annotationReportKey(a.target.report));
    }
    // the page itself still names no year: its notes are still found by the text's fingerprint
    expect(await annotationsOfReport(db, { region: null, year: null, title: null, fingerprint: reportFingerprint(SECOND) })).toHaveLength(1);
    expect(await db.get('annotations', bystander.id)).toMatchObject({ modified: bystander.modified, target: bystander.target });
    // the next year now finds it as its prior report
    const prior = await priorAnalyses(db, { region: '运城市', level: 'municipal', year: 2022 }, 'any', (r) => ({ meta: r.meta, headings: r.headings, commitments: [] }));
    expect(prior.map((p) => p.reportId)).toEqual([NEW_ID]);
  });

  it('refuses a fix that would land on another stored report, and changes nothing', async () => {
    await open();
    const { oldId } = await seedSummary();
    await saveReport(db, { url: 'https://other.example/yc', text: '另一份运城市2021年政府工作报告摘要', analysis: analysis({ region: '运城市', level: 'municipal', year: 2021, summary: true }) });
    const before = await dump();
    const err = await reidentifyReport(db, oldId, FIXED).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe('conflict');
    expect((err as StoreError).message).toMatch(/Another report is already stored as 运城市 municipal 2021 \(summary 摘要\).*not changed/);
    expect(await dump()).toEqual(before);
  });

  it('refuses details nobody could mean, and a report that is not stored, changing nothing', async () => {
    await open();
    const { oldId } = await seedSummary();
    const before = await dump();
    for (const bad of [{ year: 3021 }, { year: 2021.5 }, { region: '  ' }, { level: 'galactic' }, { summary: 'yes' }]) {
      const err = await reidentifyReport(db, oldId, { ...FIXED, ...bad } as unknown as ReportIdentity).catch((e: unknown) => e);
      expect((err as StoreError).code, JSON.stringify(bad)).toBe('invalid');
    }
    expect((await reidentifyReport(db, 'url:nowhere', FIXED).catch((e: unknown) => e) as StoreError).code).toBe('not-found');
    expect(await dump()).toEqual(before);
  });

  it('a fix that keeps the id (no year yet) updates everything in place', async () => {
    await open();
    const { oldId, current } = await seedSummary();
    const before = await counts();
    const result = await reidentifyReport(db, oldId, { ...FIXED, year: null });
    expect(result).toEqual({ id: oldId, moved: { commitments: 2, versions: 0, annotations: 2, settings: 0 } });
    expect(await counts()).toEqual(before);
    expect((await getReport(db, oldId))!.region).toBe('运城市');
    expect((await getCommitments(db, oldId)).map((c) => c.region)).toEqual(['运城市', '运城市']);
    expect((await db.get('annotations', current.id))!.target).toMatchObject({ report: { region: '运城市', year: null } });
  });

  it('is one transaction: a write refused part-way (a full disk) leaves everything as it was', async () => {
    await open();
    const { oldId } = await seedSummary();
    const before = await dump();
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
      if (this.name === 'annotations') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const err = await reidentifyReport(db, oldId, FIXED).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect((err as StoreError).code).toBe('quota');
    expect(await dump()).toEqual(before);
  });
});

describe('rememberedIdentity', () => {
  const yearless = meta({ region: null, level: null, year: null, summary: true });

  it('a page read again after its details were fixed is saved under the fixed report, not split off again', async () => {
    await open();
    const { oldId } = await seedSummary();
    await reidentifyReport(db, oldId, FIXED);
    const before = await counts();
    const again = await rememberedIdentity(db, `${URL}#page2`, yearless);
    expect(again).toMatchObject({ region: '运城市', level: 'municipal', year: 2021, summary: true, title: '政府工作报告' });
    const twoTargets = analysis({}, [commitment({ id: 'T1', key: 'gdp-growth' }), commitment({ id: 'T2', key: 'jobs', start: 30, end: 40 })]);
    const saved = await saveReport(db, { url: URL, text: SECOND, analysis: { ...twoTargets, meta: again } });
    expect(saved).toEqual({ id: NEW_ID, created: false, changed: false });
    expect(await counts()).toEqual(before);
  });

  it('leaves a page alone when it names its government and year, has no address, or its address is not one fixed report', async () => {
    await open();
    const full = meta();
    expect(await rememberedIdentity(db, URL, full)).toBe(full);
    expect(await rememberedIdentity(db, URL, yearless)).toBe(yearless); // nothing stored
    const { oldId } = await seedSummary();
    expect(await rememberedIdentity(db, URL, yearless)).toBe(yearless); // stored, but nobody gave it a year
    await reidentifyReport(db, oldId, FIXED);
    expect(await rememberedIdentity(db, '', yearless)).toBe(yearless);
    expect(await rememberedIdentity(db, 'https://elsewhere.example/', yearless)).toBe(yearless);
    // two complete reports seen at this address: which one the page is cannot be told
    await saveReport(db, { url: URL, text: '运城市2022年政府工作报告摘要', analysis: analysis({ region: '运城市', level: 'municipal', year: 2022, summary: true }) });
    expect(await rememberedIdentity(db, URL, yearless)).toBe(yearless);
  });
});
