import { useEffect, useRef, useState } from 'preact/hooks';
import type { Amount, Comparator } from '@/lib/commitments/types';
import { asReportText } from '../report-text';
import { boxPlacement } from './Editor';
import { tr, type AnnotationKey } from './strings';

/** A figure the reader adds (lib/corrections 'add'): what the engine proposed, as the reader leaves it. */
export interface AddedFigure {
  role: 'target' | 'outcome';
  amount: Amount;
  unit: string;
  comparator: Comparator;
  indicator: string;
}

export interface FigureFormProps {
  /** The figure as written in the report (55万). */
  number: string;
  /** The selection it was found in. */
  quote: string;
  proposed: AddedFigure;
  at: { left: number; top: number; bottom: number } | null;
  onSave(figure: AddedFigure): void;
  onCancel(): void;
}

const COMPARATORS: [Comparator, AnnotationKey][] = [
  ['>=', 'cmpAtLeast'], ['>', 'cmpOver'], ['<=', 'cmpAtMost'], ['~', 'cmpAbout'], ['=', 'cmpExactly'], ['range', 'cmpRange'], ['+', 'cmpUp'], ['-', 'cmpDown'],
];

/** An amount as the form writes it: 5.5, or a range 6–6.5. */
export function amountText(a: Amount): string {
  return Array.isArray(a) ? `${a[0]}–${a[1]}` : String(a);
}

/** The amount the reader typed (5.5, 55万 is typed as 550000; a range as 6-6.5, 6–6.5, 6至6.5), or null. */
export function parseAmount(text: string): Amount | null {
  const t = text.trim().replace(/，/g, '').replace(/,/g, '').replace(/．/g, '.').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const n = '(-?\\d+(?:\\.\\d+)?)';
  const one = new RegExp(`^${n}$`).exec(t);
  if (one) return Number(one[1]);
  const two = new RegExp(`^${n}\\s*(?:-|–|—|~|～|至|到)\\s*${n}$`).exec(t);
  if (!two) return null;
  const lo = Number(two[1]);
  const hi = Number(two[2]);
  return Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi ? [lo, hi] : null;
}

/**
 * Before a selected figure is added: the name, amount, unit, comparator and role the engine
 * proposed, each editable. Keyboard: Tab through, Enter saves, Esc cancels.
 */
export function FigureForm({ number, quote, proposed, at, onSave, onCancel }: FigureFormProps) {
  const [indicator, setIndicator] = useState(proposed.indicator);
  const [amount, setAmount] = useState(amountText(proposed.amount));
  const [unit, setUnit] = useState(proposed.unit);
  const [comparator, setComparator] = useState<Comparator>(proposed.comparator);
  const [role, setRole] = useState(proposed.role);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const parsed = parseAmount(amount);
  const name = indicator.trim();
  const ok = parsed !== null && name.length > 0;
  const style = boxPlacement(at, 360);
  const text = (set: (v: string) => void) => (e: Event) => set((e.currentTarget as HTMLInputElement).value);
  return (
    <div
      class="editor figure-form"
      role="dialog"
      aria-label={tr('figureTitle')}
      data-testid="figure-form"
      style={style}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onCancel();
      }}
    >
      <form onSubmit={(e) => {
        e.preventDefault();
        if (ok) onSave({ role, amount: parsed, unit: unit.trim(), comparator, indicator: name.slice(0, 80) });
      }}>
        <strong>{tr('figureTitle')}</strong>
        <p class="quote"><span class="muted">{tr('figureFound')} </span><b {...asReportText(number)}>{number}</b> <span {...asReportText(quote)}>{quote.length > 80 ? `${quote.slice(0, 80)}…` : quote}</span></p>
        <label class="field"><span>{tr('figureName')}</span>
          <input ref={first} class="new-tag" value={indicator} maxLength={80} data-testid="figure-name" onInput={text(setIndicator)} />
        </label>
        <div class="figure-row">
          <label class="field"><span>{tr('figureAmount')}</span>
            <input class="new-tag" value={amount} inputMode="decimal" maxLength={40} data-testid="figure-amount" aria-invalid={parsed === null} aria-describedby="figure-amount-hint" onInput={text(setAmount)} />
          </label>
          <label class="field"><span>{tr('figureUnit')}</span>
            <input class="new-tag" value={unit} maxLength={20} data-testid="figure-unit" onInput={text(setUnit)} />
          </label>
        </div>
        <p id="figure-amount-hint" class={parsed === null ? 'error' : 'muted'}>{tr(parsed === null ? 'figureAmountBad' : 'figureAmountHint')}</p>
        <div class="figure-row">
          <label class="field"><span>{tr('figureComparator')}</span>
            <select value={comparator} data-testid="figure-comparator" onChange={(e) => setComparator((e.currentTarget as HTMLSelectElement).value as Comparator)}>
              {COMPARATORS.map(([c, key]) => <option key={c} value={c}>{tr(key)}</option>)}
            </select>
          </label>
          <label class="field"><span>{tr('figureRole')}</span>
            <select value={role} data-testid="figure-role" onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value as AddedFigure['role'])}>
              <option value="target">{tr('roleTarget')}</option>
              <option value="outcome">{tr('roleOutcome')}</option>
            </select>
          </label>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={!ok} data-testid="figure-save">{tr('figureSave')}</button>
          <button type="button" onClick={onCancel} data-testid="figure-cancel">{tr('cancel')}</button>
          <span class="keys muted">{tr('figureKeys')}</span>
        </div>
      </form>
    </div>
  );
}

export const FIGURE_FORM_CSS = `
.figure-form form { display: flex; flex-direction: column; gap: 8px; }
.figure-form .figure-row { display: flex; gap: 8px; }
.figure-form .figure-row .field { flex: 1; }
.figure-form select { font: inherit; padding: 4px; border: 1px solid #c8c2ad; border-radius: 6px; background: #fff; color: inherit; }
.figure-form p { margin: 0; font-size: 12px; }
.figure-form .muted { color: #666; }
.figure-form .quote b { color: #9a2a1c; }
.figure-form .actions button[disabled] { opacity: .5; cursor: not-allowed; }
`;
