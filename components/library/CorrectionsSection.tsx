import { useEffect, useState } from 'preact/hooks';
import type { Correction } from '@/lib/corrections/types';
import { stringTable } from '../string-table';
import { errorText } from '../error-text';
import { asReportText } from '../report-text';

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
  stale: { zh: '不再适用的更正（$1 处）', en: 'Corrections that no longer apply ($1)' },
  staleNote: { zh: '报告原文或引擎变了，这些更正暂不生效；它们一直保留（除非你自己删除），原文的数字恢复后即重新生效。', en: 'The report\'s text or the engine changed, so these do not apply for now; they are kept (unless you delete one) and apply again where their figure is found as written.' },
  staleNone: { zh: '所有更正都仍然适用。', en: 'Every correction still applies.' },
  checking: { zh: '正在核对更正…', en: 'Checking the corrections…' },
  changed: { zh: '数字已改', en: 'The figure changed' },
  orphaned: { zh: '原文已不在', en: 'The passage is gone' },
  'no-figure': { zh: '引擎不再标出这个数字', en: 'The engine no longer marks this figure' },
  report: { zh: '$1 $2 年', en: '$1, $2' },
  dismiss: { zh: '不是目标', en: 'Not a target' },
  add: { zh: '添加为目标', en: 'Added as a target' },
  rename: { zh: '改名：', en: 'Renamed: ' },
  retypeOutcome: { zh: '改为实绩', en: 'Made an outcome' },
  retypeTarget: { zh: '改为目标', en: 'Made a target' },
  link: { zh: '关联到 $1 年：', en: 'Linked to $1: ' },
  unlink: { zh: '取消关联', en: 'Unlinked' },
  remove: { zh: '删除这条更正', en: 'Delete this correction' },
  removeSure: { zh: '确定删除？再点一次', en: 'Delete it? Click again' },
} as const;
const s = stringTable(STRINGS);

/** A stored correction that does not apply to its report as the engine reads it now. */
export interface StaleCorrection {
  correction: Correction;
  status: 'changed' | 'orphaned' | 'no-figure';
}

/** What a correction does, in the UI's words, and the report's words it names (an indicator), if any. */
function actionText(c: Correction): [string, string | null] {
  const a = c.action;
  switch (a.kind) {
    case 'dismiss': return [s('dismiss'), null];
    case 'add': return [s('add'), a.indicator];
    case 'rename': return [s('rename'), a.indicator];
    case 'retype': return [s(a.role === 'outcome' ? 'retypeOutcome' : 'retypeTarget'), null];
    case 'link': return [s('link', a.year), a.indicator];
    case 'unlink': return [s('unlink'), null];
  }
}

export interface CorrectionsApi {
  all(): Promise<Correction[]>;
  /** Merges a corrections file's text; throws with the file's first problem. */
  importText(text: string): Promise<{ added: number; kept: number }>;
  /** The shareable file of every correction. */
  exportFile(corrections: Correction[]): string;
  /** Each corrected report as labels in the gold/SPEC.md shape (one JSON array). */
  exportLabels(corrections: Correction[]): Promise<string>;
  download(fileName: string, text: string, type: string): void;
  /** The corrections that no longer apply to their stored report as the engine reads it now. */
  stale(corrections: Correction[]): Promise<StaleCorrection[]>;
  /** Deletes one correction (the reader's choice: the list never drops one by itself). */
  remove(id: string): Promise<void>;
}

/** Corrections in the library: how many, share them, import a colleague's, export them as labels. */
export function CorrectionsSection({ api }: { api: CorrectionsApi }) {
  const [list, setList] = useState<Correction[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [stale, setStale] = useState<StaleCorrection[] | null>(null);
  /** The correction whose delete button was pressed once (a second press deletes it). */
  const [removing, setRemoving] = useState<string | null>(null);
  const refresh = () => api.all().then((all) => {
    setList(all);
    setStale(null);
    if (all.length) void api.stale(all).then(setStale, (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
  }, (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
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
      {list && list.length > 0 && (
        <div class="stale" data-testid="corrections-stale">
          {stale === null ? <p class="muted">{s('checking')}</p> : stale.length === 0 ? <p class="muted" data-testid="corrections-stale-none">{s('staleNone')}</p> : (
            <>
              <h3>{s('stale', stale.length)}</h3>
              <p class="muted">{s('staleNote')}</p>
              <ul>
                {stale.map(({ correction: c, status }) => {
                  const [what, words] = actionText(c);
                  return (
                    <li key={c.id} data-testid="stale-correction" data-status={status}>
                      <strong>{s(status)}</strong>{' · '}
                      <span {...asReportText(c.report.region)}>{s('report', c.report.region ?? '—', c.report.year ?? '—')}</span>{' · '}
                      {what}{words && <span {...asReportText(words)}>{words}</span>}{' · '}
                      <q {...asReportText(c.selectors.quote.exact)}>{c.selectors.quote.exact}</q>{' '}
                      <button type="button" class="link" data-testid="stale-remove" onClick={() => {
                        if (removing !== c.id) return setRemoving(c.id);
                        setRemoving(null);
                        void api.remove(c.id).then(refresh, (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
                      }}>{s(removing === c.id ? 'removeSure' : 'remove')}</button>
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
