import { useEffect, useState } from 'preact/hooks';
import type { PageStatus, Pong, Settings } from '@/lib/messages';
import type { ReportSummary, StorageEstimate } from '@/lib/store';
import { t } from './i18n';
import { ReportTitle } from './ReportTitle';
import { FONT } from './overlay/styles';
import { errorText } from './error-text';

export interface PopupData {
  pong: Pong;
  reports: ReportSummary[];
  estimate: StorageEstimate | null;
  page: PageStatus | null;
  settings: Settings;
  /** The overlay is shown on this tab (null: no overlay there). */
  overlayOn: boolean | null;
  /** The tab shows a PDF in the browser's own viewer: its address (lib/files pdfAddress), else null. */
  pdfUrl?: string | null;
}

export interface PopupActions {
  analyzeAnyway(): Promise<void>;
  setOverlay(on: boolean): Promise<void>;
  setSaveAsRead(on: boolean): Promise<void>;
  /** Marks as page elements even where CSS highlights exist (Settings.marks). */
  setMarksAsElements(on: boolean): Promise<void>;
  forget(reportId: string): Promise<void>;
  /** The reader picks the report's body on the page (two clicks), remembered for the site. */
  pickBody(): Promise<void>;
  /** Forgets the site's pick: the body is found automatically again. */
  forgetBodyPick(): Promise<void>;
  openSidePanel(): Promise<void>;
  openLibrary(): Promise<void>;
  /** Opens the reader page on the tab's PDF (fetched once, with the access the click granted). */
  readPdf(url: string): Promise<void>;
  /** Opens the reader page to choose or drop a PDF or .docx file. */
  openReader(): Promise<void>;
}

export interface PopupViewProps {
  title: string;
  load: () => Promise<PopupData>;
  actions: PopupActions;
}

/** Below this recognition confidence (and not forced), the popup says nothing of the body. */
const BODY_STATUS_MIN_CONFIDENCE = 0.3;

