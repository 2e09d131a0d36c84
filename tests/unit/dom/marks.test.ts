// @vitest-environment happy-dom
// happy-dom has no CSS Custom Highlight API: the painter takes the element path here by itself.
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, MARK_TAG, MarkPainter, offsetOf, onMarkMutations, toRange, type DomTextMap } from '@/lib/dom';

const HTML = `<div id="r"><h2>一、今年目标</h2><p>地区生产总值增长<b>5.5%</b>左右，城镇新增就业<i>55万人</i>以上。</p>`
  + `<p>居民消费价格涨幅3%左右。</p></div>`;

const RED = { css: 'background-color: rgba(220, 50, 40, 0.24)' };
const BLUE = { css: 'background-color: rgba(40, 110, 235, 0.24); text-decoration: underline 2px #1d4ed8' };

let painter: MarkPainter;

function setUp(html = HTML): { root: HTMLElement; map: DomTextMap; range: (text: string, extra?: number) => Range } {
  document.body.innerHTML = html;
  painter = new MarkPainter(document);
  const root = document.getElementById('r')!;
  const map = buildTextMap(root);
  const range = (text: string, extra = 0) => {
    const at = map.text.indexOf(text);
    if (at < 0) throw new Error(`no ${text}`);
    return toRange(map, at, at + text.length + extra);
  };
  return { root, map, range };
}

