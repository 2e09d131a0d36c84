import { describe, expect, it } from 'vitest';
import { normalize } from './normalize';
import { pageAt, pageOf, pageStarts } from './pages';

describe('pages', () => {
  it('finds the page of an offset from the form feeds', () => {
    const text = '第一页\n正文\f第二页\f\n第三页';
    expect(pageStarts(text)).toEqual([0, 7, 11]);
    expect(pageOf(text, 0)).toBe(1);
    expect(pageOf(text, 6)).toBe(1);
    expect(pageOf(text, 7)).toBe(2);
    expect(pageOf(text, text.indexOf('第三页'))).toBe(3);
    expect(pageAt([0], 5)).toBeNull();
  });

  it('reads a form feed inside a sentence as nothing between Chinese characters', () => {
    expect(normalize('扶持15\f家企业').text).toBe('扶持15家企业');
    expect(normalize('末句。\n\f下一页').text).toBe('末句。\n下一页');
  });
});
