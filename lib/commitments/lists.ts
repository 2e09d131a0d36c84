import type { RawCommitment } from './extract';
import { unitImpliedBySubject } from '../text/quantities';

const JOINED = /^[、和及与]$/;
const TRAILING_QUALIFIER = /^(?:以上|及以上|以内|以下|左右)/;

/**
 * 分别增长5%、6.5%左右 / 分别超过2%、5% / 分别达2050万吨、4200万吨、19万吨以上: figures listed after
 * one verb share its comparator, and a qualifier written after the last figure covers them all.
 * Works on runs of figures joined only by 、和及与 within one sentence; each keeps a qualifier of its own.
 */
export function shareListComparators(text: string, found: RawCommitment[]): void {
  for (const run of listRuns(text, found, (between) => JOINED.test(between))) if (run.length > 1) shareInRun(text, run);
}

/**
 * 分别为30万、80万人: a measure word written after the last figure of a list is every bare figure's.
 * A bare figure still without one takes the unit its item's name implies (外贸进出口总额…1.18万亿 → 元).
 */
export function shareListUnits(text: string, found: RawCommitment[]): void {
  // Here an item may keep a qualifier of its own (30万以上、80万人).
  for (const run of listRuns(text, found, (between) => JOINED.test(between.replace(TRAILING_QUALIFIER, '')))) {
    const last = run[run.length - 1]!.q;
    if (last.unit) for (const c of run.slice(0, -1)) if (!c.q.unit && !c.q.chinese === !last.chinese) c.q.unit = last.unit;
  }
  for (const c of found) if (!c.q.unit) c.q.unit = unitImpliedBySubject(c.indicator, c.q.written) ?? '';
}

/** The runs of figures of one kind that only what `joins` accepts stands between, in text order. */
function listRuns(text: string, found: RawCommitment[], joins: (between: string) => boolean): RawCommitment[][] {
  const runs: RawCommitment[][] = [];
  let runStart = 0;
  for (let i = 1; i <= found.length; i++) {
    const prev = found[i - 1]!;
    const cur = found[i];
    if (cur && cur.kind === prev.kind && joins(text.slice(prev.q.unitEnd, cur.q.start))) continue;
    runs.push(found.slice(runStart, i));
    runStart = i;
  }
  return runs;
}

/** 确保增长5%、力争6%: a second, higher aim for the same rate is a change as the first is. */
export function shareAimComparators(text: string, found: RawCommitment[]): void {
  for (let i = 1; i < found.length; i++) {
    const prev = found[i - 1]!;
    const cur = found[i]!;
    if (cur.comparator !== '=' || (prev.comparator !== '+' && prev.comparator !== '-') || cur.indicator !== prev.indicator) continue;
    if (/^(?:以上|左右)?[、，](?:力争|争取|确保|努力)$/.test(text.slice(prev.q.unitEnd, cur.q.start))) cur.comparator = prev.comparator;
  }
}

/**
 * 每千人口拥有执业医师3.5人, 食品抽检量超每千人6.6批次: a rate per head of population is counted in
 * its measure per that many people (人/千人, 批次/千人), as the labels write it.
 */
export function perCapitaUnits(text: string, found: RawCommitment[]): void {
  for (const c of found) {
    if (!c.q.unit || c.q.unit.includes('/') || c.q.unit === '%' || c.q.unit === '百分点') continue;
    const base = /每([十百千万]+)(?:人口|人|名)[^，、；。]{0,24}$/.exec(text.slice(Math.max(0, c.q.start - 32), c.q.start));
    if (base) c.q.unit = `${c.q.unit}/${base[1]}人`;
  }
}

function ownQualifier(text: string, c: RawCommitment): boolean {
  return TRAILING_QUALIFIER.test(text.slice(c.q.unitEnd, c.q.unitEnd + 3));
}

function shareInRun(text: string, run: RawCommitment[]): void {
  if (run.some((c) => c.comparator === 'range')) return;
  // The verb before the first figure (分别超过, 分别提高) reaches the bare figures after it.
  const lead = run[0]!.comparator;
  if (lead !== '=') for (const c of run.slice(1)) if (c.comparator === '=' && !ownQualifier(text, c)) c.comparator = lead;
  // A qualifier after the last figure (…19万吨以上) covers the figures before it that have none.
  const last = run[run.length - 1]!;
  if (ownQualifier(text, last)) for (const c of run.slice(0, -1)) if (!ownQualifier(text, c)) c.comparator = last.comparator;
}
