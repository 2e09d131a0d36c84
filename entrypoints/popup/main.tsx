import { render } from 'preact';
import { PopupView } from '@/components/PopupView';
import { send } from '@/lib/messages';

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab?.id;
}

render(
  <PopupView
    title={browser.i18n.getMessage('extName')}
    load={async () => {
      const [pong, reports, estimate, page] = await Promise.all([
        send('ping'),
        send('report/list', {}),
        send('storage/estimate'),
        activeTabId().then((tabId) => send('page/status', { tabId })),
      ]);
      return { pong, reports, estimate, page };
    }}
  />,
  document.getElementById('app')!,
);
