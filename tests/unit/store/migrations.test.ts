import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  commitmentsOfGovernment,
  DB_VERSION,
  MIGRATIONS,
  openStore,
  openWithMigrations,
  putAnnotation,
  saveReport,
  setSetting,
  type GzbgDB,
  type Migration,
} from '@/lib/store';
/** The stores before schema v4 added corrections: what a v1–v3 database holds. */
const STORE_NAMES = ['reports', 'versions', 'commitments', 'annotations', 'settings'] as const;
import { analysis, freshName } from './fixtures';

describe('migrations', () => {
  it('the version is the number of migrations', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(DB_VERSION).toBeGreaterThanOrEqual(1);
  });

  it('a fresh database runs every migration once, in order from 0', async () => {
    const ran: number[] = [];
    const steps: Migration[] = [0, 1, 2].map((n) => (db) => {
      ran.push(n);
      db.createObjectStore(`s${n}`);
    });
    const db = await openWithMigrations(freshName(), steps);
    expect(ran).toEqual([0, 1, 2]);
    expect(db.version).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(['s0', 's1', 's2']);
    db.close();
  });

  it('an older database runs only the migrations it lacks and keeps its records', async () => {
    const name = freshName();
    const ran: string[] = [];
    const m0: Migration = (db) => {
      ran.push('m0');
      db.createObjectStore('items', { keyPath: 'id' });
    };
    const m1: Migration = (db, tx) => {
      ran.push('m1');
      tx.objectStore('items').createIndex('by-n', 'n');
    };
    const v1 = await openWithMigrations<any>(name, [m0]);
    await v1.put('items', { id: 'a', n: 1 });
    await v1.put('items', { id: 'b', n: 2 });
    v1.close();
    const v2 = await openWithMigrations<any>(name, [m0, m1]);
    expect(ran).toEqual(['m0', 'm1']);
    expect(await v2.getAll('items')).toEqual([{ id: 'a', n: 1 }, { id: 'b', n: 2 }]);
    expect(await v2.getAllFromIndex('items', 'by-n', 2)).toEqual([{ id: 'b', n: 2 }]);
    // Opening again at the same version runs nothing.
    v2.close();
    const again = await openWithMigrations<any>(name, [m0, m1]);
    expect(ran).toEqual(['m0', 'm1']);
    again.close();
  });

  it('the migrations create the stores and indexes the repositories use', async () => {
    const db = await openStore(freshName());
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'commitments', 'corrections', 'reports', 'settings', 'versions']);
    const tx = db.transaction(['reports', 'commitments', 'versions', 'annotations']);
    expect([...tx.objectStore('reports').indexNames].sort()).toEqual(['by-government', 'by-url', 'by-year']);
    expect([...tx.objectStore('commitments').indexNames].sort()).toEqual(['by-government-year', 'by-key', 'by-region-year', 'by-report']);
    expect([...tx.objectStore('versions').indexNames]).toEqual(['by-report']);
    expect([...tx.objectStore('annotations').indexNames]).toEqual(['by-report']);
    await tx.done;
    expect([...db.transaction('corrections').objectStore('corrections').indexNames]).toEqual(['by-report']);
    db.close();
  });

  it('v1 → v2: a database written by v1 opens at v2 with every record, and the new index finds them', async () => {
    const name = freshName();
    const old = (await openWithMigrations(name, MIGRATIONS.slice(0, 1))) as unknown as GzbgDB;
    expect(old.version).toBe(1);
    await saveReport(old, { url: 'https://sh.example/2021', text: '二〇二一年 全市生产总值增长6%以上', analysis: analysis() });
    await saveReport(old, { url: 'https://sh.example/2022', text: '二〇二二 全市生产总值增长5.5%左右', analysis: analysis({ year: 2022 }) });
    await setSetting(old, 'prefs', { saveAsRead: false, overlay: true });
    await putAnnotation(old, { id: 'a1', reportId: 'gov:provincial:上海市:2021', modified: '2026-01-01T00:00:00Z' });
    const before = Object.fromEntries(await Promise.all(STORE_NAMES.map(async (s) => [s, await old.getAll(s)] as const)));
    old.close();

    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    for (const s of STORE_NAMES) expect(await db.getAll(s)).toEqual(before[s]);
    expect(before.commitments!.length).toBeGreaterThan(0);
    const found = await commitmentsOfGovernment(db, '上海市', 'provincial', 2021, 2022);
    expect(found.map((c) => c.year)).toEqual([...before.commitments!].map((c) => (c as { year: number }).year).sort());
    db.close();
  });

  it('v2 → v3: a database written by v2 keeps every record; reports get their source, versions their origin and trust', async () => {
    const name = freshName();
    const old = await openWithMigrations<any>(name, MIGRATIONS.slice(0, 2));
    expect(old.version).toBe(2);
    // Records exactly as v2 wrote them: no source, versions without origin.
    const OFFICIAL = 'https://www.shanghai.gov.cn/2021.html';
    const identity = { region: '上海市', year: 2021, level: 'provincial', title: '政府工作报告', summary: false };
    const v2Reports = [
      { id: 'gov:provincial:上海市:2021', identity, region: '上海市', level: 'provincial', year: 2021, urls: [OFFICIAL, 'https://mirror.example/a'], text: '全市生产总值增长6%以上', hash: 'h1', meta: { region: '上海市' }, headings: [], commitmentCount: 1, engine: 'e1', savedAt: 5, updatedAt: 9 },
      { id: 'text:0123456789abcdef', identity: { ...identity, region: null, year: null }, region: '', level: '', year: 0, urls: [], text: '导入的文本', hash: 'h2', meta: {}, headings: [], commitmentCount: 0, savedAt: 7, updatedAt: 7 },
    ];
    const v2Versions = [
      { reportId: 'gov:provincial:上海市:2021', hash: 'h0', text: '全市生产总值增长9%以上', seenAt: 3, url: 'https://mirror.example/a' },
      { reportId: 'gov:provincial:上海市:2021', hash: 'h1', text: '全市生产总值增长6%以上', seenAt: 5, url: OFFICIAL },
      { reportId: 'text:0123456789abcdef', hash: 'h2', text: '导入的文本', seenAt: 7, url: '' },
    ];
    for (const r of v2Reports) await old.put('reports', r);
    for (const v of v2Versions) await old.put('versions', v);
    await old.put('commitments', { reportId: 'gov:provincial:上海市:2021', id: 'T1', key: 'gdp', region: '上海市', level: 'provincial', year: 2021, quote: '6%以上', start: 8, end: 12 });
    await old.put('annotations', { id: 'a1', reportId: 'gov:provincial:上海市:2021', modified: '2026-01-01T00:00:00Z' });
    await old.put('settings', { hash: 'h1', at: 6 }, 'versions.lastSeen:gov:provincial:上海市:2021');
    const before = Object.fromEntries(await Promise.all(STORE_NAMES.map(async (s) => [s, await old.getAll(s)] as const)));
    old.close();

    const db = await openStore(name);
    expect(db.version).toBe(DB_VERSION);
    for (const s of STORE_NAMES) expect((await db.getAll(s)).length).toBe(before[s]!.length);
    for (const s of ['commitments', 'annotations', 'settings'] as const) expect(await db.getAll(s)).toEqual(before[s]);
    const reports = await db.getAll('reports');
    expect(reports.map(({ source: _s, ...rest }) => rest)).toEqual(before.reports);
    expect(reports.map((r) => r.source)).toEqual([
      { origin: 'https://www.shanghai.gov.cn', url: OFFICIAL, at: 5, trust: 'official' },
      { origin: '', url: '', at: 7, trust: 'import' },
    ]);
    const versions = await db.getAll('versions');
    expect(versions.map(({ origin: _o, trust: _t, ...rest }) => rest)).toEqual(before.versions);
    expect(versions.map((v) => [v.hash, v.origin, v.trust])).toEqual([
      ['h0', 'https://mirror.example', 'other'],
      ['h1', 'https://www.shanghai.gov.cn', 'official'],
      ['h2', '', 'import'],
    ]);
    // The migrated record is the report of record: another site's text of it is kept apart.
    const held = await saveReport(db, { url: 'https://mirror.example/b', text: '全市生产总值增长9.5%以上', analysis: analysis(), at: 10 });
    expect(held).toMatchObject({ id: 'gov:provincial:上海市:2021', changed: false, held: { origin: 'https://mirror.example' } });
    expect((await db.get('reports', 'gov:provincial:上海市:2021'))!.text).toBe('全市生产总值增长6%以上');
    db.close();
  });

  it('a connection steps aside when a newer version is opened elsewhere', async () => {
    const name = freshName();
    const m0: Migration = (db) => db.createObjectStore('a');
    const m1: Migration = (db) => db.createObjectStore('b');
    const old = await openWithMigrations(name, [m0]);
    const upgraded = await openWithMigrations(name, [m0, m1]);
    expect(upgraded.version).toBe(2);
    upgraded.close();
    old.close();
  });
});
