import { messagesLocale } from '@/components/i18n';
import { render } from 'preact';
import { ComparePage, COMPARE_CSS, type TextChoice } from '@/components/changes/ComparePage';
import { parseTextRef, shortDate, textRef } from '@/components/changes/model';
import { langOf, translator } from '@/components/changes/strings';
import { send } from '@/lib/messages';
import { reportTitle } from '@/lib/terms';
import { errorText } from '@/components/error-text';

const lang = langOf(messagesLocale());
const t = translator(lang, (key, subs) => browser.i18n.getMessage(key as never, subs));
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
document.title = `${t('compareTitle')} · ${browser.i18n.getMessage('extName')}`;
const style = document.createElement('style');
style.textContent = COMPARE_CSS;
document.head.append(style);

/** Every stored version of every report, newest report first. */
async function choices(): Promise<TextChoice[]> {
  const reports = await send('report/list', {});
  const out: TextChoice[] = [];
  for (const r of reports) {
    const report = { region: r.region || null, year: r.year || null, title: r.meta.title, summary: r.identity.summary };
    const group = report.region || report.year || report.title ? reportTitle(report, lang) : r.urls[0] || r.id;
    const versions = await send('versions/list', { reportId: r.id });
    if (!versions.some((v) => v.current)) {
      out.push({ ref: textRef(r.id, r.hash), group, report, label: `${shortDate(r.updatedAt, lang)} · ${t('compareCurrent')}` });
    }
    for (const v of versions) {
      const tags = [v.current ? t('compareCurrent') : '', v.lastSeen ? t('compareLastSeen') : ''].filter(Boolean);
      out.push({ ref: textRef(r.id, v.hash), group, report, label: [shortDate(v.seenAt, lang), new Date(v.seenAt).toLocaleTimeString(lang), ...tags].join(' · '), pinned: v.pinned });
    }
  }
  return out;
}

async function loadText(ref: string): Promise<string> {
  const p = parseTextRef(ref);
  if (!p) throw new Error(`Not a stored text: ${ref}`);
  const version = await send('versions/get', p);
  if (version) return version.text;
  const report = await send('report/get', { id: p.reportId });
  if (report && report.hash === p.hash) return report.text;
  throw new Error(`This text is no longer stored (${ref.slice(0, 80)})`);
}

/** The reader's corrections of the report a stored text is a version of. */
async function loadCorrections(ref: string) {
  const p = parseTextRef(ref);
  const report = p ? await send('report/get', { id: p.reportId }) : null;
  return report ? send('corrections/list', { report: report.identity }) : [];
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const params = new URLSearchParams(location.search);
const app = document.getElementById('app')!;
choices()
  .then((list) => {
    render(
      <ComparePage
        t={t}
        lang={lang}
        choices={list}
        a={params.get('a')}
        b={params.get('b')}
        loadText={loadText}
        loadCorrections={loadCorrections}
        download={download}
        onPick={(a, b) => history.replaceState(null, '', `?${new URLSearchParams({ a, b })}`)}
        onPin={async (ref, pinned) => {
          const p = parseTextRef(ref);
          if (p) await send('versions/pin', { ...p, pinned });
        }}
      />,
      app,
    );
  })
  .catch((e: unknown) => {
    app.textContent = errorText(e);
  });
