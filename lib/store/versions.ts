/**
 * Versions of a report: every distinct text a stored report was seen with (saveReport keeps one
 * record per content hash, dated and with its address), the version the user last saw, pins, and
 * the storage bound.
 *
 * Policy (README "Versions"): at most `maxPerReport` versions of one report and at most
 * `maxTotalChars` characters of version text over all reports; past either bound the oldest
 * versions go first, other sources' before the record source's. Never dropped: a report's
 * current text, the version its reader last saw (the change notice diffs against it), versions
 * the user pinned and the latest version of each source. One source adds at most one version an
 * hour (lib/store/version-keep.ts).
 */
import { getSetting, inTransaction, setSetting, type GzbgDB } from './reports';
import { diffTexts, type Hunk } from '../diff';
import { toStoreError } from './errors';
import { lastSeenKey, pinnedKey } from './version-keep';
import type { StoredVersion } from './schema';
import type { Trust } from './provenance';

export interface VersionPolicy {
  /** Versions kept per report. */
  maxPerReport: number;
  /** Characters of version text kept over all reports (a character is 2 bytes in UTF-16). */
  maxTotalChars: number;
}

/** 20 versions a report, 25 million characters (about 50 MB) in all. */
export const VERSION_POLICY: Readonly<VersionPolicy> = { maxPerReport: 20, maxTotalChars: 25_000_000 };

/** A version as listed: everything but its text. */
export interface VersionSummary {
  reportId: string;
  hash: string;
  /** When this text was (last) seen as new, ms since epoch. */
  seenAt: number;
  url: string;
  /** The source the text came from ('' for a file) and how far it is trusted (lib/store/provenance.ts). */
  origin: string;
  trust: Trust;
  chars: number;
  /** The report's text now. */
  current: boolean;
  /** The version the reader last saw. */
  lastSeen: boolean;
  pinned: boolean;
}

export interface LastSeen {
  hash: string;
  /** When the reader saw (or acknowledged) it, ms since epoch. */
  at: number;
}

/** What the content script needs to tell the reader about changes. */
export interface VersionCheck {
  reportId: string;
  /** The report's text now. */
  hash: string;
  /** Characters of the report's text now (the page checks the hunks against its own text). */
  chars: number;
  /** The version the reader last saw, when it differs from the current one (without its text). */
  previous: Omit<StoredVersion, 'text'> | null;
  /**
   * What changed from `previous` to the current text (cosmetic changes left out), offsets into the
   * current text; diffed here, off the page's main thread, where both texts already are.
   */
  hunks: Hunk[];
  /** Time the diff took, ms. */
  diffMs: number;
  /** Versions stored for this report. */
  versions: number;
}

export interface PruneResult {
  /** [reportId, hash] of each dropped version. */
  deleted: Array<[string, string]>;
  /** Characters of version text left over all reports (when the total was counted). */
  totalChars?: number;
}

export { lastSeenKey, pinnedKey } from './version-keep';

export async function getLastSeen(db: GzbgDB, reportId: string): Promise<LastSeen | null> {
  return (await getSetting<LastSeen>(db, lastSeenKey(reportId))) ?? null;
}

/** Records that the reader saw this version of the report. */
export async function markSeen(db: GzbgDB, reportId: string, hash: string, at = Date.now()): Promise<LastSeen> {
  const record = { hash, at };
  await setSetting(db, lastSeenKey(reportId), record);
  return record;
}

async function pinnedOf(db: GzbgDB, reportId: string): Promise<string[]> {
  return (await getSetting<string[]>(db, pinnedKey(reportId))) ?? [];
}

/** Pins (or unpins) a version: pinned versions are never dropped by the storage bound. */
export async function pinVersion(db: GzbgDB, reportId: string, hash: string, pinned: boolean): Promise<void> {
  const pins = new Set(await pinnedOf(db, reportId));
  if (pinned) pins.add(hash);
  else pins.delete(hash);
  await setSetting(db, pinnedKey(reportId), [...pins]);
}

