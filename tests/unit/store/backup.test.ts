import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DB_VERSION,
  exportAll,
  getCommitments,
  getReport,
  getSetting,
  listAnnotations,
  openStore,
  putAnnotation,
  restoreAll,
  saveReport,
  setSetting,
  StoreError,
  VERSION_RATE,
  type Backup,
  type GzbgDB,
} from '@/lib/store';
import { analysis, commitment, freshName, storedNote } from './fixtures';

const dbs: GzbgDB[] = [];
async function open(): Promise<GzbgDB> {
  const db = await openStore(freshName());
  dbs.push(db);
  return db;
}
afterEach(() => {
  while (dbs.length) dbs.pop()!.close();
});

async function filled(): Promise<GzbgDB> {
  const db = await open();
  await saveReport(db, { url: 'https://sh.example/2021', text: '第一稿', analysis: analysis({}, [commitment({ amount: [6, 6.5], comparator: 'range' })]), at: 10 });
  await saveReport(db, { url: 'https://sh.example/2021', text: '第二稿', analysis: analysis(), at: 20 + VERSION_RATE.windowMs });
  await saveReport(db, { url: 'https://sh.example/2022', text: '二〇二二', analysis: analysis({ year: 2022 }), at: 30 });
  await putAnnotation(db, storedNote('a1', 'gov:provincial:上海市:2021', '2024-01-01T00:00:00Z', '笔记'));
  await setSetting(db, 'ui.lang', 'zh');
  await setSetting(db, 'local.storage.persist', { granted: true, at: 1 });
  return db;
}

/** The backup without its time stamp, for comparing two. */
const content = (b: Backup) => ({ ...b, exportedAt: '' });

