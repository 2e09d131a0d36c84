// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextMap, locate, offsetOf, toRange } from '@/lib/dom';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextMap: visible text', () => {
  it('puts one line break at block boundaries and collapses white space', () => {
    const map = buildTextMap(page(`
      <h1>  政府工作报告 </h1>
      <div class="crumb">首页 &gt; <a href="#">政务公开</a></div>
      <p>
        第一段，
        <b>加粗</b>文字。
      </p>
      <p>第二段</p>`));
    expect(map.text).toBe('政府工作报告\n首页 > 政务公开\n第一段， 加粗文字。\n第二段');
  });

  it('leaves out scripts, styles, hidden nodes and the extension UI', () => {
    const map = buildTextMap(page(`
      <style>.gone { display: none }</style>
      <script>var x = "脚本";</script>
      <noscript>无脚本</noscript>
      <template><p>模板</p></template>
      <p>甲<span class="gone">类隐藏</span>乙</p>
      <p style="display:none">内联隐藏</p>
      <p hidden>属性隐藏</p>
      <p aria-hidden="true">无障碍隐藏</p>
      <div data-gzbg-ui><p>扩展界面</p></div>
      <p style="visibility:hidden">不可见<span style="visibility:visible">可见</span></p>
      <p>丙</p>`));
    expect(map.text).toBe('甲乙\n可见\n丙');
  });

  it('honours br, list items, table rows and cells, and pre', () => {
    const map = buildTextMap(page(`
      <p>一行<br>二行<br><br>四行</p>
      <ul><li>甲</li><li>乙</li></ul>
      <table><tr><td>指标</td><td>目标</td></tr><tr><td>GDP</td><td>6%</td></tr></table>
      <pre>  a
  b</pre>`));
    expect(map.text).toBe('一行\n二行\n\n四行\n甲\n乙\n指标\t目标\nGDP\t6%\n  a\n  b');
  });

  it('keeps full-width spaces (not collapsible) and inline boundaries without spaces', () => {
    const map = buildTextMap(page('<p>上海市市长\u3000龚正</p><p>增长<span>6</span>%左右</p>'));
    expect(map.text).toBe('上海市市长\u3000龚正\n增长6%左右');
  });

  it('accepts a document or a detached fragment as root', () => {
    page('<p>正文</p>');
    expect(buildTextMap(document).text).toBe('正文');
    const frag = document.createDocumentFragment();
    frag.append('片段', document.createElement('br'), '二');
    expect(buildTextMap(frag).text).toBe('片段\n二');
  });

  it('returns an empty map for an empty or wholly hidden root', () => {
    const map = buildTextMap(page('<script>1</script>'));
    expect(map.text).toBe('');
    expect(locate(map, 0)).toBeNull();
  });
});

describe('locate, toRange, offsetOf', () => {
  const html = '<p>国内生产总值增长<b>6%－6.5%</b>；</p><p>城镇新增就业1100万人以上</p>';

  it('maps every character back to its Text node', () => {
    const map = buildTextMap(page(html));
    for (let i = 0; i < map.text.length; i++) {
      const p = locate(map, i);
      if (map.text[i] === '\n') expect(p).toBeNull();
      else expect(p!.node.data[p!.offset]).toBe(map.text[i]);
    }
  });

  it('makes a Range over a span, also across elements and blocks', () => {
    const map = buildTextMap(page(html));
    const at = map.text.indexOf('6%－6.5%');
    expect(toRange(map, at, at + '6%－6.5%'.length).toString()).toBe('6%－6.5%');
    const from = map.text.indexOf('增长');
    expect(toRange(map, from, map.text.indexOf('；') + 1).toString()).toBe('增长6%－6.5%；');
    // Across the synthetic break: the range ends and starts in text, the break itself is not in the DOM.
    const nl = map.text.indexOf('\n');
    const r = toRange(map, nl - 1, nl + 3);
    expect(r.toString()).toBe('；城镇');
    expect(r.startContainer.nodeType).toBe(3);
    expect(r.endContainer.nodeType).toBe(3);
    // Only the break: collapsed.
    expect(toRange(map, nl, nl + 1).collapsed).toBe(true);
    // Whole text.
    expect(toRange(map, 0, map.text.length).toString()).toBe(map.text.replace('\n', ''));
    expect(() => toRange(map, 0, map.text.length + 1)).toThrow(RangeError);
  });

  it('finds the offset of a DOM position', () => {
    const map = buildTextMap(page(html));
    const b = document.querySelector('b')!.firstChild!;
    expect(offsetOf(map, b, 0)).toBe(map.text.indexOf('6%'));
    expect(offsetOf(map, b, 2)).toBe(map.text.indexOf('－'));
    expect(offsetOf(map, document.body, 0)).toBeNull();
  });

  it('maps a collapsed space to the first white-space character it stands for', () => {
    const map = buildTextMap(page('<p>甲 \n\t 乙</p>'));
    expect(map.text).toBe('甲 乙');
    const p = locate(map, 1)!;
    expect(p.offset).toBe(1);
    expect(offsetOf(map, p.node, 3)).toBe(2); // inside the collapsed run → next visible character
  });
});

describe('speed', () => {
  it('maps a 60,000-character page in one pass and looks offsets up by binary search', () => {
    const para = '今年发展主要预期目标是：国内生产总值增长6%－6.5%；城镇新增就业1100万人以上，城镇调查失业率5.5%左右。';
    const paras: string[] = [];
    let chars = 0;
    for (let i = 0; chars < 62_000; i++) {
      const p = `<p>${i}、${para}<b>${i}</b>${para}</p>`;
      paras.push(p);
      chars += para.length * 2 + 8;
    }
    const root = page(`<div>${paras.join('\n')}</div>`);
    // happy-dom's getComputedStyle is far slower than a browser's; the speed of the walk itself is
    // measured with a cheap style function (the e2e smoke test times it in Chromium).
    const t0 = performance.now();
    const map = buildTextMap(root, { styleOf: () => ({ display: '', visibility: '', whiteSpace: '' }) });
    const built = performance.now() - t0;
    expect(map.text.length).toBeGreaterThan(60_000);
    const t1 = performance.now();
    let sum = 0;
    for (let i = 0; i < map.text.length; i++) sum += locate(map, i)?.offset ?? 0;
    const looked = performance.now() - t1;
    expect(sum).toBeGreaterThan(0);
    expect(built).toBeLessThan(1000);
    expect(looked).toBeLessThan(500);
  });
});
