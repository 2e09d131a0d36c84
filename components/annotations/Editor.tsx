import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_TAGS, type AnchorResult, type AnnotationBody } from '@/lib/anchoring';
import { short, tr } from './strings';

/** Highlight colours offered (null: the default yellow). */
export const COLOURS: readonly (string | null)[] = [null, '#86efac', '#93c5fd', '#f9a8d4', '#fdba74', '#c4b5fd'];
export const DEFAULT_COLOUR = '#fde047';

export interface EditorProps {
  quote: string;
  /** How the annotation landed on this page (absent for a new one). */
  anchor?: AnchorResult | null;
  initial: AnnotationBody;
  /** Tags offered besides the defaults (the user's own). */
  knownTags: readonly string[];
  /** Who and where, for imported annotations. */
  provenance?: string | null;
  at: { left: number; top: number; bottom: number } | null;
  /** `rebase`: a changed annotation is moved onto the text as it is now. */
  onSave(body: AnnotationBody, rebase?: boolean): void;
  onCancel(): void;
  onDelete?: () => void;
  error?: string | null;
}

/** Where a 360 px box of ours goes by a passage: below it when `height` fits there, else above; centred without one. */
export function boxPlacement(at: { left: number; top: number; bottom: number } | null, height: number): Record<string, string> {
  const vw = typeof window === 'undefined' ? 1280 : window.innerWidth;
  const vh = typeof window === 'undefined' ? 900 : window.innerHeight;
  const left = at ? Math.max(8, Math.min(at.left, vw - 368)) : Math.max(8, vw / 2 - 180);
  if (!at) return { left: `${left}px`, top: '80px' };
  return at.bottom + height < vh ? { left: `${left}px`, top: `${at.bottom + 8}px` } : { left: `${left}px`, bottom: `${Math.max(8, vh - at.top + 8)}px` };
}

/** The annotation editor: note, tags (defaults + own, editable), colour. Keyboard: Tab through, Ctrl+Enter saves, Esc cancels. */
export function Editor({ quote, anchor, initial, knownTags, provenance, at, onSave, onCancel, onDelete, error }: EditorProps) {
  const [note, setNote] = useState(initial.note);
  const [tags, setTags] = useState<string[]>(initial.tags);
  const [colour, setColour] = useState<string | null>(initial.colour);
  const [newTag, setNewTag] = useState('');
  const [rebase, setRebase] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => noteRef.current?.focus(), []);
  const offered = [...new Set([...DEFAULT_TAGS, ...knownTags, ...tags])];
  const toggle = (t: string) => setTags((cur) => (cur.includes(t) ? cur.filter((x) => x !== t) : [...cur, t]));
  const addTag = () => {
    const t = newTag.trim().slice(0, 64);
    if (t && !tags.includes(t)) setTags([...tags, t]);
    setNewTag('');
  };
  const save = () => onSave({ note, tags, colour }, rebase);
  const style = boxPlacement(at, 340);
  return (
    <div
      class="editor"
      role="dialog"
      aria-label={tr('editorTitle')}
      data-testid="anno-editor"
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <p class="quote" data-testid="anno-quote"><span class="muted">{tr('quote')}</span> {short(quote, 120)}</p>
      {anchor?.status === 'changed' && (
        <>
          <p class="changed" data-testid="anno-changed">{tr('changedDetail', short(anchor.oldQuote, 60), short(anchor.newQuote ?? '', 60))}</p>
          <label class="rebase">
            <input type="checkbox" checked={rebase} data-testid="anno-rebase" onChange={() => setRebase(!rebase)} /> {tr('rebase')}
          </label>
        </>
      )}
      {anchor?.status === 'orphaned' && <p class="changed" data-testid="anno-orphaned">{tr('orphanedDetail', short(anchor.oldQuote, 60))}</p>}
      {provenance && <p class="muted" data-testid="anno-provenance">{provenance}</p>}
      <label class="field">
        <span>{tr('note')}</span>
        <textarea ref={noteRef} rows={3} value={note} placeholder={tr('notePlaceholder')} data-testid="anno-note" onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      <fieldset class="field">
        <legend>{tr('tags')}</legend>
        <div class="tags">
          {offered.map((t) => (
            <label class={`chip${tags.includes(t) ? ' on' : ''}`} key={t}>
              <input type="checkbox" checked={tags.includes(t)} onChange={() => toggle(t)} data-testid="anno-tag" data-tag={t} />
              {t}
            </label>
          ))}
        </div>
        <input
          class="new-tag"
          type="text"
          value={newTag}
          maxLength={64}
          aria-label={tr('addTag')}
          placeholder={tr('addTagPlaceholder')}
          data-testid="anno-new-tag"
          onInput={(e) => setNewTag((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.ctrlKey && !e.metaKey) {
              e.preventDefault();
              addTag();
            }
          }}
        />
      </fieldset>
      <fieldset class="field">
        <legend>{tr('colour')}</legend>
        <div class="colours" role="radiogroup">
          {COLOURS.map((c) => (
            <label class="swatch" key={c ?? 'default'} title={c ?? tr('colourDefault')} style={{ background: c ?? DEFAULT_COLOUR }}>
              <input type="radio" name="gzbg-colour" checked={colour === c} aria-label={c ?? tr('colourDefault')} onChange={() => setColour(c)} data-testid="anno-colour" data-colour={c ?? ''} />
            </label>
          ))}
        </div>
      </fieldset>
      {error && <p class="error" role="alert">{error}</p>}
      <div class="actions">
        <button type="button" class="primary" onClick={save} data-testid="anno-save">{tr('save')}</button>
        <button type="button" onClick={onCancel} data-testid="anno-cancel">{tr('cancel')}</button>
        {onDelete && (
          <button type="button" class="danger" data-testid="anno-delete" onClick={() => onDelete()}>{tr('delete')}</button>
        )}
        <span class="muted keys">{tr('keys')}</span>
      </div>
    </div>
  );
}
