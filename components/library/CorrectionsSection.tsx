import { useEffect, useState } from 'preact/hooks';
import type { Correction } from '@/lib/corrections/types';
import { fill } from '../fill';
import { langOf, messagesLocale } from '../i18n';
import { errorText } from '../error-text';

const STRINGS = {
  title: { zh: '读者更正', en: "The reader's corrections" },
  count: { zh: '共 $1 处更正，涉及 $2 份报告', en: '$1 corrections on $2 reports' },
  none: { zh: '还没有更正：在报告的卡片上可以标记“不是目标”、改名，或把选中的数字添加为目标。', en: 'No corrections yet: on a report, a card can mark a figure as not a target or rename it, and a selected figure can be added as a target.' },
  exportFile: { zh: '导出更正（分享给同事）', en: 'Export corrections (to share)' },
  importFile: { zh: '导入更正文件…', en: 'Import a corrections file…' },
  exportLabels: { zh: '导出为标注数据（评测格式）', en: 'Export as labels (gold format)' },
  imported: { zh: '已导入 $1 处更正，$2 处本机已有（保留本机的）', en: '$1 corrections imported, $2 already here (kept as they are)' },
  fileName: { zh: '政府工作报告更正-$1', en: 'work-report-corrections-$1' },
  labelsName: { zh: '政府工作报告标注-$1', en: 'work-report-labels-$1' },
} as const;
const s = (key: keyof typeof STRINGS, ...subs: (string | number)[]) => fill(STRINGS[key][langOf(messagesLocale())], subs);

export interface CorrectionsApi {
  all(): Promise<Correction[]>;
  /** Merges a corrections file's text; throws with the file's first problem. */
  importText(text: string): Promise<{ added: number; kept: number }>;
  /** The shareable file of every correction. */
  exportFile(corrections: Correction[]): string;
  /** Each corrected report as labels in the gold/SPEC.md shape (one JSON array). */
  exportLabels(corrections: Correction[]): Promise<string>;
  download(fileName: string, text: string, type: string): void;
}

/** Corrections in the library: how many, share them, import a colleague's, export them as labels. */
export function CorrectionsSection({ api }: { api: CorrectionsApi }) {
  const [list, setList] = useState<Correction[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const refresh = () => api.all().then(setList, (e: unknown) => setMessage({ kind: 'error', text: String(e) }));
  useEffect(() => void refresh(), []);
  const reports = new Set((list ?? []).map((c) => `${c.report.region}|${c.report.year}|${c.report.summary ? 1 : 0}`)).size;
  const day = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="corrections-h" data-testid="corrections">
      <h2 id="corrections-h">{s('title')}</h2>
      <p class="muted" data-testid="corrections-count">{list && list.length ? s('count', list.length, reports) : s('none')}</p>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind} data-testid="corrections-message">{message.text}</p>}
      <div class="row-buttons">
        <button type="button" disabled={!list?.length} data-testid="corrections-export" onClick={() => api.download(`${s('fileName', day)}.json`, api.exportFile(list!), 'application/json')}>{s('exportFile')}</button>
        <label class="button">
          {s('importFile')}
          <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="corrections-import" onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const f = input.files?.[0];
            input.value = '';
            if (!f) return;
            void f.text().then(api.importText).then(
              (r) => (setMessage({ kind: 'ok', text: s('imported', r.added, r.kept) }), refresh()),
              (err: unknown) => setMessage({ kind: 'error', text: errorText(err) }),
            );
          }} />
        </label>
        <button type="button" disabled={!list?.length} data-testid="corrections-labels" onClick={() => void api.exportLabels(list!).then(
          (text) => api.download(`${s('labelsName', day)}.json`, text, 'application/json'),
          (err: unknown) => setMessage({ kind: 'error', text: errorText(err) }),
        )}>{s('exportLabels')}</button>
      </div>
    </section>
  );
}
