// @vitest-environment happy-dom
/**
 * The text map in slices (lib/dom/textmap-sliced.ts): on the fixture pages it is the very map the
 * one-task walk builds, however finely it is sliced; a page that changes between slices ahead of
 * the walk is read as it ends up, one that changes what was read is walked again, and one that
 * never stops changing it gives no map rather than a mix of two pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTextMap, type DomTextMap } from './textmap';
import { buildTextMapSliced } from './textmap-sliced';

const PAGES = [
  ...readdirSync('seeds').filter((f) => f.endsWith('.html')).map((f) => `seeds/${f}`),
  ...readdirSync('tests/e2e/pages').filter((f) => f.endsWith('.html')).map((f) => `tests/e2e/pages/${f}`),
];

function open(file: string): Document {
  const html = readFileSync(file, 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  return document;
}

/** Slices as fine as the walk allows (a pause at every step), each pause running `between` first. */
function finest(between: (pause: number) => void = () => undefined) {
  let pauses = 0;
  return { budgetMs: 0, pause: async () => between(++pauses) };
}

function expectSameMap(a: DomTextMap | null, b: DomTextMap): void {
  expect(a).not.toBeNull();
  expect(a!.text).toBe(b.text);
  expect([...a!.starts]).toEqual([...b.starts]);
  expect([...a!.nodeOffsets]).toEqual([...b.nodeOffsets]);
  expect(a!.nodes.length).toBe(b.nodes.length);
  a!.nodes.forEach((n, i) => expect(n).toBe(b.nodes[i]));
}

/** A long page: enough nodes for many pauses. */
function longPage(paragraphs = 3000): HTMLElement {
  document.body.innerHTML = `<div id="head"><span id="clock">08:00</span></div><div id="zoom">${
    Array.from({ length: paragraphs }, (_, i) => `<p>第${i}段，增长<b>${i % 10}%</b>左右。</p>`).join('')}</div><div id="tail"><p id="last">完</p></div>`;
  return document.body;
}

describe('buildTextMapSliced', () => {
  it.each(PAGES)('gives the one-task map on %s', async (file) => {
    const doc = open(file);
    expectSameMap(await buildTextMapSliced(doc.body, { slicing: finest() }), buildTextMap(doc.body));
  });

  it('reads a change ahead of the walk as the page ends up, without walking again', async () => {
    const root = longPage();
    const map = await buildTextMapSliced(root, {
      attempts: 1,
      slicing: finest((n) => {
        if (n === 1) document.getElementById('last')!.textContent = '全文完';
        if (n === 2) document.getElementById('tail')!.append(Object.assign(document.createElement('p'), { textContent: '附件' }));
      }),
    });
    expectSameMap(map, buildTextMap(root));
    expect(map!.text.endsWith('全文完\n附件')).toBe(true);
  });

  it.each([
    ['text', () => void (document.getElementById('clock')!.firstChild!.nodeValue = '08:01')],
    ['a node removed', () => document.querySelector('#zoom p')!.remove()],
    ['a node added', () => document.getElementById('head')!.append('通知')],
    ['a style', () => document.getElementById('head')!.setAttribute('hidden', '')],
  ])('walks again when the page changed what was read (%s), and reads the page as it ends up', async (_, change) => {
    const root = longPage();
    let quiet = 0;
    await buildTextMapSliced(root, { slicing: finest((n) => void (quiet = n)) });
    let pauses = 0;
    const map = await buildTextMapSliced(root, {
      slicing: finest((n) => {
        if (n === 3) change();
        pauses = n;
      }),
    });
    expectSameMap(map, buildTextMap(root));
    // The walk started again after its third pause.
    expect(pauses).toBeGreaterThan(quiet);
  });

  it('gives no map when the page changes what was read in every walk', async () => {
    const root = longPage();
    let tick = 0;
    const clock = document.getElementById('clock')!.firstChild!;
    const map = await buildTextMapSliced(root, { attempts: 3, slicing: finest(() => void (clock.nodeValue = `08:${++tick}`)) });
    expect(map).toBeNull();
  });
});
