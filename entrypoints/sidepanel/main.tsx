import { render } from 'preact';
import { useMessages, t, messagesLocale } from '@/components/i18n';
import { SidePanelView, type PanelData } from '@/components/sidepanel/SidePanelView';
import { mountPanelNotes } from '@/components/annotations/PanelNotes';
import { annotationTabApi, isTabReadNotice, sendToTab } from '@/lib/messages';

useMessages((key) => browser.i18n.getMessage(key as 'extName'));
document.documentElement.lang = messagesLocale();
document.title = t('sidePanelTitle');

/** The tab this panel shows: ?tab=ID (opened as a page), else the active tab of this window. */
const fixed = Number(new URLSearchParams(location.search).get('tab')) || undefined;
async function tabId(): Promise<number | undefined> {
  if (fixed !== undefined) return fixed;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function load(): Promise<PanelData> {
  const id = await tabId();
  if (id === undefined) return { model: null, reason: null };
  try {
    const { model } = await sendToTab(id, 'overlay/model', {});
    return { model, reason: null };
  } catch {
    return { model: null, reason: t('panelNoReport') };
  }
}

function draw(generation: number): void {
  render(
    <SidePanelView load={load} generation={generation} onShow={(id) => void tabId().then(async (tab) => {
      if (tab !== undefined) await sendToTab(tab, 'overlay/show', { id });
    })} />,
    document.getElementById('app')!,
  );
}

let generation = 0;
draw(generation);
mountPanelNotes(document.body, annotationTabApi(tabId));
// Follow the tab: another tab activated, or this one finished loading a page.
browser.tabs.onActivated.addListener(() => fixed === undefined && draw(++generation));
browser.tabs.onUpdated.addListener((id, change) => {
  if (change.status === 'complete') setTimeout(() => void tabId().then((t) => t === id && draw(++generation)), 800);
});
// A tab whose report is read after its page loaded (the reader page, once its PDF is read) says so.
browser.runtime.onMessage.addListener(((message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
  const from = sender.tab?.id;
  if (isTabReadNotice(message) && sender.id === browser.runtime.id && from !== undefined) void tabId().then((t) => t === from && draw(++generation));
  return false;
}) as never);
