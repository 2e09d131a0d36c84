import type { PageSeen } from '@/lib/messages';

export interface StatusPillProps {
  page: PageSeen;
  /** Years of this government's earlier reports that are stored. */
  priorYears: number[];
  /** Why saving failed, shown as text. */
  error: string | null;
}

const LEVEL: Record<string, string> = { national: '国家', provincial: '省级', municipal: '市级', county: '县级' };

/** The small in-page badge that says the page was read as a work report. */
export function StatusPill({ page, priorYears, error }: StatusPillProps) {
  const where = [page.region, page.year ? `${page.year}年` : null].filter(Boolean).join(' ');
  return (
    <div
      class="pill"
      role="status"
      aria-label="政府工作报告阅读助手"
      title={`读取 ${page.chars} 字，识别用时 ${page.ms} 毫秒（可信度 ${Math.round(page.confidence * 100)}%）`}
      data-ms={page.ms}
      data-map-ms={page.mapMs}
      data-chars={page.chars}
    >
      <strong>政府工作报告{page.summary ? '（摘要）' : ''}</strong>
      {where && <span class="where">{where}{page.level ? ` · ${LEVEL[page.level] ?? ''}` : ''}</span>}
      <span class="count" data-testid="targets">目标 {page.targets} 项</span>
      <span class="count" data-testid="outcomes">成绩 {page.outcomes} 项</span>
      <span class="prior" data-testid="prior">
        {priorYears.length ? `已存往年：${priorYears.join('、')}` : '尚无往年报告'}
      </span>
      {error && <span class="error" role="alert">{error}</span>}
    </div>
  );
}

export const STATUS_PILL_CSS = `
.pill {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; max-width: 420px;
  padding: 8px 12px; border-radius: 10px; background: #fffdf7; color: #1f2328;
  border: 1px solid #c9a227; box-shadow: 0 2px 10px rgba(0,0,0,.18);
  font: 13px/1.5 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
}
strong { color: #9a2a1c; }
.where { color: #444; }
.count { background: #f3ead0; border-radius: 6px; padding: 0 6px; }
.prior { color: #555; }
.error { color: #b00020; flex-basis: 100%; }
`;
