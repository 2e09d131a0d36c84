import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../commitments';
import { buildReadingModel, choosePriors, groupBySection, modelTable, passageHref, toneOf } from './model';

const seed = (name: string) => analyze(readFileSync(`seeds/${name}.txt`, 'utf8'));
const sh21 = seed('shanghai-2021');
const sh22 = seed('shanghai-2022');

describe('buildReadingModel', () => {
  it('without an earlier year: every target, no change, nothing dropped', () => {
    const m = buildReadingModel(sh21);
    expect(m.items.length).toBe(sh21.commitments.filter((c) => c.kind === 'target').length);
    expect(m.priorYear).toBeNull();
    expect(m.items.every((i) => i.change === null && i.prior === null)).toBe(true);
    expect(m.dropped).toEqual([]);
  });

  it('against the stored prior year: change, status, last year\'s passage and series', () => {
    const m = buildReadingModel(sh22, [{ analysis: sh21, url: 'https://www.shanghai.gov.cn/2021.html', reportId: 'r21' }]);
    expect(m.priorYear).toBe(2021);
    const gdp = m.items.find((i) => i.figure === '5.5%左右')!;
    expect(gdp.change).toBe('lowered');
    expect(gdp.status).toBe('exceeded');
    expect(gdp.prior).toMatchObject({ year: 2021, figure: '6%以上', reportId: 'r21' });
    expect(gdp.prior!.href).toMatch(/^https:\/\/www\.shanghai\.gov\.cn\/2021\.html#:~:text=/);
    expect(gdp.history).toEqual([{ year: 2021, target: '6%以上', actual: '8.1%' }]);
    expect(m.counts.raised + m.counts.lowered + m.counts.new).toBeGreaterThan(10);
    expect(m.dropped.length).toBe(m.counts.dropped + m.counts.qualitative);
    // Items stay in text order (the overlay binary-searches them).
    expect(m.items.map((i) => i.start)).toEqual([...m.items.map((i) => i.start)].sort((a, b) => a - b));
    // Serializable: it crosses messages.
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    const table = modelTable(m, { change: String, status: String });
    expect(table.length).toBe(1 + m.items.length + m.dropped.length);
  });

  it('choosePriors: only earlier years, whole reports before summaries, newest first', () => {
    const summary = { ...sh21, meta: { ...sh21.meta, summary: true } };
    const chosen = choosePriors([{ analysis: summary, url: '' }, { analysis: sh21, url: 'x' }, { analysis: sh22, url: '' }], 2022);
    expect(chosen).toHaveLength(1);
    expect(chosen[0]!.url).toBe('x');
  });

  it('helpers', () => {
    expect(toneOf('unit-changed')).toBe('comparator');
    expect(toneOf(null)).toBe('plain');
    expect(passageHref('', sh21.commitments[0]!)).toBeNull();
    expect(groupBySection([{ section: 'a' }, { section: 'a' }, { section: 'b' }]).map((g) => g.items.length)).toEqual([2, 1]);
  });
});
