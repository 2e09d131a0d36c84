import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/unit/engine/corpus';
import { analyze, compareReports, type Analysis } from '../commitments';
import { indicatorKey } from '../commitments/key';
import { applyCorrections } from './apply';
import { toGoldLabels } from './gold';
import { proposeFigure } from './propose';
import { anchorOfFigure, correctionsFile, parseCorrectionsFile } from './schema';
import type { Correction, CorrectionAction } from './types';

const prior = corpus('shanghai-2021.zh.txt');
const current = corpus('shanghai-2022.zh.txt');
const a21 = analyze(prior);
const a22 = analyze(current);
const REPORT = { region: '上海市', year: 2022 };
const targets = <T extends { kind: string }>(list: T[]): T[] => list.filter((c) => c.kind === 'target');
let n = 0;
const correct = (text: string, start: number, end: number, action: CorrectionAction): Correction => ({
  id: `c${++n}`, report: REPORT, ...anchorOfFigure(text, start, end), action,
  creator: { name: '记者甲' }, created: new Date(Date.UTC(2026, 2, 5, 9, n)).toISOString(),
});
const withCommitments = (a: Analysis, commitments: Analysis['commitments']): Analysis => ({ ...a, commitments });
const gdp = targets(a22.commitments).find((c) => c.indicator.includes('生产总值'))!;
const some = targets(a22.commitments)[10]!;

