import { render } from 'preact';
import { PopupView } from '@/components/PopupView';
import { send } from '@/lib/messages';
import { askPersistenceFromPage } from '@/lib/store/persist';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id;
}

render(
  <PopupView
    title={browser.i18n.getMessage('extName')}
    load={async () => {
      const [pong, reports, storage, page] = await Promise.all([
        send('ping'),
        send('report/list', {}),
        send('storage/estimate'),
        activeTabId().then((tabId) => send('page/status', { tabId })),
      ]);
      void askPersistenceFromPage(storage.persist, (granted) => send('storage/persist-asked', { granted })).catch(() => undefined);
      return { pong, reports, estimate: storage.estimate, page };
    }}
  />,
  document.getElementById('app')!,
);
