import { render } from 'preact';
import { reportLabel, t, useMessages, messagesLocale } from '@/components/i18n';
import { analyzeImport, MAX_IMPORT_BYTES, textOf, toStored, withFix } from '@/components/library/importing';
import { LibraryView } from '@/components/library/LibraryView';
import { MessageError, send } from '@/lib/messages';

useMessages((key) => browser.i18n.getMessage(key as 'extName'));
document.documentElement.lang = messagesLocale();
document.title = t('libraryTitle');

async function importText(name: string, content: string, url = ''): Promise<string> {
  if (content.length > MAX_IMPORT_BYTES) throw new Error(t('fileTooLarge'));
  const text = textOf(name, content);
  if (!text.trim()) throw new Error(t('fileEmpty', name));
  const saved = await send('report/save', { url, text, analysis: toStored(analyzeImport(text)) });
  return saved.id;
}

render(
  <LibraryView
    api={{
      list: () => send('report/list', {}),
      estimate: async () => (await send('storage/estimate')).estimate,
      importText: (name, content) => importText(name, content),
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
