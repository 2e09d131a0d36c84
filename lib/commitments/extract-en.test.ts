import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/unit/engine/corpus';
import { analyze } from './analyze';
import { compareReports } from './link';

describe('English: the official translation of the national report', () => {
  const a = analyze(corpus('national-2019.en.txt'));
  const targets = a.commitments.filter((c) => c.kind === 'target');
  const find = (s: string) => targets.find((c) => c.quote.includes(s) && s.includes(c.number));

  it('reads the main projected targets with comparators and base units', () => {
    expect(find('GDP growth of 6–6.5 percent')).toMatchObject({ amount: [6, 6.5], unit: '%', comparator: 'range' });
    expect(find('Over 11 million new urban jobs')).toMatchObject({ amount: 11_000_000, unit: '人', comparator: '>=' });
    expect(find('unemployment rate of around 5.5 percent')).toMatchObject({ amount: 5.5, comparator: '~' });
    expect(find('within 4.5 percent')).toMatchObject({ amount: 4.5, comparator: '<=' });
    expect(find('2.76 trillion yuan')).toMatchObject({ amount: 2.76e12, unit: '元' });
  });

  it('reads review figures as outcomes and old → new values as the new one', () => {
    const jobs = a.commitments.find((c) => c.quote.includes('13.61 million new urban jobs'));
    expect(jobs).toMatchObject({ kind: 'outcome', amount: 13_610_000 });
    expect(find('from 50 to 60 percent')).toMatchObject({ amount: 60, comparator: '=' });
  });

  it('names the measured thing, not the modal, the passive or the way it is reached', () => {
    const name = (s: string) => find(s)?.indicator;
    expect(name('general expenditures should be cut by over 5 percent')).toBe('general expenditures');
    expect(name('800 billion yuan will be invested')).toBe('investment in railway construction');
    expect(name('2.15 trillion yuan of special local government bonds')).toBe('special local government bonds');
    expect(name('an 800 billion yuan increase')).toBe('special local government bonds increase');
    expect(name('Roughly 200,000 kilometers of rural roads')).toBe('rural roads');
    expect(name('will remain above 4 percent')).toBe('government budgetary spending on education');
    expect(name('raise the reimbursement rate from 50 to 60 percent')).toBe('reimbursement rate');
    expect(name('keep the lowest bracket rate unchanged at 6 percent')).toBe('lowest bracket rate');
    expect(name('577.6 billion yuan is included')).toBe('central government budget');
    expect(name('an increase of 40 billion yuan')).toBe('central government budget increase');
  });

  it('names the subject of the predicate or the object of an active verb, and reads ranges written with two units', () => {
    const en = analyze(corpus('national-2016.en.txt')).commitments.filter((c) => c.kind === 'target');
    const name = (s: string) => en.find((c) => c.quote.includes(s))?.indicator;
    expect(name("China's aggregate economic output should have exceeded")).toBe("China's aggregate economic output");
    expect(name('Special bonds for local governments will total')).toBe('Special bonds for local governments');
    expect(name('-- CPI increase kept at around 3%')).toBe('CPI');
    expect(en.find((c) => c.quote.includes('GDP growth of 6.5% to 7%'))).toMatchObject({ amount: [6.5, 7], comparator: 'range' });
    expect(en.filter((c) => /^ ?and 7%|^ to 7%/.test(c.quote))).toEqual([]);
    // "from 87,000 yuan to over 120,000 yuan": one target, the new value, named by what rises.
    const productivity = en.filter((c) => c.quote.includes('120,000') || c.quote.includes('87,000'));
    expect(productivity.map((c) => [c.amount, c.comparator, c.indicator])).toEqual([[120_000, '>=', 'per capita labor productivity']]);
  });

  it('leaves the verb of a goal, a comparison and a list word out of its name (2010–2013 translations)', () => {
    const name = (file: string, s: string) => analyze(corpus(file)).commitments.find((c) => c.kind === 'target' && c.quote.includes(s))?.indicator;
    expect(name('national-2013.en.txt', 'Increase GDP by about 7.5%')).toBe('GDP');
    expect(name('national-2012.en.txt', 'keep the registered urban unemployment rate at or below 4.6%')).toBe('registered urban unemployment rate');
    expect(name('national-2010.en.txt', 'which consists of 850 billion yuan')).toBe('central government deficit');
    expect(name('national-2010.en.txt', 'up 50% over last year')).toBe('new type of rural cooperative medical care system increase');
    expect(name('national-2015.en.txt', 'we need to keep grain output above')).toBe('grain output');
    expect(name('national-2014.en.txt', 'we aim to cut energy intensity')).toBe('energy intensity');
  });

  it('splits the goals flattened into one line where each item starts, and names a drop by what drops', () => {
    const name = (s: string) => find(s)?.indicator;
    expect(name('CPI increase of around 3 percent')).toBe('CPI');
    expect(name('Over 11 million new urban jobs')).toBe('new urban jobs');
    expect(find('Over 11 million new urban jobs')?.quote).not.toContain('6.5 percent');
    expect(name('A drop of around 3 percent in energy consumption')).toBe('energy consumption per unit of GDP');
  });

  it('skips the nation and its people', () => {
    const b = analyze('Report on the Work of the Government\nFellow Deputies,\nThis year we will ensure the food supply of China\'s 1.3 billion people, serve 1.4 billion Chinese, and create over 11 million new urban jobs.\n' + 'x '.repeat(500), { force: true });
    expect(b.commitments.filter((c) => c.kind === 'target').map((c) => c.amount)).toEqual([11_000_000]);
  });

  it('links 2019 to 2020 on the same rows as the Chinese text does', () => {
    const rows = compareReports(a, analyze(corpus('national-2020.en.txt'))).rows;
    const jobs = rows.find((r) => r.prior?.quote.includes('11 million new urban jobs'));
    expect(jobs?.current?.amount).toBe(9_000_000);
    expect(jobs?.change).toBe('lowered');
  });
});
