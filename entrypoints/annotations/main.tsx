import { messagesLocale } from '@/components/i18n';
import { render } from 'preact';
import { AnnotationsPage } from '@/components/annotations/AnnotationsPage';
import { setAnnotationLang, tr } from '@/components/annotations/strings';
import { reportFingerprint, sameReport, type Annotation, type ReportIdentity } from '@/lib/anchoring';
import type { Lang } from '@/lib/terms';
import { analyze, compareReports, type Analysis } from '@/lib/commitments';
import { applyCorrections, type Correction } from '@/lib/corrections';
import { anchorAll } from '@/lib/anchoring';
import { annotationsCsv, annotationsCsvByReport, attachAnnotations, briefingMarkdown, briefingsMarkdown } from '@/lib/exchange';
import { send } from '@/lib/messages';
import { showStoredCopy } from './reader';

setAnnotationLang(messagesLocale());
document.documentElement.lang = messagesLocale();
document.title = tr('pageTitle');

/** The stored report's id (by government and year), or null. */
async function storedId(report: ReportIdentity): Promise<string | null> {
  if (!report.region || !report.year) return null;
  const list = await send('report/list', { filter: { region: report.region, year: report.year } });
  return list.find((r) => r.identity.summary === Boolean(report.summary))?.id ?? null;
}

/** The stored text of a report, or null. */
async function storedText(report: ReportIdentity): Promise<{ text: string; level: import('@/lib/report/types').Level | null; corrections: Correction[] } | null> {
  const id = await storedId(report);
  const full = id ? await send('report/get', { id }) : null;
  if (!full) return null;
  // The reader's corrections of this report: its table shows the corrected targets, as every view does.
  const corrections = await send('corrections/list', { report: { region: full.identity.region, year: full.identity.year, summary: full.identity.summary } });
  return { text: full.text, level: full.identity.level, corrections };
}

async function getName(): Promise<string> {
  return ((await browser.storage.local.get('gzbgAnnotator')) as { gzbgAnnotator?: string }).gzbgAnnotator ?? '';
}

/** One report's comparison rows with its annotations, or null when its text is not stored here. */
async function reportRows(report: ReportIdentity, annotations: Annotation[]) {
  const current = await storedText(report);
  if (!current) return null;
  const read: Analysis = analyze(current.text);
  const now: Analysis = current.corrections.length ? { ...read, commitments: applyCorrections(current.text, read.commitments, current.corrections).commitments } : read;
  const priorAnalysis = report.region && report.year
    ? (await send('report/prior', { region: report.region, level: current.level, year: report.year, years: 4 })).find((p) => !p.analysis.meta.summary) ?? null
    : null;
  const prior = priorAnalysis ? await send('report/get', { id: priorAnalysis.reportId }) : null;
  const before = priorAnalysis?.analysis ?? { ...now, commitments: [] };
  const rows = compareReports(before, now).rows;
  const priorIdentity: ReportIdentity | null = prior
    ? { region: prior.identity.region, year: prior.identity.year, title: prior.identity.title, fingerprint: reportFingerprint(prior.text) }
    : null;
  const reports = { prior: priorIdentity, current: report };
  const mine = annotations.filter((a) => sameReport(a.target.report, report) || (priorIdentity && sameReport(a.target.report, priorIdentity)));
  const annotated = attachAnnotations(rows, mine, reports);
  const results = anchorAll(current.text, mine.map((a) => a.target.selectors));
  const anchors = new Map(mine.map((a, i) => [a.id, results[i]!]));
  return { report, reports, annotated, anchors };
}

/** The tables of one report or of several (grouped by report), in the UI's language. */
async function table(list: ReportIdentity[], annotations: Annotation[], lang: Lang, grouped: boolean): Promise<{ csv: string; md: string } | null> {
  const found = (await Promise.all(list.map((r) => reportRows(r, annotations)))).filter((x) => x !== null);
  if (!found.length) return null;
  const briefings = found.map((f) => ({ reports: f.reports, rows: f.annotated, anchors: f.anchors, lang }));
  if (!grouped) return { csv: annotationsCsv(found[0]!.annotated, lang), md: briefingMarkdown(briefings[0]!) };
  return { csv: annotationsCsvByReport(found.map((f) => ({ report: f.report, rows: f.annotated })), lang), md: briefingsMarkdown(briefings) };
}

function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const query = new URLSearchParams(location.search);
const read = query.get('read');
if (read) {
  // ?q= : the passage to scroll to and highlight (a card's "stored copy" link).
  void showStoredCopy(read, document.getElementById('app')!, async () => (await getName()).trim() || null, query.get('q'));
} else {
  render(
    <AnnotationsPage
      api={{
        list: () => send('annotations/list', {}),
        importFile: (text, fileName, write) => send('annotations/import', { text, fileName, write }),
        table,
        readStored: async (report) => {
          const id = await storedId(report);
          if (id) location.search = `?read=${encodeURIComponent(id)}`;
          return id !== null;
        },
        getName,
        setName: async (name) => browser.storage.local.set({ gzbgAnnotator: name.trim() }),
        download,
      }}
    />,
    document.getElementById('app')!,
  );
}
