import type { AnchorResult, AnnotationBody } from '@/lib/anchoring';
import { DEFAULT_COLOUR, Editor } from './Editor';
import { FIGURE_FORM_CSS, FigureForm, type AddedFigure } from './FigureForm';
import { NOTE_LIST_CSS, NoteItem, NoteList, type ListItem } from './NoteList';
import { tr } from './strings';

type At = { left: number; top: number; bottom: number };

export interface EditorState {
  /** null for a new annotation. */
  id: string | null;
  quote: string;
  anchor: AnchorResult | null;
  initial: AnnotationBody;
  provenance: string | null;
  at: At | null;
  error: string | null;
}

/** A selected figure being added as a target: where it is, and what the engine proposed for it. */
export interface FigureFormState {
  start: number;
  end: number;
  number: string;
  quote: string;
  proposed: AddedFigure;
  at: At | null;
}

export interface PageNotesProps {
  /** Where the "annotate" button goes (viewport), or null when nothing is selected. */
  button: { x: number; y: number } | null;
  editor: EditorState | null;
  knownTags: readonly string[];
  items: readonly ListItem[];
  listOpen: boolean;
  /** Annotations on the commitment whose card is open, placed under the card. */
  card: { at: { left: number; top: number; width: number }; items: readonly ListItem[] } | null;
  onAnnotate(): void;
  /** Adds the selected figure as a target (offered when the selection holds one and the host can correct). */
  onAddFigure?: () => void;
  /** The form editing a figure before it is added, or null. */
  figure?: FigureFormState | null;
  onFigureSave?(figure: AddedFigure): void;
  onFigureCancel?(): void;
  onSave(body: AnnotationBody, rebase?: boolean): void;
  onCancel(): void;
  onDelete(): void;
  onToggleList(): void;
  onSelect(id: string): void;
  /** Opens the page with every annotation (export, import). */
  onOpenPage?: () => void;
}

