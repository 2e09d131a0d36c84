import synonyms from './synonyms.json';
import { indicatorKey } from './key';
import type { Analysis, LinkableAnalysis } from './analyze';
import type { Amount, Change, Commitment, ComparisonRow, IndicatorSeries, RowNote, Status } from './types';

export interface Comparison {
  rows: ComparisonRow[];
  /** Named projects promised again without a number (加快市疾控中心迁建). */
  repeated: RepeatedPromise[];
}

export interface RepeatedPromise {
  phrase: string;
  priorStart: number;
  currentStart: number;
}

/** Minimum similarity for two targets to share a row. */
const PAIR_THRESHOLD = 0.5;
const OUTCOME_THRESHOLD = 0.5;

/**
 * Every pair of a comparison scores the same few hundred keys again (a history of eleven reports,
 * tens of thousands of times): what a key yields is kept, in caches cleared when they grow large.
 */
const BIGRAMS = new Map<string, Map<string, number>>();
const HELD = new Map<string, string[]>();
const NAMED = new Map<string, string[]>();
function memo<T>(cache: Map<string, T>, key: string, make: (key: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size > 20000) cache.clear();
    v = make(key);
    cache.set(key, v);
  }
  return v;
}

/** Character bigrams of a key, for a Dice similarity that tolerates reordering (新增城镇就业 ↔ 城镇新增就业). */
function bigrams(s: string): Map<string, number> {
  return memo(BIGRAMS, s, countBigrams);
}
function countBigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  const chars = [...s];
  if (chars.length === 1) m.set(s, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const b = chars[i]! + chars[i + 1]!;
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
}

export function keySimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return GENERIC.has(a) ? 0.4 : 1;
  const A = bigrams(a);
  const B = bigrams(b);
  let inter = 0;
  let total = 0;
  for (const [k, n] of A) {
    inter += Math.min(n, B.get(k) ?? 0);
    total += n;
  }
  for (const n of B.values()) total += n;
  const dice = total ? (2 * inter) / total : 0;
  // A name contained in the other (城镇调查失业率 ⊂ 全市城镇调查失业率) is nearly the same indicator,
  // unless the shorter one is a generic word (投资, 日处理) inside a longer name.
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const contained = short.length >= 4 && short.length * 2 >= long.length && long.includes(short) ? 0.85 : 0;
  let s = Math.max(dice, contained);
  // 道路工程 ↔ 道路建设改造: the same things, with their works named two ways.
  const stemA = a.replace(GENERIC_WORKS, '');
  const stemB = b.replace(GENERIC_WORKS, '');
  if (stemA !== a && stemB !== b && stemA === stemB && stemA.length >= 2) s = Math.max(s, 0.7);
  // Both names hold one specific indicator of the synonym table (减轻企业税收和社保缴费负担 and
  // 为企业新增减负 both hold 减税降费): the rest is wording around it.
  // The rest of the wording still ranks the candidates.
  if (sharedIndicator(a, b)) s = Math.max(s, 0.6 + 0.3 * dice);
  // 研发经费支出与国内生产总值之比 is not 国内生产总值: one names as a ratio's base what the other measures.
  else if (baseOfOther(a, b) || baseOfOther(b, a)) s = Math.min(s, 0.3);
  // 中央本级基础研究支出 within 中央本级支出: a qualifier inserted inside the other name narrows the scope.
  if (narrowerScope(a, b) || narrowerScope(b, a)) s = Math.min(s, 0.3);
  // A generic key (投资, 产值) says too little to pair on its own.
  if (GENERIC.has(a) || GENERIC.has(b)) s = Math.min(s, 0.4);
  if (opposed(a, b)) s = 0;
  return s;
}

/** Works named generically at a name's end (工程, 建设改造): not what tells one indicator from another. */
const GENERIC_WORKS = /(?<=[\u4e00-\u9fff]{2})(?:工程建设|建设改造|工程|建设)$/;

