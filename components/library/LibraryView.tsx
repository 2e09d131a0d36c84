import { useEffect, useState } from 'preact/hooks';
import type { Level } from '@/lib/report/types';
import type { ReportSummary, StorageEstimate } from '@/lib/store';
import { levelLabel, t, uiLang } from '../i18n';
import { regionName } from '@/lib/terms';
import { ReportTitle } from '../ReportTitle';
import { asReportText } from '../report-text';
import { FONT } from '../overlay/styles';
import type { Analysis } from '@/lib/commitments';
import { AcrossView, ACROSS_CSS, type AcrossApi } from './AcrossView';
import { CorrectionsSection, type CorrectionsApi } from './CorrectionsSection';
import { filesOfDrop, importBatch, type BatchFile, type BatchProgress, type BatchResult, type ReadBinary } from './batch';
import type { MetaFix } from './importing';
import { failureText, ls } from './strings';
import { Sources, SOURCES_CSS, TrustBadge, type SourcesApi } from './Sources';
import { errorText } from '../error-text';

export interface LibraryApi extends SourcesApi {
  list(): Promise<ReportSummary[]>;
  estimate(): Promise<StorageEstimate | null>;
  /** Imports a text (file content or pasted); returns the new report's id. */
  importText(name: string, content: string): Promise<string>;
  /** Saves a text the library has already analysed (batch import); returns the report's id. */
  saveAnalysed(name: string, text: string, analysis: Analysis): Promise<string>;
  /** Reads a PDF or Word file's text (absent: only text and web page files are imported). */
  readBinary?: ReadBinary;
  across: AcrossApi;
  corrections: CorrectionsApi;
  loadSamples(): Promise<number>;
  remove(id: string): Promise<void>;
  fixMeta(id: string, fix: MetaFix): Promise<void>;
  exportAll(): Promise<void>;
  restore(content: string): Promise<string>;
}

