import { annotationHandlers } from '@/components/annotations/importing';
import { analyze, ENGINE_VERSION } from '@/lib/commitments';
import { analyzeKept, keptCommitments, linkable, saveInput } from '@/lib/reading/kept-handlers';
import { KeptTexts } from '@/lib/reading/kept-texts';
import { linkToStoredYears } from '@/lib/reading/stored';
import { DEFAULT_SETTINGS, sendToTab, serve, type PageStatus, type Settings } from '@/lib/messages';
import {
  bodyPickHandlers,
  chooseRecord,
  connection,
  DB_VERSION,
  deleteReport,
  exportAll,
  getSetting,
  setSetting,
  getReport,
  listReports,
  persistRecord,
  priorAnalyses,
  recordPersistence,
  reidentifyReport,
  rememberedIdentity,
  requestPersistenceOnce,
  rereadStoredBodies,
  restoreAll,
  saveReport,
  storageEstimate,
  summarize,
  versionHandlers,
  correctionHandlers,
  type StoredReport,
} from '@/lib/store';

/** Owns the database; answers the typed messages of lib/messages.ts. */
export default defineBackground(() => {
  const db = connection();
  const pages = new Map<number, PageStatus>();
  // Pages' texts sent once, kept a short while for linking and saving by id (bounded, lib/reading/kept-texts.ts).
  const kept = new KeptTexts();

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
    'report/save': async (req) => {
      const { url, text, analysis } = saveInput(kept, req);
      const d = await db();
      // A page whose details the user fixed in the library stays under the fixed report when read again.
      return saveReport(d, { url, text, analysis: { ...analysis, meta: await rememberedIdentity(d, url, analysis.meta) }, engine: ENGINE_VERSION });
    },
    'report/get': async ({ id }) => getReport(await db(), id),
    'report/list': async ({ filter }) => listReports(await db(), filter),
    'report/delete': async ({ id }) => {
      const result = await deleteReport(await db(), id);
      // "Forget this report": the tab that showed it no longer has a stored report.
      for (const p of pages.values()) if (p.reportId === id) delete p.reportId;
      return result;
    },
    'report/reidentify': async ({ id, identity }) => {
      const result = await reidentifyReport(await db(), id, identity);
      for (const p of pages.values()) if (p.reportId === id) p.reportId = result.id;
      return result;
    },
    'report/choose': async ({ id, hash }) => summarize(await chooseRecord(await db(), id, hash, (text, url) => analyze(text, { url, force: true }), ENGINE_VERSION)),
    'report/prior': async (query) => priorAnalyses(await db(), query, ENGINE_VERSION, reanalyze),
    'report/link': async ({ current, years, ...ref }) => linkToStoredYears(await db(), linkable(kept, current, ref), ENGINE_VERSION, reanalyze, years),
    // The engine runs here, off the page's main thread (a long page's analysis is one long task).
    'text/analyze': (req) => analyzeKept(kept, req),
    'text/append': ({ textId, piece }) => ({ textId: kept.append(textId, piece) }),
    'text/commitments': (req) => keptCommitments(kept, req),
    'storage/estimate': async () => ({ estimate: await storageEstimate(), persist: await persistRecord(await db()) }),
    'storage/persist-asked': async ({ granted }) => recordPersistence(await db(), granted),
    'backup/export': async () => exportAll(await db()),
    'backup/restore': async ({ backup }) => restoreAll(await db(), backup),
    'settings/get': async () => readSettings(await db()),
    'settings/set': async ({ patch }) => {
      const next = { ...(await readSettings(await db())), ...patch };
      await setSetting(await db(), 'prefs', next);
      return next;
    },
    ...bodyPickHandlers(db),
    'ui/open': async ({ what, tabId }, sender) => ({ ok: true, how: await openUi(what, tabId ?? sender.tabId) }),
    'ui/open-copy': async ({ reportId, quote }) => {
      const query = new URLSearchParams({ read: reportId, q: quote });
      await browser.tabs.create({ url: browser.runtime.getURL(`/annotations.html?${query}` as '/annotations.html') });
      return { ok: true };
    },
    ...annotationHandlers(db, async () => void (await browser.tabs.create({ url: browser.runtime.getURL('/annotations.html') }))),
    ...versionHandlers(db, (path) => browser.tabs.create({ url: browser.runtime.getURL(path as '/compare.html') })),
    ...correctionHandlers(db),
  });

  browser.tabs.onRemoved.addListener((tabId) => pages.delete(tabId));
  // A tab that loads another page forgets what its last page was.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') pages.delete(tabId);
  });
  // Keyboard shortcuts (manifest `commands`): act on the active tab's overlay.
  browser.commands?.onCommand.addListener((command, tab) => {
    // Opened at once, inside the shortcut's user gesture (an await before it would lose it).
    if (command === 'open-side-panel') return void openSidePanelFromGesture(tab?.id);
    void activeTab().then(async (tabId) => {
      if (tabId === undefined) return;
      if (command === 'next-commitment') await sendToTab(tabId, 'overlay/step', { dir: 1 });
      else if (command === 'previous-commitment') await sendToTab(tabId, 'overlay/step', { dir: -1 });
      else if (command === 'toggle-overlay') await sendToTab(tabId, 'overlay/toggle', {});
    }).catch(() => undefined);
  });
  if (import.meta.env.BROWSER !== 'firefox') {
    // Chrome: the side panel is per tab (opened by the bar, the popup or the shortcut).
    (browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }).sidePanel
      ?.setPanelBehavior({ openPanelOnActionClick: false })
      .catch(() => undefined);
  }
  browser.runtime.onInstalled.addListener(() => {
    void db().then(requestPersistenceOnce).catch(() => undefined);
  });
  // Texts stored by builds that read the whole page are re-read to the report's body, once.
  void db().then(rereadStoredBodies).catch((e: unknown) => console.warn('gzbg body re-read', e));
});

