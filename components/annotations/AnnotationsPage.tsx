import { useEffect, useState } from 'preact/hooks';
import { sameReport, type Annotation, type ReportIdentity } from '@/lib/anchoring';
import { exportCollection, reportsOf, serializeExport } from '@/lib/exchange';
import { exportFileName, reportTitle, type Lang, type TermKey } from '@/lib/terms';
import type { ImportOutcome } from '@/lib/store/annotations';
import { NOTE_LIST_CSS, NoteList } from './NoteList';
import { annotationLang, tr } from './strings';
import { errorText } from '../error-text';

/** What the page needs from the extension (messages), so the view stays testable. */
export interface AnnotationsApi {
  list(): Promise<Annotation[]>;
  importFile(text: string, fileName: string, write: boolean): Promise<ImportOutcome>;
  /**
   * The comparison tables of reports with their annotations, CSV and Markdown in `lang`: of one
   * report, or (`grouped`) of several, grouped by report; null when no report's text is stored.
   */
  table(reports: ReportIdentity[], annotations: Annotation[], lang: Lang, grouped: boolean): Promise<{ csv: string; md: string } | null>;
  /** Opens the stored copy of a report to read and annotate; false when it is not stored. */
  readStored(report: ReportIdentity): Promise<boolean>;
  getName(): Promise<string>;
  setName(name: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
}

/** A report's name in the UI's language (the fingerprint for one that names nothing). */
export const reportName = (r: ReportIdentity): string =>
  r.region || r.year || r.title ? reportTitle(r, annotationLang()) : r.fingerprint;

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** An import that failed on the way (the background, the store): a refusal the preview shows, never an uncaught throw. */
function importFailed(e: unknown): ImportOutcome {
  const why = errorText(e);
  return { ok: false, code: 'failed', zh: `导入失败：${why}`, en: `The import failed: ${why}` };
}

/** An export's file name: the report (or all reports), what it holds and the day, in the UI's language. */
function fileName(r: ReportIdentity | null, kind: TermKey, ext: string): string {
  const stamp = new Date().toISOString().slice(0, 10);
  return exportFileName(r, annotationLang(), { kind, ext }).replace(new RegExp(`\\.${ext}$`), `-${stamp}.${ext}`);
}

export function AnnotationsPage({ api }: { api: AnnotationsApi }) {
  const [all, setAll] = useState<Annotation[] | null>(null);
  const [reportKey, setReportKey] = useState('');
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [pending, setPending] = useState<{ text: string; fileName: string } | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const refresh = () => void api.list().then(setAll, (e: unknown) => setMessage(errorText(e)));
  useEffect(() => {
    refresh();
    void api.getName().then(setName);
  }, []);

  const reports = reportsOf(all ?? []);
  const chosen = reports.find((r) => r.identity.fingerprint + (r.identity.region ?? '') + (r.identity.year ?? '') === reportKey)?.identity ?? null;
  const shown = (all ?? []).filter((a) => !chosen || sameReport(a.target.report, chosen));

  async function check(text: string, fileName: string) {
    setOutcome(null);
    setMessage(null);
    let r: ImportOutcome;
    try {
      r = await api.importFile(text, fileName, false);
    } catch (e) {
      r = importFailed(e);
    }
    setOutcome(r);
    setPending(r.ok ? { text, fileName } : null);
  }

  async function doImport() {
    if (!pending) return;
    let r: ImportOutcome;
    try {
      r = await api.importFile(pending.text, pending.fileName, true);
    } catch (e) {
      r = importFailed(e);
    }
    setOutcome(r);
    setPending(null);
    refresh();
  }

  async function table(kind: 'csv' | 'md') {
    setMessage(null);
    // One report, or every report with annotations, one after another.
    const targets = chosen ? [chosen] : reports.map((r) => r.identity);
    const t = await api.table(targets, shown, annotationLang(), !chosen);
    if (!t) {
      setMessage(tr('exportNoText'));
      return;
    }
    if (kind === 'csv') api.download(fileName(chosen, 'annotationsTable', 'csv'), t.csv, 'text/csv;charset=utf-8');
    else api.download(fileName(chosen, 'briefing', 'md'), t.md, 'text/markdown;charset=utf-8');
  }

  return (
    <main class="page" lang={annotationLang() === 'en' ? 'en' : 'zh-CN'}>
      <style>{PAGE_CSS}</style>
      <h1>{tr('pageTitle')}</h1>
      <p class="muted">{tr('pageIntro')}</p>
      <label class="row">
        <span>{tr('yourName')}</span>
        <input type="text" value={name} maxLength={200} data-testid="anno-name" onChange={(e) => {
          const v = (e.target as HTMLInputElement).value;
          setName(v);
          void api.setName(v);
        }} />
      </label>

      <section class="block">
        <label class="row">
          <span>{tr('reportFilter')}</span>
          <select value={reportKey} data-testid="anno-report" onChange={(e) => setReportKey((e.target as HTMLSelectElement).value)}>
            <option value="">{tr('allReports')} ({(all ?? []).length})</option>
            {reports.map((r) => {
              const key = r.identity.fingerprint + (r.identity.region ?? '') + (r.identity.year ?? '');
              return <option value={key} key={key}>{reportName(r.identity)} ({r.count})</option>;
            })}
          </select>
        </label>
        <div class="row buttons">
          <button type="button" data-testid="export-json" disabled={!shown.length} onClick={() => api.download(
            fileName(chosen, 'annotation', 'jsonld'),
            serializeExport(exportCollection(shown, {
              label: chosen ? `${reportName(chosen)} ${tr('editorTitle')}` : undefined,
              ...(name.trim() ? { creator: { name: name.trim() } } : {}),
            })),
            'application/ld+json',
          )}>{tr('exportJson')}</button>
          <button type="button" data-testid="export-csv" disabled={!shown.length} onClick={() => void table('csv')}>{tr('exportCsv')}</button>
          <button type="button" data-testid="export-md" disabled={!shown.length} onClick={() => void table('md')}>{tr('exportMd')}</button>
          {chosen && (
            <button type="button" data-testid="read-stored" onClick={() => void api.readStored(chosen).then((ok) => ok || setMessage(tr('notStored')))}>{tr('readStored')}</button>
          )}
        </div>
        {message && <p class="message" role="status" data-testid="anno-message">{message}</p>}
        {all && <NoteList items={shown.map((annotation) => ({ annotation }))} />}
      </section>

      <section class="block">
        <h2>{tr('importTitle')}</h2>
        <label class="row">
          <span>{tr('importFile')}</span>
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json" data-testid="import-file" onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (!f) return;
            if (f.size > MAX_FILE_BYTES) {
              // not even read: refused as the parser would refuse it
              const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
              setPending(null);
              setOutcome({ ok: false, code: 'too-large', zh: `文件过大（${mb(f.size)} MB，上限 ${mb(MAX_FILE_BYTES)} MB）。`, en: `The file is too large (${mb(f.size)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB).` });
              return;
            }
            void f.text().then((text) => check(text, f.name));
          }} />
        </label>
        <label class="col">
          <span>{tr('importPaste')}</span>
          <textarea rows={4} value={pasted} data-testid="import-paste" onInput={(e) => setPasted((e.target as HTMLTextAreaElement).value)} />
        </label>
        <div class="row buttons">
          <button type="button" data-testid="import-check" disabled={!pasted.trim()} onClick={() => void check(pasted, '(pasted)')}>{tr('importCheck')}</button>
        </div>
        {outcome && !outcome.ok && (
          <div class="refused" role="alert" data-testid="import-error">
            <p>{annotationLang() === 'en' ? outcome.en : outcome.zh}</p>
            <p>{tr('importRefused')}</p>
          </div>
        )}
        {outcome && outcome.ok && !outcome.written && pending && (
          <div class="preview" data-testid="import-preview" data-new={outcome.counts.new} data-updated={outcome.counts.updated} data-conflicting={outcome.counts.conflicting}>
            <p>{tr('importPreview', pending.fileName, outcome.total, outcome.counts.new, outcome.counts.updated, outcome.counts.conflicting, outcome.counts.unchanged)}</p>
            {outcome.reports.length > 0 && <p class="muted">{tr('importReports', outcome.reports.map((r) => `${reportName(r.identity)} (${r.count})`).join('、'))}</p>}
            {outcome.counts.new + outcome.counts.updated + outcome.counts.conflicting > 0 ? (
              <button type="button" class="primary" data-testid="import-confirm" onClick={() => void doImport()}>{tr('importConfirm')}</button>
            ) : (
              <p>{tr('importNothing')}</p>
            )}
          </div>
        )}
        {outcome && outcome.ok && outcome.written && (
          <p class="done" role="status" data-testid="import-done">{tr('importDone', outcome.counts.new, outcome.counts.updated, outcome.counts.conflicting)}</p>
        )}
      </section>
    </main>
  );
}

const PAGE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; background: #faf8f2; color: #1f2328; font: 14px/1.55 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.page { max-width: 860px; margin: 0 auto; padding: 16px 20px 40px; display: flex; flex-direction: column; gap: 12px; }
h1 { font-size: 22px; margin: 0; } h2 { font-size: 16px; margin: 0 0 6px; }
.block { background: #fff; border: 1px solid #e5dcc0; border-radius: 10px; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.col { display: flex; flex-direction: column; gap: 4px; }
.buttons button, .preview button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid #c8c2ad; background: #fff; cursor: pointer; }
.buttons button:disabled { opacity: .5; cursor: default; }
button.primary { background: #9a2a1c; border-color: #9a2a1c; color: #fff; }
button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
input[type=text], select, textarea { font: inherit; padding: 4px 6px; border: 1px solid #c8c2ad; border-radius: 6px; }
.refused { color: #a4161a; background: #fde2df; border-radius: 8px; padding: 4px 10px; }
.refused p { margin: 4px 0; }
.preview { background: #f6efd9; border-radius: 8px; padding: 6px 10px; }
.done { color: #116329; }
.message { color: #7a5b00; }
${NOTE_LIST_CSS}
`;
