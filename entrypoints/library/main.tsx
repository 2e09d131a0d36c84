import { render } from 'preact';
import { reportLabel, t, useMessages, messagesLocale } from '@/components/i18n';
import { analyzeImport, MAX_IMPORT_BYTES, textOf, toStored, withFix } from '@/components/library/importing';
import { LibraryView } from '@/components/library/LibraryView';
import type { StaleCorrection } from '@/components/library/CorrectionsSection';
import { MessageError, send } from '@/lib/messages';
import { applyCorrections, correctionsFile, correctionsFor, toGoldLabels, type Correction } from '@/lib/corrections';
import { FileError, fileHash, keepFile, loadPdf, readDocx } from '@/lib/files';
import { problemMessage, setFileLang } from '@/components/files/strings';

useMessages((key) => browser.i18n.getMessage(key as 'extName'));
document.documentElement.lang = messagesLocale();
document.title = t('libraryTitle');

setFileLang(messagesLocale());

/**
 * The text of a PDF or Word file, by the reader's own code (lib/files): pdf.js is loaded only when a
 * PDF is imported. A PDF is kept for the reader page too, so its pages can be shown with their marks.
 */
async function readBinary(name: string, bytes: Uint8Array): Promise<string> {
  try {
    if (/\.docx$/i.test(name)) return (await readDocx(bytes)).text;
    const { getDocument, GlobalWorkerOptions } = await import('pdfjs-dist');
    const asset = (path: string) => browser.runtime.getURL(path as '/popup.html');
    GlobalWorkerOptions.workerSrc = asset('/pdfjs/pdf.worker.min.mjs');
    const pdf = await loadPdf(getDocument, bytes, { cMapUrl: asset('/pdfjs/cmaps/'), standardFontDataUrl: asset('/pdfjs/standard_fonts/') });
    await keepFile({ hash: await fileHash(bytes), name, url: '', bytes: bytes.slice().buffer }).catch(() => undefined);
    return pdf.text.text;
  } catch (e) {
    // The reader's message for the file's problem (encrypted, scanned, damaged…), in the UI's language.
    if (e instanceof FileError) throw new Error(problemMessage(e.problem, Math.round(bytes.byteLength / 1048576)));
    throw e;
  }
}

/** Saves a text already analysed here; the report's id. */
async function saveAnalysed(text: string, analysis: ReturnType<typeof analyzeImport>, url = ''): Promise<string> {
  return (await send('report/save', { url, text, analysis: toStored(analysis) })).id;
}

/** Offers a file the page made to the reader as a download. */
function download(fileName: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/**
 * Every corrected report as labels in the gold/SPEC.md shape: its stored text read again by the
 * engine, its corrections applied. Data for improving the engine, scored like the labelled files.
 */
async function labelsOf(corrections: Correction[]): Promise<string> {
  const out = [];
  for await (const { name, text, analysis, corrected } of correctedReports(corrections)) {
    out.push(toGoldLabels(name, text, analysis.meta, corrected.commitments));
  }
  return JSON.stringify(out, null, 2);
}

/** The corrections that no longer apply to their stored report as the engine reads it now (listed, never dropped). */
async function staleOf(corrections: Correction[]): Promise<StaleCorrection[]> {
  const out: StaleCorrection[] = [];
  for await (const { corrected } of correctedReports(corrections)) {
    for (const r of corrected.results) {
      if (r.status === 'changed' || r.status === 'orphaned' || r.status === 'no-figure') out.push({ correction: r.correction, status: r.status });
    }
  }
  return out;
}

/** Each stored report that has corrections: its text read again by the engine, its corrections applied. */
async function* correctedReports(corrections: Correction[]) {
  for (const r of await send('report/list', {})) {
    const mine = correctionsFor(corrections, r.identity);
    if (!mine.length) continue;
    const stored = await send('report/get', { id: r.id });
    if (!stored) continue;
    const analysis = analyzeImport(stored.text, { region: r.identity.region, level: r.identity.level, year: r.identity.year });
    const corrected = applyCorrections(stored.text, analysis.commitments, mine);
    yield { name: `${r.identity.region ?? r.id}-${r.identity.year ?? ''}.txt`, text: stored.text, analysis, corrected };
  }
}

async function importText(name: string, content: string, url = ''): Promise<string> {
  if (content.length > MAX_IMPORT_BYTES) throw new Error(t('fileTooLarge'));
  const text = textOf(name, content);
  if (!text.trim()) throw new Error(t('fileEmpty', name));
  return saveAnalysed(text, analyzeImport(text), url);
}

render(
  <LibraryView
    api={{
      list: () => send('report/list', {}),
      estimate: async () => (await send('storage/estimate')).estimate,
      importText: (name, content) => importText(name, content),
      saveAnalysed: (_name, text, analysis) => saveAnalysed(text, analysis),
      readBinary,
      corrections: {
        all: () => send('corrections/all'),
        importText: async (text) => send('corrections/import', { text }),
        exportFile: (list) => JSON.stringify(correctionsFile(list), null, 2),
        exportLabels: labelsOf,
        stale: staleOf,
        remove: async (id) => void (await send('corrections/delete', { id })),
        download,
      },
      across: {
        text: async (id) => {
          const r = await send('report/get', { id });
          if (!r) return null;
          const corrections = await send('corrections/list', { report: { region: r.identity.region, year: r.identity.year, summary: r.identity.summary } });
          return { id: r.id, text: r.text, identity: r.identity, corrections };
        },
        openPassage: async (id, quote) => void (await send('ui/open-copy', { reportId: id, quote })),
        download,
      },
      loadSamples: async () => {
        const index = (await (await fetch(browser.runtime.getURL('/seeds/index.json' as '/popup.html'))).json()) as { name: string; txt: string }[];
        for (const s of index) {
          const text = await (await fetch(browser.runtime.getURL(`/seeds/${s.txt}` as '/popup.html'))).text();
          await importText(s.txt, text);
        }
        return index.length;
      },
      remove: async (id) => void (await send('report/delete', { id })),
      versions: (reportId) => send('versions/list', { reportId }),
      choose: async (id, hash) => void (await send('report/choose', { id, hash })),
      compare: async (id, a, b) => void (await send('compare/open', { a: `${id}#${a}`, b: `${id}#${b}` })),
      // The id follows the identity: the report moves with its commitments, versions and annotations (one transaction).
      fixMeta: async (id, fix) => {
        const report = await send('report/get', { id });
        if (!report) throw new Error(t('notFound'));
        const identity = withFix(report.identity, fix);
        try {
          await send('report/reidentify', { id, identity });
        } catch (e) {
          // The store explains itself in English for the log; the reader is told in the UI's language.
          if (e instanceof MessageError && e.code === 'conflict') throw new Error(t('metaConflict', reportLabel(identity)), { cause: e });
          throw e;
        }
      },
      exportAll: async () => {
        const backup = await send('backup/export');
        const blob = new Blob([JSON.stringify(backup)], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = `${t('extName')}-${t('backupTitle')}-${new Date().toISOString().slice(0, 10)}.json`;
        a.click();
        setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      },
      restore: async (content) => {
        let backup: unknown;
        try {
          backup = JSON.parse(content);
        } catch {
          throw new Error(t('badBackup'));
        }
        const r = await send('backup/restore', { backup });
        return t('restored', r.reports.added + r.reports.updated);
      },
    }}
  />,
  document.getElementById('app')!,
);
