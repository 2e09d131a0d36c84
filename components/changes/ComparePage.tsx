import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { analyze, compareReports, figureText, type Analysis, type Comparison } from '@/lib/commitments';
import { applyCorrections } from '@/lib/corrections/apply';
import type { Correction } from '@/lib/corrections/types';
import { formatCompareCsv, formatCompareMarkdown } from '@/lib/commitments/format';
import { changeListCsv, changeListMarkdown, diffSections, type Hunk } from '@/lib/diff';
import { exportFileName, reportTitle, term, type Lang, type ReportLike } from '@/lib/terms';
import { asReportText } from '../report-text';
import { paragraphs, pieces, rowsOf, visibleHunks, type CompareRow, type Piece } from './model';
import type { Translate } from './strings';
import { errorText } from '../error-text';

/** A stored text the reader can pick: a version of a report. */
export interface TextChoice {
  /** `reportId#hash` */
  ref: string;
  /** The report, e.g. 上海市 2021 政府工作报告. */
  group: string;
  /** The version, e.g. 3月5日 · current. */
  label: string;
  /** Kept whatever the storage bound. */
  pinned?: boolean;
  /** The report this text is a version of: names the exported files. */
  report?: ReportLike;
}

export interface ComparePageProps {
  t: Translate;
  /** The UI's language: exports' headings and file names follow it. */
  lang?: Lang;
  choices: TextChoice[];
  /** Refs picked at first (from the address), else the two newest of one report, else the first two. */
  a: string | null;
  b: string | null;
  loadText: (ref: string) => Promise<string>;
  /** The reader's corrections of the report a text is a version of (the targets compared follow them). */
  loadCorrections?: (ref: string) => Promise<Correction[]>;
  /** Saves a file (the page makes a Blob and a download link). */
  download: (name: string, type: string, content: string) => void;
  /** The picked refs changed (the page keeps them in its address). */
  onPick?: (a: string, b: string) => void;
  /** Pins or unpins a stored text (no pin boxes without it). */
  onPin?: (ref: string, pinned: boolean) => Promise<void>;
}

interface Loaded {
  a: string;
  b: string;
  sections: ReturnType<typeof diffSections>['sections'];
  hunks: Hunk[];
  comparison: Comparison;
  ms: number;
}

/** A text's analysis with the reader's corrections applied (those whose figure is found as written). */
function corrected(text: string, corrections: readonly Correction[]): Analysis {
  const a = analyze(text, { force: true });
  return corrections.length ? { ...a, commitments: applyCorrections(text, a.commitments, corrections).commitments } : a;
}

function compute(a: string, b: string, ca: readonly Correction[] = [], cb: readonly Correction[] = []): Loaded {
  const t0 = performance.now();
  const d = diffSections(a, b);
  const comparison = compareReports(corrected(a, ca), corrected(b, cb));
  const sections = d.sections.map((s) => ({ ...s, hunks: visibleHunks(s.hunks) }));
  return { a, b, sections, hunks: visibleHunks(d.hunks), comparison, ms: Math.round(performance.now() - t0) };
}

/**
 * A cell's text: whole, or (compact) only the paragraphs with a change, each run of unchanged
 * paragraphs shown as one ⋯.
 */
function Cell({ parts, compact, active, onPick }: { parts: Piece[]; compact: boolean; active: number | null; onPick: (k: number) => void }) {
  if (!compact) return <Text parts={parts} active={active} onPick={onPick} />;
  const out: preact.JSX.Element[] = [];
  let skipped = false;
  paragraphs(parts).forEach((para, k) => {
    if (para.some((p) => p.change)) {
      out.push(<div key={k} class="para"><Text parts={para} active={active} onPick={onPick} /></div>);
      skipped = false;
    } else if (!skipped && para.length) {
      out.push(<div key={k} class="skip" aria-hidden="true">⋯</div>);
      skipped = true;
    }
  });
  return <>{out}</>;
}

