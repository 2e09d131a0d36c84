import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { writtenFigure } from './figure';
import { compareReports } from './link';
import type { Comparator } from './types';

const corpus = (name: string) => readFileSync(new URL(`../../tests/fixtures/corpus/${name}`, import.meta.url), 'utf8');
const fig = (quote: string, number: string, unit: string, comparator: Comparator, kind: 'target' | 'outcome' = 'target') =>
  writtenFigure({ quote, number, unit, comparator, kind });

describe('writtenFigure', () => {
  it('writes the figure as the report does, comparator and all', () => {
    expect(fig('城镇调查失业率5.5%左右', '5.5', '%', '~')).toBe('5.5%左右');
    expect(fig('城镇调查失业率5.5%以内', '5.5', '%', '<=')).toBe('5.5%以内');
    expect(fig('城镇新增就业1100万人以上', '1100万', '人', '>=')).toBe('1100万人以上');
    expect(fig('地区生产总值增长4.5%—5%', '4.5%—5%', '%', 'range')).toBe('4.5%—5%');
    expect(fig('预计全年为企业新增减负超过2.5万亿元', '2.5万亿', '元', '>')).toBe('超过2.5万亿元');
    expect(fig('新增减税降费约5000亿元', '5000亿', '元', '~')).toBe('约5000亿元');
    expect(fig('新建改建高速公路6000多公里', '6000', '公里', '>', 'outcome')).toBe('6000多公里');
    expect(fig('地方一般公共预算收入增长6%', '6', '%', '+')).toBe('+6%');
    expect(fig('国内生产总值增长6.1%', '6.1', '%', '+', 'outcome')).toBe('6.1%');
  });

  it('finds the number itself, not the same digits inside another (the 6 of 9600)', () => {
    expect(fig('投资9600万元实施的向阳幼儿园等6个项目全部完工', '6', '', '=', 'outcome')).toBe('6个');
  });

  it('never drops a comparator the quote does not state next to the number', () => {
    expect(fig('控制目标：失业率在5.5%', '5.5', '%', '<=')).toBe('5.5%以内');
    expect(fig('More than 66 million new urban jobs', '66 million', '', '>=')).toBe('More than 66 million');
  });

  it('on every corpus pair, a target whose comparator changed never reads the same in both years', () => {
    const pairs = [['national-2019', 'national-2020'], ['shanghai-2021', 'shanghai-2022'], ['national-2017', 'national-2018'], ['hailar-2015', 'hailar-2016']];
    let changed = 0;
    for (const [a, b] of pairs) {
      const rows = compareReports(analyze(corpus(`${a}.zh.txt`)), analyze(corpus(`${b}.zh.txt`))).rows;
      for (const r of rows) {
        if (!r.prior || !r.current || r.prior.comparator === r.current.comparator) continue;
        changed++;
        expect(writtenFigure(r.prior), `${a}→${b} ${r.indicator}`).not.toBe(writtenFigure(r.current));
      }
    }
    expect(changed).toBeGreaterThan(3);
  });
});