describe('exportAll / restoreAll', () => {
  it('round-trips everything through one JSON file', async () => {
    const a = await filled();
    const backup = await exportAll(a, new Date('2025-03-05T00:00:00Z'));
    expect(backup).toMatchObject({ format: 'gzbg-backup', version: 1, schemaVersion: DB_VERSION, exportedAt: '2025-03-05T00:00:00.000Z' });
    expect(backup.reports.length).toBe(2);
    expect(backup.versions.length).toBe(3);
    expect(backup.commitments.length).toBe(2);
    // Per-profile settings stay home; what each report's reader last saw travels with it.
    expect(backup.settings.map((s) => s.key)).toEqual([
      'ui.lang', 'versions.lastSeen:gov:provincial:上海市:2021', 'versions.lastSeen:gov:provincial:上海市:2022',
    ]);
    const file = JSON.stringify(backup);
    const b = await open();
    const result = await restoreAll(b, JSON.parse(file));
    expect(result.reports).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(result.versions).toEqual({ added: 3, updated: 0, kept: 0 });
    expect(content(await exportAll(b))).toEqual(content(backup));
    // Restoring the same file again changes nothing.
    const again = await restoreAll(b, JSON.parse(file));
    expect(again.reports).toEqual({ added: 0, updated: 0, kept: 2 });
    expect(again.annotations).toEqual({ added: 0, updated: 0, kept: 1 });
    expect(content(await exportAll(b))).toEqual(content(backup));
  });

  it('merges: never deletes a local record, never overwrites a newer one', async () => {
    const a = await filled();
    const backup = await exportAll(a);
    const b = await open();
    // Local: a newer 2021 (must be kept), an older 2022 (must be replaced), a local-only 2023.
    await saveReport(b, { url: 'https://local/2021', text: '本地新稿', analysis: analysis({}, [commitment({ id: 'L1' })]), at: 99 + 2 * VERSION_RATE.windowMs });
    await saveReport(b, { url: 'https://local/2022', text: '本地旧稿', analysis: analysis({ year: 2022 }, [commitment({ id: 'L2' })]), at: 1 });
    await saveReport(b, { url: 'https://local/2023', text: '只在本地', analysis: analysis({ year: 2023 }), at: 5 });
    await putAnnotation(b, storedNote('a1', 'gov:provincial:上海市:2021', '2025-01-01T00:00:00Z', '本地更新'));
    await putAnnotation(b, storedNote('mine', 'gov:provincial:上海市:2023', '2025-01-01T00:00:00Z'));
    await setSetting(b, 'ui.lang', 'en');

    const result = await restoreAll(b, backup);
    expect(result.reports).toEqual({ added: 0, updated: 1, kept: 1 });
    const r2021 = (await getReport(b, 'gov:provincial:上海市:2021'))!;
    expect(r2021.text).toBe('本地新稿');
    expect((await getCommitments(b, r2021.id)).map((c) => c.id)).toEqual(['L1']);
    const r2022 = (await getReport(b, 'gov:provincial:上海市:2022'))!;
    expect(r2022.text).toBe('二〇二二');
    expect(r2022.urls).toEqual(['https://local/2022', 'https://sh.example/2022']);
    expect(r2022.savedAt).toBe(1);
    expect((await getCommitments(b, r2022.id)).map((c) => c.id)).toEqual(['T1']);
    expect(await getReport(b, 'gov:provincial:上海市:2023')).not.toBeNull();
    expect((await listAnnotations(b, 'gov:provincial:上海市:2021'))[0]!.body).toMatchObject({ note: '本地更新' });
    expect((await listAnnotations(b, 'gov:provincial:上海市:2023')).length).toBe(1);
    expect(await getSetting(b, 'ui.lang')).toBe('en');
    // Every version from both sides is there.
    expect(await b.count('versions')).toBe(3 + 3);
  });

  it('keeps fields the schema does not name, and never a key that reaches a prototype', async () => {
    const good = await exportAll(await filled());
    const file = JSON.stringify({ ...good, annotations: [{ ...good.annotations[0], extra: { kept: true } }] })
      .replace('"extra":', '"__proto__":{"polluted":1},"extra":');
    const b = await open();
    await restoreAll(b, JSON.parse(file));
    const [a] = await listAnnotations(b, 'gov:provincial:上海市:2021');
    expect(a).toMatchObject({ extra: { kept: true } });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect((a as unknown as { polluted?: number }).polluted).toBeUndefined();
  });

  it('rejects what is not a backup, and changes nothing', async () => {
    const a = await filled();
    const good = await exportAll(a);
    const b = await open();
    await saveReport(b, { url: 'https://local', text: '本地', analysis: analysis() });
    const before = content(await exportAll(b));
    const bad: [unknown, RegExp][] = [
      [null, /not a JSON object/],
      [{ format: 'other' }, /not a backup of this extension/],
      [{ ...good, version: 2 }, /version 2 is not supported/],
      [{ ...good, schemaVersion: 99 }, /newer version/],
      [{ ...good, reports: 'x' }, /: reports: .*Expected Array/],
      [{ ...good, reports: [{ ...good.reports[0], text: 5 }] }, /reports\.0\.text/],
      [{ ...good, commitments: [...good.commitments, { reportId: 'x' }] }, /commitments\.2\.id/],
      [{ ...good, annotations: [[]] }, /annotations\.0\.id/],
      // Issue 12: one note whose tags are not text hid every note (a sort threw on them).
      [{ ...good, annotations: [{ ...good.annotations[0], body: { note: '', tags: [1, 2], colour: null } }] }, /annotations\.0\.body\.tags\.0/],
      [{ ...good, annotations: [{ ...good.annotations[0], body: { note: '', tags: [], colour: 'red;background:url(x)' } }] }, /annotations\.0\.body\.colour/],
      [{ ...good, settings: [{}] }, /settings\.0\.key/],
      [{ ...good, settings: [{ key: 'prefs', value: { marks: 'everything' } }] }, /settings\.0: a setting/],
      // A bad record late in the file: the good ones before it are not written either.
      [{ ...good, versions: [...good.versions, { reportId: 'r' }] }, /versions\.3/],
    ];
    for (const [data, why] of bad) {
      const err = await restoreAll(b, data).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('invalid');
      expect((err as StoreError).message).toMatch(why);
    }
    expect(content(await exportAll(b))).toEqual(before);
  });
});
