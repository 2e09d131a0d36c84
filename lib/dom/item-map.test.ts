// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { placedTextMap } from './item-map';
import { offsetOf, toRange } from './textmap';

describe('placedTextMap', () => {
  it('maps offsets to the placed nodes, the text between them synthetic', () => {
    const spans = ['扶持15', '家企业', '新增就业'].map((s) => {
      const span = document.createElement('span');
      span.textContent = s;
      document.body.appendChild(span);
      return span.firstChild as Text;
    });
    const text = '扶持15\f家企业\n新增就业';
    const map = placedTextMap(text, [{ start: 5, node: spans[1]! }, { start: 0, node: spans[0]! }, { start: 9, node: spans[2]! }]);
    expect(toRange(map, 2, 6).toString()).toBe('15家');
    expect(toRange(map, 9, 13).toString()).toBe('新增就业');
    expect(offsetOf(map, spans[2]!, 2)).toBe(11);
    expect(() => placedTextMap(text, [{ start: 0, node: spans[0]! }, { start: 2, node: spans[1]! }])).toThrow(RangeError);
  });
});