const LEVELS: Level[] = ['national', 'provincial', 'municipal', 'county'];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** Stored reports by government and year; import, fix, delete, samples, backup. */
export function LibraryView({ api }: { api: LibraryApi }) {
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [paste, setPaste] = useState('');
  const [dragging, setDragging] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [sourcesOf, setSourcesOf] = useState<string | null>(null);

  const refresh = async () => {
    const [r, e] = await Promise.all([api.list(), api.estimate()]);
    setReports(r);
    setEstimate(e);
  };
  useEffect(() => void refresh().catch((e: unknown) => setMessage({ kind: 'error', text: errorText(e) })), []);

  const run = async (f: () => Promise<string | null>) => {
    setMessage(null);
    try {
      const text = await f();
      if (text) setMessage({ kind: 'ok', text });
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
    await refresh().catch(() => undefined);
  };
  const [batch, setBatch] = useState<BatchProgress | null>(null);
  const [failed, setFailed] = useState<BatchResult[]>([]);
  const importFiles = (files: BatchFile[]) =>
    run(async () => {
      if (!files.length) return null;
      setFailed([]);
      const results = await importBatch(files, api.saveAnalysed, setBatch, api.readBinary);
      setBatch(null);
      const bad = results.filter((r) => !r.ok);
      setFailed(bad);
      if (results.length === 1 && bad.length === 1) throw new Error(`${bad[0]!.name}: ${failureText(bad[0]!.failure!, bad[0]!.detail)}`);
      return bad.length ? ls('batchDone', results.length - bad.length, bad.length) : t('imported', results.length);
    });
  const fromInput = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = '';
    void importFiles(files);
  };

  const groups = new Map<string, ReportSummary[]>();
  for (const r of reports ?? []) {
    const key = r.region ? `${r.region}|${r.level}` : '|';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }

  return (
    <main class="library">
      <style>{LIBRARY_CSS + SOURCES_CSS + ACROSS_CSS}</style>
      <header>
        <h1>{t('libraryTitle')}</h1>
        <p class="muted" data-testid="usage">
          {t('storedReports', reports?.length ?? 0)}
          {estimate ? ` · ${t('storageUsed', mb(estimate.usage))}` : ''}
        </p>
      </header>
      {message && <p role={message.kind === 'error' ? 'alert' : 'status'} class={message.kind} data-testid="message">{message.text}</p>}

      <section aria-labelledby="import-h" class="import">
        <h2 id="import-h">{t('importTitle')}</h2>
        <div
          class={`drop ${dragging ? 'over' : ''}`}
          data-testid="drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const data = e.dataTransfer;
            if (data) void filesOfDrop(data).then(importFiles);
          }}
        >
          <p>{t('dropHere')}</p>
          <label class="button">
            {t('chooseFile')}
            <input type="file" accept=".txt,.html,.htm,.pdf,.docx,text/plain,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" multiple class="visually-hidden" data-testid="file" onChange={(e) => fromInput(e.currentTarget as HTMLInputElement)} />
          </label>
          <label class="button">
            {ls('chooseFolder')}
            <input type="file" multiple class="visually-hidden" data-testid="folder" {...{ webkitdirectory: '' }} onChange={(e) => fromInput(e.currentTarget as HTMLInputElement)} />
          </label>
          {/* The reader page (entrypoints/reader): a PDF drawn page by page, read like a web page. */}
          <a class="button" href="/reader.html" title={ls('openReaderHint')} data-testid="open-reader">{ls('openReader')}</a>
        </div>
        {batch && batch.current && (
          <p role="status" data-testid="batch-progress">
            <progress max={batch.total} value={batch.done} /> {ls('importing', batch.done + 1, batch.total, batch.current)}
          </p>
        )}
        {failed.length > 0 && (
          <div role="alert" class="failed" data-testid="batch-failed">
            <h3>{ls('batchFailedTitle')}</h3>
            <ul>{failed.map((f) => <li key={f.name} data-testid="batch-failure"><b>{f.name}</b>：{failureText(f.failure!, f.detail)}</li>)}</ul>
          </div>
        )}
        <label for="paste" class="muted">{t('pasteLabel')}</label>
        <textarea id="paste" rows={4} value={paste} onInput={(e) => setPaste((e.currentTarget as HTMLTextAreaElement).value)} data-testid="paste" />
        <div class="row-buttons">
          <button type="button" disabled={!paste.trim()} data-testid="import-paste" onClick={() => void run(async () => {
            await api.importText('pasted.txt', paste);
            setPaste('');
            return t('imported', 1);
          })}>{t('importPasted')}</button>
          <button type="button" data-testid="load-samples" onClick={() => void run(async () => t('samplesLoaded', await api.loadSamples()))}>{t('loadSamples')}</button>
        </div>
      </section>

      <section aria-labelledby="reports-h">
        <h2 id="reports-h">{t('reportsTitle')}</h2>
        {reports && reports.length === 0 && <p class="muted">{t('libraryEmpty')}</p>}
        {[...groups.entries()].map(([key, list]) => {
          const first = list[0]!;
          return (
            <div key={key} class="gov" data-testid="government">
              <h3>{first.region ? <ReportRegion region={first.region} /> : t('unknownGovernment')} <span class="muted">{levelLabel(first.level || null)}</span></h3>
              <table>
                <thead><tr><th scope="col">{t('year')}</th><th scope="col">{t('titleCol')}</th><th scope="col" title={t('figuresHint')}>{t('figuresCol')}</th><th scope="col">{t('sourceCol')}</th><th scope="col">{t('actionsCol')}</th></tr></thead>
                <tbody>
                  {list.map((r) => (
                    <>
                      <tr key={r.id} data-testid="report" data-id={r.id}>
                        <td>{r.year || <span class="warn">{t('yearUnknown')}</span>}</td>
                        <td>
                          {uiLang() === 'en' || !r.meta.title
                            ? <ReportTitle report={{ region: r.region || null, year: r.year || null, title: r.meta.title, summary: r.identity.summary }} />
                            : r.meta.title + (r.identity.summary && !/摘要/.test(r.meta.title) ? t('summarySuffix') : '')}
                          {r.urls[0] && <div class="url" lang="zxx" translate={false}>{r.urls[0]}</div>}
                        </td>
                        <td>{r.commitmentCount}</td>
                        <td data-testid="record-source"><TrustBadge trust={r.source.trust} /><div class="url" {...(r.source.origin ? { lang: 'zxx', translate: false } : {})}>{r.source.origin || t('importedFile')}</div></td>
                        <td class="acts">
                          <button type="button" onClick={() => setSourcesOf(sourcesOf === r.id ? null : r.id)} aria-expanded={sourcesOf === r.id} data-testid="show-sources">{t('sourceCol')} ▾</button>
                          <button type="button" onClick={() => setEditing(editing === r.id ? null : r.id)} aria-expanded={editing === r.id} data-testid="fix">{t('fixMeta')}</button>
                          <button type="button" class="danger" data-testid="delete" onClick={() => {
                            if (confirm(t('confirmDelete'))) void run(async () => (await api.remove(r.id), t('deleted')));
                          }}>{t('delete')}</button>
                        </td>
                      </tr>
                      {sourcesOf === r.id && (
                        <tr key={`${r.id}-sources`}><td colSpan={5}><Sources report={r} api={api} onChosen={() => void run(async () => t('recordNow'))} /></td></tr>
                      )}
                      {editing === r.id && (
                        <tr key={`${r.id}-fix`}><td colSpan={5}><MetaForm report={r} onSave={(fix) => void run(async () => {
                          await api.fixMeta(r.id, fix);
                          setEditing(null);
                          return t('metaSaved');
                        })} /></td></tr>
                      )}
                    </>
                  ))}
                </tbody>
              </table>
            </div>
          );
        })}
      </section>

      {reports && reports.length > 1 && <AcrossView reports={reports} api={api.across} />}

      <CorrectionsSection api={api.corrections} />

      <section aria-labelledby="backup-h">
        <h2 id="backup-h">{t('backupTitle')}</h2>
        <div class="row-buttons">
          <button type="button" data-testid="export" onClick={() => void run(async () => (await api.exportAll(), t('exported')))}>{t('exportAll')}</button>
          <label class="button">
            {t('restoreBackup')}
            <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="restore" onChange={(e) => {
              const f = (e.currentTarget as HTMLInputElement).files?.[0];
              if (f) void run(async () => api.restore(await f.text()));
            }} />
          </label>
        </div>
      </section>
    </main>
  );
}