/** What part of the page was read as the report, and the reader's way to pick it where it was not sure. */
function BodyStatus({ body, busy, pick, forget }: { body: NonNullable<PageStatus['body']>; busy: boolean; pick: () => void; forget: () => void }) {
  return (
    <div class="body" data-testid="body-status" data-source={body.source} data-confident={String(body.confident)}>
      <p role={body.confident ? undefined : 'alert'}>
        {body.source === 'picked'
          ? t('popupBodyPicked', body.chars)
          : body.confident
            ? t('popupBodyFound', body.chars, body.pageChars)
            : t('popupBodyUnsure', Math.round(body.confidence * 100), body.chars)}
      </p>
      <div class="actions">
        <button type="button" disabled={busy} onClick={pick} data-testid="pick-body">{t('popupBodyPick')}</button>
        {body.source === 'picked' && <button type="button" disabled={busy} onClick={forget} data-testid="forget-body-pick">{t('popupBodyForget')}</button>}
      </div>
    </div>
  );
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The toolbar popup: what was found on this tab, and what to do about it. */
export function PopupView({ title, load, actions }: PopupViewProps) {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => load().then(setData, (e: unknown) => setError(errorText(e)));
  useEffect(() => void refresh(), [load]);
  const act = (f: () => Promise<void>) => async () => {
    setBusy(true);
    setError(null);
    try {
      await f();
      await refresh();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const page = data?.page ?? null;
  const isReport = page?.verdict === 'report' || (page?.forced && page.targets > 0);
  return (
    <main style={{ minWidth: '320px', maxWidth: '380px', padding: '10px 14px', font: `14px/1.5 ${FONT}`, color: '#1f2328' }}>
      <style>{POPUP_CSS}</style>
      <h1>{title}</h1>
      {error && <p role="alert" class="error">{error}</p>}
      {!data && !error && <p>…</p>}
      {data && (
        <>
          <p data-testid="page" class="page">
            {page
              ? isReport
                ? withNode(t('popupPageReport', '\u0000', page.targets), page.region || page.year ? <ReportTitle report={{ region: page.region || null, year: page.year || null }} /> : <>{t('unknownGovernment')}</>)
                : t('popupPageNotReport')
              : t('popupPageUnknown')}
          </p>
          {/* A page that reads as no report at all (a news story) is not told its report's body is uncertain. */}
          {page?.body && (isReport || page.forced || page.confidence >= BODY_STATUS_MIN_CONFIDENCE) && <BodyStatus body={page.body} busy={busy} pick={act(actions.pickBody)} forget={act(actions.forgetBodyPick)} />}
          <div class="actions">
            {data.pdfUrl && (
              <button type="button" class="primary" disabled={busy} onClick={act(() => actions.readPdf(data.pdfUrl!))} data-testid="read-pdf">{t('readPdfInReader')}</button>
            )}
            {page && !isReport && (
              <button type="button" disabled={busy} onClick={act(actions.analyzeAnyway)} data-testid="analyze-anyway">{t('analyzeAnyway')}</button>
            )}
            {data.overlayOn !== null && (
              <label class="switch">
                <input type="checkbox" checked={data.overlayOn} disabled={busy} onChange={(e) => void act(() => actions.setOverlay((e.currentTarget as HTMLInputElement).checked))()} data-testid="overlay-toggle" />
                {t('overlayOnOff')}
              </label>
            )}
            <button type="button" onClick={act(actions.openSidePanel)} data-testid="open-panel">{t('openSidePanel')}</button>
            <button type="button" onClick={act(actions.openLibrary)} data-testid="open-library">{t('openLibrary')}</button>
            <button type="button" onClick={act(actions.openReader)} data-testid="open-reader">{t('openReader')}</button>
            {page?.reportId && (
              <button type="button" class="danger" disabled={busy} onClick={act(() => actions.forget(page.reportId!))} data-testid="forget">{t('forgetReport')}</button>
            )}
          </div>
          <label class="switch">
            <input type="checkbox" checked={data.settings.saveAsRead} disabled={busy} onChange={(e) => void act(() => actions.setSaveAsRead((e.currentTarget as HTMLInputElement).checked))()} data-testid="save-as-read" />
            {t('saveAsRead')}
          </label>
          <label class="switch">
            <input type="checkbox" checked={data.settings.marks === 'elements'} disabled={busy} onChange={(e) => void act(() => actions.setMarksAsElements((e.currentTarget as HTMLInputElement).checked))()} data-testid="marks-as-elements" />
            {t('marksAsElements')}
          </label>
          <p data-testid="stored" class="stored">{t('storedReports', data.reports.length)}</p>
          <ul>
            {data.reports.slice(0, 6).map((r) => (
              <li key={r.id}>
                {r.region || r.year ? <ReportTitle report={{ region: r.region || null, year: r.year || null, summary: r.identity.summary }} /> : t('unknownGovernment')}
                {' · '}<span title={t('figuresHint')}>{t('nFigures', r.commitmentCount)}</span>
              </li>
            ))}
          </ul>
          <p data-testid="status" class="status">
            {t('popupStatus', data.pong.schema, data.pong.version)}
            {data.estimate ? ` · ${t('storageUsed', mb(data.estimate.usage))}` : ''}
          </p>
        </>
      )}
    </main>
  );
}

const POPUP_CSS = `
h1 { font-size: 16px; margin: 0 0 6px; color: #9a2a1c; }
.page { margin: 4px 0 8px; font-weight: 600; }
.body { border-left: 3px solid #d0d7de; padding-left: 8px; margin-bottom: 8px; }
.body[data-confident="false"] { border-color: #bf8700; }
.body p { margin: 0 0 6px; }
.actions { display: flex; flex-direction: column; gap: 6px; margin-bottom: 8px; }
button { font: inherit; padding: 5px 10px; border-radius: 7px; border: 1px solid #d3c48f; background: #fffaf0; cursor: pointer; text-align: left; }
button:hover { background: #f6efd9; }
button.primary { border-color: #b5651d; background: #fdf0dc; font-weight: 600; }
button.danger { border-color: #e3a7a0; color: #a4161a; background: #fff5f4; }
:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
.switch { display: flex; gap: 6px; align-items: center; font-size: 13px; }
.stored { margin: 8px 0 2px; }
ul { padding-left: 18px; margin: 2px 0; font-size: 13px; }
.status { color: #666; font-size: 12px; }
.error { color: #b00020; }
`;

/** A message with a node where its placeholder was (filled with NUL), so a report's own words keep their marking. */
function withNode(message: string, node: preact.JSX.Element) {
  const [before, after = ''] = message.split('\u0000');
  return <>{before}{node}{after}</>;
}
