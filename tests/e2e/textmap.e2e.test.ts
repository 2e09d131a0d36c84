/**
 * lib/dom in real browsers: the text map of a seed page, against the browser's own idea of the
 * visible text (innerText), with every offset mapped back, and its speed on a 60,000-character page.
 * lib/dom/textmap.ts (with its imports) is bundled with esbuild and injected as a script.
 */
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchFirefox, type Driver } from './browsers';

const base = inject('baseUrl');
const SCRIPT = buildSync({
  entryPoints: [resolve(import.meta.dirname, '../../lib/dom/textmap.ts')],
  bundle: true, format: 'iife', globalName: '__gzbgDom', target: 'es2022', write: false, logLevel: 'warning',
}).outputFiles[0]!.text;

interface Probe {
  chars: number;
  buildMs: number;
  lookupMs: number;
  /** Offsets whose mapped character differs from the text's. */
  wrong: number[];
  /** The text without white space equals innerText without white space. */
  sameAsInnerText: boolean;
  firstDifference: string | null;
  text: string;
}

/** Runs in the page: inject lib/dom, optionally grow the article, map, check every offset. */
const probe = ({ code, copies }: { code: string; copies: number }): Probe => {
  const s = document.createElement('script');
  s.textContent = code;
  document.head.append(s);
  const dom = (window as unknown as { __gzbgDom: typeof import('../../lib/dom/textmap') }).__gzbgDom;
  const article = document.querySelector('#zoom, #ozoom')!;
  const original = [...article.childNodes];
  for (let i = 1; i < copies; i++) for (const n of original) article.append(n.cloneNode(true));
  const t0 = performance.now();
  const map = dom.buildTextMap(document.body);
  const buildMs = performance.now() - t0;
  const wrong: number[] = [];
  const t1 = performance.now();
  for (let i = 0; i < map.text.length; i++) {
    const p = dom.locate(map, i);
    const ch = map.text[i]!;
    if (!p) {
      if (ch !== '\n' && ch !== '\t') wrong.push(i);
    } else if (ch === ' ' ? !/[ \t\n\r\f]/.test(p.node.data[p.offset]!) : p.node.data[p.offset] !== ch) {
      wrong.push(i);
    }
  }
  const lookupMs = performance.now() - t1;
  const a = map.text.replace(/\s+/g, '');
  const b = document.body.innerText.replace(/\s+/g, '');
  let firstDifference: string | null = null;
  if (a !== b) {
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    firstDifference = `at ${k}: map «${a.slice(k - 10, k + 30)}» innerText «${b.slice(k - 10, k + 30)}»`;
  }
  return { chars: map.text.length, buildMs, lookupMs, wrong: wrong.slice(0, 10), sameAsInnerText: a === b, firstDifference, text: copies === 1 ? map.text : '' };
};

const browsers: [string, () => Promise<Driver>][] = [
  ['chromium', () => launchChromium(inject('chromeExtension'))],
  ['firefox', () => launchFirefox(inject('firefoxExtension'))],
];

describe.each(browsers)('%s: lib/dom text map', (name, launch) => {
  let d: Driver;
  beforeAll(async () => {
    d = await launch();
  });
  afterAll(async () => {
    await d?.close();
  });

  it('matches the browser\'s visible text on the e-paper page and keeps its page-break artifacts', async () => {
    await d.goto(`${base}/seeds/yuncheng-2021-summary.html`);
    const r = await d.evaluate(probe, { code: SCRIPT, copies: 1 });
    expect(r.wrong).toEqual([]);
    expect(r.firstDifference).toBeNull();
    expect(r.text).toContain('责任编辑 关凝淼 / 美编 荆星子 / 校对 白洁');
    expect(r.text).toContain('(上接05版)');
    expect(r.text).toContain('扶持15\n\n家“金种子”企业');
  });

  it('maps a 60,000-character page in one pass, every offset back to its character', async () => {
    await d.goto(`${base}/seeds/national-2019.html`);
    const r = await d.evaluate(probe, { code: SCRIPT, copies: 3 });
    console.log(`${name}: text map of ${r.chars} chars built in ${r.buildMs.toFixed(1)} ms; ${r.chars} look-ups in ${r.lookupMs.toFixed(1)} ms`);
    expect(r.chars).toBeGreaterThan(60_000);
    expect(r.wrong).toEqual([]);
    expect(r.firstDifference).toBeNull();
    expect(r.buildMs).toBeLessThan(500);
  });
});
