import type { ModelItem, ReadingModel } from '@/lib/reading/model';
import { uiLang } from '../i18n';
import { Bar } from './Bar';
import { Card } from './Card';
import type { CorrectionHandlers } from './CardCorrections';

export interface OverlayViewProps {
  model: ReadingModel;
  /** Index of the open card's item, or -1. */
  active: number;
  pinned: boolean;
  /** Viewport rectangle of the active item's figure. */
  at: { left: number; top: number; bottom: number } | null;
  error: string | null;
  /** Timings put on the root as data attributes (read by tests and benches). */
  timing: { ms: number; mapMs: number; bodyMs?: number; chars: number; overlayMs?: number; askMs?: number; linkMs?: number };
  /** Drawn before the earlier years arrived (the root says data-state="linking" until they do). */
  linking?: boolean;
  onStep(dir: 1 | -1): void;
  onOpenPanel(): void;
  /** Opens the stored copy of an earlier year's report at a passage. */
  onOpenCopy?(reportId: string, quote: string): void;
  /** Scrolls the page to an offset of the report (a card's link to this year's review). */
  onShowOffset?(start: number): void;
  onHide(): void;
  /** The reader's corrections from the card. */
  corrections?: CorrectionHandlers;
  /** The room the bar takes at the viewport's bottom, px. */
  onRoom?(px: number): void;
  onCloseCard(): void;
  onCardHover(inside: boolean): void;
}

/** Everything the content script draws on a report page (inside its shadow root). */
export function OverlayView(p: OverlayViewProps) {
  const item: ModelItem | undefined = p.active >= 0 ? p.model.items[p.active] : undefined;
  return (
    <div class="pill root" lang={uiLang() === 'en' ? 'en' : 'zh-CN'} data-ms={p.timing.ms} data-map-ms={p.timing.mapMs} data-body-ms={p.timing.bodyMs ?? ''} data-chars={p.timing.chars} data-overlay-ms={p.timing.overlayMs ?? ''} data-ask-ms={p.timing.askMs ?? ''} data-link-ms={p.timing.linkMs ?? ''} data-targets={p.model.items.length} data-state={p.linking ? 'linking' : 'ready'}>
      <Bar
        model={p.model}
        position={p.active + 1}
        error={p.error}
        linking={p.linking ?? false}
        onStep={p.onStep}
        onOpenPanel={p.onOpenPanel}
        onHide={p.onHide}
        onRoom={p.onRoom}
      />
      {item && p.at && (
        <div onMouseEnter={() => p.onCardHover(true)} onMouseLeave={() => p.onCardHover(false)}>
          <Card item={item} priorYear={p.model.priorYear} year={p.model.year} at={p.at} pinned={p.pinned} onClose={p.onCloseCard} onOpenCopy={p.onOpenCopy} corrections={p.corrections} priorTargets={p.model.priorTargets} review={p.model.structure?.review ?? null} onShowReview={p.onShowOffset} />
        </div>
      )}
    </div>
  );
}
