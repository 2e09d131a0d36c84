/**
 * The stored copy of a report (annotations.html?read=ID), read and annotated like the live page:
 * the stored text as plain paragraphs (text, never HTML), the same annotator as the content script.
 */
import { Annotator } from '@/components/annotations/annotator';
import { PAGE_NOTES_CSS } from '@/components/annotations/PageNotes';
import { tr } from '@/components/annotations/strings';
import { mountPageShadow } from '@/components/page-shadow';
import { buildTextMap, toRange } from '@/lib/dom';
import { send } from '@/lib/messages';

const READER_CSS = `
body { margin: 0; background: #faf8f2; color: #1f2328; font: 16px/1.8 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.reader { max-width: 860px; margin: 0 auto; padding: 16px 24px 80px; }
.reader header { border-bottom: 1px solid #e5dcc0; margin-bottom: 12px; }
.reader h1 { font-size: 22px; margin: 8px 0; }
.reader .muted { color: #666; font-size: 13px; }
.reader article p { margin: 0 0 8px; text-indent: 2em; }
::highlight(gzbg-passage) { background-color: #ffe08a; }
`;

/** Where a passage's text is in the stored copy: its exact text, else the same characters with white space ignored. */
export function findPassage(text: string, passage: string): [number, number] | null {
  const exact = text.indexOf(passage);
  if (exact >= 0) return [exact, exact + passage.length];
  const wanted = passage.replace(/\s+/g, '');
  if (!wanted) return null;
  const kept: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i]!)) continue;
    kept.push(i);
    squeezed += text[i];
  }
  const at = squeezed.indexOf(wanted);
  return at < 0 ? null : [kept[at]!, kept[at + wanted.length - 1]! + 1];
}

/** Scrolls the stored copy to `passage` and highlights it (`gzbg-passage`); false when it is not in the text. */
function showPassage(map: ReturnType<typeof buildTextMap>, passage: string): boolean {
  const at = findPassage(map.text, passage);
  if (!at) return false;
  const range = toRange(map, at[0], at[1]);
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  const HighlightCtor = (globalThis as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (registry && HighlightCtor) registry.set('gzbg-passage', new HighlightCtor(range));
  (range.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
  document.body.dataset.passage = 'shown';
  return true;
}

export async function showStoredCopy(id: string, app: HTMLElement, creator: () => Promise<string | null>, passage: string | null = null): Promise<void> {
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
    mountUi: async () => mountPageShadow('gzbg-annotate', PAGE_NOTES_CSS),
    list: (r) => send('annotations/list', { report: r }),
    save: (annotation) => send('annotations/save', { annotation }),
    remove: async (annotationId) => void (await send('annotations/delete', { id: annotationId })),
    creator,
    openPage: () => {
      location.search = '';
    },
  }, new AbortController().signal);
  await annotator.mount();
  const map = buildTextMap(article);
  if (passage) showPassage(map, passage);
  await annotator.setPage(map, { title: meta.title, region: meta.region, year: meta.year, summary: meta.summary }, []);
}
