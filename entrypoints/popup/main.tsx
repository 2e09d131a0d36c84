import { render } from 'preact';
import { t, useMessages, messagesLocale } from '@/components/i18n';
import { PopupView } from '@/components/PopupView';
import { pdfAddress } from '@/lib/files/address';
import { send, sendToTab } from '@/lib/messages';
import { askPersistenceFromPage } from '@/lib/store/persist';

useMessages((key) => browser.i18n.getMessage(key as 'extName'));
document.documentElement.lang = messagesLocale();

/** The tab the popup acts on: ?tab=ID (the popup opened as a page), else the active tab. */
const fixedTab = Number(new URLSearchParams(location.search).get('tab')) || undefined;

async function activeTabId(): Promise<number | undefined> {
  if (fixedTab !== undefined) return fixedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id;
}

/**
 * The tab's address when it shows a PDF. The popup sees a tab's address only through the activeTab
 * grant that the click on the toolbar button gave (no "tabs" permission, no host permission).
 */
async function tabPdf(): Promise<string | null> {
  const tab = fixedTab !== undefined
    ? await browser.tabs.get(fixedTab).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []))[0];
  return pdfAddress(tab?.url);
}

/** Opens an extension page in a new tab beside this one, and gets the popup out of the way. */
async function openPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/reader.html') });
  window.close();
}

/** Known before any click: the side panel must open in the click's own call stack (a user gesture). */
let knownTab: number | undefined;
void activeTabId().then((id) => (knownTab = id));

/** Chrome's side panel / Firefox's sidebar, opened synchronously from the click (no await before). */
async function openSidePanel(): Promise<void> {
  const tabId = knownTab;
  const g = globalThis as unknown as {
    chrome?: { sidePanel?: { open(o: { tabId: number }): Promise<void>; setOptions(o: object): Promise<void> } };
    browser?: { sidebarAction?: { open(): Promise<void> } };
  };
  try {
    if (g.browser?.sidebarAction) {
      await g.browser.sidebarAction.open();
      window.close();
      return;
    }
    if (g.chrome?.sidePanel && tabId !== undefined) {
      const opened = g.chrome.sidePanel.open({ tabId });
      void g.chrome.sidePanel.setOptions({ tabId, path: `sidepanel.html?tab=${tabId}`, enabled: true });
      await opened;
      window.close();
      return;
    }
  } catch {
    // fall back to the background (opens it as a tab where it must)
  }
  await send('ui/open', { what: 'sidepanel', tabId });
}

render(
  <PopupView
    title={t('extName')}
    load={async () => {
      const tabId = await activeTabId();
      const [pong, reports, storage, page, settings, overlay, pdfUrl] = await Promise.all([
        send('ping'),
        send('report/list', {}),
        send('storage/estimate'),
        send('page/status', { tabId }),
        send('settings/get'),
        tabId === undefined ? Promise.resolve(null) : sendToTab(tabId, 'overlay/model', {}).catch(() => null),
        tabPdf(),
      ]);
      void askPersistenceFromPage(storage.persist, (granted) => send('storage/persist-asked', { granted })).catch(() => undefined);
      return { pong, reports, estimate: storage.estimate, page, settings, overlayOn: overlay?.model ? overlay.on : null, pdfUrl };
    }}
    actions={{
      analyzeAnyway: async () => {
        const tabId = await activeTabId();
        if (tabId !== undefined) await sendToTab(tabId, 'page/analyze', { force: true });
      },
      setOverlay: async (on) => {
        const tabId = await activeTabId();
        if (tabId !== undefined) await sendToTab(tabId, 'overlay/toggle', { on });
        else await send('settings/set', { patch: { overlay: on } });
      },
      setSaveAsRead: async (on) => void (await send('settings/set', { patch: { saveAsRead: on } })),
      setMarksAsElements: async (on) => {
        await send('settings/set', { patch: { marks: on ? 'elements' : 'auto' } });
        // The tab's marks are drawn again the chosen way (its content script reads the setting when it reads the page).
        const tabId = await activeTabId();
        const shown = tabId === undefined ? null : await sendToTab(tabId, 'overlay/model', {}).catch(() => null);
        if (tabId !== undefined && shown?.model) await sendToTab(tabId, 'page/analyze', { force: shown.page?.forced === true });
      },
      forget: async (id) => void (await send('report/delete', { id })),
      pickBody: async () => {
        const tabId = await activeTabId();
        if (tabId === undefined) return;
        await sendToTab(tabId, 'body/pick-start', {});
        // The clicks happen on the page: the popup gets out of the way.
        window.close();
      },
      forgetBodyPick: async () => {
        const tabId = await activeTabId();
        const page = await send('page/status', { tabId });
        if (!page) return;
        await send('body/pick/set', { site: new URL(page.url).host, pick: null });
        if (tabId !== undefined) await sendToTab(tabId, 'page/analyze', { force: page.forced === true });
      },
      openSidePanel,
      openLibrary: async () => {
        await send('ui/open', { what: 'library' });
        window.close();
      },
      // The reader fetches the file itself (entrypoints/reader/bytes.ts): the address is all it needs.
      readPdf: (url) => openPage(`/reader.html?${new URLSearchParams({ url })}`),
      openReader: () => openPage('/reader.html'),
    }}
  />,
  document.getElementById('app')!,
);