/** Versions of one report, newest first, without their texts. */
export async function listVersions(db: GzbgDB, reportId: string): Promise<VersionSummary[]> {
  try {
    const [versions, report, last, pins] = await Promise.all([
      db.getAllFromIndex('versions', 'by-report', reportId),
      db.get('reports', reportId),
      getLastSeen(db, reportId),
      pinnedOf(db, reportId),
    ]);
    return versions
      .sort((a, b) => b.seenAt - a.seenAt || a.hash.localeCompare(b.hash))
      .map((v) => ({
        reportId,
        hash: v.hash,
        seenAt: v.seenAt,
        url: v.url,
        origin: v.origin,
        trust: v.trust,
        chars: v.text.length,
        current: report?.hash === v.hash,
        lastSeen: last?.hash === v.hash,
        pinned: pins.includes(v.hash),
      }));
  } catch (e) {
    throw toStoreError(e, 'Listing versions');
  }
}

export async function getVersion(db: GzbgDB, reportId: string, hash: string): Promise<StoredVersion | null> {
  try {
    return (await db.get('versions', [reportId, hash])) ?? null;
  } catch (e) {
    throw toStoreError(e, 'Reading a version');
  }
}

/**
 * Called when the reader opens a stored report: the version they last saw, when the text changed
 * since. The first visit records the current text as seen. Seeing the notice does not count as
 * seeing the new text: `markSeen` does, when the reader dismisses the notice.
 */
export async function checkVersions(db: GzbgDB, reportId: string, at = Date.now()): Promise<VersionCheck | null> {
  const report = await db.get('reports', reportId);
  if (!report) return null;
  const versions = await db.countFromIndex('versions', 'by-report', reportId);
  const base = { reportId, hash: report.hash, chars: report.text.length, previous: null, hunks: [], diffMs: 0, versions };
  const last = await getLastSeen(db, reportId);
  if (!last) {
    await markSeen(db, reportId, report.hash, at);
    return base;
  }
  if (last.hash === report.hash) return base;
  const previous = await getVersion(db, reportId, last.hash);
  if (!previous) {
    // A version lost some other way (a restore from before it existed): start again from here.
    await markSeen(db, reportId, report.hash, at);
    return base;
  }
  const t0 = performance.now();
  const { hunks } = diffTexts(previous.text, report.text);
  const diffMs = Math.round((performance.now() - t0) * 10) / 10;
  const { text: _text, ...info } = previous;
  return { ...base, previous: info, hunks, diffMs };
}

/**
 * Applies the storage bound (see the module comment). With `reportId` it checks that report's
 * count only (cheap: run after every save); without, every report's count and the total size.
 */
