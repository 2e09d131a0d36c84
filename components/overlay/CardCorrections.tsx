import { useState } from 'preact/hooks';
import type { CorrectionAction } from '@/lib/corrections/types';
import type { ModelItem } from '@/lib/reading/model';
import { fill } from '../fill';
import { langOf, messagesLocale } from '../i18n';

const STRINGS = {
  notTarget: { zh: '不是目标', en: 'Not a target' },
  notTargetHint: { zh: '去掉这一标记（计数和对照表随之更新）', en: 'Remove this mark (counts and tables follow)' },
  rename: { zh: '改名', en: 'Rename' },
  renameLabel: { zh: '指标名称', en: 'Indicator name' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  corrected: { zh: '已由读者更正（$1 处）', en: 'Corrected by the reader ($1)' },
  undo: { zh: '撤销更正', en: 'Undo the correction' },
} as const;

const s = (key: keyof typeof STRINGS, ...subs: (string | number)[]) => fill(STRINGS[key][langOf(messagesLocale())], subs);

export interface CorrectionHandlers {
  /** Saves a correction of this item's figure. */
  onCorrect(item: ModelItem, action: CorrectionAction): void;
  /** Undoes one of the item's corrections. */
  onUndo(correctionId: string): void;
}

/** The reader corrects the machine from the card: not a target, rename, undo. */
export function CardCorrections({ item, onCorrect, onUndo }: { item: ModelItem } & CorrectionHandlers) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(item.indicator);
  const done = item.corrections ?? [];
  return (
    <div class="corrections" data-testid="card-corrections">
      <style>{CORRECTIONS_CSS}</style>
      {done.length > 0 && (
        <p class="muted" data-testid="corrected">
          {s('corrected', done.length)}{' '}
          <button type="button" class="link" data-testid="undo-correction" onClick={() => onUndo(done[done.length - 1]!)}>{s('undo')}</button>
        </p>
      )}
      {renaming ? (
        <form class="rename" onSubmit={(e) => {
          e.preventDefault();
          const next = name.trim();
          if (next && next !== item.indicator) onCorrect(item, { kind: 'rename', indicator: next });
          setRenaming(false);
        }}>
          <label>{s('renameLabel')} <input value={name} maxLength={80} data-testid="rename-input" onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} /></label>
          <button type="submit" data-testid="rename-save">{s('save')}</button>
          <button type="button" onClick={() => setRenaming(false)}>{s('cancel')}</button>
        </form>
      ) : (
        <div class="row">
          <button type="button" title={s('notTargetHint')} data-testid="dismiss" onClick={() => onCorrect(item, { kind: 'dismiss' })}>{s('notTarget')}</button>
          <button type="button" data-testid="rename" onClick={() => { setName(item.indicator); setRenaming(true); }}>{s('rename')}</button>
        </div>
      )}
    </div>
  );
}

const CORRECTIONS_CSS = `
.corrections { margin-top: 6px; border-top: 1px dashed #e6dfc8; padding-top: 6px; font-size: 12px; }
.corrections .row { display: flex; gap: 6px; }
.corrections button { font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 6px; border: 1px solid #d3c48f; background: #fffaf0; cursor: pointer; }
.corrections button.link { border: 0; background: none; color: #1f4e9a; text-decoration: underline; padding: 0; }
.corrections .rename { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.corrections .rename input { font: inherit; font-size: 12px; width: 12em; }
`;
