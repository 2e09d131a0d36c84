import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { GzbgSchema } from './schema';
import { legacySource } from './provenance';

/**
 * Numbered schema migrations. `MIGRATIONS[i]` takes a database from version i to version i + 1,
 * so a fresh database runs them all from 0 and an old one only those it lacks, in order.
 *
 * To change the schema: append a migration (never edit a shipped one), change `GzbgSchema`, and
 * add a test that writes a database with `MIGRATIONS.slice(0, n)` and opens it with all of them
 * without losing a record (see tests/unit/store/migrations.test.ts).
 *
 * A migration runs inside the upgrade transaction: it may create and delete stores and indexes and
 * rewrite records through `tx`, but must not await anything that is not an IndexedDB request.
 */
// Migrations see the database as it was at their version, not as `GzbgSchema` says it is now.
export type Migration = (db: IDBPDatabase<any>, tx: IDBPTransaction<any, any, 'versionchange'>) => void;

/** v1: reports, versions, commitments, annotations, settings. */
const v1: Migration = (db) => {
  const reports = db.createObjectStore('reports', { keyPath: 'id' });
  reports.createIndex('by-government', ['region', 'level', 'year']);
  reports.createIndex('by-year', 'year');
  reports.createIndex('by-url', 'urls', { multiEntry: true });

  const versions = db.createObjectStore('versions', { keyPath: ['reportId', 'hash'] });
  versions.createIndex('by-report', 'reportId');

  const commitments = db.createObjectStore('commitments', { keyPath: ['reportId', 'id'] });
  commitments.createIndex('by-region-year', ['region', 'year']);
  commitments.createIndex('by-key', 'key');
  commitments.createIndex('by-report', 'reportId');

  const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
  annotations.createIndex('by-report', 'reportId');

  db.createObjectStore('settings');
};

/** v2: commitments indexed by government (region, level) and year, for the card's look-ups across years. */
const v2: Migration = (_db, tx) => {
  tx.objectStore('commitments').createIndex('by-government-year', ['region', 'level', 'year']);
};

/**
 * v3: provenance. Every report keeps the source of its text of record and every version its
 * origin and trust (lib/store/provenance.ts); records from before get them from their first
 * address and date. Records are rewritten in place: none is added or dropped.
 */
const v3: Migration = (_db, tx) => {
  const rewrite = (store: 'reports' | 'versions', patch: (x: Record<string, unknown>) => Record<string, unknown>) => {
    const s = tx.objectStore(store);
    // Cursors inside the upgrade transaction: only IndexedDB requests are awaited (see above).
    s.openCursor().then(function step(cursor): Promise<void> | void {
      if (!cursor) return;
      void cursor.update(patch(cursor.value as Record<string, unknown>));
      return cursor.continue().then(step);
    });
  };
  rewrite('reports', (r) => (r.source ? r : { ...r, source: legacySource(r) }));
  rewrite('versions', (v) => {
    if (typeof v.origin === 'string') return v;
    const { origin, trust } = legacySource(v);
    return { ...v, origin, trust };
  });
};

/** v4: the reader's corrections of what the engine extracted (lib/corrections), by report. */
const v4: Migration = (db) => {
  const corrections = db.createObjectStore('corrections', { keyPath: 'id' });
  corrections.createIndex('by-report', 'reportKey');
};

export const MIGRATIONS: readonly Migration[] = [v1, v2, v3, v4];

/** The schema version this code writes. */
export const DB_VERSION = MIGRATIONS.length;

export const DB_NAME = 'gzbg';

/**
 * Opens (creating or upgrading) a database with the given migrations. A connection that blocks a
 * newer version (another context upgraded) closes itself so the upgrade can go ahead.
 */
export async function openWithMigrations<S>(
  name: string,
  migrations: readonly Migration[],
): Promise<IDBPDatabase<S>> {
  let db: IDBPDatabase<S> | undefined;
  db = await openDB<S>(name, migrations.length, {
    upgrade(database, oldVersion, newVersion, tx) {
      const to = newVersion ?? migrations.length;
      for (let v = oldVersion; v < to; v++) {
        const migrate = migrations[v];
        if (!migrate) throw new Error(`No migration from version ${v}`);
        migrate(database, tx);
      }
    },
    blocking() {
      db?.close();
    },
  });
  return db;
}

/** Opens the extension's database at the current version. */
export function openStore(name = DB_NAME): Promise<IDBPDatabase<GzbgSchema>> {
  return openWithMigrations<GzbgSchema>(name, MIGRATIONS);
}