/**
 * True when `narrow` is an aggregate `broad` (spending, revenue, investment, output) with a
 * qualifier of two or more characters inserted inside it (中央本级 + 基础研究 + 支出): a component
 * of the aggregate, not the same indicator. A qualifier at either end (全市…, …人数) is a scope or a
 * wording, and one inside a thing's name (公共充电桩 ↔ 电动汽车公共充电桩) describes it: both are left
 * to the similarity. 专项 and 总额 are wording too: 中央财政专项扶贫资金 is the official name of 中央财政扶贫资金,
 * 进出口总额 is 进出口.
 */
const AGGREGATE = /(?:支出|收入|投资|资金|贷款|产值|增加值|消费|销售额|零售总额|进出口|出口|进口|总额|规模|项目)[↑↓]?$/;
export function narrowerScope(narrow: string, broad: string): boolean {
  if (narrow.length < broad.length + 2 || !AGGREGATE.test(broad)) return false;
  let head = 0;
  while (head < broad.length && narrow[head] === broad[head]) head++;
  let tail = 0;
  while (tail < broad.length - head && narrow[narrow.length - 1 - tail] === broad[broad.length - 1 - tail]) tail++;
  if (head + tail !== broad.length || head < 2 || tail < 1) return false;
  const inserted = narrow.slice(head, narrow.length - tail);
  // (城镇…收入、农村…收入: another item of a list is no qualifier of the first.)
  // (常住, 各类, 各项, 企业, 计划, 基础设施: words a review adds that narrow nothing: 城镇常住居民…收入, 各项贷款.)
  return inserted.length >= 2 && !/^[、和及与]/.test(inserted) && !/^(?:的|安排|全年|今年|年均|总|总额|总量|新增|累计|专项|建设|实施|常住|各类|各项|企业|计划|年度|完成|基础设施|农村)+$/.test(inserted) && /[\u4e00-\u9fff]{2}/.test(inserted);
}

