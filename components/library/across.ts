/**
 * The across-governments view's model: the table built from stored reports (lib/commitments/table),
 * the order of its columns when a row is sorted, the rows a filter keeps, and a headline row's spread.
 */
import { buildGovernmentsTable, type GovernmentsTable, type TableCell, type TableRow } from '@/lib/commitments/table';
import type { ReportIdentity } from '@/lib/store';
import { applyCorrections, type Correction } from '@/lib/corrections';
import { analyzeImport } from './importing';

export interface StoredText {
  id: string;
  text: string;
  identity: Pick<ReportIdentity, 'region' | 'level' | 'year' | 'summary'>;
  /** The reader's corrections of this report: the table shows the corrected targets, as every view does. */
  corrections?: readonly Correction[];
}

export interface AcrossTable {
  table: GovernmentsTable;
  /** The stored report behind each column, by region (for a cell's passage). */
  reportOf: Record<string, string>;
}

/**
 * Reads each stored text again with the engine (the stored analysis has no structure, and the table
 * wants the goals paragraph), filed under the identity the reader may have fixed.
 */
export async function buildAcross(reports: StoredText[], onProgress: (done: number, total: number) => void): Promise<AcrossTable> {
  const inputs = [];
  const reportOf: Record<string, string> = {};
  for (let i = 0; i < reports.length; i++) {
    onProgress(i, reports.length);
    // A yield per report keeps the page responsive and the progress painted.
    await new Promise((r) => setTimeout(r, 0));
    const r = reports[i]!;
    const { region, level, year } = r.identity;
    // What the stored identity says wins (the reader may have fixed it); what it lacks, the engine reads.
    const read = analyzeImport(r.text, { ...(region ? { region } : {}), ...(level ? { level } : {}), ...(year ? { year } : {}) });
    const analysis = r.corrections?.length ? { ...read, commitments: applyCorrections(r.text, read.commitments, r.corrections).commitments } : read;
    inputs.push({ file: r.id, raw: r.text, analysis });
    reportOf[analysis.meta.region ?? r.id] = r.id;
  }
  onProgress(reports.length, reports.length);
  return { table: buildGovernmentsTable(inputs), reportOf };
}

export interface RowSort {
  /** The sorted row's indicator (rows keep their names when the filter changes). */
  indicator: string;
  direction: 1 | -1;
}

/** One number per cell to order by: a range by its middle. */
export function cellValue(cell: TableCell | undefined): number | null {
  if (!cell) return null;
  const a = cell.amount;
  return Array.isArray(a) ? (a[0] + a[1]) / 2 : typeof a === 'number' ? a : null;
}

/**
 * The columns in display order: by the sorted row's figures (the unstated last), or else by
 * hierarchy, so that a city reads beside its province and the nation: the nation first, each
 * government followed by those that answer to it, names in pinyin order whatever the UI's language.
 */
export function orderGovernments(table: GovernmentsTable, sort: RowSort | null): GovernmentsTable['governments'] {
  const byName = [...table.governments].sort((a, b) => a.region.localeCompare(b.region, 'zh-CN'));
  const row = sort && table.rows.find((r) => r.indicator === sort.indicator);
  if (!sort || !row) return byHierarchy(byName);
  const value = (region: string) => cellValue(row.cells[region]);
  return byName.sort((a, b) => {
    const va = value(a.region);
    const vb = value(b.region);
    if (va === null || vb === null) return va === null ? (vb === null ? 0 : 1) : -1;
    return (va - vb) * sort.direction;
  });
}

const LEVEL_RANK: Record<string, number> = { national: 0, provincial: 1, municipal: 2, county: 3 };

function byHierarchy(govs: GovernmentsTable['governments']): GovernmentsTable['governments'] {
  const present = new Set(govs.map((g) => g.region));
  const children = new Map<string, typeof govs>();
  const roots: typeof govs = [];
  for (const g of govs) {
    if (g.parent && g.parent !== g.region && present.has(g.parent)) children.set(g.parent, [...(children.get(g.parent) ?? []), g]);
    else roots.push(g);
  }
  const rank = (g: (typeof govs)[number]) => LEVEL_RANK[g.level ?? ''] ?? 4;
  const out: typeof govs = [];
  const seen = new Set<string>();
  const visit = (g: (typeof govs)[number]) => {
    if (seen.has(g.region)) return;
    seen.add(g.region);
    out.push(g);
    for (const c of children.get(g.region) ?? []) visit(c);
  };
  // Stable sort: names stay in pinyin order within a level.
  for (const r of [...roots].sort((a, b) => rank(a) - rank(b))) visit(r);
  // Governments that name each other as parent (a misread text) still get their columns.
  for (const g of govs) visit(g);
  return out;
}

/** The rows whose indicator contains the filter (headline rows too: a reader filtering wants just those). */
export function filterRows(rows: TableRow[], filter: string): TableRow[] {
  const f = filter.trim();
  return f ? rows.filter((r) => r.indicator.includes(f)) : rows;
}

/** The table as shown (columns ordered, rows filtered): what the exports write. */
export function shownTable(table: GovernmentsTable, governments: GovernmentsTable['governments'], rows: TableRow[]): GovernmentsTable {
  return { ...table, governments, rows };
}

export interface SpreadPoint {
  region: string;
  figure: string;
  /** 0..1 across the row's lowest to highest figure. */
  from: number;
  to: number;
}

/** A headline row's figures on one scale: a dot per government, a bar for a range. */
export function spreadOf(row: TableRow): { points: SpreadPoint[]; min: number; max: number } | null {
  const cells = Object.entries(row.cells).filter(([, c]) => typeof c.amount === 'number' || Array.isArray(c.amount));
  if (cells.length < 2) return null;
  const ends = cells.flatMap(([, c]) => (Array.isArray(c.amount) ? c.amount : [c.amount as number]));
  const min = Math.min(...ends);
  const max = Math.max(...ends);
  const at = (v: number) => (max === min ? 0.5 : (v - min) / (max - min));
  const points = cells.map(([region, c]) => {
    const [lo, hi] = Array.isArray(c.amount) ? c.amount : [c.amount as number, c.amount as number];
    return { region, figure: c.figure, from: at(lo), to: at(hi) };
  });
  return { points, min, max };
}
