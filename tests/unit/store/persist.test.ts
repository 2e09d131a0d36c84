import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { askPersistenceFromPage, openStore, persistRecord, recordPersistence, requestPersistenceOnce, storageEstimate } from '@/lib/store';
import { freshName } from './fixtures';

afterEach(() => vi.unstubAllGlobals());

describe('persistent storage', () => {
  it('asks the browser once and remembers the answer', async () => {
    const persist = vi.fn(async () => true);
    vi.stubGlobal('navigator', { storage: { persist } });
    const db = await openStore(freshName());
    const first = await requestPersistenceOnce(db);
    const second = await requestPersistenceOnce(db);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(first?.granted).toBe(true);
    expect(second).toEqual(first);
    db.close();
  });

  it('does without where the browser has no StorageManager', async () => {
    vi.stubGlobal('navigator', {});
    const db = await openStore(freshName());
    expect(await requestPersistenceOnce(db)).toBeNull();
    expect(await storageEstimate()).toBeNull();
    db.close();
  });

  it('reports usage, quota and whether storage is persistent', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: async () => ({ usage: 1234, quota: 10_000 }), persisted: async () => true },
    });
    expect(await storageEstimate()).toEqual({ usage: 1234, quota: 10_000, persisted: true });
  });
});

describe('asking from a page (Chromium\'s service worker has no persist())', () => {
  it('a page asks once, and the background records the answer', async () => {
    const db = await openStore(freshName());
    expect(await requestPersistenceOnce(db, { estimate: async () => ({}) })).toBeNull(); // a worker: cannot ask
    expect(await persistRecord(db)).toBeNull();
    const persist = vi.fn(async () => true);
    const record = vi.fn((granted: boolean) => recordPersistence(db, granted, 5));
    expect(await askPersistenceFromPage(await persistRecord(db), record, { persist })).toBe(true);
    expect(await persistRecord(db)).toEqual({ granted: true, at: 5 });
    // Next time the page is told it was asked, and does not ask again.
    expect(await askPersistenceFromPage(await persistRecord(db), record, { persist })).toBe(true);
    expect(persist).toHaveBeenCalledTimes(1);
    expect(record).toHaveBeenCalledTimes(1);
    // Nor does the background.
    expect(await requestPersistenceOnce(db, { persist })).toEqual({ granted: true, at: 5 });
    expect(persist).toHaveBeenCalledTimes(1);
    db.close();
  });
});
