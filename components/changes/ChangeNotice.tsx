import { useRef, useState } from 'preact/hooks';
import { useRoom } from '../overlay/room';
import type { Translate } from './strings';

/** Space between the notice and what is below it (the bar, or the viewport's edge). */
const NOTICE_GAP = 8;

export interface ChangeNoticeProps {
  t: Translate;
  /** The UI's language, on the notice's root (the page's own lang is not ours). */
  lang?: 'zh' | 'en';
  /** When the reader last saw the report (already formatted: 3月5日). */
  since: string;
  count: number;
  numeric: number;
  /** How long the diff took, ms (shown in a tooltip, read by tests). */
  diffMs?: number;
  /** Where the diff ran: the background (its stored text is the page's) or the page (fallback). */
  diffWhere?: 'background' | 'page';
  marksOn: boolean;
  /** The change in focus (0-based), or null. */
  current: number | null;
  /** Changed numbers (replacements), first few: the change's index and its old and new text. */
  numbers?: Array<{ index: number; old: string; new: string }>;
  /** Moves to change `index`. */
  onGo?: (index: number) => void;
  onToggle: () => void;
  onPrev: () => void;
  onNext: () => void;
  onCompare: () => void;
  onDismiss: () => void;
}

/** The in-page notice that a stored report changed since the reader last saw it. */
export function ChangeNotice(p: ChangeNoticeProps) {
  const { t } = p;
  const [collapsed, setCollapsed] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // Docked at the bottom left above the bar (never over the site's header; the notes button is at the right), with room of its own at the page's end.
  const room = useRoom(box, NOTICE_GAP);
  const toggle = (
    <button type="button" class="fold" onClick={() => setCollapsed(!collapsed)} aria-expanded={!collapsed} title={t(collapsed ? 'changesExpand' : 'changesCollapse')} aria-label={t(collapsed ? 'changesExpand' : 'changesCollapse')} data-testid="changes-fold">
      {collapsed ? '▴' : '▾'}
    </button>
  );
  return (
    <>
    <div class={`notice${collapsed ? ' collapsed' : ''}`} lang={p.lang === 'en' ? 'en' : 'zh-CN'} ref={box} role="region" aria-label={t('changesNotice', p.since, p.count)} data-count={p.count} data-numeric={p.numeric} data-diff-ms={p.diffMs} data-diff-where={p.diffWhere}>
      <p class="what" data-testid="changes-text" role="status">
        <strong>{t('changesNotice', p.since, p.count)}</strong>
        {p.numeric > 0 && <span class="num">{t('changesNumbers', p.numeric)}</span>}
        {toggle}
      </p>
      {!collapsed && <NoticeBody {...p} />}
    </div>
    <div class="room" style={{ height: `${room}px` }} aria-hidden="true" />
    </>
  );
}

function NoticeBody(p: ChangeNoticeProps) {
  const { t } = p;
  return (
    <>
      {p.numbers && p.numbers.length > 0 && (
        <ul class="numbers" data-testid="changes-numbers">
          {p.numbers.map((n) => (
            <li key={n.index}>
              <button type="button" class="chip" onClick={() => p.onGo?.(n.index)}>
                <del>{n.old}</del> → <ins>{n.new}</ins>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button type="button" class="toggle" data-testid="changes-toggle" aria-pressed={p.marksOn} onClick={p.onToggle}>
          {p.marksOn ? t('changesHide') : t('changesShow')}
        </button>
        <button type="button" data-testid="changes-prev" onClick={p.onPrev} aria-keyshortcuts="[">{t('changesPrev')}</button>
        <button type="button" data-testid="changes-next" onClick={p.onNext} aria-keyshortcuts="]">{t('changesNext')}</button>
        <span class="pos" data-testid="changes-position" aria-live="polite">
          {p.current !== null ? t('changesPosition', p.current + 1, p.count) : ''}
        </span>
      </div>
      <div class="actions">
        <button type="button" data-testid="changes-compare" onClick={p.onCompare}>{t('changesCompare')}</button>
        <button type="button" data-testid="changes-dismiss" onClick={p.onDismiss}>{t('changesDismiss')}</button>
        <span class="keys">{t('changesKeys')}</span>
      </div>
    </>
  );
}

export const CHANGE_NOTICE_CSS = `
.notice {
  position: fixed; left: 16px; bottom: calc(var(--gzbg-bar-room, 0px) + ${NOTICE_GAP}px); z-index: 2147483647; max-width: 380px;
  padding: 10px 14px; border-radius: 10px; background: #fffdf7; color: #1f2328;
  border: 1px solid #c9a227; border-left: 4px solid #16a34a; box-shadow: 0 2px 12px rgba(0,0,0,.2);
  font: 13px/1.6 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
}
.what { margin: 0 0 6px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px; }
.collapsed .what { margin: 0; }
.fold { padding: 0 6px; line-height: 1.3; }
.room { display: block; width: 1px; pointer-events: none; }
strong { color: #14532d; font-size: 14px; margin-right: 8px; }
.num { background: #fde68a; border-radius: 6px; padding: 0 6px; color: #78350f; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 4px; }
button { font: inherit; padding: 1px 10px; border-radius: 6px; border: 1px solid #b9ad85; background: #fff; color: #1f2328; cursor: pointer; }
button:hover { background: #f3ead0; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
.toggle[aria-pressed=true] { background: #dcfce7; border-color: #16a34a; }
.pos { color: #555; min-width: 5em; }
.numbers { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 6px; margin: 0 0 4px; padding: 0; }
.chip { padding: 0 6px; border-color: #e0b54a; background: #fffbeb; }
.chip del { color: #8a1c1c; } .chip ins { color: #14532d; text-decoration: none; font-weight: bold; }
.keys { color: #777; font-size: 12px; }
`;
