import { useRef, useState } from 'preact/hooks';
import type { ReadingModel } from '@/lib/reading/model';
import { changeLabel, t } from '../i18n';
import { ReportTitle } from '../ReportTitle';
import { useRoom } from './room';

/** Space kept between the bar and the viewport's bottom edge (CSS .bar bottom). */
const BAR_GAP = 14;

export interface BarProps {
  model: ReadingModel;
  /** Position of the active commitment (1-based) or 0. */
  position: number;
  error: string | null;
  /** The earlier years are still being asked for. */
  linking?: boolean;
  onStep(dir: 1 | -1): void;
  onOpenPanel(): void;
  onHide(): void;
  /** The room the bar takes at the viewport's bottom, px (other boxes stack above it). */
  onRoom?(px: number): void;
}

/** The compact bar: what was found on the page; opens the side panel. */
export function Bar({ model, position, error, linking = false, onStep, onOpenPanel, onHide, onRoom }: BarProps) {
  const { counts } = model;
  const [collapsed, setCollapsed] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  // The page gets room at its end as tall as the bar, so the bar never hides the report's last lines.
  const room = useRoom(bar, BAR_GAP, onRoom);
  if (collapsed) {
    return (
      <>
        <div class="bar collapsed" role="region" aria-label={t('extName')} data-testid="bar" ref={bar}>
          <button type="button" class="summary" onClick={() => setCollapsed(false)} aria-expanded="false" title={t('expand')} data-testid="bar-expand">
            {t('nTargets', model.items.length)} ▴
          </button>
        </div>
        <div class="room" style={{ height: `${room}px` }} aria-hidden="true" data-testid="bar-room" />
      </>
    );
  }
  const parts: { key: string; text: string }[] = [{ key: 'targets', text: t('nTargets', model.items.length) }];
  if (model.priorYear !== null) {
    for (const k of ['raised', 'lowered', 'new', 'dropped'] as const) {
      parts.push({ key: k, text: `${counts[k]} ${changeLabel(k)}` });
    }
  }
  return (
    <>
    <div class="bar" role="region" aria-label={t('extName')} data-testid="bar" ref={bar}>
      <button type="button" class="summary" onClick={onOpenPanel} title={t('openSidePanel')} data-testid="bar-open">
        <strong><ReportTitle report={model} /></strong>
        {parts.map((p) => (
          <span key={p.key} class={`part part-${p.key}`} data-testid={`bar-${p.key}`}> · {p.text}</span>
        ))}
        <span class="vs">
          {' · '}
          {linking ? t('linkingPrior') : model.priorYear !== null ? t('comparedWith', model.priorYear) : t('noPriorStored')}
        </span>
      </button>
      <span class="nav">
        <button type="button" onClick={() => onStep(-1)} aria-label={t('prevCommitment')} title={t('prevCommitment')} data-testid="prev">‹</button>
        <span class="pos" aria-live="polite">{position ? `${position}/${model.items.length}` : ''}</span>
        <button type="button" onClick={() => onStep(1)} aria-label={t('nextCommitment')} title={t('nextCommitment')} data-testid="next">›</button>
        <button type="button" onClick={() => setCollapsed(true)} aria-expanded="true" aria-label={t('collapse')} title={t('collapse')} data-testid="bar-collapse">▾</button>
        <button type="button" onClick={onHide} aria-label={t('hideOverlay')} title={t('hideOverlay')}>×</button>
      </span>
      {model.structure?.unsure && (
        <span class="unsure" role="note" data-testid="bar-unsure" title={t('structureUnsureDetail')}>
          {t('structureUnsure')}
        </span>
      )}
      {error && <span class="error" role="alert">{error}</span>}
    </div>
    <div class="room" style={{ height: `${room}px` }} aria-hidden="true" data-testid="bar-room" />
    </>
  );
}
