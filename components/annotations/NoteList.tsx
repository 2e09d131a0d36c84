import { useState } from 'preact/hooks';
import { normalizeColour, type AnchorResult, type Annotation } from '@/lib/anchoring';
import { matchesQuery, tagsInUse } from '@/lib/store/annotations';
import { DEFAULT_COLOUR } from './Editor';
import { short, tr } from './strings';

export interface ListItem {
  annotation: Annotation;
  /** How it landed on the page, when known. */
  anchor?: AnchorResult | null;
}

export interface NoteListProps {
  items: readonly ListItem[];
  /** Clicking (or Enter on) an item. */
  onSelect?: (id: string) => void;
  /** Shown above the list. */
  title?: string;
}

export function statusLabel(anchor: AnchorResult | null | undefined): string | null {
  if (!anchor) return null;
  if (anchor.status === 'changed') return tr('changed');
  if (anchor.status === 'orphaned') return tr('orphaned');
  return null;
}

/** One annotation as text: quote, note, tags, who, where from, and how it landed. */
export function NoteItem({ annotation: a, anchor, onSelect }: ListItem & { onSelect?: (id: string) => void }) {
  const status = statusLabel(anchor);
  const body = (
    <>
      <span class="swatch-dot" style={{ background: normalizeColour(a.body.colour) ?? DEFAULT_COLOUR }} aria-hidden="true" />
      <span class="item-quote" data-testid="anno-item-quote">「{short(a.target.selectors.quote.exact, 80)}」</span>
      {status && <span class={`status status-${anchor!.status}`} data-testid="anno-item-status">{status}</span>}
      {anchor?.status === 'changed' && (
        <span class="was" data-testid="anno-item-changed">{tr('changedDetail', short(anchor.oldQuote, 40), short(anchor.newQuote ?? '', 40))}</span>
      )}
      {a.body.note && <span class="item-note" data-testid="anno-item-note">{a.body.note}</span>}
      {a.body.tags.length > 0 && (
        <span class="item-tags">{a.body.tags.map((t) => <span class="tag" key={t}>{t}</span>)}</span>
      )}
      {(a.creator?.name || a.provenance) && (
        <span class="muted item-who">
          {a.creator?.name ? tr('by', a.creator.name) : ''}
          {a.provenance ? ` ${tr('imported', a.provenance.importedFrom)}` : ''}
        </span>
      )}
    </>
  );
  return (
    <li class="item" data-testid="anno-item" data-id={a.id} data-status={anchor?.status ?? ''}>
      {onSelect ? (
        <button type="button" class="item-button" onClick={() => onSelect(a.id)}>{body}</button>
      ) : (
        <div class="item-button">{body}</div>
      )}
    </li>
  );
}

/** Annotations with a search box and a tag filter (side panel, in-page list, annotations page). */
export function NoteList({ items, onSelect, title }: NoteListProps) {
  const [text, setText] = useState('');
  const [tag, setTag] = useState('');
  const tags = tagsInUse(items.map((i) => i.annotation));
  const shown = items.filter((i) => matchesQuery(i.annotation, { text, tag }));
  return (
    <section class="note-list" data-testid="anno-list">
      {title && <h2 class="list-title">{title}</h2>}
      <div class="filters">
        <input type="search" value={text} placeholder={tr('search')} aria-label={tr('search')} data-testid="anno-search" onInput={(e) => setText((e.target as HTMLInputElement).value)} />
        <select value={tag} aria-label={tr('tags')} data-testid="anno-tag-filter" onChange={(e) => setTag((e.target as HTMLSelectElement).value)}>
          <option value="">{tr('allTags')}</option>
          {tags.map((t) => <option value={t} key={t}>{t}</option>)}
        </select>
      </div>
      {items.length === 0 ? (
        <p class="muted empty">{tr('noAnnotations')}</p>
      ) : shown.length === 0 ? (
        <p class="muted empty">{tr('noMatches')}</p>
      ) : (
        <ul class="items">
          {shown.map((i) => <NoteItem key={i.annotation.id} {...i} onSelect={onSelect} />)}
        </ul>
      )}
    </section>
  );
}

/** CSS shared by the in-page UI and the pages. */
export const NOTE_LIST_CSS = `
.note-list { display: flex; flex-direction: column; gap: 8px; }
.list-title { font-size: 15px; margin: 0; }
.filters { display: flex; gap: 6px; }
.filters input { flex: 1; min-width: 0; }
.filters input, .filters select { font: inherit; padding: 4px 6px; border: 1px solid #c8c2ad; border-radius: 6px; background: #fff; color: inherit; }
.items { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 6px; }
.item-button { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: baseline; width: 100%; text-align: left; font: inherit; color: inherit;
  background: #fffdf7; border: 1px solid #e5dcc0; border-radius: 8px; padding: 6px 8px; }
button.item-button { cursor: pointer; }
button.item-button:hover { background: #f6efd9; }
button.item-button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.swatch-dot { width: 10px; height: 10px; border-radius: 50%; border: 1px solid rgba(0,0,0,.2); flex: none; align-self: center; }
.item-quote { font-weight: 600; }
.item-note { flex-basis: 100%; white-space: pre-wrap; overflow-wrap: anywhere; }
.item-tags { display: flex; gap: 4px; flex-wrap: wrap; }
.tag { font-size: 12px; background: #eef2ff; color: #3730a3; border-radius: 4px; padding: 0 5px; }
.status { font-size: 12px; border-radius: 4px; padding: 0 5px; background: #fde2df; color: #a4161a; font-weight: 600; }
.status-orphaned { background: #e7ebf0; color: #3b4656; }
.was { flex-basis: 100%; font-size: 12px; color: #a4161a; }
.muted { color: #666; font-size: 12px; }
.empty { margin: 4px 0; }
`;
