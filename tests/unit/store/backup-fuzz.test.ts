/**
 * 1,000 malformed backups, each one change away from a good one: every one is refused whole,
 * with the message naming what is wrong, and nothing is written (the same database restores the
 * good file, so a partial write would show).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportAll, openStore, putAnnotation, restoreAll, saveReport, setSetting, StoreError, VERSION_RATE, type Backup, type GzbgDB } from '@/lib/store';
import { STORE_NAMES } from '@/lib/store/schema';
import { analysis, commitment, freshName, storedNote } from './fixtures';

type Kind = 's' | 'n' | 'int' | 'o' | 'a' | 'sa' | 'enum' | 'amount' | 'colour';
/** Values that are wrong for a field of each kind. */
const WRONG: Record<Kind, unknown[]> = {
  s: [1, null, true, {}, [], undefined],
  n: ['1', null, {}, Infinity, Number.NaN, undefined],
  int: [-1, 1.5, '1', null, undefined],
  o: [null, 'x', 1, undefined],
  a: ['x', {}, null, [1], undefined],
  sa: ['x', {}, null, [1], [null], undefined],
  enum: ['x', 1, null, undefined],
  amount: ['1', null, [1], [1, '2'], {}, undefined],
  colour: ['red', 1, '#12345', 'url(javascript:x)', undefined],
};

/** The fields every record must have right, per store (dot paths), and their kind. */
const FIELDS: Record<'reports' | 'versions' | 'commitments' | 'annotations', [string, Kind][]> = {
  reports: [['id', 's'], ['identity', 'o'], ['identity.summary', 'enum'], ['region', 's'], ['level', 'enum'], ['year', 'n'], ['urls', 'sa'], ['text', 's'], ['hash', 's'],
    ['meta', 'o'], ['meta.lang', 'enum'], ['headings', 'a'], ['commitmentCount', 'int'], ['savedAt', 'n'], ['updatedAt', 'n'], ['source.trust', 'enum']],
  versions: [['reportId', 's'], ['hash', 's'], ['text', 's'], ['seenAt', 'n'], ['url', 's']],
  commitments: [['reportId', 's'], ['id', 's'], ['kind', 'enum'], ['start', 'int'], ['end', 'int'], ['quote', 's'], ['number', 's'], ['amount', 'amount'],
    ['unit', 's'], ['comparator', 'enum'], ['indicator', 's'], ['sectionPath', 'sa'], ['horizon', 'enum'], ['key', 's'], ['region', 's'], ['level', 'enum'], ['year', 'n']],
  annotations: [['id', 's'], ['reportId', 's'], ['created', 's'], ['modified', 's'], ['body', 'o'], ['body.note', 's'], ['body.tags', 'sa'], ['body.colour', 'colour'],
    ['target', 'o'], ['target.report.fingerprint', 's'], ['target.selectors.quote', 'o'], ['target.selectors.quote.exact', 's']],
};
const TOP: [string, unknown[]][] = [
  ['format', ['other', 1, null, undefined]], ['version', [2, '1', null, undefined]], ['schemaVersion', ['3', 0, 1.5, 99, null, undefined]],
  ['exportedAt', [1, null, undefined]], ...(['reports', 'versions', 'commitments', 'annotations', 'settings'].map((k) => [k, ['x', {}, 1, null, undefined]]) as [string, unknown[]][]),
];

function setPath(o: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = o;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

type Mutation = (b: Record<string, unknown>) => void;
const recordField = fc.constantFrom(...(Object.keys(FIELDS) as (keyof typeof FIELDS)[])).chain((store) =>
  fc.tuple(fc.constant(store), fc.nat(), fc.constantFrom(...FIELDS[store])).chain(([s, i, [path, kind]]) =>
    fc.constantFrom(...WRONG[kind]).map((value): Mutation => (b) => {
      const list = b[s] as Record<string, unknown>[];
      setPath(list[i % list.length]!, path, value);
    })));
const topField = fc.constantFrom(...TOP).chain(([key, values]) => fc.constantFrom(...values).map((value): Mutation => (b) => setPath(b, key, value)));
const notARecord = fc.tuple(fc.constantFrom('reports', 'versions', 'commitments', 'annotations', 'settings'), fc.nat(), fc.constantFrom(1, 'x', null, [], true))
  .map(([s, i, value]): Mutation => (b) => {
    const list = b[s] as unknown[];
    list[i % list.length] = value;
  });
const badSetting = fc.constantFrom<unknown>({}, { key: 1 }, { key: 'prefs', value: { overlay: 'yes' } }, { key: 'versions.pinned:x', value: [1] }, { key: 'versions.lastSeen:x', value: { hash: 1 } })
  .map((s): Mutation => (b) => void (b.settings as unknown[]).push(s));
const mutation = fc.oneof({ weight: 6, arbitrary: recordField }, { weight: 2, arbitrary: topField }, { weight: 1, arbitrary: notARecord }, { weight: 1, arbitrary: badSetting });

let good: Backup;
let db: GzbgDB;
const counts = async () => Promise.all(STORE_NAMES.map((s) => db.count(s)));

beforeAll(async () => {
  const a = await openStore(freshName());
  await saveReport(a, { url: 'https://sh.example/2021', text: '第一稿', analysis: analysis({}, [commitment({ amount: [6, 6.5], comparator: 'range' })]), at: 10 });
  await saveReport(a, { url: 'https://sh.example/2021', text: '第二稿', analysis: analysis(), at: 20 + VERSION_RATE.windowMs });
  await saveReport(a, { url: 'https://sh.example/2022', text: '二〇二二', analysis: analysis({ year: 2022 }), at: 30 });
  await putAnnotation(a, storedNote('a1', 'gov:provincial:上海市:2021', '2024-01-01T00:00:00Z', '笔记'));
  await setSetting(a, 'ui.lang', 'zh');
  good = JSON.parse(JSON.stringify(await exportAll(a))) as Backup;
  a.close();
  db = await openStore(freshName());
  await saveReport(db, { url: 'https://local.example/2023', text: '本地', analysis: analysis({ year: 2023 }) });
});
afterAll(() => db?.close());

describe('backup fuzz', () => {
  it('1,000 malformed backups: each refused whole with a message, nothing written', async () => {
    const before = await counts();
    const exported = await exportAll(db);
    await fc.assert(fc.asyncProperty(mutation, async (mutate) => {
      const bad = structuredClone(good) as unknown as Record<string, unknown>;
      mutate(bad);
      const err = await restoreAll(db, bad).then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe('invalid');
      expect((err as StoreError).message).toMatch(/not a usable backup: .+\. Nothing was restored\./);
      expect(await counts()).toEqual(before);
    }), { numRuns: 1000 });
    expect({ ...(await exportAll(db)), exportedAt: '' }).toEqual({ ...exported, exportedAt: '' });
    // The good file itself restores into the same database: the refusals above were the changes' doing.
    await restoreAll(db, structuredClone(good));
    expect(await counts()).not.toEqual(before);
  });
});