/** A government's name in the UI's language; one the region table cannot name keeps its own, marked Chinese. */
function ReportRegion({ region }: { region: string }) {
  const name = regionName(region, uiLang());
  return name === region ? <span {...asReportText(name)}>{name}</span> : <>{name}</>;
}

function MetaForm({ report, onSave }: { report: ReportSummary; onSave(fix: MetaFix): void }) {
  const [region, setRegion] = useState(report.region);
  const [level, setLevel] = useState<Level | ''>(report.level);
  const [year, setYear] = useState(report.year ? String(report.year) : '');
  const [summary, setSummary] = useState(report.identity.summary);
  return (
    <form class="meta" data-testid="meta-form" onSubmit={(e) => {
      e.preventDefault();
      onSave({ region: region.trim() || null, level: level || null, year: Number(year) || null, summary });
    }}>
      <label>{t('region')} <input value={region} onInput={(e) => setRegion((e.currentTarget as HTMLInputElement).value)} data-testid="meta-region" /></label>
      <label>{t('level')} <select value={level} onChange={(e) => setLevel((e.currentTarget as HTMLSelectElement).value as Level | '')}>
        <option value="">—</option>
        {LEVELS.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
      </select></label>
      <label>{t('year')} <input type="number" min={1949} max={2100} value={year} onInput={(e) => setYear((e.currentTarget as HTMLInputElement).value)} data-testid="meta-year" /></label>
      <label><input type="checkbox" checked={summary} onChange={(e) => setSummary((e.currentTarget as HTMLInputElement).checked)} /> {t('isSummary')}</label>
      <button type="submit" data-testid="meta-save">{t('save')}</button>
    </form>
  );
}

const LIBRARY_CSS = `
body { margin: 0; background: #fbfaf6; }
.library { font: 14px/1.55 ${FONT}; color: #1f2328; max-width: 920px; margin: 0 auto; padding: 16px 20px 40px; }
h1 { font-size: 20px; margin: 0; color: #9a2a1c; }
h2 { font-size: 16px; margin: 22px 0 8px; border-bottom: 1px solid #e6dfc8; padding-bottom: 4px; }
h3 { font-size: 15px; margin: 14px 0 4px; }
.muted { color: #666; font-size: 13px; }
.ok { color: #116329; } .error { color: #b00020; }
.drop { border: 2px dashed #d3c48f; border-radius: 10px; padding: 12px 16px; background: #fffdf5; display: flex; gap: 12px; align-items: center; flex-wrap: wrap; }
.drop.over { background: #fff3cf; border-color: #9a2a1c; }
.drop p { margin: 0; flex: 1; }
textarea { width: 100%; font: inherit; margin: 4px 0; border: 1px solid #d8cfb4; border-radius: 6px; padding: 6px; box-sizing: border-box; }
a.button { color: inherit; text-decoration: none; }
button, .button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 7px; border: 1px solid #d3c48f; background: #fffaf0; cursor: pointer; display: inline-block; }
button:hover, .button:hover { background: #f6efd9; }
button:disabled { opacity: .5; cursor: default; }
.danger { border-color: #e3a7a0; color: #a4161a; background: #fff5f4; }
:focus-visible, .button:focus-within { outline: 3px solid #2563eb; outline-offset: 2px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.row-buttons { display: flex; gap: 8px; flex-wrap: wrap; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
th:nth-child(1) { width: 7em; } th:nth-child(3) { width: 5em; } th:nth-child(4) { width: 8em; } th:nth-child(5) { width: 18em; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #eee6cf; vertical-align: top; }
thead th { font-size: 12px; color: #666; font-weight: 500; }
.url { font-size: 11px; color: #888; word-break: break-all; }
.acts { white-space: nowrap; } .acts button { margin-right: 4px; }
.warn { color: #a4161a; font-weight: 600; }
.meta { display: flex; flex-wrap: wrap; gap: 10px; align-items: center; background: #fffdf5; padding: 8px; border-radius: 8px; }
.meta input:not([type=checkbox]), .meta select { font: inherit; padding: 2px 4px; }
.meta input[type=number] { width: 6em; }
.failed { background: #fff5f4; border: 1px solid #e3a7a0; border-radius: 8px; padding: 4px 12px; margin: 8px 0; }
.failed h3 { margin: 4px 0; font-size: 14px; }
.failed ul { margin: 4px 0; padding-left: 20px; }
progress { vertical-align: middle; }
`;