/** A stored report analyzed again by this build's engine. */
function reanalyze(r: StoredReport) {
  return analyze(r.text, { url: r.urls[0] ?? '', force: true });
}

async function setBadge(tabId: number, text: string): Promise<void> {
  // MV3 (Chromium) has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  await action?.setBadgeText({ tabId, text }).catch(() => undefined);
}

async function readSettings(db: Parameters<typeof getSetting>[0]): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...((await getSetting<Partial<Settings>>(db, 'prefs')) ?? {}) };
}

/** Chrome's side panel for a tab, from a user gesture (a keyboard shortcut); the panel page in a tab where that fails. */
function openSidePanelFromGesture(tabId: number | undefined): void {
  const panel = (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (!panel || tabId === undefined) {
    void openUi('sidepanel', tabId);
    return;
  }
  const opened = panel.open({ tabId });
  void panel.setOptions({ tabId, path: `/sidepanel.html?tab=${tabId}`, enabled: true });
  opened.catch(() => openUi('sidepanel', tabId));
}

interface ChromeSidePanel {
  open(o: { tabId?: number; windowId?: number }): Promise<void>;
  setOptions(o: object): Promise<void>;
}

async function activeTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/**
 * Opens the side panel for a tab (Chrome `sidePanel`, Firefox `sidebarAction`) or the library.
 * Where the browser refuses (no user gesture reached it), the panel opens as a tab instead.
 */
async function openUi(what: 'sidepanel' | 'library', tabId: number | undefined): Promise<string> {
  if (what === 'library') {
    await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    return 'tab';
  }
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: ChromeSidePanel };
    browser?: { sidebarAction?: { open(): Promise<void>; setPanel(o: object): Promise<void> } };
  };
  const path = `/sidepanel.html${tabId !== undefined ? `?tab=${tabId}` : ''}`;
  try {
    if (g.chrome?.sidePanel) {
      if (tabId !== undefined) await g.chrome.sidePanel.setOptions({ tabId, path, enabled: true });
      await g.chrome.sidePanel.open(tabId !== undefined ? { tabId } : { windowId: (await browser.windows.getCurrent()).id! });
      return 'sidepanel';
    }
    if (g.browser?.sidebarAction) {
      await g.browser.sidebarAction.open();
      return 'sidebar';
    }
  } catch {
    // fall through: no user gesture reached the background
  }
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/sidepanel.html') });
  return 'tab';
}
