/**
 * Lone surrogates (half a UTF-16 pair) from a hostile page, file or backup: issue 12 found one
 * "2021 report" with `\uD800` before its figures made every later 2022 visit fail with "URI
 * malformed". Whatever reaches the engine and the reading model, nothing throws.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../commitments';
import { buildReadingModel } from './model';

const sh21 = readFileSync('seeds/shanghai-2021.txt', 'utf8');
const sh22 = analyze(readFileSync('seeds/shanghai-2022.txt', 'utf8'));
/** Every percentage of the text preceded by a lone high surrogate (the attack's page). */
const poisoned = sh21.replace(/(\d+(?:\.\d+)?%)/g, '\uD800$1');

describe('lone surrogates', () => {
  it('a prior year full of them still links: every card has its passage link', () => {
    const prior = analyze(poisoned);
    expect(prior.meta.year).toBe(2021);
    const m = buildReadingModel(sh22, [{ analysis: prior, url: 'https://www.shanghai.gov.cn/2021.html', reportId: 'r21' }]);
    expect(m.priorYear).toBe(2021);
    const linked = m.items.filter((i) => i.prior);
    expect(linked.length).toBeGreaterThan(10);
    for (const i of linked) expect(() => decodeURIComponent(i.prior!.href!)).not.toThrow();
  });

  it('the engine and the model take them anywhere in the text (property)', () => {
    const cut = sh21.slice(0, 6000);
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.nat({ max: cut.length }), fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF')), { maxLength: 40 }),
      (inserts) => {
        let text = cut;
        for (const [at, s] of inserts.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + s + text.slice(at);
        const a = analyze(text, { force: true });
        const m = buildReadingModel(sh22, [{ analysis: a, url: 'https://example.org/', reportId: 'x' }]);
        expect(() => JSON.stringify(m)).not.toThrow();
        for (const i of m.items) if (i.prior?.href) expect(() => decodeURIComponent(i.prior!.href!)).not.toThrow();
      },
    ), { numRuns: 60 });
  });
});
