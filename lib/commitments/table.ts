/**
 * One year's targets of many governments side by side: rows are indicators, columns governments.
 * The five headline indicators come first, in a fixed order and under fixed names; then every
 * indicator that at least two governments share, matched the way linking matches across years
 * (synonyms, scope, horizon: lib/commitments/link keySimilarity).
 */
import type { Analysis } from './analyze';
import { keySimilarity } from './link';
import type { Commitment } from './types';

export interface TableGovernment {
  region: string;
  level: string | null;
  /** The government it answers to, where its text tells (a city's province; a province's is 全国). */
  parent: string | null;
  year: number | null;
  file: string;
}

export interface TableCell {
  /** The target as the report writes it: 5%左右, 4.5%—5%, 1100万人以上. */
  figure: string;
  amount: Commitment['amount'];
  unit: string;
  comparator: Commitment['comparator'];
  quote: string;
  /** Offsets of the number in the government's file. */
  start: number;
  end: number;
}

export interface TableRow {
  indicator: string;
  headline: boolean;
  cells: Record<string, TableCell>;
}

export interface GovernmentsTable {
  year: number | null;
  governments: TableGovernment[];
  rows: TableRow[];
}

/** The headline indicators a reporter's factbox leads with, in this order and under these names. */
export const HEADLINES: { name: string; matches(c: Commitment): boolean }[] = [
  // A short qualifier may sit between the economy and its growth (力争, 预计, 总体): still the headline,
  // unless it names another measure (人均, 增加值, 比重…).
  { name: '地区生产总值增长', matches: (c) => c.unit === '%' && /^(?:国内生产总值|(?:地区)?经济)[\u4e00-\u9fff]{0,3}↑$/.test(c.key) && !/人均|工业|农业|服务业|产业|增加值|数字|民营|县域|比重|占|效益|密度|外向|规模以上/.test(c.key) },
  { name: '城镇新增就业', matches: (c) => /人|个/.test(c.unit) && /城镇新增就业/.test(c.key) },
  { name: '城镇调查失业率', matches: (c) => c.unit === '%' && /城镇调查失业率/.test(c.key) },
  { name: '居民消费价格涨幅', matches: (c) => c.unit === '%' && /居民消费价格|^物价(?:总水平)?涨幅/.test(c.key) },
  { name: '一般公共预算收入增长', matches: (c) => c.unit === '%' && /一般公共预算收入/.test(c.key) && !/支出/.test(c.key) },
];

/** Similarity at which two governments' targets share a row (as a pair across years does). */
const SHARE_THRESHOLD = 0.6;

export interface TableInput {
  file: string;
  raw: string;
  analysis: Analysis;
}

export function buildGovernmentsTable(inputs: TableInput[]): GovernmentsTable {
  const governments = inputs.map((i) => ({ region: i.analysis.meta.region ?? i.file, level: i.analysis.meta.level, parent: i.analysis.meta.parent ?? null, year: i.analysis.meta.year, file: i.file }));
  const years = [...new Set(governments.map((g) => g.year).filter((y): y is number => y !== null))];
  const headlineRows: TableRow[] = HEADLINES.map((h) => ({ indicator: h.name, headline: true, cells: {} }));
  const shared: { key: string; row: TableRow }[] = [];
  const byBigram = new Map<string, number[]>();
  // Many governments word an indicator alike: each pair of keys is scored once.
  const scores = new Map<string, number>();
  const similarity = (a: string, b: string) => {
    const pair = `${a}\u0000${b}`;
    let s = scores.get(pair);
    if (s === undefined) scores.set(pair, (s = keySimilarity(a, b)));
    return s;
  };
  inputs.forEach((input, gi) => {
    const region = governments[gi]!.region;
    const targets = thisYearsTargets(input.analysis);
    const used = new Set<Commitment>();
    HEADLINES.forEach((h, hi) => {
      const c = targets.find((t) => h.matches(t) && !used.has(t));
      if (!c) return;
      used.add(c);
      headlineRows[hi]!.cells[region] = cellOf(input.raw, c);
    });
    for (const c of targets) {
      if (used.has(c) || !c.key) continue;
      let best: { key: string; row: TableRow } | null = null;
      let bestScore = SHARE_THRESHOLD;
      // Ties go to the latest row: read from the latest, a later row must beat, and a perfect match ends the search.
      const found = candidates(shared, byBigram, c.key);
      for (let k = found.length - 1; k >= 0 && bestScore < 1; k--) {
        const r = found[k]!;
        if (r.row.cells[region]) continue;
        const s = similarity(r.key, c.key);
        if (best ? s > bestScore : s >= bestScore) {
          best = r;
          bestScore = s;
        }
      }
      if (best) best.row.cells[region] = cellOf(input.raw, c);
      else {
        index(byBigram, c.key, shared.length);
        shared.push({ key: c.key, row: { indicator: c.indicator, headline: false, cells: { [region]: cellOf(input.raw, c) } } });
      }
    }
  });
  const rest = shared
    .map((s) => s.row)
    .filter((r) => Object.keys(r.cells).length >= 2)
    .sort((a, b) => Object.keys(b.cells).length - Object.keys(a.cells).length);
  return { year: years.length === 1 ? years[0]! : null, governments, rows: [...headlineRows, ...rest] };
}

/**
 * Rows whose key shares a character pair with `key`, in the order they were made: only those can
 * reach the share threshold (keys are already in the synonym table's words), so the table costs
 * targets × candidates, not targets × rows.
 */
function candidates<T>(rows: T[], byBigram: Map<string, number[]>, key: string): T[] {
  const hits = new Set<number>();
  for (const b of pairsOf(key)) for (const i of byBigram.get(b) ?? []) hits.add(i);
  return [...hits].sort((x, y) => x - y).map((i) => rows[i]!);
}

function index(byBigram: Map<string, number[]>, key: string, row: number): void {
  for (const b of pairsOf(key)) {
    const list = byBigram.get(b);
    if (list) list.push(row);
    else byBigram.set(b, [row]);
  }
}

/** A key's distinct character pairs (a one-character key is its own pair). */
function pairsOf(key: string): Set<string> {
  const chars = [...key];
  if (chars.length < 2) return new Set(chars);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** This year's targets, the 主要预期目标 paragraph's first (a headline stated there wins over a later mention). */
function thisYearsTargets(a: Analysis): Commitment[] {
  const targets = a.commitments.filter((c) => c.kind === 'target' && c.horizon === 'year');
  const goals = a.structure.goals;
  if (!goals) return targets;
  const inGoals = (c: Commitment) => c.start >= goals.start && c.start < goals.end;
  return [...targets.filter(inGoals), ...targets.filter((c) => !inGoals(c))];
}

const QUALIFIER = /^(?:及以上|以上|以内|以下|左右)/;

/** The figure as written in the source: the number, its unit, and a qualifier right after it. */
export function writtenFigure(raw: string, c: Commitment): string {
  let end = c.end;
  const unit = /^(?:[%％‰]|个百分点)/.exec(raw.slice(end, end + 4))?.[0] ?? (c.unit && raw.startsWith(c.unit, end) ? c.unit : '');
  end += unit.length;
  end += QUALIFIER.exec(raw.slice(end, end + 3))?.[0].length ?? 0;
  return raw.slice(c.start, end);
}

function cellOf(raw: string, c: Commitment): TableCell {
  return { figure: writtenFigure(raw, c), amount: c.amount, unit: c.unit, comparator: c.comparator, quote: c.quote, start: c.start, end: c.end };
}