function Text({ parts, active, onPick }: { parts: Piece[]; active: number | null; onPick: (k: number) => void }) {
  return (
    <>
      {parts.map((p) => {
        if (!p.change && p.commitment === null) return p.text;
        // A changed figure stands out; a whole rewritten paragraph that holds figures does not shout.
        const cls = [p.change, p.numeric && p.text.length <= 24 ? 'num' : '', p.commitment !== null ? 'cm' : '', p.commitment !== null && p.commitment === active ? 'active' : '']
          .filter(Boolean).join(' ');
        const Tag = p.change === 'del' ? 'del' : p.change === 'ins' ? 'ins' : 'span';
        return (
          <Tag class={cls} data-commitment={p.commitment ?? undefined} onClick={p.commitment !== null ? () => onPick(p.commitment!) : undefined}>
            {p.text}
          </Tag>
        );
      })}
    </>
  );
}

function Row({ row, data, t, lang, compact, active, onPick }: { row: CompareRow; data: Loaded; t: Translate; lang: Lang; compact: boolean; active: number | null; onPick: (k: number) => void }) {
  const { section } = row;
  const spans = (side: 'a' | 'b') =>
    row.commitments.flatMap((k) => {
      const c = side === 'a' ? data.comparison.rows[k]!.prior : data.comparison.rows[k]!.current;
      return c ? [{ start: c.start, end: c.end, row: k }] : [];
    });
  const side = (which: 'a' | 'b') => {
    const s = section[which];
    if (!s) return <div class={`cell ${which} missing`} />;
    const text = which === 'a' ? data.a : data.b;
    return (
      <div class={`cell ${which}`} {...asReportText(text.slice(s.start, s.start + 200))}>
        <Cell parts={pieces(text, s.start, s.end, which, row.hunks, spans(which))} compact={compact && row.hunks.length > 0} active={active} onPick={onPick} />
      </div>
    );
  };
  const heading = section.b?.heading || section.a?.heading || '';
  const numeric = row.hunks.filter((h) => h.numeric).length;
  const body = (
    <>
      <div class="pair">{side('a')}{side('b')}</div>
      {row.commitments.length > 0 && (
        <ul class="commitments" aria-label={t('compareCommitments')}>
          {row.commitments.map((k) => {
            const c = data.comparison.rows[k]!;
            return (
              <li key={k} class={k === active ? 'active' : ''} data-change={c.change}>
                <button type="button" onClick={() => onPick(k)} {...asReportText(c.indicator)}>{c.indicator}</button>{' '}
                <span class="fig a" {...asReportText(figureText(c.prior))}>{figureText(c.prior) || '—'}</span> → <span class="fig b" {...asReportText(figureText(c.current))}>{figureText(c.current) || '—'}</span>{' '}
                <span class="change">{term(c.change, lang)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
  return (
    <section class={`row${row.hunks.length ? ' changed' : ''}`} data-testid="compare-row" data-hunks={row.hunks.length} data-numeric={numeric}>
      <h2>
        <span class="ha" {...asReportText(section.a?.heading)}>{section.a?.heading ?? '—'}</span>
        <span class="hb" {...asReportText(section.b?.heading)}>{section.b?.heading ?? '—'}</span>
        {row.hunks.length > 0 && <span class="badge">{row.hunks.length}{numeric ? ` · #${numeric}` : ''}</span>}
      </h2>
      {row.hunks.length || row.commitments.some((k) => data.comparison.rows[k]!.change !== 'same') ? (
        body
      ) : (
        <details>
          <summary>{t('compareUnchanged')}{heading ? ' · ' : ''}{heading && <span {...asReportText(heading)}>{heading}</span>}</summary>
          {body}
        </details>
      )}
    </section>
  );
}

/** Two stored texts side by side: sections aligned, word-level marks, targets of both linked. */
export function ComparePage({ t, lang = 'zh', choices, a: a0, b: b0, loadText, loadCorrections, download, onPick, onPin }: ComparePageProps) {
  const [a, setA] = useState(a0 ?? choices[1]?.ref ?? choices[0]?.ref ?? '');
  const [b, setB] = useState(b0 ?? choices[0]?.ref ?? '');
  const [numericOnly, setNumericOnly] = useState(false);
  const [fullText, setFullText] = useState(false);
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState<number | null>(null);
  const first = useRef(true);
  const [pins, setPins] = useState(() => new Set(choices.filter((c) => c.pinned).map((c) => c.ref)));

  useEffect(() => {
    if (!a || !b) return;
    let live = true;
    setData(null);
    setError(null);
    setActive(null);
    // The address changes only when the reader picks (an extension page's first address stays).
    if (!first.current) onPick?.(a, b);
    first.current = false;
    // Without its corrections a text is still compared, as the engine reads it.
    const fixes = (ref: string) => (loadCorrections ? loadCorrections(ref).catch(() => []) : Promise.resolve([]));
    Promise.all([loadText(a), loadText(b), fixes(a), fixes(b)])
      .then(([ta, tb, ca, cb]) => live && setData(compute(ta, tb, ca, cb)))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [a, b]);

  const rows = useMemo(() => (data ? rowsOf(data.sections, data.comparison.rows, numericOnly) : []), [data, numericOnly]);
  const shown = useMemo(() => rows.flatMap((r) => r.hunks), [rows]);

  if (choices.length === 0) return <main class="compare"><h1>{t('compareTitle')}</h1><p data-testid="empty">{t('compareEmpty')}</p></main>;

  const select = (value: string, set: (v: string) => void, label: string, id: string) => (
    <label>
      {label}{' '}
      <select data-testid={id} value={value} onChange={(e) => set((e.currentTarget as HTMLSelectElement).value)}>
        {[...new Set(choices.map((c) => c.group))].map((g) => (
          <optgroup key={g} label={g}>
            {choices.filter((c) => c.group === g).map((c) => <option key={c.ref} value={c.ref}>{`${g} · ${c.label}`}</option>)}
          </optgroup>
        ))}
      </select>
    </label>
  );
  const pinBox = (ref: string, id: string) =>
    onPin && (
      <label title={t('comparePinTitle')}>
        <input
          type="checkbox"
          data-testid={id}
          checked={pins.has(ref)}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            void onPin(ref, on).then(() => setPins((p) => {
              const next = new Set(p);
              if (on) next.add(ref);
              else next.delete(ref);
              return next;
            }), (err: unknown) => setError(errorText(err)));
          }}
        />{' '}
        {t('comparePin')}
      </label>
    );
  // Files are named after the newer text's report and the year it is compared with, in the UI's language.
  const reportA = choices.find((c) => c.ref === a)?.report ?? null;
  const reportB = choices.find((c) => c.ref === b)?.report ?? null;
  const against = reportA?.year && reportA.year !== reportB?.year ? reportA.year : null;
  const named = reportB ?? { region: null, year: null, title: t('compareTitle') };
  const fileName = (kind: 'textChanges' | 'numberChanges' | 'comparedTable', ext: string) => exportFileName(named, lang, { against, kind, ext });
  const changesKind = numericOnly ? 'numberChanges' : 'textChanges';
  const markdown = (d: Loaded) => {
    const title = reportB ? reportTitle(reportB, lang) : t('compareTitle');
    const vs = reportA && against ? ` · ${lang === 'en' ? 'vs' : '对照'} ${reportTitle(reportA, lang)}` : '';
    return [`# ${title}${vs}`, '', `## ${term('comparedTable', lang)}`, '', formatCompareMarkdown(d.comparison, lang), '',
      `## ${term(changesKind, lang)}`, '', changeListMarkdown(shown, { a: d.a, b: d.b, lang })].join('\n');
  };
  const pick = (k: number) => setActive((x) => (x === k ? null : k));

  return (
    <main class="compare">
      <header>
        <h1>{t('compareTitle')}</h1>
        <div class="pick">
          {select(a, setA, t('compareOld'), 'pick-a')}
          {pinBox(a, 'pin-a')}
          <button type="button" onClick={() => [setA(b), setB(a)]}>{t('compareSwap')}</button>
          {select(b, setB, t('compareNew'), 'pick-b')}
          {pinBox(b, 'pin-b')}
        </div>
        <div class="tools">
          <label>
            <input type="checkbox" data-testid="numbers-only" checked={numericOnly} onChange={(e) => setNumericOnly((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('compareNumbersOnly')}
          </label>
          <label>
            <input type="checkbox" data-testid="full-text" checked={fullText} onChange={(e) => setFullText((e.currentTarget as HTMLInputElement).checked)} />{' '}
            {t('compareFullText')}
          </label>
          <button type="button" data-testid="export-md" disabled={!data}
            onClick={() => data && download(fileName(changesKind, 'md'), 'text/markdown;charset=utf-8', markdown(data))}>
            {t('compareExportMd')}
          </button>
          <button type="button" data-testid="export-csv" disabled={!data}
            onClick={() => data && download(fileName(changesKind, 'csv'), 'text/csv;charset=utf-8', changeListCsv(shown, { a: data.a, b: data.b, lang }))}>
            {t('compareExportCsv')}
          </button>
          <button type="button" data-testid="export-targets-csv" disabled={!data}
            onClick={() => data && download(fileName('comparedTable', 'csv'), 'text/csv;charset=utf-8', formatCompareCsv(data.comparison, lang))}>
            {t('compareExportTargetsCsv')}
          </button>
          {data && (
            <span class="stats" data-testid="stats" data-ms={data.ms}>
              {t('compareStats', shown.length, shown.filter((h) => h.numeric).length)}
            </span>
          )}
        </div>
      </header>
      {error && <p class="error" role="alert">{error}</p>}
      {!data && !error && <p>{t('compareLoading')}</p>}
      {data && (
        <div class="rows">
          {rows.filter((r) => !numericOnly || r.hunks.length > 0).map((r) => (
            <Row key={r.index} row={r} data={data} t={t} lang={lang} compact={!fullText} active={active} onPick={pick} />
          ))}
        </div>
      )}
    </main>
  );
}

export const COMPARE_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f6f4ee; color: #1f2328;
  font: 15px/1.7 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.compare header { position: sticky; top: 0; z-index: 2; background: #fffdf7; border-bottom: 1px solid #d9cfa8;
  padding: 10px 16px; display: flex; flex-wrap: wrap; gap: 8px 20px; align-items: center; }
.compare h1 { font-size: 18px; margin: 0; color: #9a2a1c; }
.pick, .tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
select { max-width: 360px; font: inherit; }
button { font: inherit; cursor: pointer; }
.stats { color: #555; }
.rows { padding: 8px 16px 40px; }
.row { background: #fff; border: 1px solid #e4dcc0; border-radius: 8px; margin: 10px 0; padding: 6px 12px; }
.row h2 { font-size: 14px; margin: 4px 0; display: grid; grid-template-columns: 1fr 1fr auto; gap: 16px; color: #5a4a1a; }
.badge { background: #9a2a1c; color: #fff; border-radius: 10px; padding: 0 8px; font-weight: normal; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }
.cell { white-space: pre-wrap; overflow-wrap: anywhere; }
.para + .para, .skip + .para, .para + .skip { margin-top: 2px; }
.skip { color: #a39a7a; text-align: center; letter-spacing: 4px; }
.cell.missing { background: repeating-linear-gradient(45deg, #faf7ee, #faf7ee 6px, #f1ecdc 6px, #f1ecdc 12px); min-height: 2em; }
del { background: #fbe0e0; color: #8a1c1c; text-decoration: line-through; }
ins { background: #dcf3dc; color: #14532d; text-decoration: none; }
del.num, ins.num { outline: 2px solid #d97706; outline-offset: 0; font-weight: bold; }
.cm { border-bottom: 2px dotted #2563eb; cursor: pointer; }
.cm.active, li.active { background: #dbeafe; }
.commitments { margin: 6px 0 2px; padding: 6px 0 0 18px; border-top: 1px dashed #e4dcc0; font-size: 13px; }
.commitments button { border: none; background: none; color: #1d4ed8; padding: 0; text-decoration: underline; }
.change { color: #555; }
li[data-change=raised] .change { color: #b45309; } li[data-change=lowered] .change { color: #1d4ed8; }
details summary { color: #777; cursor: pointer; }
.error { color: #b00020; padding: 0 16px; }
`;
