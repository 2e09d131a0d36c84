// @vitest-environment happy-dom
// The path decision and the switch between paths, with a stand-in for the Highlight API (happy-dom has none).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, MARK_TAG, MarkPainter, toRange } from '@/lib/dom';

class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

type Api = { Highlight?: unknown; CSS?: { highlights?: Map<string, FakeHighlight> } };
let registry: Map<string, FakeHighlight>;
let saved: { Highlight: unknown; CSS: unknown };

beforeEach(() => {
  const view = document.defaultView as unknown as Api;
  saved = { Highlight: view.Highlight, CSS: view.CSS };
  registry = new Map();
  view.Highlight = FakeHighlight;
  view.CSS = { ...(view.CSS ?? {}), highlights: registry };
});
afterEach(() => {
  const view = document.defaultView as unknown as Api;
  view.Highlight = saved.Highlight;
  view.CSS = saved.CSS as Api['CSS'];
});

function page(): { root: HTMLElement; ranges: Range[] } {
  document.body.innerHTML = '<div id="r"><p>城镇新增就业<b>1100万人</b>以上，居民消费价格涨幅3%左右。</p></div>';
  const root = document.getElementById('r')!;
  const map = buildTextMap(root);
  const at = (s: string) => toRange(map, map.text.indexOf(s), map.text.indexOf(s) + s.length);
  return { root, ranges: [at('新增就业1100万人'), at('3%左右')] };
}

describe('MarkPainter: which path', () => {
  it('uses the Highlight API where it exists, with the group priority, and never touches the DOM', () => {
    const { root, ranges } = page();
    const before = root.innerHTML;
    const painter = new MarkPainter(document);
    expect(painter.path).toBe('highlights');
    painter.paint('gzbg-new', ranges, { css: 'background-color: blue', priority: 2 });
    expect([...registry.keys()]).toEqual(['gzbg-new']);
    expect([...registry.get('gzbg-new')!].map(String)).toEqual(['新增就业1100万人', '3%左右']);
    expect(registry.get('gzbg-new')!.priority).toBe(2);
    expect(root.innerHTML).toBe(before);
    painter.clear('gzbg-new');
    expect(registry.size).toBe(0);
  });

  it('switching to elements moves painted groups to wrappers, and back to auto restores highlights and the DOM', () => {
    const { root, ranges } = page();
    const before = root.innerHTML;
    const painter = new MarkPainter(document);
    painter.paint('gzbg-new', ranges, { css: 'background-color: blue' });
    painter.setMode('elements');
    expect(painter.path).toBe('elements');
    expect(registry.size).toBe(0);
    expect([...root.querySelectorAll(MARK_TAG)].map((w) => w.textContent)).toEqual(['新增就业', '1100万人', '3%左右']);
    painter.setMode('auto');
    expect(root.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(root.innerHTML).toBe(before);
    expect([...registry.get('gzbg-new')!].map(String)).toEqual(['新增就业1100万人', '3%左右']);
    painter.clearAll();
  });

  it('wraps instead when the API refuses the ranges', () => {
    const { root, ranges } = page();
    (document.defaultView as unknown as Api).Highlight = class {
      constructor() {
        throw new TypeError('not in this world');
      }
    };
    const painter = new MarkPainter(document);
    painter.paint('gzbg-new', ranges, { css: 'background-color: blue' });
    expect(root.querySelectorAll(MARK_TAG).length).toBe(3);
    painter.clearAll();
  });
});
