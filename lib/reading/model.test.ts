import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../commitments';
import type { Commitment } from '../commitments';
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
    // The year compared with offers its targets for the reader to link a figure to, each with its figure as written.
    expect(m.priorTargets).toHaveLength(sh21.commitments.filter((c) => c.kind === 'target').length);
    expect(m.priorTargets!.find((p) => p.figure === '6%以上')).toMatchObject({ number: '6' });
    expect(buildReadingModel(sh21).priorTargets).toEqual([]);
    // Items stay in text order (the overlay binary-searches them).
    expect(m.items.map((i) => i.start)).toEqual([...m.items.map((i) => i.start)].sort((a, b) => a - b));
    // Serializable: it crosses messages.
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    const table = modelTable(m, { change: String, status: String });
    expect(table.length).toBe(1 + m.items.length + m.dropped.length);
  });

  it('follows the reader\'s link: a figure linked to another of last year\'s targets shows that one as its earlier year', () => {
    const plain = buildReadingModel(sh22, [{ analysis: sh21, url: '' }]);
    const gdp = plain.items.find((i) => i.figure === '5.5%左右')!;
    const other = plain.priorTargets!.find((p) => p.figure !== gdp.prior!.figure && p.quote !== gdp.prior!.quote)!;
    const linked = sh22.commitments.map((c) => (c.start === gdp.start ? { ...c, link: { year: 2021, indicator: other.indicator, quote: other.quote, number: other.number } } : c));
    const m = buildReadingModel({ ...sh22, commitments: linked }, [{ analysis: sh21, url: '' }]);
    const item = m.items.find((i) => i.start === gdp.start)!;
    expect(item.prior).toMatchObject({ year: 2021, figure: other.figure, quote: other.quote });
    const unlinked = sh22.commitments.map((c) => (c.start === gdp.start ? { ...c, link: null } : c));
    const u = buildReadingModel({ ...sh22, commitments: unlinked }, [{ analysis: sh21, url: '' }]).items.find((i) => i.start === gdp.start)!;
    expect(u).toMatchObject({ prior: null, change: 'new' });
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

describe('passageHref', () => {
  const c = (quote: string, number: string) => ({ quote, number }) as Commitment;
  const text = (href: string | null) => decodeURIComponent(href!.split('#:~:text=')[1]!);
  it('matches the whole clause that holds the figure, with the clause before as its prefix', () => {
    const href = passageHref('https://x.gov.cn/r.html#top', c('主要预期目标是：全市生产总值增长6%以上，地方一般公共预算收入增长5%。', '6%'));
    expect(href!.startsWith('https://x.gov.cn/r.html#:~:text=')).toBe(true);
    expect(text(href)).toBe('主要预期目标是：-,全市生产总值增长6%以上');
    // Fragment syntax characters in the text are escaped.
    expect(passageHref('https://x.gov.cn/r', c('增长6-6.5%', '6-6.5%'))).toBe('https://x.gov.cn/r#:~:text=%E5%A2%9E%E9%95%BF6%2D6.5%25');
  });
  it('has no prefix at the start of a quote, and no link for a page without a web address', () => {
    expect(text(passageHref('http://a/b', c('新增就业55万人以上，城镇调查失业率5%以内。', '55万人')))).toBe('新增就业55万人以上');
    expect(passageHref('', c('新增就业55万人以上', '55万人'))).toBeNull();
  });
});