export async function pruneVersions(
  db: GzbgDB,
  reportId?: string,
  policy: VersionPolicy = VERSION_POLICY,
): Promise<PruneResult> {
  // Read outside the write transaction: settings are small, and a pin set a moment later only
  // means one version more is kept.
  const all = reportId === undefined;
  const ids = all ? await db.getAllKeys('reports') : [reportId];
  const keep = new Set<string>();
  const keyOf = (id: string, hash: string) => `${id}\u0000${hash}`;
  /** Each report's record source: its versions go last. */
  const recordOrigin = new Map<string, string>();
  for (const id of ids) {
    const [report, last, pins] = await Promise.all([db.get('reports', id), getLastSeen(db, id), pinnedOf(db, id)]);
    if (report) keep.add(keyOf(id, report.hash));
    if (report) recordOrigin.set(id, report.source.origin);
    if (last) keep.add(keyOf(id, last.hash));
    for (const h of pins) keep.add(keyOf(id, h));
  }
  return inTransaction(db, ['versions'], 'Dropping old versions', async (tx) => {
    const store = tx.objectStore('versions');
    // Only keys, dates and sizes are needed; a cursor keeps one text in memory at a time.
    const rows: Array<{ id: string; hash: string; seenAt: number; chars: number; origin: string }> = [];
    let cursor = all ? await store.openCursor() : await store.index('by-report').openCursor(reportId);
    while (cursor) {
      const v = cursor.value;
      rows.push({ id: v.reportId, hash: v.hash, seenAt: v.seenAt, chars: v.text.length, origin: v.origin });
      cursor = await cursor.continue();
    }
    // The latest version of each source of a report is kept too (a flood from other sites cannot
    // push out a site's last text), and other sources' versions go before the record source's.
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows) {
      const k = keyOf(r.id, r.origin);
      if ((latest.get(k)?.seenAt ?? -Infinity) < r.seenAt) latest.set(k, r);
    }
    for (const r of latest.values()) keep.add(keyOf(r.id, r.hash));
    const fromRecord = (r: (typeof rows)[number]) => (recordOrigin.get(r.id) === r.origin ? 1 : 0);
    const drop = new Set<string>();
    const byReport = new Map<string, typeof rows>();
    for (const r of rows) byReport.set(r.id, [...(byReport.get(r.id) ?? []), r]);
    for (const list of byReport.values()) {
      // Dropped from the end: the record source's newest last, other sources' oldest first.
      list.sort((a, b) => fromRecord(b) - fromRecord(a) || b.seenAt - a.seenAt);
      let over = list.length - policy.maxPerReport;
      for (let k = list.length - 1; k >= 0 && over > 0; k--) {
        const r = list[k]!;
        if (keep.has(keyOf(r.id, r.hash))) continue;
        drop.add(keyOf(r.id, r.hash));
        over--;
      }
    }
    let totalChars: number | undefined;
    if (all) {
      totalChars = rows.reduce((n, r) => n + (drop.has(keyOf(r.id, r.hash)) ? 0 : r.chars), 0);
      const oldestFirst = rows.filter((r) => !drop.has(keyOf(r.id, r.hash))).sort((a, b) => a.seenAt - b.seenAt);
      for (const r of oldestFirst) {
        if (totalChars <= policy.maxTotalChars) break;
        if (keep.has(keyOf(r.id, r.hash))) continue;
        drop.add(keyOf(r.id, r.hash));
        totalChars -= r.chars;
      }
    }
    const deleted: Array<[string, string]> = [];
    for (const r of rows) {
      if (!drop.has(keyOf(r.id, r.hash))) continue;
      await store.delete([r.id, r.hash]);
      deleted.push([r.id, r.hash]);
    }
    return totalChars === undefined ? { deleted } : { deleted, totalChars };
  });
}

const PRUNED_COUNT_KEY = 'versions.prunedAtCount';

/**
 * Applies the storage bound when versions were added since the last time (a count is cheap; the
 * bound reads every version's size). Returns null when nothing had to be checked.
 */
export async function pruneIfGrown(db: GzbgDB, policy: VersionPolicy = VERSION_POLICY): Promise<PruneResult | null> {
  const count = await db.count('versions');
  if (count === (await getSetting<number>(db, PRUNED_COUNT_KEY))) return null;
  const result = await pruneVersions(db, undefined, policy);
  await setSetting(db, PRUNED_COUNT_KEY, count - result.deleted.length);
  return result;
}

/**
 * The message handlers of this feature, for the background to spread into its `serve({...})`.
 * `open` opens an extension page in a new tab (the compare page).
 */
export function versionHandlers(db: () => Promise<GzbgDB>, open: (path: string) => Promise<unknown>) {
  return {
    'versions/check': async ({ reportId }: { reportId: string }) => {
      const d = await db();
      const check = await checkVersions(d, reportId);
      await pruneIfGrown(d);
      return check;
    },
    'versions/seen': async ({ reportId, hash }: { reportId: string; hash: string }) => markSeen(await db(), reportId, hash),
    'versions/list': async ({ reportId }: { reportId: string }) => listVersions(await db(), reportId),
    'versions/get': async ({ reportId, hash }: { reportId: string; hash: string }) => getVersion(await db(), reportId, hash),
    'versions/pin': async ({ reportId, hash, pinned }: { reportId: string; hash: string; pinned: boolean }) => {
      const d = await db();
      await pinVersion(d, reportId, hash, pinned);
      return listVersions(d, reportId);
    },
    'compare/open': async ({ a, b }: { a: string; b: string }) => {
      await open(`/compare.html?${new URLSearchParams({ a, b })}`);
      return { ok: true as const };
    },
  };
}
