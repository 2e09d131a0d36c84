// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTextMap, locate, offsetOf, toRange, type DomPoint } from '@/lib/dom';

/** A random DOM: elements that render text, elements that hide it, and text with white space. */
type Tree = { tag: string; hide: string | null; children: Tree[] } | string;

const TAGS = ['p', 'div', 'span', 'b', 'li', 'h2', 'section', 'td', 'tr', 'pre', 'br', 'a'];
const HIDERS = ['script', 'style', 'hidden', 'display-none', 'aria-hidden', 'ui', 'noscript'];
const chars = fc.constantFrom('中', '文', 'a', '1', '6', '%', '，', '。', ' ', ' ', '\n', '\t', '\u3000', '\u00a0');

const tree = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: chars, minLength: 0, maxLength: 12 }),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      hide: fc.option(fc.constantFrom(...HIDERS), { freq: 5 }),
      children: fc.array(tie('node'), { maxLength: 5 }),
    }),
  ),
}));

function build(t: Tree, hiddenNodes: Set<Node>, hidden: boolean): Node {
  if (typeof t === 'string') {
    const n = document.createTextNode(t);
    if (hidden) hiddenNodes.add(n);
    return n;
  }
  let tag = t.tag;
  if (t.hide === 'script' || t.hide === 'style' || t.hide === 'noscript') tag = t.hide;
  const el = document.createElement(tag);
  if (t.hide === 'hidden') el.setAttribute('hidden', '');
  if (t.hide === 'display-none') el.setAttribute('style', 'display:none');
  if (t.hide === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
  if (t.hide === 'ui') el.setAttribute('data-gzbg-ui', '');
  if (tag !== 'br') for (const c of t.children) el.append(build(c, hiddenNodes, hidden || t.hide !== null));
  return el;
}

function before(a: DomPoint, b: DomPoint): boolean {
  if (a.node === b.node) return a.offset < b.offset;
  return (a.node.compareDocumentPosition(b.node) & 4) !== 0;
}

describe('buildTextMap (property)', () => {
  it('maps every offset back to the character it shows, in document order, never a hidden one', () => {
    fc.assert(
      fc.property(fc.array(tree.node, { maxLength: 6 }), (forest) => {
        document.body.innerHTML = '';
        const hiddenNodes = new Set<Node>();
        for (const t of forest) document.body.append(build(t, hiddenNodes, false));
        const map = buildTextMap(document.body);
        const { text } = map;
        let prev: DomPoint | null = null;
        let shownNonSpace = 0;
        for (let i = 0; i < text.length; i++) {
          const ch = text[i]!;
          const p = locate(map, i);
          if (!p) {
            // Synthetic separators only: a block break or a table-cell tab.
            expect(ch === '\n' || ch === '\t').toBe(true);
            continue;
          }
          const src = p.node.data[p.offset]!;
          expect(hiddenNodes.has(p.node)).toBe(false);
          if (ch === ' ') expect(/[ \t\n\r\f]/.test(src)).toBe(true);
          else expect(src).toBe(ch);
          if (!/[ \t\n\r\f]/.test(ch)) shownNonSpace++;
          if (prev) expect(before(prev, p)).toBe(true);
          prev = p;
          // A one-character range shows that character; offsetOf inverts locate.
          expect(toRange(map, i, i + 1).toString()).toBe(src);
          expect(offsetOf(map, p.node, p.offset)).toBe(i);
        }
        // Nothing visible is lost: every non-space character of a shown Text node is in the text.
        let visibleNonSpace = 0;
        const walker = document.createTreeWalker(document.body, 4);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!hiddenNodes.has(n)) visibleNonSpace += (n as Text).data.replace(/[ \t\n\r\f]/g, '').length;
        }
        expect(shownNonSpace).toBe(visibleNonSpace);
        // No synthetic line break at the start or the end (a <pre>'s own newline may be there).
        expect(text.startsWith('\n') && locate(map, 0) === null).toBe(false);
        expect(text.endsWith('\n') && locate(map, text.length - 1) === null).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
