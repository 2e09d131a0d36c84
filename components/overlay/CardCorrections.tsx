import { useEffect, useRef, useState } from 'preact/hooks';
import { indicatorKey } from '@/lib/commitments/key';
import { keySimilarity } from '@/lib/commitments/link';
import type { CorrectionAction } from '@/lib/corrections/types';
import type { ModelItem, PriorTarget } from '@/lib/reading/model';
import { stringTable } from '../string-table';
import { asReportText } from '../report-text';

const STRINGS = {
  notTarget: { zh: '不是目标', en: 'Not a target' },
  notTargetHint: { zh: '去掉这一标记（计数和对照表随之更新）', en: 'Remove this mark (counts and tables follow)' },
  outcome: { zh: '这是实绩', en: 'An outcome' },
  outcomeHint: { zh: '这是已完成的结果，不是目标：标记去掉，它可作为往年目标的实绩', en: 'A result achieved, not a target: the mark goes, and it can count as an earlier target\'s result' },
  rename: { zh: '改名', en: 'Rename' },
  renameLabel: { zh: '指标名称', en: 'Indicator name' },
  linkTo: { zh: '关联到…', en: 'Link to…' },
  linkHint: { zh: '选 $1 年的一项目标，作为同一指标', en: 'Choose a target of $1 as the same indicator' },
  unlink: { zh: '取消关联', en: 'Unlink' },
  unlinkHint: { zh: '与 $1 年的任何目标都不算同一指标', en: 'Not the same indicator as any target of $1' },
  filterLabel: { zh: '筛选 $1 年的目标', en: 'Filter the targets of $1' },
  more: { zh: '另有 $1 项，输入文字筛选', en: '$1 more: type to filter' },
  noMatch: { zh: '没有相符的目标', en: 'No target matches' },
  current: { zh: '（现关联）', en: '(linked now)' },
  save: { zh: '保存', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  corrected: { zh: '已由读者更正（$1 处）', en: 'Corrected by the reader ($1)' },
  undo: { zh: '撤销更正', en: 'Undo the correction' },
} as const;

const s = stringTable(STRINGS);

/** How many of the earlier year's targets the link list shows at once. */
const SHOWN = 8;

export interface CorrectionHandlers {
  /** Saves a correction of this item's figure. */
  onCorrect(item: ModelItem, action: CorrectionAction): void;
  /** Undoes one of the item's corrections. */
  onUndo(correctionId: string): void;
}

/**
 * The earlier year's targets a figure may be linked to, best first: those whose name or clause holds
 * every typed word, ranked by how close their name is to this figure's (the likeliest on top).
 */
export function linkCandidates(targets: readonly PriorTarget[], indicator: string, query: string): PriorTarget[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const key = indicatorKey(indicator);
  return targets
    .filter((t) => words.every((w) => `${t.indicator} ${t.figure} ${t.quote}`.toLowerCase().includes(w)))
    .map((t, i) => ({ t, i, score: keySimilarity(key, indicatorKey(t.indicator)) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map((x) => x.t);
}

type Mode = 'buttons' | 'rename' | 'link';

/** The reader corrects the machine from the card: not a target, an outcome, rename, link to / unlink, undo. */
export function CardCorrections({ item, priorYear, priorTargets = [], onCorrect, onUndo }: { item: ModelItem; priorYear?: number | null; priorTargets?: readonly PriorTarget[] } & CorrectionHandlers) {
  const [mode, setMode] = useState<Mode>('buttons');
  const [name, setName] = useState(item.indicator);
  const [query, setQuery] = useState('');
  // The field of the form just opened takes the keys (autofocus does not apply to an element inserted later).
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), [mode]);
  const done = item.corrections ?? [];
  const canLink = priorYear != null && priorTargets.length > 0;
  const found = mode === 'link' ? linkCandidates(priorTargets, item.indicator, query) : [];
  const escape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    setMode('buttons');
  };
  return (
    <div class="corrections" data-testid="card-corrections">
      <style>{CORRECTIONS_CSS}</style>
      {done.length > 0 && (
        <p class="muted" data-testid="corrected">
          {s('corrected', done.length)}{' '}
          <button type="button" class="link" data-testid="undo-correction" onClick={() => onUndo(done[done.length - 1]!)}>{s('undo')}</button>
        </p>
      )}
      {mode === 'rename' && (
        <form class="rename" onKeyDown={escape} onSubmit={(e) => {
          e.preventDefault();
          const next = name.trim();
          if (next && next !== item.indicator) onCorrect(item, { kind: 'rename', indicator: next });
          setMode('buttons');
        }}>
          <label>{s('renameLabel')} <input value={name} maxLength={80} data-testid="rename-input" ref={field} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} /></label>
          <button type="submit" data-testid="rename-save">{s('save')}</button>
          <button type="button" onClick={() => setMode('buttons')}>{s('cancel')}</button>
        </form>
      )}
      {mode === 'link' && canLink && (
        <div class="link-to" data-testid="link-picker" onKeyDown={escape}>
          <label>
            {s('filterLabel', priorYear!)}{' '}
            <input type="search" value={query} maxLength={40} data-testid="link-filter" ref={field} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
          </label>
          {found.length ? (
            <ul class="choices" aria-label={s('linkHint', priorYear!)}>
              {found.slice(0, SHOWN).map((t) => (
                <li key={`${t.quote}|${t.number}`}>
                  <button type="button" class="choice" data-testid="link-choice" data-quote={t.quote} data-number={t.number} onClick={() => {
                    onCorrect(item, { kind: 'link', year: priorYear!, indicator: t.indicator, quote: t.quote, number: t.number });
                    setMode('buttons');
                  }}>
                    <span class="name" {...asReportText(t.indicator)}>{t.indicator}</span>{' '}
                    <span class="fig" {...asReportText(t.figure)}>{t.figure}</span>
                    {item.prior && item.prior.quote === t.quote && item.prior.figure === t.figure && <span class="muted"> {s('current')}</span>}
                  </button>
                </li>
              ))}
            </ul>
          ) : <p class="muted">{s('noMatch')}</p>}
          {found.length > SHOWN && <p class="muted">{s('more', found.length - SHOWN)}</p>}
          <button type="button" data-testid="link-cancel" onClick={() => setMode('buttons')}>{s('cancel')}</button>
        </div>
      )}
      {mode === 'buttons' && (
        <div class="row">
          <button type="button" title={s('notTargetHint')} data-testid="dismiss" onClick={() => onCorrect(item, { kind: 'dismiss' })}>{s('notTarget')}</button>
          <button type="button" data-testid="rename" onClick={() => { setName(item.indicator); setMode('rename'); }}>{s('rename')}</button>
          <button type="button" title={s('outcomeHint')} data-testid="retype-outcome" onClick={() => onCorrect(item, { kind: 'retype', role: 'outcome' })}>{s('outcome')}</button>
          {canLink && (
            <button type="button" title={s('linkHint', priorYear!)} data-testid="link-to" onClick={() => { setQuery(''); setMode('link'); }}>{s('linkTo')}</button>
          )}
          {canLink && item.prior && (
            <button type="button" title={s('unlinkHint', priorYear!)} data-testid="unlink" onClick={() => onCorrect(item, { kind: 'unlink' })}>{s('unlink')}</button>
          )}
        </div>
      )}
    </div>
  );
}

const CORRECTIONS_CSS = `
.corrections { margin-top: 6px; border-top: 1px dashed #e6dfc8; padding-top: 6px; font-size: 12px; }
.corrections .row { display: flex; flex-wrap: wrap; gap: 6px; }
.corrections button { font: inherit; font-size: 12px; padding: 1px 8px; border-radius: 6px; border: 1px solid #d3c48f; background: #fffaf0; cursor: pointer; }
.corrections button.link { border: 0; background: none; color: #1f4e9a; text-decoration: underline; padding: 0; }
.corrections button:focus-visible, .corrections input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.corrections .rename { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.corrections input { font: inherit; font-size: 12px; width: 12em; }
.corrections .link-to { display: flex; flex-direction: column; gap: 4px; align-items: flex-start; }
.corrections .choices { list-style: none; margin: 0; padding: 0; width: 100%; max-height: 180px; overflow: auto; }
.corrections .choices li { margin: 2px 0; }
.corrections button.choice { width: 100%; text-align: left; background: #fff; border-color: #e6dfc8; padding: 2px 6px; }
.corrections button.choice:hover { background: #fffaf0; border-color: #d3c48f; }
.corrections .choice .fig { color: #9a2a1c; font-weight: 600; white-space: nowrap; }
`;
