import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/commitments';
import { FIXTURES, corpus } from './corpus';
import { readFileSync } from 'node:fs';

/**
 * The gold-free check of the review/plan split, over every whole report we hold: a review part, a
 * plan part, no target inside the review, and the 主要预期目标 paragraph (where the report has one
 * with figures) inside this year's plan. The evaluation texts beside the corpus are checked the same
 * way, read from where they lie (their structure only; their sentences are never fixtures).
 */
const wholeReports = [
  ...readdirSync(join(FIXTURES, 'corpus')).filter((f) => /\.zh\.txt$/.test(f) && !/summary/.test(f)).map((f) => ({ name: f, text: () => corpus(f) })),
  ...readdirSync(join(FIXTURES, 'corpus', 'provinces-2026')).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `provinces-2026/${f}`, text: () => corpus(`provinces-2026/${f}`) })),
];
/** The official English translations: parts titled I., II. …, or opened by a sentence to the deputies. */
const englishReports = readdirSync(join(FIXTURES, 'corpus'))
  .filter((f) => /\.en\.txt$/.test(f))
  .map((f) => ({ name: f, text: () => corpus(f) }));
const EVAL = join(FIXTURES, '..', '..', '..', 'shared', 'eval-texts');
const evalReports = existsSync(EVAL)
  ? [
      ...readdirSync(EVAL).filter((f) => f.endsWith('.zh.txt')).map((f) => join(EVAL, f)),
      ...(existsSync(join(EVAL, 'provinces-2026')) ? readdirSync(join(EVAL, 'provinces-2026')).filter((f) => f.endsWith('.txt')).map((f) => join(EVAL, 'provinces-2026', f)) : []),
    ].map((path) => ({ name: path.slice(EVAL.length + 1), text: () => readFileSync(path, 'utf8').replace(/^\uFEFF/, '') }))
  : [];

function checkStructure(raw: string) {
  const a = analyze(raw);
  const { parts, goals, doubts } = a.structure;
  const roles = parts.map((p) => (p.role === 'period-review' ? 'review' : p.role));
  const isReview = (role: string) => role === 'review' || role === 'period-review';
  const reviewTargets = a.commitments.filter((c) => c.kind === 'target' && parts.some((p) => isReview(p.role) && c.start >= p.start && c.start < p.end));
  const hasGoals = /主要预期目标[^。\n]{0,40}\d/.test(a.normalized.text);
  const roleAt = (o: number) => parts.find((p) => o >= p.start && o < p.end)?.role;
  return { a, roles, reviewTargets, hasGoals, goalsRole: goals ? roleAt(goals.start) : null, doubts };
}

// The evaluation texts sit beside the corpus on the scoring machine only; a clone elsewhere skips them.
const suites: [string, typeof wholeReports][] = [
  ['corpus', wholeReports],
  ['the English corpus', englishReports],
  ['eval-texts', evalReports],
];
describe.each(suites.filter(([, reports]) => reports.length > 0))('structure of every whole report in %s', (_where, reports) => {
  it.each(reports.map((r) => [r.name, r] as const))('%s: a review, a plan, no target in the review, the goals in the plan', (_name, r) => {
    const s = checkStructure(r.text());
    expect(s.a.meta.isReport).toBe(true);
    expect(s.a.meta.year).not.toBeNull();
    expect(s.roles).toContain('review');
    expect(s.roles).toContain('plan');
    expect(s.reviewTargets.map((c) => c.quote)).toEqual([]);
    if (s.hasGoals) expect(s.goalsRole).toBe('plan');
    expect(s.doubts.filter((d) => d !== 'no-titles')).toEqual([]);
  });
});

describe('the split read from tense alone', () => {
  it('finds nearly the same targets in every whole report of the corpus printed without its part titles', () => {
    let agree = 0;
    let total = 0;
    for (const r of wholeReports) {
      const raw = r.text();
      const untitled = raw.split('\n').filter((l) => !/^\s*[一二三四五六七八九十]+、/.test(l)).join('\n');
      const quotes = (text: string) => new Set(analyze(text).commitments.filter((c) => c.kind === 'target').map((c) => c.quote));
      const titled = quotes(raw);
      const guessed = quotes(untitled);
      agree += [...guessed].filter((q) => titled.has(q)).length;
      total += Math.max(titled.size, guessed.size);
    }
    expect(agree / total).toBeGreaterThanOrEqual(0.9);
  });
});
