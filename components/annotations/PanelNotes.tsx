import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { NOTE_LIST_CSS, NoteList, type ListItem } from './NoteList';
import { setAnnotationLang, tr } from './strings';

export interface PanelNotesApi {
  /** The tab's annotations with how each landed, or null when the tab's page is not an annotated report. */
  items(): Promise<ListItem[] | null>;
  /** Scrolls the page to an annotation and opens it. */
  open(id: string): void;
  /** The annotations page's address (all annotations, export, import). */
  pageUrl?: string;
}

const POLL_MS = 2000;

/** The side panel's list of the report's annotations: searchable, filterable by tag; follows the tab. */
export function PanelNotes({ api }: { api: PanelNotesApi }) {
  const [items, setItems] = useState<ListItem[] | null>(null);
  useEffect(() => {
    let alive = true;
    let last = '';
    const load = () => {
      if (document.visibilityState === 'hidden') return;
      void api.items().then((next) => {
        const key = JSON.stringify(next);
        if (alive && key !== last) {
          last = key;
          setItems(next);
        }
      });
    };
    load();
    const timer = setInterval(load, POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [api]);
  if (!items) return null;
  return (
    <details class="panel-notes" data-testid="panel-notes" open={items.length > 0}>
      <style>{PANEL_NOTES_CSS}</style>
      <summary>{tr('listTitle', items.length)}</summary>
      <NoteList items={items} onSelect={(id) => api.open(id)} />
      {api.pageUrl && <p><a href={api.pageUrl} target="_blank" rel="noopener" data-testid="panel-open-page">{tr('allAnnotations')} ↗</a></p>}
    </details>
  );
}

/** Adds the list to a page (the side panel), above what is there; strings in the page's language. */
export function mountPanelNotes(parent: HTMLElement, api: PanelNotesApi): void {
  setAnnotationLang(document.documentElement.lang || navigator.language);
  const host = document.createElement('div');
  host.id = 'gzbg-panel-notes';
  parent.insertBefore(host, parent.firstChild);
  render(<PanelNotes api={api} />, host);
}

const PANEL_NOTES_CSS = `
.panel-notes, .panel-notes * { box-sizing: border-box; }
.panel-notes > summary { cursor: pointer; font-weight: 700; margin-bottom: 6px; }
.panel-notes { margin: 12px; padding: 10px 12px; border: 1px solid #e5dcc0; border-radius: 10px; background: #fff;
  font: 14px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #1f2328; }
${NOTE_LIST_CSS}
`;
