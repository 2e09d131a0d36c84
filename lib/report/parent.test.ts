import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/unit/engine/corpus';
import { normalize } from '../text';
import { parentOf } from './parent';
import { recognize } from './recognize';

const parentIn = (file: string) => {
  const text = normalize(corpus(file)).text;
  return recognize(text).parent;
};

describe('parentOf: the government a report answers to, where the text tells', () => {
  it('a province answers to the nation; the nation to none', () => {
    expect(parentIn('provinces-2026/gansu-2026.zh.txt')).toBe('全国');
    expect(parentIn('shanghai-2021.zh.txt')).toBe('全国');
    expect(parentIn('national-2020.zh.txt')).toBeNull();
  });

  it('a district names its city often enough in some years, and is left without a parent where it does not', () => {
    expect(parentIn('hailar-2012.zh.txt')).toBe('呼伦贝尔市');
    expect(parentIn('hailar-2017.zh.txt')).toBe('呼伦贝尔市');
    // 2014 says 市委、市政府 without the city's name: no guess.
    expect(parentIn('hailar-2014.zh.txt')).toBeNull();
  });

  it('reads a city inside its province on the session line, else the province it names most', () => {
    expect(parentOf('——2021年1月在山西省运城市第五届人民代表大会第六次会议上\n各位代表：', '运城市', 'municipal')).toBe('山西省');
    const body = '各位代表：\n过去一年，在省委、省政府坚强领导下，我们融入山西中部城市群，对接山西省重点工程，承接山西转型综改。与陕西的合作继续推进。';
    expect(parentOf(body, '运城市', 'municipal')).toBe('山西省');
    // Two provinces named as often: no parent.
    expect(parentOf('各位代表：山西、陕西、河南三省交界，山西陕西河南合作，山西、陕西、河南。', '运城市', 'municipal')).toBeNull();
  });

  it('does not take 城市, 市民 or 全市 for a city', () => {
    const body = '各位代表：全市城市更新，市民满意，城市建设，城市管理，大城市，全市上下，全市人民，市场主体，市场活力，市场。';
    expect(parentOf(body, '海拉尔区', 'county')).toBeNull();
  });
});