/** Every Text node under `root` with its data, to compare the DOM before and after. */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** The same node objects in the same order (toEqual would compare DOM nodes by structure only). */
function identical(a: readonly (Node | null)[], b: readonly (Node | null)[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

afterEach(() => painter?.clearAll());

describe('MarkPainter: the element path', () => {
  it('takes the element path where the Highlight API is missing', () => {
    setUp();
    expect(painter.path).toBe('elements');
  });

  it('wraps exactly the text of a range inside one text node, and clearing restores the DOM exactly', () => {
    const { root, range } = setUp();
    const before = root.innerHTML;
    const nodes = textNodes(root);
    const r = range('居民消费价格涨幅3%');
    painter.paint('gzbg-raised', [r], RED);
    const wrappers = [...root.querySelectorAll(MARK_TAG)];
    expect(wrappers.map((w) => w.textContent)).toEqual(['居民消费价格涨幅3%']);
    expect(wrappers[0]!.className).toBe('gzbg-raised');
    // The range still covers the same text after the split.
    expect(r.toString()).toBe('居民消费价格涨幅3%');
    painter.clear('gzbg-raised');
    expect(root.innerHTML).toBe(before);
    // The very same Text nodes, merged back (no extra, empty or split nodes).
    expect(identical(textNodes(root), nodes)).toBe(true);
    expect(textNodes(root).map((n) => n.data)).toEqual(nodes.map((n) => n.data));
    expect(r.toString()).toBe('居民消费价格涨幅3%');
  });

  it('wraps a range across element boundaries slice by slice', () => {
    const { root, range } = setUp();
    const before = root.innerHTML;
    const r = range('增长5.5%左右');
    painter.paint('gzbg-lowered', [r], RED);
    expect([...root.querySelectorAll(MARK_TAG)].map((w) => [w.parentElement!.tagName, w.textContent])).toEqual([
      ['P', '增长'], ['B', '5.5%'], ['P', '左右'],
    ]);
    expect(r.toString()).toBe('增长5.5%左右');
    painter.clear('gzbg-lowered');
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('b')!.childNodes.length).toBe(1);
  });

  it('nests overlapping groups and unwraps either one first', () => {
    for (const first of ['note', 'mark'] as const) {
      const { root, range } = setUp();
      const before = root.innerHTML;
      const nodes = textNodes(root);
      const note = range('城镇新增就业55万人以上');
      const mark = range('55万人以上');
      painter.paint('gzbg-note', [note], BLUE);
      painter.paint('gzbg-new', [mark], RED);
      const inner = [...root.querySelectorAll(`${MARK_TAG}.gzbg-new`)];
      expect(inner.map((w) => w.textContent)).toEqual(['55万人', '以上']);
      // Each part of the commitment mark sits inside the annotation's wrapper.
      expect(inner.every((w) => w.parentElement!.closest(`${MARK_TAG}.gzbg-note`))).toBe(true);
      expect(note.toString()).toBe('城镇新增就业55万人以上');
      expect(mark.toString()).toBe('55万人以上');
      painter.clear(first === 'note' ? 'gzbg-note' : 'gzbg-new');
      expect(note.toString()).toBe('城镇新增就业55万人以上');
      expect(mark.toString()).toBe('55万人以上');
      expect(root.querySelectorAll(MARK_TAG).length).toBe(first === 'note' ? 2 : 3);
      painter.clear(first === 'note' ? 'gzbg-new' : 'gzbg-note');
      expect(root.innerHTML).toBe(before);
      expect(identical(textNodes(root), nodes)).toBe(true);
    }
  });

  it('repainting a group replaces its wrappers, and ranges of one text node in one group all survive', () => {
    const { root, range } = setUp();
    const before = root.innerHTML;
    const a = range('居民');
    const b = range('价格');
    const c = range('3%左右');
    painter.paint('gzbg-same', [a, b, c], RED);
    painter.paint('gzbg-same', [a, b, c], RED);
    expect([...root.querySelectorAll(MARK_TAG)].map((w) => w.textContent)).toEqual(['居民', '价格', '3%左右']);
    expect([a, b, c].map(String)).toEqual(['居民', '价格', '3%左右']);
    painter.clearAll();
    expect(root.innerHTML).toBe(before);
  });

  it('keeps ranges that were never painted, and the reader\'s selection, on their text', () => {
    const { range } = setUp();
    const later = range('就业55万');
    const sel = document.getSelection()!;
    const selected = range('城镇新增');
    sel.removeAllRanges();
    sel.addRange(selected.cloneRange());
    painter.paint('gzbg-new', [range('新增就业55万人')], RED);
    expect(later.toString()).toBe('就业55万');
    expect(sel.toString()).toBe('城镇新增');
    painter.clear('gzbg-new');
    expect(later.toString()).toBe('就业55万');
    expect(sel.toString()).toBe('城镇新增');
  });

  it('leaves formatting white space between elements alone', () => {
    const { root, map } = setUp(`<div id="r"><p>第一段甲</p>\n  <p>第二段乙</p></div>`);
    painter.paint('gzbg-plain', [toRange(map, 0, map.text.length)], RED);
    expect([...root.querySelectorAll(MARK_TAG)].map((w) => w.textContent)).toEqual(['第一段甲', '第二段乙']);
  });

  it('styles the wrappers with one stylesheet: the group colour, and no box of their own', () => {
    const { range } = setUp();
    painter.paint('gzbg-raised', [range('3%')], RED);
    const css = [...document.adoptedStyleSheets, ...[...document.styleSheets]]
      .flatMap((s) => [...s.cssRules].map((r) => r.cssText))
      .join('\n');
    expect(css).toMatch(/gzbg-mark\[data-gzbg-mark\]\.gzbg-raised\s*\{[^}]*background-color: rgba\(220, 50, 40, 0\.24\) !important/);
    expect(css).toMatch(/all: unset !important/);
    expect(css).toMatch(/display: inline !important/);
  });
});

describe('the text map with wrappers on the page', () => {
  it('reads the same text, the same original nodes and offsets', () => {
    const { root, map, range } = setUp();
    painter.paint('gzbg-note', [range('城镇新增就业55万人以上')], BLUE);
    painter.paint('gzbg-new', [range('55万人'), range('5.5%左右')], RED);
    const again = buildTextMap(root);
    expect(again.text).toBe(map.text);
    expect(identical(again.nodes, map.nodes)).toBe(true);
    expect([...again.starts]).toEqual([...map.starts]);
    expect([...again.nodeOffsets]).toEqual([...map.nodeOffsets]);
  });

  it('makes ranges and offsets that follow the pieces', () => {
    const { root, map, range } = setUp();
    painter.paint('gzbg-new', [range('消费价格')], RED);
    for (const text of ['居民消费', '价格涨幅3%', '涨幅3%左右。']) {
      const at = map.text.indexOf(text);
      expect(toRange(map, at, at + text.length).toString()).toBe(text);
    }
    const wrapper = root.querySelector(MARK_TAG)!;
    const piece = wrapper.firstChild!;
    expect(offsetOf(map, piece, 2)).toBe(map.text.indexOf('价格'));
    expect(offsetOf(map, wrapper.nextSibling!, 0)).toBe(map.text.indexOf('涨幅'));
  });
});

describe('the painter tells a page watcher about its own changes', () => {
  it('calls before and after around every batch of DOM changes', async () => {
    const { root, range } = setUp();
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    const log: string[] = [];
    const off = onMarkMutations({
      before: () => log.push('before'),
      after: () => {
        // Exactly what a watcher does: drop the records of the painter's own changes.
        observer.takeRecords();
        log.push('after');
      },
    });
    painter.paint('gzbg-new', [range('55万人')], RED);
    painter.clear('gzbg-new');
    off();
    await new Promise((r) => setTimeout(r, 0));
    expect(log).toEqual(['before', 'after', 'before', 'after']);
    expect(seen).toEqual([]);
    observer.disconnect();
  });
});