describe('applyCorrections', () => {
  it('dismisses a false target, renames one, and says which corrections touched which figure', () => {
    const dismiss = correct(current, some.start, some.end, { kind: 'dismiss' });
    const rename = correct(current, gdp.start, gdp.end, { kind: 'rename', indicator: '全市经济增速' });
    const { commitments, results } = applyCorrections(current, a22.commitments, [dismiss, rename]);
    expect(targets(commitments)).toHaveLength(targets(a22.commitments).length - 1);
    expect(commitments.find((c) => c.start === some.start)).toBeUndefined();
    const renamed = commitments.find((c) => c.start === gdp.start)!;
    expect(renamed.indicator).toBe('全市经济增速');
    expect(renamed.corrections).toEqual([rename.id]);
    expect(results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // Everything downstream reads the corrected list: the year-over-year table loses the dismissed row.
    const rows = compareReports(a21, withCommitments(a22, commitments)).rows;
    expect(rows.some((r) => r.current?.start === some.start)).toBe(false);
  });

  it('adds a missed figure from a selection, with the engine proposing what it measures', () => {
    const sentence = '全年新增公共充电桩2万个以上';
    const text = `${current}\n${sentence}。`;
    const at = text.lastIndexOf(sentence);
    const p = proposeFigure(sentence)!;
    expect(p).toMatchObject({ number: '2万', amount: 20000, unit: '个', comparator: '>=' });
    expect(p.indicator).toContain('充电桩');
    const add = correct(text, at + p.start, at + p.end, { kind: 'add', role: 'target', amount: p.amount, unit: p.unit, comparator: p.comparator, indicator: p.indicator });
    const { commitments, results } = applyCorrections(text, a22.commitments, [add]);
    const made = commitments.find((c) => c.id === results[0]!.commitmentId)!;
    expect(results[0]!.status).toBe('applied');
    expect(made).toMatchObject({ kind: 'target', start: at + p.start, number: '2万', amount: 20000, corrections: [add.id] });
    expect(made.quote).toContain(sentence);
    // In text order, so counts, stepping and tables see it where it stands.
    expect(commitments.at(-1)).toBe(made);
  });

  it('follows its figure into a new version of the text, and shows a changed figure as changed instead of applying it', () => {
    const dismiss = correct(current, some.start, some.end, { kind: 'dismiss' });
    const inserted = '（新增的一段说明文字，不含数字。）\n';
    const moved = current.slice(0, 200) + inserted + current.slice(200);
    const shifted = a22.commitments.map((c) => ({ ...c, start: c.start + (c.start >= 200 ? inserted.length : 0), end: c.end + (c.start >= 200 ? inserted.length : 0) }));
    const r1 = applyCorrections(moved, shifted, [dismiss]);
    expect(r1.results[0]!.status).toBe('applied');
    expect(r1.commitments).toHaveLength(shifted.length - 1);
    // The figure itself edited: never applied to the new number.
    const edited = current.slice(0, some.start) + '9' + current.slice(some.start + 1);
    const r2 = applyCorrections(edited, a22.commitments, [dismiss]);
    expect(['changed', 'orphaned']).toContain(r2.results[0]!.status);
    expect(r2.commitments).toHaveLength(a22.commitments.length);
    // The passage gone: listed as orphaned, the rest untouched.
    const cut = current.slice(0, Math.max(0, some.start - 300)) + current.slice(some.end + 300);
    expect(applyCorrections(cut, [], [dismiss]).results[0]!.status).toBe('orphaned');
  });

  it('lists a correction whose figure a new engine no longer marks, and reads an add the engine now finds as the reader says', () => {
    const rename = correct(current, gdp.start, gdp.end, { kind: 'rename', indicator: '经济增速' });
    const withoutGdp = a22.commitments.filter((c) => c !== gdp);
    expect(applyCorrections(current, withoutGdp, [rename]).results[0]!.status).toBe('no-figure');
    const add = correct(current, gdp.start, gdp.end, { kind: 'add', role: 'target', amount: 5.5, unit: '%', comparator: '~', indicator: '全市生产总值增长' });
    const r = applyCorrections(current, a22.commitments, [add]);
    expect(r.results[0]!.status).toBe('now-found');
    expect(r.commitments).toHaveLength(a22.commitments.length);
  });

  it('unlinks a pair the engine made, and links a renamed figure to a chosen target of the year before', () => {
    const paired = compareReports(a21, a22).rows.find((r) => r.prior && r.current && r.change !== 'qualitative')!;
    const cur = paired.current!;
    const unlink = correct(current, cur.start, cur.end, { kind: 'unlink' });
    const rows = compareReports(a21, withCommitments(a22, applyCorrections(current, a22.commitments, [unlink]).commitments)).rows;
    expect(rows.find((r) => r.current?.start === cur.start)!.prior).toBeNull();
    // Renamed out of recognition, then linked back by the reader.
    const rename = correct(current, cur.start, cur.end, { kind: 'rename', indicator: '某项完全不同的叫法' });
    const link = correct(current, cur.start, cur.end, { kind: 'link', year: 2021, indicator: paired.prior!.indicator, quote: paired.prior!.quote });
    const both = applyCorrections(current, a22.commitments, [rename, link]).commitments;
    const relinked = compareReports(a21, withCommitments(a22, both)).rows.find((r) => r.current?.start === cur.start)!;
    expect(relinked.prior?.start).toBe(paired.prior!.start);
  });

  it('links a figure to the prior target the reader chose, even one the engine would never pair it with, and unlinks it again', () => {
    const rows = compareReports(a21, a22).rows;
    const paired = rows.find((r) => r.prior && r.current && r.change !== 'qualitative')!;
    // A prior target in another unit, so the engine's similarity alone can never pair the two.
    const other = targets(a21.commitments).find((p) => p.unit !== paired.current!.unit && p.horizon === paired.current!.horizon && p !== paired.prior)!;
    const cur = paired.current!;
    const link = correct(current, cur.start, cur.end, { kind: 'link', year: 2021, indicator: other.indicator, quote: other.quote, number: other.number });
    const linked = applyCorrections(current, a22.commitments, [link]).commitments;
    expect(linked.find((c) => c.start === cur.start)!.link).toMatchObject({ year: 2021, quote: other.quote, number: other.number });
    const after = compareReports(a21, withCommitments(a22, linked)).rows;
    expect(after.find((r) => r.current?.start === cur.start)!.prior).toBe(other);
    // The engine's prior is free again: last year's target is still in the table (paired elsewhere or dropped), never lost.
    expect(after.filter((r) => r.prior === paired.prior)).toHaveLength(1);
    // Then unlinked (the later correction wins): paired with nothing, its name and key untouched.
    const unlink = correct(current, cur.start, cur.end, { kind: 'unlink' });
    const both = applyCorrections(current, a22.commitments, [link, unlink]).commitments;
    const un = both.find((c) => c.start === cur.start)!;
    expect(un.link).toBeNull();
    expect(un.key).toBe(indicatorKey(other.indicator));
    expect(compareReports(a21, withCommitments(a22, both)).rows.find((r) => r.current?.start === cur.start)!.prior).toBeNull();
    // A link to a year this comparison does not read leaves the figure to the engine.
    const elsewhere = correct(current, cur.start, cur.end, { kind: 'link', year: 2019, indicator: other.indicator, quote: other.quote });
    const e = applyCorrections(current, a22.commitments, [elsewhere]).commitments;
    expect(compareReports(a21, withCommitments(a22, e)).rows.find((r) => r.current?.start === cur.start)!.prior).not.toBe(other);
  });

  it('reads a target as an outcome (and back): it leaves the targets and can be last year\'s result', () => {
    const retype = correct(current, some.start, some.end, { kind: 'retype', role: 'outcome' });
    const { commitments, results } = applyCorrections(current, a22.commitments, [retype]);
    expect(results[0]!.status).toBe('applied');
    expect(commitments.find((c) => c.start === some.start)!.kind).toBe('outcome');
    expect(targets(commitments)).toHaveLength(targets(a22.commitments).length - 1);
    const back = correct(current, some.start, some.end, { kind: 'retype', role: 'target' });
    expect(applyCorrections(current, a22.commitments, [retype, back]).commitments.find((c) => c.start === some.start)!.kind).toBe('target');
  });
});

describe('corrections files', () => {
  it('round-trip through the shareable file and refuse a malformed one with the path of its problem', () => {
    const list = [correct(current, gdp.start, gdp.end, { kind: 'rename', indicator: 'GDP' })];
    expect(parseCorrectionsFile(JSON.stringify(correctionsFile(list)))).toEqual(list);
    const bad = JSON.parse(JSON.stringify(correctionsFile(list))) as { corrections: { action: { kind: string } }[] };
    bad.corrections[0]!.action = { kind: 'explode' };
    expect(() => parseCorrectionsFile(JSON.stringify(bad))).toThrow(/corrections\.0\.action/);
    expect(() => parseCorrectionsFile('{')).toThrow(/not JSON/);
    // A link written before links recorded the prior figure is still a valid file.
    const oldLink = { ...list[0]!, action: { kind: 'link', year: 2021, indicator: 'GDP', quote: '增长5.5%' } };
    expect(parseCorrectionsFile(JSON.stringify(correctionsFile([oldLink as Correction])))[0]!.action).toEqual(oldLink.action);
    expect(() => parseCorrectionsFile(JSON.stringify(correctionsFile([{ ...oldLink, action: { ...oldLink.action, number: 5 } } as unknown as Correction])))).toThrow(/number/);
    expect(() => parseCorrectionsFile(JSON.stringify(correctionsFile([{ ...list[0]!, figureAt: 0, number: '不在这里' }])))).toThrow(/figureAt/);
    expect(() => parseCorrectionsFile(JSON.stringify({ type: 'gzbg-corrections', version: 1, exported: 'x', corrections: [{ ...list[0], created: 'yesterday' }] }))).toThrow(/created/);
  });

  it('write a corrected report as labels in the gold shape: unique quotes holding their number', () => {
    const dismiss = correct(current, some.start, some.end, { kind: 'dismiss' });
    const { commitments } = applyCorrections(current, a22.commitments, [dismiss]);
    const gold = toGoldLabels('shanghai-2022.zh.txt', current, a22.meta, commitments);
    expect(gold).toMatchObject({ region: '上海市', year: 2022, level: 'provincial' });
    expect(gold.targets).toHaveLength(targets(commitments).length);
    for (const t of gold.targets) {
      expect(t.quote).toContain(t.number);
      expect(current.indexOf(t.quote)).toBe(current.lastIndexOf(t.quote));
    }
  });
});
