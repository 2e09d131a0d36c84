import { useEffect, useState } from 'preact/hooks';
import type { PageStatus, Pong } from '@/lib/messages';
import type { ReportSummary, StorageEstimate } from '@/lib/store';

export interface PopupData {
  pong: Pong;
  reports: ReportSummary[];
  estimate: StorageEstimate | null;
  page: PageStatus | null;
}

export interface PopupViewProps {
  title: string;
  load: () => Promise<PopupData>;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The toolbar popup: what the current page is, what is stored. Data comes from `load`. */
export function PopupView({ title, load }: PopupViewProps) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    load().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  return (
    <main style={{ minWidth: '300px', padding: '8px 12px', font: '14px/1.5 "Noto Sans CJK SC", system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '16px', margin: '0 0 8px' }}>{title}</h1>
      {error && <p role="alert" style={{ color: '#b00020' }}>{error}</p>}
      {!data && !error && <p>…</p>}
      {data && (
        <>
          <p data-testid="page">
            {data.page
              ? data.page.verdict === 'report'
                ? `本页：${data.page.region ?? ''}${data.page.year ?? ''} 政府工作报告，目标 ${data.page.targets} 项`
                : '本页不是政府工作报告'
              : '本页未识别'}
          </p>
          <p data-testid="stored">已保存报告 {data.reports.length} 份</p>
          <ul style={{ paddingLeft: '18px', margin: '4px 0' }}>
            {data.reports.slice(0, 8).map((r) => (
              <li key={r.id}>{r.region || '（未知地区）'} {r.year || ''}{r.identity.summary ? '（摘要）' : ''} · 数字 {r.commitmentCount} 处</li>
            ))}
          </ul>
          <p data-testid="status" style={{ color: '#666', fontSize: '12px' }}>
            后台正常 · 数据库 v{data.pong.schema} · 扩展 {data.pong.version}
            {data.estimate ? ` · 已用 ${mb(data.estimate.usage)}` : ''}
          </p>
        </>
      )}
    </main>
  );
}
