/**
 * The stored copy of a report (annotations.html?read=ID), read and annotated like the live page:
 * the stored text as plain paragraphs (text, never HTML), the same annotator as the content script.
 */
import { Annotator } from '@/components/annotations/annotator';
import { PAGE_NOTES_CSS } from '@/components/annotations/PageNotes';
import { tr } from '@/components/annotations/strings';
import { buildTextMap, UI_ATTRIBUTE } from '@/lib/dom';
import { send } from '@/lib/messages';

const READER_CSS = `
body { margin: 0; background: #faf8f2; color: #1f2328; font: 16px/1.8 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.reader { max-width: 860px; margin: 0 auto; padding: 16px 24px 80px; }
.reader header { border-bottom: 1px solid #e5dcc0; margin-bottom: 12px; }
.reader h1 { font-size: 22px; margin: 8px 0; }
.reader .muted { color: #666; font-size: 13px; }
.reader article p { margin: 0 0 8px; text-indent: 2em; }
`;

export async function showStoredCopy(id: string, app: HTMLElement, creator: () => Promise<string | null>): Promise<void> {
  const report = await send('report/get', { id });
  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.appendChild(style);
  const main = document.createElement('main');
  main.className = 'reader';
  const header = document.createElement('header');
  const back = document.createElement('a');
  back.href = '?';
  back.textContent = tr('backToAll');
  const h1 = document.createElement('h1');
  const sub = document.createElement('p');
  sub.className = 'muted';
  header.append(back, h1, sub);
  main.appendChild(header);
  app.replaceChildren(main);
  if (!report) {
    h1.textContent = tr('notStored');
    return;
  }
  const { meta } = report;
  h1.textContent = `${meta.region ?? ''}${meta.year && !(meta.title ?? '').includes(String(meta.year)) ? `${meta.year}年` : ''}${meta.title ?? ''}`;
  document.title = h1.textContent;
  sub.textContent = tr('storedCopy', new Date(report.updatedAt).toLocaleString());
  const article = document.createElement('article');
  article.setAttribute('data-testid', 'stored-copy');
  for (const line of report.text.split('\n')) {
    if (!line.trim()) continue;
    const p = document.createElement('p');
    p.textContent = line;
    article.appendChild(p);
  }
  main.appendChild(article);
  const annotator = new Annotator({
    mountUi: async () => {
      const host = document.createElement('gzbg-annotate');
      host.setAttribute(UI_ATTRIBUTE, '');
      const shadow = host.attachShadow({ mode: 'open' });
      const css = document.createElement('style');
      css.textContent = PAGE_NOTES_CSS;
      const container = document.createElement('div');
      shadow.append(css, container);
      document.body.appendChild(host);
      return container;
    },
    list: (r) => send('annotations/list', { report: r }),
    save: (annotation) => send('annotations/save', { annotation }),
    remove: async (annotationId) => void (await send('annotations/delete', { id: annotationId })),
    creator,
    openPage: () => {
      location.search = '';
    },
  }, new AbortController().signal);
  await annotator.mount();
  await annotator.setPage(buildTextMap(article), { title: meta.title, region: meta.region, year: meta.year, summary: meta.summary }, []);
}
