import type { ModelItem, PriorTarget, ReviewPart } from '@/lib/reading/model';
import { asReportText } from '../report-text';
import { toneOf } from '@/lib/reading/model';
import { changeLabel, statusLabel, t } from '../i18n';
import { CardCorrections, type CorrectionHandlers } from './CardCorrections';

export interface CardProps {
  item: ModelItem;
  /** The year compared with, or null when no earlier report is stored. */
  priorYear: number | null;
  year: number | null;
  /** Viewport position of the marked figure. */
  at: { left: number; top: number; bottom: number };
  pinned: boolean;
  onClose(): void;
  /** Opens the stored copy of the prior year's report at the passage (where the page's own text fragment cannot match). */
  onOpenCopy?(reportId: string, quote: string): void;
  /** The reader's corrections (not a target, rename, undo); absent where the card cannot correct (a stored copy). */
  corrections?: CorrectionHandlers;
  /** The targets of the year compared with, for "link to…". */
  priorTargets?: readonly PriorTarget[];
  /** This year's review, where a reader checks a result the engine did not find. */
  review?: ReviewPart | null;
  /** Scrolls the page to an offset of the report (the review's start). */
  onShowReview?(start: number): void;
}

const CARD_WIDTH = 340;
/** The card's usual height with its correction buttons, and the room the docked bar keeps at the bottom. */
const CARD_HEIGHT = 320;
const BAR_SPACE = 64;

/** The card of one commitment: this year's target, earlier years, the change and a link to last year's passage. */
export function Card({ item, priorYear, year, at, pinned, onClose, onOpenCopy, corrections, priorTargets, review, onShowReview }: CardProps) {
  const vw = typeof window === 'undefined' ? 1280 : window.innerWidth;
  const vh = typeof window === 'undefined' ? 900 : window.innerHeight;
  const left = Math.max(8, Math.min(at.left, vw - CARD_WIDTH - 8));
  const below = at.bottom + 8;
  // Below the figure when it fits above the bar (about 60 px at the bottom), else above it; never taller than
  // the room there (it scrolls), so the card never covers the bar's buttons.
  const style = below + CARD_HEIGHT < vh - BAR_SPACE
    ? { left: `${left}px`, top: `${below}px`, maxHeight: `${Math.min(480, vh - BAR_SPACE - below)}px` }
    : { left: `${left}px`, bottom: `${Math.max(8, vh - at.top + 8)}px`, maxHeight: `${Math.min(480, Math.max(160, at.top - 16))}px` };
  const tone = toneOf(item.change);
  const rows = item.history.length
    ? item.history
    : item.prior
      ? [{ year: item.prior.year, target: item.prior.figure, actual: item.actual }]
      : [];
  return (
    <div
      class={`card tone-${tone}`}
      role="dialog"
      aria-modal="false"
      aria-label={t('cardLabel', item.indicator)}
      data-testid="card"
      data-id={item.id}
      data-change={item.change ?? ''}
      style={style}
    >
      <div class="card-head">
        <span class="indicator" {...asReportText(item.indicator)}>{item.indicator}</span>
        {pinned && (
          <button type="button" class="close" aria-label={t('close')} title={t('close')} onClick={onClose}>×</button>
        )}
      </div>
      <div class="this-year">
        <span class="label">{year ? t('targetOfYear', year) : t('targetThisYear')}</span>
        <span class="figure" data-testid="figure" {...asReportText(item.figure)}>{item.figure}</span>
        {item.multiYear && <span class="tag">{t('multiYear')}</span>}
        {item.page && <span class="page" data-testid="page">{t('pageCite', item.page)}</span>}
      </div>
      <div class="verdict">
        {item.change ? (
          <span class={`badge tone-${tone}`} data-testid="change">{changeLabel(item.change)}</span>
        ) : (
          <span class="muted" data-testid="change">{t('noPriorStored')}</span>
        )}
        {item.status && item.status !== 'not-reported' && <span class="status" data-testid="status">{t('priorTargetWas', statusLabel(item.status))}</span>}
      </div>
      {item.status === 'not-reported' && (
        // Not a fact about the report: the engine found no result in the review. Say so, and show where to look.
        <p class="status not-found" data-testid="status" data-status="not-reported">
          {t('notFoundInReview')}
          {review && onShowReview && (
            <>
              {' '}
              <button type="button" class="open-copy" onClick={() => onShowReview(review.start)} data-testid="check-review">{t('checkReview')}</button>
            </>
          )}
        </p>
      )}
      {rows.length > 0 && (
        <table class="history" data-testid="history">
          <thead>
            <tr><th scope="col">{t('year')}</th><th scope="col">{t('target')}</th><th scope="col">{t('actual')}</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td {...asReportText(r.target)}>{r.target ?? '—'}</td>
                <td {...asReportText(r.actual)}>{r.actual ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {item.prior && (
        <p class="prior-quote" data-testid="prior-quote">
          <span class="muted">{t('priorPassage', item.prior.year)}{item.prior.page ? ` ${t('pageCite', item.prior.page)} ` : ''}</span>
          <span {...asReportText(item.prior.quote)}>{item.prior.quote}</span>
        </p>
      )}
      {item.notes.map((n) =>
        n.kind === 'unit-differs' ? (
          <p class="note" key={n.kind}>{t('noteUnitDiffers')}{t('colon')}<span {...asReportText(n.prior)}>{n.prior || '—'}</span> → <span {...asReportText(n.current)}>{n.current || '—'}</span></p>
        ) : (
          <p class="note" key={n.kind}>{t('noteStatedAs')}{t('colon')}<span {...asReportText(n.clause)}>{n.clause}</span></p>
        ),
      )}
      {item.prior?.href && (
        <a class="open-prior" href={item.prior.href} target="_blank" rel="noopener noreferrer" data-testid="open-prior">
          {t('openPriorPassage', item.prior.year)}
        </a>
      )}
      {item.prior?.reportId && onOpenCopy && (
        <button type="button" class="open-copy" onClick={() => onOpenCopy(item.prior!.reportId!, item.prior!.quote)} data-testid="open-prior-copy">
          {t('openPriorCopy', item.prior.year)}
        </button>
      )}
      {!item.prior && priorYear !== null && item.change === 'new' && <p class="muted">{t('notInPrior', priorYear)}</p>}
      {corrections && <CardCorrections key={item.id} item={item} priorYear={priorYear} priorTargets={priorTargets} {...corrections} />}
    </div>
  );
}
