import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Change, Status } from '@/lib/commitments';
import { groupBySection, toneOf, type ModelItem, type ReadingModel } from '@/lib/reading/model';
import { changeLabel, levelLabel, statusLabel, t } from '../i18n';
import { FONT, TONES } from '../overlay/styles';
import { asReportText } from '../report-text';
import { ReportTitle } from '../ReportTitle';
import { errorText } from '../error-text';

export interface PanelData {
  model: ReadingModel | null;
  /** Why there is no model (the page is not a report, the page did not answer). */
  reason: string | null;
}

export interface SidePanelViewProps {
  load(): Promise<PanelData>;
  /** Scrolls the page to a commitment and opens its card. */
  onShow(id: string): void;
  /** Bumped by the shell when the tab changed, to load again. */
  generation?: number;
}

const CHANGES: Change[] = ['raised', 'lowered', 'same', 'comparator-changed', 'new', 'qualitative'];
const STATUSES: Exclude<Status, null>[] = ['exceeded', 'met', 'missed', 'not-reported'];

/** Every commitment of the page grouped by section, filterable by change and status; last year's dropped targets apart. */
export function SidePanelView({ load, onShow, generation = 0 }: SidePanelViewProps) {
  const [data, setData] = useState<PanelData | null>(null);
  const [change, setChange] = useState<Change | 'all'>('all');
  const [status, setStatus] = useState<Exclude<Status, null> | 'all'>('all');
  useEffect(() => {
    load().then(setData, (e: unknown) => setData({ model: null, reason: errorText(e) }));
  }, [load, generation]);

  const model = data?.model ?? null;
  const items = useMemo(
    () => (model?.items ?? []).filter((i) => (change === 'all' || i.change === change) && (status === 'all' || i.status === status)),
    [model, change, status],
  );
  if (!data) return <main class="panel"><style>{PANEL_CSS}</style><p>…</p></main>;
  if (!model) {
    return (
      <main class="panel">
        <style>{PANEL_CSS}</style>
        <h1>{t('extName')}</h1>
        <p data-testid="empty">{data.reason ?? t('panelNoReport')}</p>
      </main>
    );
  }
  return (
    <main class="panel">
      <style>{PANEL_CSS}</style>
      <h1 data-testid="heading"><ReportTitle report={model} /></h1>
      <p class="sub">
        {model.level ? `${levelLabel(model.level)} · ` : ''}{t('nTargets', model.items.length)} · {model.priorYear !== null ? t('comparedWith', model.priorYear) : t('noPriorStored')}
      </p>
      <div class="filters" role="group" aria-label={t('filterByChange')}>
        <button type="button" aria-pressed={change === 'all'} onClick={() => setChange('all')}>{t('all')}</button>
        {model.priorYear !== null && CHANGES.filter((c) => model.items.some((i) => i.change === c)).map((c) => (
          <button key={c} type="button" class={`chip tone-${toneOf(c)}`} aria-pressed={change === c} onClick={() => setChange(change === c ? 'all' : c)} data-change={c}>
            {changeLabel(c)} {model.items.filter((i) => i.change === c).length}
          </button>
        ))}
      </div>
      {model.priorYear !== null && (
        <label class="status-filter">
          {t('filterByStatus')}{' '}
          <select value={status} onChange={(e) => setStatus((e.currentTarget as HTMLSelectElement).value as typeof status)} data-testid="status-filter">
            <option value="all">{t('all')}</option>
            {STATUSES.map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
          </select>
        </label>
      )}
      <p class="count" aria-live="polite" data-testid="shown">{t('nShown', items.length)}</p>
      {groupBySection(items).map((g, gi) => (
        <section key={`${gi}-${g.section}`} aria-label={g.section ?? t('noSection')}>
          <h2 {...asReportText(g.section)}>{g.section ?? t('noSection')}</h2>
          <ul role="list">
            {g.items.map((i) => <Row key={i.id} item={i} onShow={onShow} />)}
          </ul>
        </section>
      ))}
      {model.dropped.length > 0 && (
        <section class="dropped" aria-label={t('droppedTitle', model.priorYear ?? '')} data-testid="dropped">
          <h2>{t('droppedTitle', model.priorYear ?? '')}</h2>
          <ul role="list">
            {model.dropped.map((d, k) => (
              <li key={k} class="row" data-testid="dropped-row">
                <span class="ind" {...asReportText(d.indicator)}>{d.indicator}</span>
                <span class="fig" {...asReportText(d.figure)}>{d.figure}</span>
                <span class={`badge tone-${toneOf(d.change)}`}>{changeLabel(d.change)}</span>
                {d.status && <span class="st">{statusLabel(d.status)}</span>}
                {d.prior.href && <a href={d.prior.href} target="_blank" rel="noopener noreferrer">{t('openPriorPassage', d.prior.year)}</a>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

function Row({ item, onShow }: { item: ModelItem; onShow(id: string): void }) {
  const tone = toneOf(item.change);
  return (
    <li>
      <button type="button" class="row" onClick={() => onShow(item.id)} data-testid="row" data-id={item.id} data-change={item.change ?? ''}
        aria-label={`${item.indicator} ${item.figure}${item.change ? ` · ${changeLabel(item.change)}` : ''}`}>
        <span class="ind" {...asReportText(item.indicator)}>{item.indicator}</span>
        <span class="fig" {...asReportText(item.figure)}>{item.figure}</span>
        {item.page && <span class="pg" data-testid="row-page">{t('pageCite', item.page)}</span>}
        {item.change && <span class={`badge tone-${tone}`}>{changeLabel(item.change)}</span>}
        {item.prior && <span class="was">{t('wasFigure', item.prior.year, '')}<span {...asReportText(item.prior.figure)}>{item.prior.figure}</span></span>}
        {item.status && <span class="st">{t('priorTargetWas', statusLabel(item.status))}</span>}
      </button>
    </li>
  );
}

const tones = Object.entries(TONES).map(([k, c]) => `.tone-${k}.badge, .chip.tone-${k} { background: ${c.badge}; color: ${c.ink}; }`).join('\n');

export const PANEL_CSS = `
* { box-sizing: border-box; }
body { margin: 0; background: #fbfaf6; }
.panel { font: 14px/1.5 ${FONT}; color: #1f2328; padding: 10px 12px 24px; }
h1 { font-size: 16px; margin: 0 0 2px; color: #9a2a1c; }
h2 { font-size: 13px; margin: 14px 0 4px; color: #555; border-bottom: 1px solid #e6dfc8; padding-bottom: 2px; }
.sub, .count { color: #666; font-size: 12px; margin: 0 0 6px; }
.filters { display: flex; flex-wrap: wrap; gap: 4px; margin: 6px 0; }
.filters button { font: inherit; font-size: 12px; border: 1px solid #d8cfb4; background: #fff; border-radius: 12px; padding: 1px 9px; cursor: pointer; }
.filters button[aria-pressed=true] { outline: 2px solid #9a2a1c; outline-offset: 0; font-weight: 700; }
.status-filter { font-size: 12px; color: #555; }
ul { list-style: none; margin: 0; padding: 0; }
.row { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; width: 100%; text-align: left; font: inherit; color: inherit;
  background: #fff; border: 1px solid #eee6cf; border-radius: 8px; padding: 5px 8px; margin: 3px 0; cursor: pointer; }
button.row:hover { background: #fff8e6; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.ind { flex: 1 1 100%; font-weight: 600; }
.fig { font-variant-numeric: tabular-nums; font-weight: 700; }
.badge { border-radius: 6px; padding: 0 6px; font-size: 12px; font-weight: 600; }
.was, .st { font-size: 12px; color: #555; }
.dropped .row { background: #f6f3ea; }
.dropped a { font-size: 12px; color: #1d4ed8; }
${tones}
`;
