import type { MarkStyle } from '@/lib/dom';
import type { Tone } from '@/lib/reading/model';

/** Colours of each change: mark (on the page) and badge (in the card and the side panel). */
export const TONES: Record<Tone, { mark: string; badge: string; ink: string }> = {
  raised: { mark: 'rgba(34, 160, 80, 0.28)', badge: '#dcf5e3', ink: '#116329' },
  lowered: { mark: 'rgba(220, 50, 40, 0.24)', badge: '#fde2df', ink: '#a4161a' },
  same: { mark: 'rgba(100, 116, 139, 0.24)', badge: '#e7ebf0', ink: '#3b4656' },
  comparator: { mark: 'rgba(150, 60, 220, 0.22)', badge: '#efe2fb', ink: '#6b21a8' },
  new: { mark: 'rgba(40, 110, 235, 0.24)', badge: '#dde9fd', ink: '#1d4ed8' },
  plain: { mark: 'rgba(234, 179, 8, 0.32)', badge: '#fbf0c9', ink: '#7a5b00' },
};

/** Highlight names registered in `CSS.highlights` (one per tone, plus the active one). */
export const highlightName = (tone: Tone | 'active'): string => `gzbg-${tone}`;

/** How each tone's mark is painted on the page (lib/dom/marks: a highlight, or a wrapper element). */
export function markStyle(tone: Tone | 'active'): MarkStyle {
  return tone === 'active'
    ? { css: 'background-color: rgba(255, 196, 0, 0.55); text-decoration: underline 2px #9a2a1c', priority: 1 }
    : { css: `background-color: ${TONES[tone].mark}` };
}

const badges = Object.entries(TONES)
  .map(([tone, c]) => `.tone-${tone}.badge, .badge.tone-${tone} { background: ${c.badge}; color: ${c.ink}; }\n.card.tone-${tone} { border-top-color: ${c.ink}; }`)
  .join('\n');

export const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, sans-serif';

/** The overlay's own CSS, inside its shadow root (page CSS cannot reach it). */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { font: 14px/1.55 ${FONT}; color: #1f2328; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible, a:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.bar {
  position: fixed; left: 50%; bottom: 14px; transform: translateX(-50%); z-index: 2147483646;
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px; max-width: calc(100vw - 24px);
  padding: 4px 6px 4px 4px; border-radius: 12px; background: #fffdf7; color: #1f2328;
  border: 1px solid #c9a227; box-shadow: 0 4px 16px rgba(0,0,0,.18); font-size: 13px;
}
.bar.collapsed { left: auto; right: 14px; transform: none; }
.bar.collapsed .summary { min-width: 0; flex: none; }
.room { display: block; width: 1px; pointer-events: none; }
.summary { flex: 1 1 0; min-width: 12em; border: 0; background: transparent; padding: 4px 8px; border-radius: 8px; text-align: left; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.summary:hover { background: #f6efd9; }
.summary strong { color: #9a2a1c; }
.part-raised { color: ${TONES.raised.ink}; } .part-lowered { color: ${TONES.lowered.ink}; }
.part-new { color: ${TONES.new.ink}; } .part-dropped { color: #6b5d3a; }
.vs { color: #666; }
.nav { display: flex; align-items: center; gap: 2px; flex: none; }
.nav button { width: 28px; height: 28px; border: 1px solid #e0d3a8; background: #fff; border-radius: 7px; line-height: 1; font-size: 16px; }
.nav button:hover { background: #f6efd9; }
.pos { min-width: 3.2em; text-align: center; color: #555; font-variant-numeric: tabular-nums; font-size: 12px; }
.error { color: #b00020; padding: 0 6px; }
.unsure { order: -1; flex-basis: 100%; color: #7a4f00; background: #fff4d6; border-radius: 8px; padding: 3px 8px; font-size: 12px; }
.unsure::before { content: '⚠ '; }
.card {
  position: fixed; z-index: 2147483647; width: 340px; max-height: min(70vh, 480px); overflow: auto;
  padding: 10px 12px 12px; border-radius: 10px; background: #fff; color: #1f2328;
  border: 1px solid #d0c7ad; border-top: 4px solid #999; box-shadow: 0 8px 28px rgba(0,0,0,.22);
}
.card-head { display: flex; align-items: flex-start; gap: 8px; }
.indicator { flex: 1; font-weight: 700; font-size: 15px; }
.close { border: 0; background: transparent; font-size: 18px; line-height: 1; padding: 0 4px; color: #666; }
.this-year { display: flex; align-items: baseline; gap: 8px; margin-top: 4px; flex-wrap: wrap; }
.label, .muted { color: #666; font-size: 12px; }
.figure { font-size: 20px; font-weight: 700; font-variant-numeric: tabular-nums; }
.tag { font-size: 12px; background: #eef; border-radius: 4px; padding: 0 4px; }
.verdict { display: flex; gap: 8px; align-items: center; margin: 6px 0; flex-wrap: wrap; }
.badge { border-radius: 6px; padding: 1px 8px; font-weight: 600; font-size: 13px; }
.status { font-size: 13px; color: #333; }
.history { width: 100%; border-collapse: collapse; font-size: 13px; margin: 4px 0 6px; font-variant-numeric: tabular-nums; }
.history th, .history td { text-align: left; padding: 2px 6px; border-bottom: 1px solid #eee; }
.history thead th { color: #666; font-weight: 500; font-size: 12px; }
.prior-quote { margin: 6px 0; font-size: 13px; color: #333; background: #faf8f2; border-left: 3px solid #d9c98f; padding: 4px 8px; }
.prior-quote .muted { display: block; }
.note { margin: 4px 0; font-size: 12px; color: #6b21a8; }
.open-prior { display: inline-block; margin-top: 2px; color: #1d4ed8; font-size: 13px; }
.open-copy { display: inline-block; margin: 2px 0 0 10px; padding: 0; border: 0; background: none; color: #1d4ed8; font: inherit; font-size: 13px; text-decoration: underline; cursor: pointer; }
.open-copy:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
${badges}
`;
