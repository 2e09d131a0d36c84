import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, openStore, openWithMigrations, type Migration } from '@/lib/store';
import { freshName } from './fixtures';

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

  it('v1 creates the stores and indexes the repositories use', async () => {
    const db = await openStore(freshName());
    expect([...db.objectStoreNames].sort()).toEqual(['annotations', 'commitments', 'reports', 'settings', 'versions']);
    const tx = db.transaction(['reports', 'commitments', 'versions', 'annotations']);
    expect([...tx.objectStore('reports').indexNames].sort()).toEqual(['by-government', 'by-url', 'by-year']);
    expect([...tx.objectStore('commitments').indexNames].sort()).toEqual(['by-key', 'by-region-year', 'by-report']);
    expect([...tx.objectStore('versions').indexNames]).toEqual(['by-report']);
    expect([...tx.objectStore('annotations').indexNames]).toEqual(['by-report']);
    await tx.done;
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