/** Canonical names of the synonym table long enough to name an indicator on their own. */
const SPECIFIC = synonyms.groups.map((g) => g[0]!).filter((c) => [...c].length >= 4 && !synonyms.generic.includes(c));
const specificRe = new RegExp(
  [...SPECIFIC].sort((x, y) => y.length - x.length).map((c) => c.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&')).join('|'),
  'g',
);
function sharedIndicator(a: string, b: string): boolean {
  const inA = new Set(heldIndicators(a));
  return heldIndicators(b).some((c) => inA.has(c));
}
function baseOfOther(a: string, b: string): boolean {
  const held = heldIndicators(b);
  return namedIndicators(a).some((name) => held.includes(name) && !heldIndicators(a).includes(name));
}
/** Every indicator of the table a key names, held or as a base. */
function namedIndicators(key: string): string[] {
  return memo(NAMED, key, (k) => [...k.matchAll(specificRe)].map((m) => m[0]));
}
/** The table's indicators a key holds, except as the base of a ratio (占国内生产总值比重, 与…之比). */
function heldIndicators(key: string): string[] {
  return memo(HELD, key, findHeldIndicators);
}
function findHeldIndicators(key: string): string[] {
  return [...key.matchAll(specificRe)]
    .filter((m) => !/[占与在对]$/.test(key.slice(0, m.index)) && !/^(?:之比|的?比重|中|的?比例|占比)/.test(key.slice(m.index! + m[0].length)))
    .map((m) => m[0]);
}

/** 城镇 vs 农村, 中央 vs 地方: names that differ in one of these words are different indicators. */
function opposed(a: string, b: string): boolean {
  return OPPOSITES.some(([x, y]) => (a.includes(x) && !a.includes(y) && b.includes(y) && !b.includes(x)) || (a.includes(y) && !a.includes(x) && b.includes(x) && !b.includes(y)));
}
const OPPOSITES = synonyms.opposites as [string, string][];
const GENERIC = new Set<string>(synonyms.generic);

/** Units that can share a row; 套 vs 户 is a warning, not a match. */
function unitCompatible(a: string, b: string): 'same' | 'warn' | 'no' {
  if (a === b) return 'same';
  const family = (u: string) =>
    u === '%' || u === '百分点' ? 'ratio' : /套|户|间/.test(u) ? 'dwelling' : /人次|人|名/.test(u) ? 'people' : /个|家|所|座|项|处/.test(u) ? 'count' : /辆|台/.test(u) ? 'vehicle' : u;
  // 条（段） is 条 with its alternative: the measure word before the bracket decides. 千米 and km are 公里.
  const base = (u: string) => (u === '套（间）' ? u : u.replace(/[（(][\u4e00-\u9fff][)）]$/, '').replace(/^(?:千米|km)$/, '公里'));
  if (base(a) === base(b)) return 'same';
  if (family(base(a)) === family(base(b))) return 'warn';
  return 'no';
}

/**
 * Units of two figures of one indicator: jobs are counted as people (新增城镇就业5400人) or as posts
 * (新增就业岗位5000个), the same measure either way.
 */
function unitsOf(a: Commitment, b: Commitment): 'same' | 'warn' | 'no' {
  const units = unitCompatible(a.unit, b.unit);
  if (units === 'no' && a.key === JOBS_KEY && b.key === JOBS_KEY && /^[人个]$/.test(a.unit) && /^[人个]$/.test(b.unit)) return 'warn';
  return units;
}
const JOBS_KEY = indicatorKey('城镇新增就业');

function pairScore(p: Commitment, c: Commitment): number {
  const units = unitsOf(p, c);
  if (units === 'no') return 0;
  if (p.horizon !== c.horizon) return 0;
  let s = keySimilarity(p.key, c.key);
  if (units === 'warn') s -= 0.1;
  // Ratio targets whose values are in the same range are likelier the same indicator.
  if (p.unit === '%' && c.unit === '%') {
    const pa = mid(p.amount);
    const ca = mid(c.amount);
    if (Math.abs(pa - ca) > Math.max(pa, ca) * 0.8) s -= 0.1;
  }
  // A sum or a count ten times another is rarely the same promise a year on (54亿元 of all key projects
  // vs 2亿元 of one).
  if (p.unit !== '%' && p.unit !== '百分点' && amountRatio(p.amount, c.amount) > 10) s -= 0.2;
  if (p.section && c.section && p.section === c.section) s += 0.05;
  // The same figure in the same unit, under a related name, is usually the same promise again.
  if (s >= 0.2 && p.unit === c.unit && sameAmount(p.amount, c.amount)) s += 0.2;
  return Math.min(1, s);
}

const sameAmount = (a: Amount, b: Amount) => JSON.stringify(a) === JSON.stringify(b);
const mid = (a: Amount) => (Array.isArray(a) ? (a[0] + a[1]) / 2 : a);
/** How many times the larger of two positive figures is the smaller (1 when either is not positive). */
const amountRatio = (a: Amount, b: Amount) => {
  const x = mid(a);
  const y = mid(b);
  return x > 0 && y > 0 ? Math.max(x, y) / Math.min(x, y) : 1;
};

/** Greedy one-to-one assignment, best pairs first. */
function assign<T, U>(left: T[], right: U[], score: (a: T, b: U) => number, threshold: number): [number, number, number][] {
  const cand: [number, number, number][] = [];
  left.forEach((a, i) => right.forEach((b, j) => {
    const s = score(a, b);
    if (s >= threshold) cand.push([i, j, s]);
  }));
  cand.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const usedL = new Set<number>();
  const usedR = new Set<number>();
  const out: [number, number, number][] = [];
  for (const [i, j, s] of cand) {
    if (usedL.has(i) || usedR.has(j)) continue;
    usedL.add(i);
    usedR.add(j);
    out.push([i, j, s]);
  }
  return out;
}

export function changeOf(p: Commitment | null, c: Commitment | null): Change {
  if (!p) return 'new';
  if (!c) return 'dropped';
  if (p.unit !== c.unit) return 'unit-changed';
  const pa = mid(p.amount);
  const ca = mid(c.amount);
  if (Math.abs(pa - ca) > 1e-9 * Math.max(1, Math.abs(pa))) {
    // For things to reduce (失业率, 能耗), a lower figure is still "lowered": the row says the number moved.
    return ca > pa ? 'raised' : 'lowered';
  }
  if (p.comparator !== c.comparator || Array.isArray(p.amount) !== Array.isArray(c.amount)) return 'comparator-changed';
  return 'same';
}

/** Rates last year's target by this year's review figure. */
export function statusOf(target: Commitment, actual: Commitment | null): Status {
  if (!actual) return 'not-reported';
  if (target.unit !== actual.unit && unitCompatible(target.unit, actual.unit) === 'no') return 'not-reported';
  const goal = target.amount;
  const got = againstDirection(target, actual) ? -mid(actual.amount) : mid(actual.amount);
  const lower = /失业率|能耗|排放|涨幅|价格|赤字|下降|降低|压减|压缩|↓/.test(target.key) || target.comparator === '<=' || target.comparator === '-';
  const lo = Array.isArray(goal) ? goal[0] : goal;
  const hi = Array.isArray(goal) ? goal[1] : goal;
  const tol = Math.max(Math.abs(hi) * 0.02, 1e-9);
  if (target.comparator === '<=' || (lower && target.comparator === '~' && /率|涨幅|价格/.test(target.key))) {
    if (got <= hi - tol) return 'exceeded';
    return got <= hi + tol ? 'met' : 'missed';
  }
  if (target.comparator === '~') return got >= lo - tol * 2.5 ? (got > hi + Math.abs(hi) * 0.1 ? 'exceeded' : 'met') : 'missed';
  if (got > hi + tol) return 'exceeded';
  if (got >= lo - tol) return 'met';
  return 'missed';
}

/**
 * The review reports a change the other way than the target's (增长5.5%左右 → 下降0.2%): the same
 * indicator, its figure negative against the target.
 */
function againstDirection(target: Commitment, outcome: Commitment): boolean {
  const t = /[↑↓]$/.exec(target.key)?.[0];
  const o = /[↑↓]$/.exec(outcome.key)?.[0];
  return !!t && !!o && t !== o && /^(?:%|百分点)$/.test(target.unit) && target.unit === outcome.unit;
}

function outcomeScore(target: Commitment, outcome: Commitment): number {
  // A five-year review's cumulative figure (城镇新增就业超过6000万人) is not last year's result.
  if (target.horizon !== outcome.horizon) return 0;
  const units = unitsOf(target, outcome);
  if (units === 'no' && !(target.unit === '' || outcome.unit === '')) return 0;
  let s = againstDirection(target, outcome) ? keySimilarity(target.key.slice(0, -1), outcome.key.slice(0, -1)) - 0.05 : keySimilarity(target.key, outcome.key);
  if (units === 'warn') s -= 0.05;
  // Review figures are usually close to their targets; a figure 10× off is another indicator.
  if (target.unit !== '%' && amountRatio(target.amount, outcome.amount) > 5) s -= 0.3;
  if (s >= 0.2 && target.unit === outcome.unit && sameAmount(target.amount, outcome.amount)) s += 0.3;
  return s;
}

/**
 * This year's targets paired with last year's: the reader's pairings first (a `link` to a target of
 * this prior year, found by its clause and figure; `null` pairs with nothing), then the engine's
 * greedy assignment over the rest. A link whose target is not in this prior (another year, or a
 * figure no longer found there) leaves the figure to the engine.
 */
function pairTargets(P: Commitment[], C: Commitment[], priorYear: number | null): [number, number, number][] {
  const out: [number, number, number][] = [];
  const takenP = new Set<number>();
  const takenC = new Set<number>();
  C.forEach((c, j) => {
    if (c.link === undefined) return;
    if (c.link === null) return void takenC.add(j);
    const i = linkedPrior(P, c.link, priorYear, takenP);
    if (i < 0) return;
    takenP.add(i);
    takenC.add(j);
    out.push([i, j, 1]);
  });
  if (!out.length && !takenC.size) return assign(P, C, pairScore, PAIR_THRESHOLD);
  const restP = P.map((_, i) => i).filter((i) => !takenP.has(i));
  const restC = C.map((_, j) => j).filter((j) => !takenC.has(j));
  for (const [i, j, s] of assign(restP.map((i) => P[i]!), restC.map((j) => C[j]!), pairScore, PAIR_THRESHOLD)) out.push([restP[i]!, restC[j]!, s]);
  return out;
}

/** The prior target a reader's link names: same clause and figure, else same clause and name, else same clause. */
function linkedPrior(P: Commitment[], link: NonNullable<Commitment['link']>, priorYear: number | null, taken: Set<number>): number {
  if (priorYear !== null && link.year !== priorYear) return -1;
  const free = (f: (p: Commitment) => boolean) => P.findIndex((p, i) => !taken.has(i) && f(p));
  const byFigure = link.number ? free((p) => p.quote === link.quote && p.number === link.number) : -1;
  if (byFigure >= 0) return byFigure;
  const byName = free((p) => p.quote === link.quote && p.indicator === link.indicator);
  return byName >= 0 ? byName : free((p) => p.quote === link.quote);
}

export function compareReports(prior: LinkableAnalysis, current: LinkableAnalysis): Comparison {
  const P = prior.commitments.filter((c) => c.kind === 'target');
  const C = current.commitments.filter((c) => c.kind === 'target');
  const O = current.commitments.filter((c) => c.kind === 'outcome');
  const pairs = pairTargets(P, C, prior.meta.year);
  const outcomes = new Map(assign(P, O, outcomeScore, OUTCOME_THRESHOLD).map(([i, j]) => [i, O[j]!]));
  const rows: ComparisonRow[] = [];
  const pairedP = new Map(pairs.map(([i, j, s]) => [i, [j, s] as const]));
  const pairedC = new Set(pairs.map(([, j]) => j));
  // Last year's five-year goals are not restated in a plan that sets none: they are not "dropped".
  const currentSetsMultiYear = C.some((c) => c.horizon === 'multi-year');
  P.forEach((p, i) => {
    const m = pairedP.get(i);
    const c = m ? C[m[0]]! : null;
    const outcome = outcomes.get(i) ?? null;
    if (!c && !outcome && p.horizon === 'multi-year' && !currentSetsMultiYear) return;
    const notes: RowNote[] = [];
    if (c && p.unit !== c.unit) notes.push({ kind: 'unit-differs', prior: p.unit, current: c.unit });
    rows.push({
      indicator: (c ?? p).indicator,
      key: (c ?? p).key,
      prior: p,
      current: c,
      outcome,
      change: changeOf(p, c),
      status: statusOf(p, outcome),
      score: m ? Math.round(m[1] * 100) / 100 : 1,
      notes,
    });
  });
  C.forEach((c, j) => {
    if (pairedC.has(j)) return;
    rows.push({ indicator: c.indicator, key: c.key, prior: null, current: c, outcome: null, change: 'new', status: null, score: 1, notes: [] });
  });
  if (current.normalized) markQualitative(rows, current, current.normalized.text);
  rows.sort((a, b) => (a.current?.start ?? Infinity) - (b.current?.start ?? Infinity) || (a.prior?.start ?? 0) - (b.prior?.start ?? 0));
  const repeated = prior.normalized?.toSource && current.normalized?.toSource ? repeatedPromises(prior as Analysis, current as Analysis) : [];
  return { rows, repeated };
}

/** Role of the top-level section at an offset of the normalized text. */
function roleAt(a: LinkableAnalysis, offset: number): string {
  let role = 'other';
  for (const h of a.headings) {
    if (h.start > offset) break;
    if (h.depth === 1) role = h.role;
  }
  return role;
}

/**
 * A dropped target whose indicator the current plan still names without a figure
 * (单位国内生产总值能耗 → "继续下降") is 无量化, not 未再提及.
 */
function markQualitative(rows: ComparisonRow[], current: LinkableAnalysis, text: string): void {
  for (const row of rows) {
    if (row.change !== 'dropped' || !row.prior) continue;
    const name = row.prior.indicator.replace(/(?:增长|下降|降低|提高|减少|增加|压减)$/, '');
    if ([...name].length < 4) continue;
    let at = text.indexOf(name);
    while (at >= 0 && roleAt(current, at) === 'review') at = text.indexOf(name, at + 1);
    if (at < 0) continue;
    const end = Math.min(text.length, at + name.length + 12);
    const clause = text.slice(at, end).split(/[，。；]/)[0]!;
    // A figure right after the name means it is a target we did not pair, not a qualitative one.
    if (/\d/.test(clause)) continue;
    row.change = 'qualitative';
    row.notes.push({ kind: 'stated-as', clause });
  }
}

const PROJECT = /(?:加快|推进|推动|启动|完成|建成|实施|开工|续建|新建|谋划|抓好|做好)((?:[\u4e00-\u9fff]|“[^”]{1,10}”){3,16}?)(?:迁建|改扩建|建设|改造|工程|项目|升级)/g;

/** Named projects promised again without a number, e.g. 加快市疾控中心迁建 in two years' plans. */
export function repeatedPromises(prior: Analysis, current: Analysis): RepeatedPromise[] {
  const collect = (a: Analysis) => {
    const found = new Map<string, number>();
    for (const m of a.normalized.text.matchAll(PROJECT)) {
      const name = m[1]!.replace(/^(?:全面|加快|推进|重点|持续|继续|积极|大力)+/, '');
      if (/\d|[一二三四五六七八九十]个|工作|任务|体系|机制|能力|水平|环境/.test(name) || [...name].length < 4) continue;
      if (roleAt(a, m.index!) === 'review') continue;
      if (!found.has(name)) found.set(name, a.normalized.toSource[m.index!]!);
    }
    return found;
  };
  const before = collect(prior);
  const now = collect(current);
  const out: RepeatedPromise[] = [];
  for (const [phrase, currentStart] of now) {
    const priorStart = before.get(phrase);
    if (priorStart !== undefined) out.push({ phrase, priorStart, currentStart });
  }
  return out;
}

/** Each indicator's series over several years of one government's reports. */
export function buildHistory(analyses: LinkableAnalysis[]): IndicatorSeries[] {
  const sorted = [...analyses].filter((a) => a.meta.year !== null).sort((a, b) => a.meta.year! - b.meta.year!);
  const series: IndicatorSeries[] = [];
  const byLast = new Map<Commitment, IndicatorSeries>();
  for (let k = 0; k < sorted.length; k++) {
    const a = sorted[k]!;
    const year = a.meta.year!;
    const prev = sorted[k - 1];
    if (!prev) {
      for (const t of a.commitments.filter((c) => c.kind === 'target')) {
        const s: IndicatorSeries = { key: t.key, indicator: t.indicator, points: [{ year, target: t, actual: null }] };
        series.push(s);
        byLast.set(t, s);
      }
      continue;
    }
    const cmp = compareReports(prev, a);
    for (const row of cmp.rows) {
      if (row.prior && row.outcome) {
        const s = byLast.get(row.prior);
        const pt = s?.points.find((p) => p.target === row.prior);
        if (pt) pt.actual = row.outcome;
      }
      if (!row.current) continue;
      const s = row.prior ? byLast.get(row.prior) : undefined;
      if (s) {
        s.points.push({ year, target: row.current, actual: null });
        s.indicator = row.current.indicator;
        byLast.set(row.current, s);
      } else {
        const n: IndicatorSeries = { key: row.current.key, indicator: row.current.indicator, points: [{ year, target: row.current, actual: null }] };
        series.push(n);
        byLast.set(row.current, n);
      }
    }
  }
  return series;
}
