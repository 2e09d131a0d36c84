import { useMemo, useState } from 'preact/hooks';
import type { TableCell, TableRow } from '@/lib/commitments/table';
import { formatGovernmentsCsv, formatGovernmentsMarkdown } from '@/lib/commitments/table-format';
import type { Level } from '@/lib/report/types';
import type { ReportSummary } from '@/lib/store';
import { levelLabel } from '../i18n';
import { buildAcross, filterRows, orderGovernments, shownTable, spreadOf, type AcrossTable, type RowSort, type StoredText } from './across';
import { ls } from './strings';
import { errorText } from '../error-text';

export interface AcrossApi {
  /** The stored text and identity of a report. */
  text(id: string): Promise<StoredText | null>;
  /** Opens the stored copy of a report at a passage. */
  openPassage(id: string, quote: string): Promise<void>;
  download(fileName: string, text: string, type: string): void;
}

const LEVELS: Level[] = ['national', 'provincial', 'municipal', 'county'];

/** The reports a table of `year` (and `level`) reads: a whole report rather than its summary. */
export function reportsFor(reports: ReportSummary[], year: number, level: Level | ''): ReportSummary[] {
  const ofYear = reports.filter((r) => r.year === year && r.region && (!level || r.level === level));
  return ofYear.filter((r) => !r.identity.summary || !ofYear.some((o) => o.region === r.region && !o.identity.summary));
}