/** Everything the annotations draw on a page, inside one shadow root. */
export function PageNotes(p: PageNotesProps) {
  const problems = p.items.filter((i) => i.anchor && (i.anchor.status === 'changed' || i.anchor.status === 'orphaned')).length;
  return (
    <div class="root">
      {p.button && !p.editor && (
        <button
          type="button"
          class="annotate"
          data-testid="anno-button"
          title={tr('annotateHint')}
          style={{ left: `${Math.max(4, p.button.x)}px`, top: `${Math.max(4, p.button.y)}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => p.onAnnotate()}
        >
          ✎ {tr('annotate')}
        </button>
      )}
      {p.button && !p.editor && p.onAddFigure && (
        <button
          type="button"
          class="annotate add-figure"
          data-testid="add-figure"
          title={tr('addFigureHint')}
          style={{ left: `${Math.max(4, p.button.x)}px`, top: `${Math.max(4, p.button.y) + 30}px` }}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => p.onAddFigure!()}
        >
          ＋ {tr('addFigure')}
        </button>
      )}
      {p.figure && p.onFigureSave && p.onFigureCancel && (
        <FigureForm
          key={`${p.figure.start}-${p.figure.end}`}
          number={p.figure.number}
          quote={p.figure.quote}
          proposed={p.figure.proposed}
          at={p.figure.at}
          onSave={p.onFigureSave}
          onCancel={p.onFigureCancel}
        />
      )}
      {p.editor && (
        <Editor
          key={p.editor.id ?? 'new'}
          quote={p.editor.quote}
          anchor={p.editor.anchor}
          initial={p.editor.initial}
          knownTags={p.knownTags}
          provenance={p.editor.provenance}
          at={p.editor.at}
          error={p.editor.error}
          onSave={p.onSave}
          onCancel={p.onCancel}
          onDelete={p.editor.id ? p.onDelete : undefined}
        />
      )}
      {p.card && p.card.items.length > 0 && (
        <div class="card-notes" data-testid="anno-card-notes" style={{ left: `${p.card.at.left}px`, top: `${p.card.at.top}px`, width: `${p.card.at.width}px` }}>
          <div class="muted">{tr('onCard', p.card.items.length)}</div>
          <ul class="items">{p.card.items.map((i) => <NoteItem key={i.annotation.id} {...i} onSelect={p.onSelect} />)}</ul>
        </div>
      )}
      {p.items.length > 0 && (
        <button type="button" class={`chip-button${problems ? ' warn' : ''}`} data-testid="anno-chip" aria-expanded={p.listOpen} onClick={() => p.onToggleList()}>
          ✎ {tr('listButton', p.items.length)}{problems ? ` · ${problems}!` : ''}
        </button>
      )}
      {p.listOpen && (
        <div class="panel" role="region" aria-label={tr('listTitle', p.items.length)} data-testid="anno-panel">
          <div class="panel-head">
            <strong>{tr('listTitle', p.items.length)}</strong>
            <button type="button" class="close" aria-label={tr('close')} onClick={() => p.onToggleList()}>×</button>
          </div>
          <NoteList items={p.items} onSelect={p.onSelect} />
          {p.onOpenPage && (
            <button type="button" class="link" data-testid="anno-open-page" onClick={() => p.onOpenPage!()}>{tr('allAnnotations')} ↗</button>
          )}
        </div>
      )}
    </div>
  );
}

const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

/** The in-page UI's CSS (inside its shadow root; page CSS cannot reach it). */
export const PAGE_NOTES_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 14px/1.5 ${FONT}; color: #1f2328; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible, select:focus-visible, .new-tag:focus-visible, .filters input:focus-visible, .chip:focus-within, .swatch:focus-within { outline: 3px solid #2563eb; outline-offset: 1px; }
.annotate { position: fixed; z-index: 2147483647; padding: 3px 10px; border-radius: 14px; border: 1px solid #9a2a1c;
  background: #9a2a1c; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25); font-size: 13px; }
.add-figure { background: #fff; color: #9a2a1c; }
.editor { position: fixed; z-index: 2147483647; width: 360px; max-height: min(80vh, 560px); overflow: auto; padding: 10px 12px;
  border-radius: 10px; background: #fff; border: 1px solid #d0c7ad; border-top: 4px solid #9a2a1c; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  display: flex; flex-direction: column; gap: 8px; }
.quote { margin: 0; font-size: 13px; background: #faf8f2; border-left: 3px solid ${DEFAULT_COLOUR}; padding: 4px 8px; overflow-wrap: anywhere; }
.rebase { font-size: 13px; display: flex; gap: 4px; align-items: center; }
.changed { margin: 0; font-size: 13px; color: #a4161a; overflow-wrap: anywhere; }
.field { display: flex; flex-direction: column; gap: 4px; border: 0; margin: 0; padding: 0; }
.field > span, legend { font-size: 12px; color: #555; padding: 0; }
textarea, .new-tag { font: inherit; width: 100%; padding: 6px; border: 1px solid #c8c2ad; border-radius: 6px; resize: vertical; color: inherit; background: #fff; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin-bottom: 4px; }
.chip { display: inline-flex; align-items: center; gap: 2px; border: 1px solid #c8c2ad; border-radius: 12px; padding: 0 8px 0 4px; font-size: 13px; cursor: pointer; }
.chip.on { background: #eef2ff; border-color: #6366f1; color: #3730a3; }
.chip input { margin: 0 2px 0 0; }
.colours { display: flex; gap: 6px; }
.swatch { width: 24px; height: 24px; border-radius: 50%; border: 1px solid rgba(0,0,0,.25); display: inline-flex; align-items: center; justify-content: center; cursor: pointer; }
.swatch input { margin: 0; accent-color: #1f2328; }
.actions { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.actions button { padding: 3px 12px; border-radius: 6px; border: 1px solid #c8c2ad; background: #fff; }
.actions .primary { background: #9a2a1c; border-color: #9a2a1c; color: #fff; }
.actions .danger { color: #a4161a; border-color: #e2a9a4; }
.keys { margin-left: auto; }
.error { color: #b00020; margin: 0; }
.chip-button { position: fixed; right: 14px; bottom: 64px; z-index: 2147483646; padding: 4px 10px; border-radius: 12px;
  border: 1px solid #c9a227; background: #fffdf7; box-shadow: 0 4px 16px rgba(0,0,0,.18); font-size: 13px; }
.chip-button.warn { border-color: #a4161a; }
.panel { position: fixed; right: 14px; bottom: 100px; z-index: 2147483646; width: 380px; max-height: min(70vh, 560px); overflow: auto;
  padding: 10px 12px; border-radius: 10px; background: #fff; border: 1px solid #d0c7ad; box-shadow: 0 8px 28px rgba(0,0,0,.22); }
.panel-head { display: flex; align-items: center; margin-bottom: 6px; }
.panel-head strong { flex: 1; }
.link { border: 0; background: transparent; color: #1d4ed8; padding: 6px 0 0; text-decoration: underline; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 0 4px; color: #666; }
.card-notes { position: fixed; z-index: 2147483647; padding: 6px 8px; border-radius: 0 0 10px 10px; background: #fffdf7;
  border: 1px solid #d0c7ad; border-top: 2px dashed #c9a227; box-shadow: 0 8px 20px rgba(0,0,0,.18); max-height: 40vh; overflow: auto; }
.box { position: absolute; pointer-events: none; mix-blend-mode: multiply; }
${NOTE_LIST_CSS}
${FIGURE_FORM_CSS}
`;
