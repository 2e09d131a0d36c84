import type { ReadingModel } from '@/lib/reading/model';
import { changeLabel, t } from '../i18n';

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
}

/** The compact bar: what was found on the page; opens the side panel. */
export function Bar({ model, position, error, linking = false, onStep, onOpenPanel, onHide }: BarProps) {
  const { counts } = model;
  // A report that names neither its government nor its year (a newspaper summary) goes by its title.
  const title = model.region || model.year
    ? [model.region, model.year, t('workReport') + (model.summary ? t('summarySuffix') : '')].filter(Boolean).join(' ')
    : (model.title ?? t('workReport')) + (model.summary && !/摘要/.test(model.title ?? '') ? t('summarySuffix') : '');
  const parts: { key: string; text: string }[] = [{ key: 'targets', text: t('nTargets', model.items.length) }];
  if (model.priorYear !== null) {
    for (const k of ['raised', 'lowered', 'new', 'dropped'] as const) {
      parts.push({ key: k, text: `${counts[k]} ${changeLabel(k)}` });
    }
  }
  return (
    <div class="bar" role="region" aria-label={t('extName')} data-testid="bar">
      <button type="button" class="summary" onClick={onOpenPanel} title={t('openSidePanel')} data-testid="bar-open">
        <strong>{title}</strong>
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
        <button type="button" onClick={onHide} aria-label={t('hideOverlay')} title={t('hideOverlay')}>×</button>
      </span>
      {model.structure?.unsure && (
        <span class="unsure" role="note" data-testid="bar-unsure" title={t('structureUnsureDetail')}>
          {t('structureUnsure')}
        </span>
      )}
      {error && <span class="error" role="alert">{error}</span>}
    </div>
  );
}