/** One year's targets of many governments side by side (issue: a reporter's factbox, a deputy's comparison). */
export function AcrossView({ reports, api }: { reports: ReportSummary[]; api: AcrossApi }) {
  const years = useMemo(() => [...new Set(reports.map((r) => r.year).filter((y) => y > 0))].sort((a, b) => b - a), [reports]);
  // The latest year that at least two governments share.
  const defaultYear = years.find((y) => reportsFor(reports, y, '').length >= 2) ?? years[0] ?? 0;
  const [year, setYear] = useState<number>(defaultYear);
  const [level, setLevel] = useState<Level | ''>('');
  const [built, setBuilt] = useState<AcrossTable | null>(null);
  const [progress, setProgress] = useState<[number, number] | null>(null);
  const [sort, setSort] = useState<RowSort | null>(null);
  const [filter, setFilter] = useState('');
  const [passage, setPassage] = useState<{ region: string; row: string; cell: TableCell } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const chosen = reportsFor(reports, year || defaultYear, level);

  const build = async () => {
    setError(null);
    setPassage(null);
    try {
      const texts = (await Promise.all(chosen.map((r) => api.text(r.id)))).filter((t): t is StoredText => !!t);
      setBuilt(await buildAcross(texts, (done, total) => setProgress([done, total])));
    } catch (e) {
      setError(errorText(e));
    }
    setProgress(null);
  };

  const governments = built ? orderGovernments(built.table, sort) : [];
  const rows = built ? filterRows(built.table.rows, filter) : [];
  const exportAs = (format: 'csv' | 'md') => {
    if (!built) return;
    const shown = shownTable(built.table, governments, rows);
    const name = ls('fileName', built.table.year ?? year);
    if (format === 'csv') api.download(`${name}.csv`, formatGovernmentsCsv(shown), 'text/csv;charset=utf-8');
    else api.download(`${name}.md`, formatGovernmentsMarkdown(shown), 'text/markdown;charset=utf-8');
  };
  const sortBy = (row: TableRow) =>
    setSort(sort?.indicator === row.indicator ? (sort.direction === 1 ? { indicator: row.indicator, direction: -1 } : null) : { indicator: row.indicator, direction: 1 });

  return (
    <section aria-labelledby="across-h" class="across" data-testid="across">
      <h2 id="across-h">{ls('acrossTitle')}</h2>
      <p class="muted">{ls('acrossHint')}</p>
      <div class="row-buttons">
        <label>{ls('yearLabel')} <select value={String(year || defaultYear)} data-testid="across-year" onChange={(e) => { setYear(Number((e.currentTarget as HTMLSelectElement).value)); setBuilt(null); }}>
          {years.map((y) => <option key={y} value={String(y)}>{y}</option>)}
        </select></label>
        <label>{ls('levelLabel')} <select value={level} data-testid="across-level" onChange={(e) => { setLevel((e.currentTarget as HTMLSelectElement).value as Level | ''); setBuilt(null); }}>
          <option value="">{ls('levelAll')}</option>
          {LEVELS.map((l) => <option key={l} value={l}>{levelLabel(l)}</option>)}
        </select></label>
        <button type="button" data-testid="across-build" disabled={chosen.length < 2 || !!progress} onClick={() => void build()}>{ls('build')}</button>
      </div>
      {chosen.length < 2 && years.length > 0 && <p class="muted">{ls('needTwo', chosen.length)}</p>}
      {progress && <p role="status"><progress max={progress[1]} value={progress[0]} /> {ls('building', progress[0], progress[1])}</p>}
      {error && <p role="alert" class="error">{error}</p>}
      {built && (
        <>
          <div class="row-buttons across-tools">
            <label>{ls('filterLabel')} <input type="search" value={filter} data-testid="across-filter" onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)} /></label>
            <span class="muted" data-testid="across-count">{ls('rowsShown', rows.length, governments.length)}</span>
            {sort && <span class="muted" data-testid="across-sorted">{ls('sortedBy', sort.indicator, ls(sort.direction === 1 ? 'ascending' : 'descending'))} <button type="button" onClick={() => setSort(null)}>{ls('byName')}</button></span>}
            <button type="button" data-testid="across-csv" onClick={() => exportAs('csv')}>{ls('exportCsv')}</button>
            <button type="button" data-testid="across-md" onClick={() => exportAs('md')}>{ls('exportMd')}</button>
          </div>
          <div class="across-scroll">
            <table class="across-table" data-testid="across-table">
              <thead>
                <tr>
                  <th scope="col" class="ind">{ls('indicatorCol')}</th>
                  <th scope="col" class="spread">{ls('spreadCol')}</th>
                  {governments.map((g) => <th scope="col" key={g.region} data-testid="across-gov">{g.region}<div class="muted">{levelLabel(g.level)}{g.parent && g.parent !== '全国' ? ` · ${g.parent}` : ''}</div></th>)}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.indicator} class={row.headline ? 'headline' : ''} data-testid="across-row" data-indicator={row.indicator}>
                    <th scope="row" class="ind">
                      <button type="button" class="sort" title={ls('sortBy')} data-testid="sort-row"
                        aria-sort={sort?.indicator === row.indicator ? (sort.direction === 1 ? 'ascending' : 'descending') : undefined}
                        onClick={() => sortBy(row)}>
                        {row.indicator} {sort?.indicator === row.indicator ? (sort.direction === 1 ? '▲' : '▼') : ''}
                      </button>
                    </th>
                    <td class="spread">{row.headline && <Spread row={row} />}</td>
                    {governments.map((g) => {
                      const cell = row.cells[g.region];
                      return (
                        <td key={g.region} data-region={g.region}>
                          {cell ? (
                            <button type="button" class="cell" data-testid="across-cell" title={cell.quote} onClick={() => setPassage({ region: g.region, row: row.indicator, cell })}>{cell.figure}</button>
                          ) : <span class="none" aria-label={ls('noTarget')}>—</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {passage && (
            <div class="passage" role="region" aria-label={ls('passageOf', passage.region, passage.row)} data-testid="across-passage">
              <h3>{ls('passageOf', passage.region, passage.row)} · {passage.cell.figure}</h3>
              <blockquote><Quote quote={passage.cell.quote} figure={passage.cell.figure} /></blockquote>
              <div class="row-buttons">
                <button type="button" data-testid="across-open" onClick={() => void api.openPassage(built.reportOf[passage.region]!, passage.cell.quote)}>{ls('openStored')}</button>
                <button type="button" onClick={() => setPassage(null)}>{ls('closePassage')}</button>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The quote with its figure marked. */
function Quote({ quote, figure }: { quote: string; figure: string }) {
  const at = quote.indexOf(figure);
  if (at < 0) return <>{quote}</>;
  return <>{quote.slice(0, at)}<mark>{figure}</mark>{quote.slice(at + figure.length)}</>;
}

/** A dot plot of a headline row: a dot per government, a bar for a range; the numbers are in the cells. */
function Spread({ row }: { row: TableRow }) {
  const spread = spreadOf(row);
  if (!spread) return null;
  const W = 150;
  const x = (f: number) => 6 + f * (W - 12);
  const fmt = (v: number) => String(+v.toFixed(2));
  return (
    <svg width={W} height={22} role="img" data-testid="across-spread" aria-label={ls('spreadSummary', fmt(spread.min), fmt(spread.max), spread.points.length)}>
      <line x1={x(0)} x2={x(1)} y1={11} y2={11} stroke="#e6dfc8" />
      {spread.points.map((p) =>
        p.to > p.from ? (
          <line key={p.region} x1={x(p.from)} x2={x(p.to)} y1={11} y2={11} stroke="#9a2a1c" stroke-width={4} stroke-linecap="round" opacity={0.6}><title>{`${p.region} ${p.figure}`}</title></line>
        ) : (
          <circle key={p.region} cx={x(p.from)} cy={11} r={4} fill="#9a2a1c" opacity={0.55}><title>{`${p.region} ${p.figure}`}</title></circle>
        ),
      )}
      <text x={x(0)} y={21} font-size="8" fill="#666">{fmt(spread.min)}</text>
      <text x={x(1)} y={21} font-size="8" fill="#666" text-anchor="end">{fmt(spread.max)}</text>
    </svg>
  );
}

export const ACROSS_CSS = `
.across-tools { align-items: center; margin: 8px 0; }
.across-scroll { overflow-x: auto; max-width: 100%; border: 1px solid #eee6cf; border-radius: 8px; background: #fff; }
.across-table { table-layout: auto; width: max-content; min-width: 100%; }
.across-table th, .across-table td { white-space: nowrap; font-size: 13px; }
.across-table th.ind { position: sticky; left: 0; background: #fffdf5; z-index: 1; min-width: 9em; max-width: 16em; white-space: normal; }
.across-table tr.headline th.ind { font-weight: 700; }
.across-table tr.headline td, .across-table tr.headline th { background: #fffaf0; }
.across-table .sort { border: 0; background: none; padding: 0; text-align: left; font-weight: inherit; }
.across-table .cell { border: 0; background: none; padding: 0 2px; color: #1f2328; text-decoration: underline dotted #b9a66a; }
.across-table .none { color: #bbb; }
.passage { margin-top: 10px; padding: 8px 12px; border-left: 4px solid #9a2a1c; background: #fffdf5; }
.passage blockquote { margin: 6px 0; }
.passage mark { background: #ffe08a; }
`;
