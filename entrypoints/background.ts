import { annotationHandlers } from '@/components/annotations/importing';
import { serve, type PageStatus } from '@/lib/messages';
import {
  connection,
  DB_VERSION,
  deleteReport,
  exportAll,
  findPriorReports,
  getReport,
  listReports,
  persistRecord,
  recordPersistence,
  requestPersistenceOnce,
  restoreAll,
  saveReport,
  storageEstimate,
  versionHandlers,
} from '@/lib/store';

/** Owns the database; answers the typed messages of lib/messages.ts. */
export default defineBackground(() => {
  const db = connection();
  const pages = new Map<number, PageStatus>();

  serve({
    ping: () => ({ version: browser.runtime.getManifest().version, schema: DB_VERSION, at: Date.now() }),
    'page/seen': ({ page }, { tabId }) => {
      if (tabId !== undefined) {
        pages.set(tabId, { ...page, tabId, at: Date.now() });
        void setBadge(tabId, page.verdict === 'report' ? String(page.targets) : '');
      }
      return { ok: true };
    },
    'page/status': ({ tabId }, sender) => pages.get(tabId ?? sender.tabId ?? -1) ?? null,
    'report/save': async ({ url, text, analysis }) => saveReport(await db(), { url, text, analysis }),
    'report/get': async ({ id }) => getReport(await db(), id),
    'report/list': async ({ filter }) => listReports(await db(), filter),
    'report/delete': async ({ id }) => deleteReport(await db(), id),
    'report/prior': async ({ region, level, year, limit }) => findPriorReports(await db(), region, level, year, limit),
    'storage/estimate': async () => ({ estimate: await storageEstimate(), persist: await persistRecord(await db()) }),
    'storage/persist-asked': async ({ granted }) => recordPersistence(await db(), granted),
    'backup/export': async () => exportAll(await db()),
    'backup/restore': async ({ backup }) => restoreAll(await db(), backup),
    ...annotationHandlers(db),
    ...versionHandlers(db, (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/compare.html') })),
  });

  browser.tabs.onRemoved.addListener((tabId) => pages.delete(tabId));
  // A tab that loads another page forgets what its last page was.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') pages.delete(tabId);
  });
  browser.runtime.onInstalled.addListener(() => {
    void db().then(requestPersistenceOnce).catch(() => undefined);
  });
});

async function setBadge(tabId: number, text: string): Promise<void> {
  // MV3 (Chromium) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  await action?.setBadgeText({ tabId, text }).catch(() => undefined);
}
