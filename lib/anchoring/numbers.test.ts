import { expect, it } from 'vitest';
import { extractNumbers, sameNumbers } from './index.ts';

it.each([
  ['国内生产总值增长5.2%', ['5.2%']],
  ['地方专项债券1.35万亿元', ['1.35万亿']],
  ['城镇新增就业１２００万人以上，失业率５．５％左右', ['1200万', '5.5%']],
  ['实际使用外资1,363亿美元', ['1363亿']],
  ['“十三五”规划', ['十三五']],
  ['新建改建农村公路两万公里，三年行动', ['两万', '三']],
  ['大众创业、万众创新，千帆竞发', []],
  ['PM2.5浓度下降', ['2.5']],
  ['', []],
])('extractNumbers(%j) = %j', (text, numbers) => {
  expect(extractNumbers(text)).toEqual(numbers);
});

it('compares numbers as multisets', () => {
  expect(sameNumbers(['5%', '1200万'], ['1200万', '5%'])).toBe(true);
  expect(sameNumbers(['5%'], ['5%', '5%'])).toBe(false);
  expect(sameNumbers(['5万'], ['6万'])).toBe(false);
  expect(sameNumbers([], [])).toBe(true);
});
